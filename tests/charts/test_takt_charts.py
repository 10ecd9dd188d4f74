"""Takt charts: demand vs capacity, cycle times vs takt."""

from __future__ import annotations

import io

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from score_desktop.charts.takt import (
    OK_COLOR,
    SHORT_COLOR,
    draw_demand_vs_capacity,
    draw_takt_vs_cycle_times,
)
from score_desktop.tools.takt import capacity


def bars_of(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def render(fig: Figure) -> None:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    assert buf.getvalue().startswith(b"\x89PNG")


def test_demand_vs_capacity_colours_shortfalls():
    available = 1_104_000  # Learning to See, Acme: s per month
    caps = [
        ("Line at 51 s × 85 %", capacity(available, 51, 0.85)),
        ("Line at 66 s × 85 %", capacity(available, 66, 0.85)),
    ]
    fig = Figure(figsize=(8, 5))
    ax = draw_demand_vs_capacity(fig, 18_400, caps, period="month")
    rects = bars_of(ax)
    assert [r.get_height() for r in rects] == pytest.approx([18_400, 18_400, 14_218.18], rel=1e-5)
    assert to_hex(rects[1].get_facecolor()) == OK_COLOR.lower()
    assert to_hex(rects[2].get_facecolor()) == SHORT_COLOR.lower()
    assert ax.get_ylabel() == "Units per month"
    assert any(t.get_text().endswith("\n77%") for t in ax.texts)
    render(fig)


def test_takt_vs_cycle_times_marks_stations_over_the_planned_cycle():
    fig = Figure(figsize=(8, 5))
    ax = draw_takt_vs_cycle_times(
        fig, 60, [("Stamp", 39), ("Weld", 62), ("Assembly", 52)], planned_cycle_time_s=51
    )
    colours = [to_hex(r.get_facecolor()) for r in bars_of(ax)]
    assert colours == [OK_COLOR.lower(), SHORT_COLOR.lower(), SHORT_COLOR.lower()]
    levels = sorted(line.get_ydata()[0] for line in ax.get_lines())
    assert levels == [51, 60]
    assert ax.get_ylabel() == "Cycle time (s)"
    assert any("Takt" in t.get_text() and "60.0 s" in t.get_text() for t in ax.texts)
    render(fig)


def test_takt_chart_without_planned_cycle_uses_takt_as_limit():
    fig = Figure()
    ax = draw_takt_vs_cycle_times(fig, 60, [("A", 59), ("B", 61)])
    colours = [to_hex(r.get_facecolor()) for r in bars_of(ax)]
    assert colours == [OK_COLOR.lower(), SHORT_COLOR.lower()]
    render(fig)


def test_empty_inputs_show_a_message():
    fig = Figure()
    ax = draw_demand_vs_capacity(fig, 0, [])
    assert "No customer demand" in [t.get_text() for t in ax.texts]
    ax = draw_takt_vs_cycle_times(fig, 0, [])
    assert "No takt time" in [t.get_text() for t in ax.texts]
    ax = draw_takt_vs_cycle_times(fig, 60, [])
    render(fig)
