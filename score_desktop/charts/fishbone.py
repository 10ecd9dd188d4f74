"""The cause-and-effect (Ishikawa, fishbone) diagram of a quality study, on a matplotlib Figure.

The effect sits in a box at the head (right); the spine runs to it; the six 6M branches
(Man, Machine, Method above; Material, Measurement, Milieu below) slant into the spine, and
each cause is a short horizontal bone on its branch, with the number of 5 Whys answers it
has. No pyplot: the same drawing is shown in the window and saved as a picture.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from score_desktop.tools.quality.study import BRANCHES, Cause

TOP = ("man", "machine", "method")
BOTTOM = ("material", "measurement", "milieu")
MAX_CAUSES_SHOWN = 6
COLORS = {"spine": "#333333", "branch": "#0072B2", "cause": "#222222", "head": "#D55E00"}


def _short(text: str, width: int = 22) -> str:
    lines = textwrap.wrap(text, width, break_long_words=True) or [""]
    return "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")


def _branch(
    ax: Axes, x_spine: float, up: bool, label: str, causes: Sequence[Cause], size: float
) -> None:
    sign = 1 if up else -1
    x_top, y_top = x_spine - 2.2, sign * 4.0
    ax.plot([x_top, x_spine], [y_top, 0], color=COLORS["branch"], lw=2.2)
    ax.text(
        x_top,
        y_top + sign * 0.35,
        label,
        ha="center",
        va="bottom" if up else "top",
        fontsize=size * 1.05,
        fontweight="bold",
        color=COLORS["branch"],
        bbox={"boxstyle": "round", "fc": "#EAF2F8", "ec": COLORS["branch"]},
    )
    shown = list(causes[:MAX_CAUSES_SHOWN])
    for i, cause in enumerate(shown):
        t = (i + 1) / (len(shown) + 1)
        x = x_top + (x_spine - x_top) * t
        y = y_top * (1 - t)
        ax.plot([x - 0.9, x], [y, y], color=COLORS["cause"], lw=1.0)
        count = len(cause.whys)
        whys = "" if not count else f" ({count} why{'s' if count > 1 else ''})"
        ax.text(
            x - 0.95,
            y,
            _short(cause.text + whys),
            ha="right",
            va="center",
            fontsize=size * 0.8,
            color=COLORS["cause"],
        )
    if len(causes) > MAX_CAUSES_SHOWN:
        ax.text(
            x_spine - 0.2,
            sign * 0.45,
            f"+{len(causes) - MAX_CAUSES_SHOWN} more",
            ha="right",
            va="center",
            fontsize=size * 0.7,
            color="#666666",
        )


def draw_fishbone(
    figure: Figure, problem: str, causes: Sequence[Cause], scale: float = 1.0
) -> Axes:
    """The diagram of ``causes`` (each on its branch) leading to ``problem``."""
    figure.clear()
    size = 10.0 * scale
    ax = figure.add_subplot(1, 1, 1)
    ax.set_axis_off()
    ax.set_xlim(-0.5, 17.0)
    ax.set_ylim(-5.3, 5.3)
    ax.annotate(
        "",
        xy=(13.0, 0),
        xytext=(0.0, 0),
        arrowprops={"arrowstyle": "-|>", "lw": 2.6, "color": COLORS["spine"]},
    )
    ax.text(
        15.0,
        0,
        _short(problem or "Effect (the problem)", 16),
        ha="center",
        va="center",
        fontsize=size * 1.1,
        fontweight="bold",
        color=COLORS["head"],
        bbox={"boxstyle": "round,pad=0.6", "fc": "#FBE9DF", "ec": COLORS["head"], "lw": 1.6},
    )
    for keys, up in ((TOP, True), (BOTTOM, False)):
        for k, key in enumerate(keys):
            x_spine = 4.2 + k * 4.0
            on_branch = [c for c in causes if c.branch == key]
            _branch(ax, x_spine, up, BRANCHES[key], on_branch, size)
    figure.subplots_adjust(left=0.01, right=0.99, top=0.98, bottom=0.02)
    return ax
