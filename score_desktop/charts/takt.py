"""Takt charts: customer demand vs capacity, and cycle times against takt.

Each function draws on a matplotlib ``Figure`` it is given (cleared first) and returns
the main ``Axes``; no pyplot.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import StrMethodFormatter

from score_desktop.charts.oee import (
    COLORS,
    LABEL_SIZE,
    TICK_SIZE,
    TITLE_SIZE,
    VALUE_SIZE,
    fit_font,
    fresh_axes,
    show_empty,
)

OK_COLOR = "#009E73"
SHORT_COLOR = "#D55E00"
DEMAND_COLOR = "#56778F"


def _wrap(label: str, width: int = 16) -> str:
    return "\n".join(textwrap.wrap(label, width, break_long_words=False)) or label


def draw_demand_vs_capacity(
    figure: Figure,
    demand: float,
    capacities: Sequence[tuple[str, float]],
    period: str = "day",
    title: str | None = None,
) -> Axes:
    """Customer demand per period beside capacities per period (e.g. at the planned cycle
    time, at the ideal cycle time x OEE); capacities below demand are shown in red.

    Use :func:`score_desktop.tools.takt.capacity` for the capacities.
    """
    ax = fresh_axes(figure)
    if demand <= 0:
        return show_empty(ax, "No customer demand")
    labels = ["Customer demand", *(name for name, _ in capacities)]
    values = [demand, *(value for _, value in capacities)]
    colors = [DEMAND_COLOR] + [
        OK_COLOR if value >= demand * (1 - 1e-9) else SHORT_COLOR for _, value in capacities
    ]
    x = list(range(len(values)))
    ax.bar(x, values, color=colors, width=0.6, zorder=2)
    top = max(values)
    texts = [
        f"{value:,.0f}" + (f"\n{value / demand:.0%}" if xi else "")
        for xi, value in zip(x, values, strict=True)
    ]
    value_size = fit_font(figure, len(values), [t + "  " for t in texts], VALUE_SIZE)
    for xi, value, text in zip(x, values, texts, strict=True):
        ax.text(xi, value + top * 0.01, text, ha="center", va="bottom", fontsize=value_size)
    ax.axhline(demand, color=COLORS["reference"], linestyle="--", linewidth=1.6, zorder=3)
    wrapped = [_wrap(label) for label in labels]
    ax.set_xticks(x, wrapped, fontsize=fit_font(figure, len(labels), wrapped, LABEL_SIZE))
    ax.set_ylim(0, top * 1.22)
    ax.yaxis.set_major_formatter(StrMethodFormatter("{x:,.0f}"))
    ax.set_ylabel(f"Units per {period}", fontsize=LABEL_SIZE)
    ax.set_title(title or f"Demand vs capacity per {period}", fontsize=TITLE_SIZE)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    figure.tight_layout()
    return ax


def draw_takt_vs_cycle_times(
    figure: Figure,
    takt_s: float,
    cycle_times: Sequence[tuple[str, float]],
    planned_cycle_time_s: float | None = None,
    title: str | None = None,
) -> Axes:
    """Cycle time per station or process (seconds) against the takt line and, when given,
    the planned cycle time line; bars above the limit are shown in red.
    """
    ax = fresh_axes(figure)
    if takt_s <= 0:
        return show_empty(ax, "No takt time")
    limit = planned_cycle_time_s if planned_cycle_time_s else takt_s
    names = [name for name, _ in cycle_times]
    values = [value for _, value in cycle_times]
    x = list(range(len(values)))
    colors = [OK_COLOR if v <= limit * (1 + 1e-9) else SHORT_COLOR for v in values]
    ax.bar(x, values, color=colors, width=0.6, zorder=2)
    top = max([takt_s, *values])
    for xi, value in zip(x, values, strict=True):
        ax.text(
            xi, value + top * 0.01, f"{value:,.1f}", ha="center", va="bottom", fontsize=VALUE_SIZE
        )
    right = len(values) - 0.5 if values else 0.5
    ax.axhline(takt_s, color=COLORS["reference"], linewidth=2.2, zorder=3)
    ax.text(
        right,
        takt_s,
        f" Takt\n {takt_s:,.1f} s",
        va="center",
        ha="left",
        fontsize=VALUE_SIZE,
        color=COLORS["reference"],
        fontweight="bold",
    )
    if planned_cycle_time_s:
        ax.axhline(
            planned_cycle_time_s, color=COLORS["performance"], linestyle="--", linewidth=2, zorder=3
        )
        ax.text(
            right,
            planned_cycle_time_s,
            f" Planned cycle\n {planned_cycle_time_s:,.1f} s",
            va="center",
            ha="left",
            fontsize=VALUE_SIZE,
            color="#9A6700",
        )
    wrapped = [_wrap(n, 12) for n in names]
    ax.set_xticks(x, wrapped, fontsize=fit_font(figure, len(names) + 1, wrapped, TICK_SIZE))
    ax.set_xlim(-0.6, (len(values) - 0.4) if values else 0.6)
    ax.set_ylim(0, top * 1.15)
    ax.set_ylabel("Cycle time (s)", fontsize=LABEL_SIZE)
    ax.set_title(title or "Cycle times against takt", fontsize=TITLE_SIZE)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    figure.tight_layout()
    return ax
