"""OEE charts draw what the data says, on a plain Figure, without pyplot."""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from score_desktop.charts.oee import (
    draw_downtime_pareto,
    draw_loss_waterfall,
    draw_oee_factors,
    draw_oee_trend,
)
from score_desktop.tools.oee import compute_oee, iso22400_oee
from score_desktop.tools.stop_log import (
    OeeShift,
    Stop,
    downtime_pareto,
    evaluate_shift,
    oee_trend,
)

SHIFT = OeeShift(
    shift_length_min=480,
    planned_breaks_min=60,
    ideal_cycle_time_s=1.0,
    total_count=19_271,
    good_count=18_848,
    startup_rejects=100,
    minor_stop_threshold_min=5,
    stops=(
        Stop(10, 30, "Hydraulic leak", "breakdown"),
        Stop(50, 12, "Die change", "setup_adjustment"),
        Stop(100, 3, "Jam", "breakdown"),
        Stop(200, 2, "Jam", "minor_stop"),
    ),
    name="Mon",
)


def bars_of(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def texts_of(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def png_bytes(fig: Figure) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    return buf.getvalue()


def test_factor_chart_shows_a_p_q_oee_with_percent_labels_and_world_class_line():
    r = compute_oee(
        planned_time=420,
        stop_time=47,
        ideal_cycle_time=1 / 60,
        total_count=19_271,
        good_count=18_848,
    )
    fig = Figure(figsize=(8, 5))
    ax = draw_oee_factors(fig, r)
    heights = [b.get_height() for b in bars_of(ax)]
    assert heights == pytest.approx([r.availability, r.performance, r.quality, r.oee])
    assert {"88.8%", "86.1%", "97.8%", "74.8%"} <= set(texts_of(ax))
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        "Availability",
        "Performance",
        "Quality",
        "OEE",
    ]
    levels = [line.get_ydata()[0] for line in ax.get_lines()]
    assert 0.85 in levels
    assert "74.8%" in ax.get_title()
    assert "%" in ax.get_ylabel()
    assert png_bytes(fig).startswith(b"\x89PNG")


def test_factor_chart_for_iso_shows_effectiveness_above_100_percent():
    r = iso22400_oee(400, 350, 1.0, 380, 370)
    fig = Figure()
    ax = draw_oee_factors(fig, r)
    assert [t.get_text() for t in ax.get_xticklabels()][1] == "Effectiveness"
    assert bars_of(ax)[1].get_height() == pytest.approx(380 / 350)
    assert ax.get_ylim()[1] > 380 / 350  # the bar is not cut off


def test_waterfall_bars_hang_from_the_running_level():
    e = evaluate_shift(SHIFT)
    fig = Figure(figsize=(10, 5))
    ax = draw_loss_waterfall(fig, e.waterfall())
    rects = bars_of(ax)
    wf = e.waterfall()
    assert len(rects) == len(wf) == 10
    for rect, bar in zip(rects, wf, strict=True):
        assert rect.get_height() == pytest.approx(bar.minutes)
        assert rect.get_y() == pytest.approx(bar.bottom)
    assert rects[-1].get_height() == pytest.approx(e.result.fully_productive_time)
    assert ax.get_ylabel() == "Time (min)"
    assert f"−{e.losses.breakdowns:,.1f}" in texts_of(ax)
    png_bytes(fig)


def test_pareto_has_sorted_bars_and_cumulative_line():
    bars = downtime_pareto(SHIFT.stops)
    fig = Figure()
    ax = draw_downtime_pareto(fig, bars)
    assert [r.get_height() for r in bars_of(ax)] == [30, 12, 5]
    (twin,) = [a for a in fig.axes if a is not ax]
    line = [ln for ln in twin.get_lines() if len(ln.get_xdata()) > 1 and ln.get_marker() == "o"]
    assert list(line[0].get_ydata()) == pytest.approx([b.cumulative_share for b in bars])
    assert "%" in twin.get_ylabel() and "min" in ax.get_ylabel()
    png_bytes(fig)


def test_pareto_merges_the_tail_into_other():
    many = [Stop(0, 30 - i, f"Reason {i}", "breakdown") for i in range(15)]
    fig = Figure()
    ax = draw_downtime_pareto(fig, downtime_pareto(many), max_reasons=10)
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert len(labels) == 10 and labels[-1] == "Other (6 reasons)"
    assert bars_of(ax)[-1].get_height() == sum(30 - i for i in range(9, 15))


def test_trend_has_four_series_in_order_and_reference_line():
    shifts = [SHIFT, SHIFT.__class__(**{**SHIFT.__dict__, "good_count": 17_000, "name": "Tue"})]
    points = oee_trend(shifts)
    fig = Figure()
    ax = draw_oee_trend(fig, points)
    series = {ln.get_label(): list(ln.get_ydata()) for ln in ax.get_lines()}
    assert series["OEE"] == pytest.approx([p.oee for p in points])
    assert series["Availability"] == pytest.approx([p.availability for p in points])
    assert {"Performance", "Quality"} <= set(series)
    assert any(label.startswith("World-class OEE 85") for label in series)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["Mon", "Tue"]
    png_bytes(fig)


@pytest.mark.parametrize(
    ("draw", "message"),
    [
        (lambda f: draw_downtime_pareto(f, ()), "No downtime logged"),
        (lambda f: draw_oee_trend(f, ()), "No OEE records"),
        (lambda f: draw_loss_waterfall(f, ()), "No data"),
    ],
)
def test_empty_data_shows_a_message(draw, message):
    fig = Figure()
    ax = draw(fig)
    assert message in texts_of(ax)
    png_bytes(fig)


def test_redrawing_clears_the_figure():
    fig = Figure()
    draw_downtime_pareto(fig, downtime_pareto(SHIFT.stops))
    draw_oee_trend(fig, oee_trend([SHIFT]))
    assert len(fig.axes) == 1


def test_chart_modules_do_not_import_pyplot_or_qt():
    script = (
        "import sys, score_desktop.charts.oee, score_desktop.charts.takt\n"
        "bad = [m for m in sys.modules if m.startswith(('matplotlib.pyplot', 'PySide6'))]\n"
        "print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
