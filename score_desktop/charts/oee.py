"""OEE charts: A x P x Q factors, six-big-losses waterfall, downtime Pareto, OEE trend.

Each function draws on a matplotlib ``Figure`` it is given (cleared first) and returns
the main ``Axes``; no pyplot, so it works on Agg, in a Qt canvas and in reports.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from score_desktop.tools.oee import WORLD_CLASS_OEE, Iso22400Result, OeeResult
from score_desktop.tools.stop_log import ParetoBar, TrendPoint, WaterfallBar

TITLE_SIZE = 15
LABEL_SIZE = 13
TICK_SIZE = 12
VALUE_SIZE = 12

#: Colour-blind-safe palette (Okabe-Ito) so factors keep their colour in every chart.
COLORS = {
    "availability": "#0072B2",
    "performance": "#E69F00",
    "quality": "#009E73",
    "oee": "#333333",
    "loss": "#D55E00",
    "total": "#56778F",
    "reference": "#CC0000",
}


def fresh_axes(figure: Figure) -> Axes:
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    ax.tick_params(labelsize=TICK_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def show_empty(ax: Axes, message: str) -> Axes:
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=LABEL_SIZE, color="#666666")
    return ax


def _wrap(label: str, width: int = 12) -> str:
    return "\n".join(textwrap.wrap(label, width, break_long_words=False)) or label


def fit_font(figure: Figure, slots: int, texts: Sequence[str], largest: float) -> float:
    """The largest font size (at most ``largest``, at least 7 pt) at which the longest
    line of ``texts`` fits in one of ``slots`` equal slots across the figure width."""
    slot_in = figure.get_figwidth() * 0.82 / max(slots, 1)
    longest = max((len(line) for t in texts for line in t.split("\n")), default=1)
    return max(7.0, min(largest, slot_in * 72 / (0.62 * max(longest, 1))))


def _world_class_line(ax: Axes, level: float = WORLD_CLASS_OEE) -> None:
    ax.axhline(level, color=COLORS["reference"], linestyle="--", linewidth=1.6, zorder=1)
    ax.annotate(
        f"World\nclass\n{level:.0%}",
        xy=(1.0, level),
        xycoords=("axes fraction", "data"),
        xytext=(4, 0),
        textcoords="offset points",
        ha="left",
        va="center",
        fontsize=VALUE_SIZE - 1,
        color=COLORS["reference"],
        annotation_clip=False,
    )


def draw_oee_factors(
    figure: Figure, result: OeeResult | Iso22400Result, title: str | None = None
) -> Axes:
    """Three factor bars and the OEE bar with percent labels and the 85 % reference line.

    An ISO 22400 result shows effectiveness (which may exceed 100 %) and the OEE index.
    """
    ax = fresh_axes(figure)
    if isinstance(result, Iso22400Result):
        names = ["Availability", "Effectiveness", "Quality ratio", "OEE index"]
        values = [
            result.availability,
            result.effectiveness,
            result.quality_ratio,
            result.oee_index,
        ]
        default_title = f"ISO 22400-2 OEE index = {result.oee_index:.1%}"
    else:
        names = ["Availability", "Performance", "Quality", "OEE"]
        values = [result.availability, result.performance, result.quality, result.oee]
        default_title = f"OEE = A × P × Q = {result.oee:.1%}"
    colors = [COLORS[k] for k in ("availability", "performance", "quality", "oee")]
    x = list(range(4))
    bars = ax.bar(x, values, color=colors, width=0.62, zorder=2)
    for bar, value in zip(bars, values, strict=True):
        ax.text(
            bar.get_x() + bar.get_width() / 2,
            value + 0.015,
            f"{value:.1%}",
            ha="center",
            va="bottom",
            fontsize=VALUE_SIZE + 1,
            fontweight="bold",
        )
    for xi, sign in zip((0.5, 1.5), ("×", "×"), strict=True):
        ax.text(xi, 0.04, sign, ha="center", va="bottom", fontsize=LABEL_SIZE, color="#666666")
    ax.text(2.5, 0.04, "=", ha="center", va="bottom", fontsize=LABEL_SIZE, color="#666666")
    _world_class_line(ax)
    ax.set_xticks(x, names, fontsize=fit_font(figure, 4, [n + "  " for n in names], LABEL_SIZE))
    ax.set_ylim(0, max(1.0, *values) * 1.12)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_ylabel("Percent (%)", fontsize=LABEL_SIZE)
    ax.set_title(title or default_title, fontsize=TITLE_SIZE)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    figure.tight_layout()
    return ax


def draw_loss_waterfall(
    figure: Figure, bars: Sequence[WaterfallBar], unit: str = "min", title: str | None = None
) -> Axes:
    """Waterfall from planned time through the six big losses to fully productive time."""
    ax = fresh_axes(figure)
    if not bars:
        return show_empty(ax, "No data")
    x = list(range(len(bars)))
    top = max(b.top if b.kind == "loss" else b.minutes for b in bars)
    labels = [_wrap(b.label, 9) for b in bars]
    values = [f"−{b.minutes:,.1f}" if b.kind == "loss" else f"{b.minutes:,.1f}" for b in bars]
    value_size = fit_font(figure, len(bars), [v + "  " for v in values], VALUE_SIZE)
    for xi, b in zip(x, bars, strict=True):
        is_loss = b.kind == "loss"
        color = COLORS["loss"] if is_loss else COLORS["total"]
        ax.bar(xi, b.minutes, bottom=b.bottom, color=color, width=0.66, zorder=2)
        y = b.top if is_loss else b.minutes
        ax.text(xi, y + top * 0.012, values[xi], ha="center", va="bottom", fontsize=value_size)
    for xi, a in enumerate(bars[:-1]):  # connector lines to the next bar
        level = a.bottom if a.kind == "loss" else a.minutes
        ax.plot([xi + 0.33, xi + 0.67], [level, level], color="#888888", linewidth=0.8, zorder=1)
    size = fit_font(figure, len(bars), labels, TICK_SIZE - 1)
    if size >= 9:
        ax.set_xticks(x, labels, fontsize=size)
    else:  # too narrow for upright labels: slant them, one line each
        flat = [b.label for b in bars]
        ax.set_xticks(x, flat, fontsize=TICK_SIZE - 2, rotation=35, ha="right")
    ax.set_ylim(0, top * 1.1)
    ax.set_ylabel(f"Time ({unit})", fontsize=LABEL_SIZE)
    ax.set_title(title or "Where the planned time goes: six big losses", fontsize=TITLE_SIZE)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    figure.tight_layout()
    return ax


def draw_downtime_pareto(
    figure: Figure,
    bars: Sequence[ParetoBar],
    unit: str = "min",
    max_reasons: int = 10,
    title: str | None = None,
) -> Axes:
    """Downtime by reason, largest first, with the cumulative percentage line.

    Beyond ``max_reasons`` the smallest reasons are merged into one "Other" bar, kept
    last as Pareto charts do.
    """
    ax = fresh_axes(figure)
    if not bars:
        return show_empty(ax, "No downtime logged")
    shown = list(bars)
    if len(shown) > max_reasons:
        rest = shown[max_reasons - 1 :]
        shown = shown[: max_reasons - 1]
        other_minutes = sum(b.minutes for b in rest)
        total = sum(b.minutes for b in bars)
        shown.append(
            ParetoBar(
                f"Other ({len(rest)} reasons)",
                other_minutes,
                sum(b.occurrences for b in rest),
                other_minutes / total,
                1.0,
            )
        )
    x = list(range(len(shown)))
    minutes = [b.minutes for b in shown]
    ax.bar(x, minutes, color=COLORS["total"], width=0.66, zorder=2)
    for xi, b in zip(x, shown, strict=True):
        ax.text(xi, b.minutes, f"{b.minutes:,.0f}", ha="center", va="bottom", fontsize=VALUE_SIZE)
    labels = [_wrap(textwrap.shorten(b.reason, 40, placeholder="…"), 14) for b in shown]
    size = fit_font(figure, len(shown), [label + "  " for label in labels], TICK_SIZE)
    if len(shown) <= 6 and size >= TICK_SIZE - 1:
        ax.set_xticks(x, labels, fontsize=size)
    else:  # many reasons or a narrow chart: one slanted line each
        labels = [textwrap.shorten(b.reason, 24, placeholder="…") for b in shown]
        ax.set_xticks(x, labels, fontsize=TICK_SIZE - 1, rotation=35, ha="right")
    ax.set_ylabel(f"Downtime ({unit})", fontsize=LABEL_SIZE)
    ax.set_ylim(0, max(minutes) * 1.15)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    cum = ax.twinx()
    cum.plot(
        x,
        [b.cumulative_share for b in shown],
        color=COLORS["loss"],
        marker="o",
        linewidth=2,
        zorder=3,
    )
    cum.axhline(0.8, color="#999999", linestyle=":", linewidth=1)
    cum.set_ylim(0, 1.05)
    cum.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    cum.set_ylabel("Cumulative share of downtime (%)", fontsize=LABEL_SIZE, color=COLORS["loss"])
    cum.tick_params(labelsize=TICK_SIZE, colors=COLORS["loss"], axis="y")
    cum.spines["top"].set_visible(False)
    ax.set_title(title or "Downtime by reason (Pareto)", fontsize=TITLE_SIZE)
    figure.tight_layout()
    return ax


def draw_oee_trend(figure: Figure, points: Sequence[TrendPoint], title: str | None = None) -> Axes:
    """OEE (bold) and its three factors per record, in order, with the 85 % line."""
    ax = fresh_axes(figure)
    if not points:
        return show_empty(ax, "No OEE records")
    x = list(range(len(points)))
    series = [
        ("Availability", [p.availability for p in points], COLORS["availability"], 1.8, "s"),
        ("Performance", [p.performance for p in points], COLORS["performance"], 1.8, "^"),
        ("Quality", [p.quality for p in points], COLORS["quality"], 1.8, "D"),
        ("OEE", [p.oee for p in points], COLORS["oee"], 3.2, "o"),
    ]
    for name, values, color, width, marker in series:
        ax.plot(x, values, label=name, color=color, linewidth=width, marker=marker, zorder=3)
    for xi, p in zip(x, points if len(points) <= 16 else (), strict=False):  # avoid clutter
        ax.annotate(
            f"{p.oee:.0%}",
            (xi, p.oee),
            xytext=(0, -16),
            textcoords="offset points",
            ha="center",
            fontsize=VALUE_SIZE - 1,
            fontweight="bold",
        )
    ax.axhline(
        WORLD_CLASS_OEE,
        color=COLORS["reference"],
        linestyle="--",
        linewidth=1.6,
        zorder=1,
        label=f"World-class OEE {WORLD_CLASS_OEE:.0%}",
    )
    rotate = len(points) > 8
    ax.set_xticks(
        x,
        [p.label for p in points],
        fontsize=TICK_SIZE - (1 if rotate else 0),
        rotation=35 if rotate else 0,
        ha="right" if rotate else "center",
    )
    ax.set_xlim(-0.4, len(points) - 0.6)
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
    ax.set_ylabel("Percent (%)", fontsize=LABEL_SIZE)
    ax.set_title(title or "OEE trend", fontsize=TITLE_SIZE)
    ax.grid(axis="y", alpha=0.3, zorder=0)
    ax.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.12 if not rotate else -0.25),
        ncol=5,
        fontsize=TICK_SIZE - 1,
        frameon=False,
    )
    figure.tight_layout()
    return ax
