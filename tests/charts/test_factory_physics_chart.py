"""The Factory Physics chart draws the three cases, the exact exponential line and the sweep."""

import pytest
from matplotlib.figure import Figure

from score_desktop.charts.factory_physics import factory_physics_chart
from score_desktop.tools.vsm.factory_physics import ConwipPoint, Station, line_curves
from score_desktop.tools.vsm.replications import Estimate


@pytest.fixture()
def penny_fab_one():
    return line_curves([Station(n, 2.0) for n in ("Head", "Stamp", "Rim", "Deburr")], 12)


def test_curves_points_and_labels(penny_fab_one, tmp_path):
    sweep = [
        ConwipPoint(2, Estimate(0.2, 0.19, 0.21), Estimate(10.0, 9.5, 10.5)),
        ConwipPoint(6, Estimate(0.33, 0.32, 0.34), Estimate(18.0, 17.0, 19.0)),
    ]
    fig = Figure(figsize=(7, 6))
    factory_physics_chart(fig, penny_fab_one, sweep, title="Penny Fab One")
    th, ct = fig.axes
    labels = [t.get_text() for t in th.get_legend().get_texts()]
    assert labels == [
        "best case",
        "practical worst case",
        "worst case",
        "exponential line (exact)",
        "simulated CONWIP line",
    ]
    assert th.get_ylabel() == "Throughput (parts/h)" and ct.get_ylabel() == "Cycle time (h)"
    assert ct.get_xlabel() == "WIP (parts in the line)"
    assert "r_b = 0.5 parts/h" in th.get_title() and "T0 = 8 h" in th.get_title()
    assert any(t.get_text() == " W0 = 4 parts" for t in th.texts)
    best = th.get_lines()[0]
    assert list(best.get_ydata()[:5]) == pytest.approx([0.125, 0.25, 0.375, 0.5, 0.5])
    fig.savefig(tmp_path / "fp.png")


def test_without_a_sweep_only_the_curves(penny_fab_one):
    fig = Figure()
    factory_physics_chart(fig, penny_fab_one)
    assert len(fig.axes[0].get_legend().get_texts()) == 4


def test_a_fast_line_shows_cycle_times_in_minutes():
    fig = Figure()
    c = line_curves([Station("A", 40 / 3600), Station("B", 62 / 3600)], 5)
    factory_physics_chart(fig, c)
    assert fig.axes[1].get_ylabel() == "Cycle time (min)"
    assert "T0 = 1.7 min" in fig.axes[0].get_title()
    assert fig.axes[1].get_lines()[0].get_ydata()[0] == pytest.approx(102 / 60)
