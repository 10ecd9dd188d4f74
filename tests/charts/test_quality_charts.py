"""Quality charts draw what the results say, on a plain Figure, without pyplot."""

from __future__ import annotations

import io

import numpy as np
import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from score_desktop.charts.quality import draw_capability, draw_control_chart, draw_pareto
from score_desktop.tools.quality.capability import capability
from score_desktop.tools.quality.charts import apply_limits, control_chart, estimate_limits
from score_desktop.tools.quality.model import AttributeData, ChartSettings, VariablesData
from score_desktop.tools.quality.pareto import pareto
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2, NIST_P_CHART
from tests.tools.quality.test_pareto import TANK_DEFECTS


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def test_control_chart_draws_both_series_and_marks_the_signal_with_its_rule() -> None:
    settings = ChartSettings("xbar-r", rules=("WE1",))
    data = VariablesData(MONTGOMERY_6_1 + MONTGOMERY_6_2)
    result = apply_limits(settings, data, estimate_limits(settings, data, 0, 24))
    figure = Figure(figsize=(8, 5))
    axes = draw_control_chart(figure, result, "Flow width", zones=True, selected=3)
    assert len(axes) == 2
    labels = {t.get_text() for t in axes[0].texts}
    assert "WE1" in labels  # sample 43 beyond 3 sigma is labelled with its rule
    assert any(t.startswith("UCL 1.69") for t in labels)
    squares = [ln for ln in axes[0].lines if ln.get_marker() == "s"]
    assert any(43 in list(ln.get_xdata()) for ln in squares)
    assert _png(figure)[:4] == b"\x89PNG"


def test_stepped_limits_of_a_p_chart_with_variable_sizes() -> None:
    counts, sizes = (3, 5, 2, 9, 4, 6), (50, 80, 40, 120, 60, 70)
    result = control_chart(ChartSettings("p"), AttributeData(counts, sizes))
    figure = Figure()
    (ax,) = draw_control_chart(figure, result)
    ucl = next(ln for ln in ax.lines if ln.get_label() == "UCL")
    assert ucl.get_drawstyle() == "steps-mid"


def test_nist_p_chart_draws_without_signals_on_the_limits() -> None:
    counts = NIST_P_CHART
    result = control_chart(ChartSettings("p"), AttributeData(counts, (50.0,) * len(counts)))
    (ax,) = draw_control_chart(Figure(), result)
    assert any(t.get_text() == "UCL 0.4102" for t in ax.texts)


def test_capability_histogram_has_spec_limits_and_indices() -> None:
    rng = np.random.default_rng(1)
    values = rng.normal(10.0, 0.02, 100)
    result = capability(values, 9.9, 10.1, 10.0)
    figure = Figure()
    ax = draw_capability(figure, values, result, "mm", "Bore")
    texts = " ".join(t.get_text() for t in ax.texts)
    assert "LSL\n9.9" in texts and "USL\n10.1" in texts and "Target" in texts
    assert f"Cpk = {result.index('Cpk').value:.2f}" in texts
    assert ax.get_xlabel() == "Measurement (mm)"
    assert _png(figure)


def test_pareto_colours_the_vital_few_and_the_cumulative_line_ends_at_100() -> None:
    result = pareto(TANK_DEFECTS)
    figure = Figure(figsize=(9, 5))
    bars_ax, line_ax = draw_pareto(figure, result, "Tank defects")
    bars = [p for p in bars_ax.patches if isinstance(p, Rectangle)]
    assert len(bars) == 19
    strong = [b for b in bars if b.get_facecolor() == bars[0].get_facecolor()]
    assert len(strong) == 6  # the vital few
    cumulative = line_ax.lines[0].get_ydata()
    assert cumulative[-1] == pytest.approx(1.0)
    assert "vital few 6 of 19 categories = 81% of 166 defects" in bars_ax.get_title(loc="left")
    assert _png(figure)


def test_no_points_shows_a_message() -> None:
    from score_desktop.tools.quality.model import ChartResult, ControlLimits

    empty = ChartResult("imr", ControlLimits("imr", 0.0), ())
    (ax,) = draw_control_chart(Figure(), empty)
    assert ax.texts[0].get_text() == "No points to chart yet"


def test_cusum_shows_its_decision_interval_and_no_zones() -> None:
    from tests.tools.quality.published_data import MONTGOMERY_9_1

    settings = ChartSettings("cusum", target=10.0, sigma=1.0)
    result = control_chart(settings, VariablesData.individuals(MONTGOMERY_9_1))
    upper, _ = draw_control_chart(Figure(), result, zones=True)
    labels = {t.get_text() for t in upper.texts}
    assert "H 5" in labels and not any(t.startswith("UCL") for t in labels)
    assert not upper.collections  # no zone bands on a CUSUM
    # Montgomery ISQC Example 9.1: C+ first exceeds H = 5 at observation 29
    squares = [ln for ln in upper.lines if ln.get_marker() == "s"]
    assert min(min(ln.get_xdata()) for ln in squares) == 29


def test_many_signals_are_drawn_as_few_artists_with_a_bounded_number_of_labels() -> None:
    rng = np.random.default_rng(3)
    values = np.concatenate([rng.normal(0, 1, 100), rng.normal(4, 1, 2000)])
    settings = ChartSettings("imr", rules=("N1", "N2", "N5", "N6"))
    data = VariablesData.individuals(values)
    result = apply_limits(settings, data, estimate_limits(settings, data, 0, 99))
    assert len(result.signalled_points()) > 1000
    main, _ = draw_control_chart(Figure(), result)
    squares = [ln for ln in main.lines if ln.get_marker() == "s"]
    assert len(squares) <= 4 and sum(len(ln.get_xdata()) for ln in squares) == len(
        {s.index for s in result.signals if s.series == "Individual values"}
    )
    rule_labels = [t for t in main.texts if t.get_text()[:1] in "NW"]
    assert len(rule_labels) <= 40
