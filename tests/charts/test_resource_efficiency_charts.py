"""Resource-efficiency charts render on an Agg canvas and show what they should."""

import json
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from score_desktop.charts.resource_efficiency import (
    draw_cusum,
    draw_energy_vs_driver,
    draw_material_sankey,
    draw_measured_vs_predicted,
    draw_ratio_trend,
    draw_waste_pareto,
)
from score_desktop.tools.resource_efficiency import (
    MaterialInput,
    WasteStream,
    fit_baseline,
    log_cost_of_waste,
    log_from_dict,
    log_material_balance,
    log_savings,
    log_series,
    material_balance,
    pareto,
)

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples"  # generator inputs


@pytest.fixture(scope="module")
def log():
    data = json.loads((EXAMPLE / "resource_log_example.json").read_text(encoding="utf-8"))
    return log_from_dict(data)


def _render(figure: Figure) -> None:
    FigureCanvasAgg(figure)
    figure.canvas.draw()


def _texts(ax):
    return [t.get_text() for t in ax.texts]


def test_energy_vs_driver_scatter_with_line_and_equation(log):
    labels = [p.period for p in log.periods]
    rows, kwh = log_series(log, labels[:12], ["production"])
    later_rows, later_kwh = log_series(log, labels[12:], ["production"])
    baseline = fit_baseline(rows, kwh, ["production"])
    figure = Figure(figsize=(8, 5))
    ax = draw_energy_vs_driver(
        figure,
        [r[0] for r in rows],
        kwh,
        baseline,
        reporting_driver=[r[0] for r in later_rows],
        reporting_energy=later_kwh,
    )
    _render(figure)
    assert len(ax.collections) == 2  # baseline and reporting scatters
    assert len(ax.collections[0].get_offsets()) == 12
    assert len(ax.lines) == 1  # fitted line
    line_x, line_y = ax.lines[0].get_data()
    assert line_y[0] == pytest.approx(baseline.predict([line_x[0]])[0])
    assert any(t.startswith("E = ") and "R² = " in t for t in _texts(ax))
    assert ax.get_xlabel() == "production"


def test_energy_vs_driver_with_two_drivers_holds_the_other_at_its_mean(log):
    labels = [p.period for p in log.periods]
    rows, kwh = log_series(log, labels[:12], ["production", "heating_degree_days"])
    baseline = fit_baseline(rows, kwh, ["production", "HDD"])
    figure = Figure()
    ax = draw_energy_vs_driver(figure, [r[1] for r in rows], kwh, baseline, driver_index=1)
    _render(figure)
    x, y = ax.lines[0].get_data()
    mean_production = baseline.driver_means[0]
    assert y[-1] == pytest.approx(baseline.predict([[mean_production, x[-1]]])[0])
    assert "(other drivers at their mean)" in ax.get_legend().get_texts()[-1].get_text()


def test_measured_vs_predicted_and_cusum(log):
    labels = [p.period for p in log.periods]
    rows, kwh = log_series(log, labels[:12], ["production", "heating_degree_days"])
    baseline = fit_baseline(rows, kwh)
    savings = log_savings(log, baseline, labels, ["production", "heating_degree_days"])
    figure = Figure()
    ax = draw_measured_vs_predicted(
        figure, labels, savings.measured, savings.predicted, reporting_start="2024-01"
    )
    _render(figure)
    plotted = [line for line in ax.lines if len(line.get_xdata()) == 24]
    assert len(plotted) == 2
    assert any("reporting period" in t for t in _texts(ax))
    figure = Figure()
    ax = draw_cusum(figure, labels[12:], savings.cusum[12:])
    _render(figure)
    cusum_line = ax.lines[-1]
    assert list(cusum_line.get_ydata()) == pytest.approx(savings.cusum[12:])
    assert _texts(ax) == [f"{savings.cusum[-1]:,.0f}"]


def test_ratio_trend_with_gaps_and_target():
    figure = Figure()
    labels = ["2024-01", "2024-02", "2024-03"]
    ax = draw_ratio_trend(figure, labels, [4100.0, None, 3900.0], target=4000)
    _render(figure)
    assert len(ax.lines) == 2
    assert ax.lines[1].get_ydata()[0] == 4000
    assert [t.get_text() for t in ax.get_xticklabels()] == labels


def test_waste_pareto_bars_and_cumulative_line(log):
    cost = log_cost_of_waste(log)
    figure = Figure()
    ax = draw_waste_pareto(figure, cost.pareto)
    _render(figure)
    assert len(ax.patches) == 3
    heights = [bar.get_height() for bar in ax.patches]
    assert heights == sorted(heights, reverse=True)
    share_axes = next(a for a in figure.axes if a is not ax)
    assert list(share_axes.lines[0].get_ydata()) == pytest.approx(
        [p.cumulative_share for p in cost.pareto]
    )
    assert [t.get_text() for t in ax.get_xticklabels()] == [p.name for p in cost.pareto]


def test_material_sankey_balances(log):
    balance = log_material_balance(log)
    figure = Figure(figsize=(9, 6))
    ax = draw_material_sankey(figure, balance)
    _render(figure)
    labels = [t.get_text() for t in ax.texts if t.get_text()]
    assert any(t.startswith("Materials in") for t in labels)
    assert any(t.startswith("Product") for t in labels)
    assert (
        sum(t.startswith(("fabric scrap", "lint", "chemicals", "Unaccounted")) for t in labels) == 4
    )
    assert "loss rate" in ax.get_title()


def test_sankey_with_inputs_and_overcount():
    inputs = [MaterialInput("yarn", 900), MaterialInput("dye", 100)]
    balance = material_balance(inputs, 950, [WasteStream("scrap", "scrap", 60)])
    figure = Figure()
    ax = draw_material_sankey(figure, balance, inputs={"yarn": 900, "dye": 100})
    _render(figure)
    labels = [t.get_text() for t in ax.texts if t.get_text()]
    assert any(t.startswith("Measured surplus\n10 kg") for t in labels)
    with pytest.raises(ValueError, match="do not add up"):
        draw_material_sankey(Figure(), balance, inputs={"yarn": 5})


@pytest.mark.parametrize(
    "draw",
    [
        lambda f: draw_energy_vs_driver(f, [], []),
        lambda f: draw_measured_vs_predicted(f, [], [], []),
        lambda f: draw_cusum(f, [], []),
        lambda f: draw_ratio_trend(f, [], []),
        lambda f: draw_waste_pareto(f, pareto({})),
    ],
)
def test_empty_data_shows_a_message(draw):
    figure = Figure()
    ax = draw(figure)
    _render(figure)
    assert not ax.axison
    assert _texts(ax)[0].startswith("No ")


def test_drawing_twice_on_one_figure_replaces_the_chart():
    figure = Figure()
    draw_cusum(figure, ["a", "b"], [1.0, 2.0])
    draw_cusum(figure, ["a", "b"], [1.0, 3.0])
    assert len(figure.axes) == 1
