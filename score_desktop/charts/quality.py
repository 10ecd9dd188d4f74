"""Quality charts: control chart (points coloured by the rule that fired), capability
histogram with the specification limits and fitted curves, Pareto chart with the vital few.

Each function draws on a matplotlib ``Figure`` it is given (cleared first) and returns its
axes; no pyplot, so it works on Agg, in a Qt canvas, in Excel pictures and in reports.
``scale`` enlarges every font (1.4 for the classroom presentation mode).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator, PercentFormatter

from score_desktop.tools.quality.capability import CapabilityResult
from score_desktop.tools.quality.model import ChartResult, Series
from score_desktop.tools.quality.pareto import ParetoResult

#: Okabe-Ito colour-blind-safe colours; one per rule family so a signal keeps its colour.
COLORS = {
    "point": "#0072B2",
    "line": "#56778F",
    "centre": "#009E73",
    "limit": "#D55E00",
    "zone": "#0072B2",
    "phase1": "#999999",
    "selected": "#000000",
    "vital": "#D55E00",
    "trivial": "#9DB4C6",
    "cumulative": "#333333",
    "spec": "#CC0000",
    "target": "#009E73",
    "overall": "#E69F00",
    "within": "#0072B2",
}
RULE_COLORS = {
    "1": "#D55E00",  # beyond 3 sigma
    "2": "#CC79A7",
    "3": "#E69F00",
    "4": "#56B4E9",
    "5": "#A6761D",
    "6": "#009E73",
    "7": "#8C564B",
    "8": "#7F7F7F",
}
BASE_FONT = 11.0
#: At most this many rule labels on one chart (every signal still gets its square).
MAX_RULE_LABELS = 40


def rule_color(code: str) -> str:
    """The colour of a rule's signals (N1 and WE1 share one, as do N5 and WE2...)."""
    if code.startswith("WE"):
        code = {"WE1": "N1", "WE2": "N5", "WE3": "N6", "WE4": "N2"}.get(code, code)
    return RULE_COLORS.get(code[-1:], "#D55E00")


def _tidy(ax: Axes, size: float) -> None:
    ax.tick_params(labelsize=size)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _empty(figure: Figure, message: str, size: float) -> Axes:
    ax = figure.add_subplot(1, 1, 1)
    ax.set_axis_off()
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=size, color="#555555")
    return ax


def _limit_line(ax: Axes, x: np.ndarray, y: Sequence[float], **style) -> None:
    values = np.asarray(y, dtype=float)
    if np.all(np.isnan(values)):
        return
    if np.allclose(values[np.isfinite(values)], values[np.isfinite(values)][0]):
        ax.plot(x, values, **style)
    else:  # limits that step with the sample size
        ax.step(x, values, where="mid", **style)


def _draw_series(
    ax: Axes,
    series: Series,
    signals: dict[int, list[str]],
    phase1: tuple[int, int],
    zones: bool,
    selected: int | None,
    size: float,
    label_phase: bool = True,
    count_series: int = 1,
) -> None:
    x = np.arange(1, len(series.values) + 1)
    y = np.asarray(series.values, dtype=float)
    centre = np.asarray(series.centre, dtype=float)
    sigma = np.asarray(series.sigma, dtype=float)
    first, last = phase1
    ax.axvspan(first + 0.5, last + 1.5, color=COLORS["phase1"], alpha=0.12, lw=0, zorder=0)
    if label_phase:
        ax.text(
            first + 0.7,
            1.0,
            "Phase I (sets the limits)",
            transform=ax.get_xaxis_transform(),
            va="top",
            fontsize=size * 0.7,
            color="#666666",
        )
    if zones and np.any(np.isfinite(sigma)):
        for k, alpha in ((1, 0.10), (2, 0.06)):
            lower = centre - k * sigma
            upper = centre + k * sigma
            ax.fill_between(x, lower, upper, step="mid", color=COLORS["zone"], alpha=alpha, lw=0)
    _limit_line(ax, x, series.upper, color=COLORS["limit"], lw=1.6, ls="--", label="UCL")
    _limit_line(ax, x, series.lower, color=COLORS["limit"], lw=1.6, ls="--", label="LCL")
    _limit_line(ax, x, series.centre, color=COLORS["centre"], lw=1.4, label="Centre")
    ax.plot(x, y, color=COLORS["line"], lw=1.0, zorder=2)
    plain = [i for i in range(len(y)) if i not in signals and np.isfinite(y[i])]
    ax.plot(x[plain], y[plain], "o", color=COLORS["point"], ms=4.5, zorder=3)
    by_colour: dict[str, list[int]] = {}
    for index, rules in signals.items():
        if index < len(y) and np.isfinite(y[index]):
            by_colour.setdefault(rule_color(rules[0]), []).append(index)
    for colour, indices in by_colour.items():  # one artist per colour: fast with many signals
        ax.plot(x[indices], y[indices], "s", color=colour, ms=7, zorder=4, ls="none")
    labelled: set[str] = set()
    labels = 0
    for index, rules in sorted(signals.items()):
        if index >= len(y) or not np.isfinite(y[index]):
            continue
        before = set(signals.get(index - 1, ()))
        new = [r for r in rules if r not in before or r not in labelled]
        if not new or labels >= MAX_RULE_LABELS:  # a run of signals: named where it starts
            continue
        labels += 1
        labelled.update(new)
        above = y[index] >= centre[index] if np.isfinite(centre[index]) else True
        ax.annotate(
            ",".join(new),
            (x[index], y[index]),
            xytext=(0, 7 if above else -7),
            textcoords="offset points",
            ha="center",
            va="bottom" if above else "top",
            fontsize=size * 0.75,
            color=rule_color(new[0]),
        )
    if selected is not None and 0 <= selected < len(y) and np.isfinite(y[selected]):
        ax.plot(x[selected], y[selected], "o", ms=13, mfc="none", mec=COLORS["selected"], mew=1.8)
    _label_limits(ax, series, size)
    unit = f"\n({series.unit})" if series.unit else ""
    ax.set_ylabel(f"{series.name}{unit}", fontsize=size * (0.9 if count_series > 1 else 1.0))
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    _tidy(ax, size * 0.9)


def _label_limits(ax: Axes, series: Series, size: float) -> None:
    names = ("H", "", "") if "CUSUM" in series.name else ("UCL", "CL", "LCL")
    for label, values in zip(names, (series.upper, series.centre, series.lower), strict=True):
        if not label:
            continue
        finite = [v for v in values if math.isfinite(v)]
        if not finite:
            continue
        ax.annotate(
            f"{label} {finite[-1]:.4g}",
            xy=(1.0, finite[-1]),
            xycoords=("axes fraction", "data"),
            xytext=(4, 0),
            textcoords="offset points",
            va="center",
            fontsize=size * 0.8,
            color=COLORS["centre"] if label == "CL" else COLORS["limit"],
            annotation_clip=False,
        )


def draw_control_chart(
    figure: Figure,
    result: ChartResult,
    title: str = "",
    zones: bool = False,
    selected: int | None = None,
    scale: float = 1.0,
) -> list[Axes]:
    """The chart's series one above the other (e.g. individuals over moving ranges), every
    signalled point drawn as a square in its rule's colour and labelled with the rule(s);
    the phase I points that set the limits are shaded grey; ``zones`` shades 1 and 2 sigma;
    ``selected`` rings one point (0-based)."""
    figure.clear()
    size = BASE_FONT * scale
    if not result.series or not result.series[0].values:
        return [_empty(figure, "No points to chart yet", size)]
    count = len(result.series)
    ratios = [2.0] + [1.0] * (count - 1)
    axes = figure.subplots(count, 1, sharex=True, squeeze=False, height_ratios=ratios)[:, 0]
    phase1 = (result.limits.phase1_first, result.limits.phase1_last)
    for ax, series in zip(axes, result.series, strict=True):
        signals: dict[int, list[str]] = {}
        for s in result.signals:
            if s.series in ("", series.name):
                signals.setdefault(s.index, [])
                if s.rule not in signals[s.index]:
                    signals[s.index].append(s.rule)
        shade = zones and result.kind not in ("ewma", "cusum")  # zones: Shewhart charts only
        _draw_series(ax, series, signals, phase1, shade, selected, size, ax is axes[0], count)
    axes[-1].set_xlabel("Point (subgroup or sample number)", fontsize=size)
    if title:
        axes[0].set_title(title, fontsize=size * 1.15, loc="left")
    figure.subplots_adjust(
        left=0.06 + 0.05 * scale, right=0.86, top=0.9 if title else 0.96, bottom=0.1 + 0.03 * scale
    )
    return list(axes)


def draw_capability(
    figure: Figure,
    values: Sequence[float],
    result: CapabilityResult,
    unit: str = "",
    title: str = "",
    scale: float = 1.0,
) -> Axes:
    """Histogram of the measurements with the normal curves of the within and overall
    sigma, the specification limits and the target, and the indices in a box."""
    figure.clear()
    size = BASE_FONT * scale
    ax = figure.add_subplot(1, 1, 1)
    x = np.asarray(values, dtype=float)
    bins = int(np.clip(math.ceil(math.sqrt(x.size)), 5, 30))
    ax.hist(x, bins=bins, density=True, color="#C9D7E3", edgecolor="#56778F", lw=0.8)
    marks = [v for v in (result.lsl, result.usl, result.target) if v is not None]
    low = min([x.min(), *marks]) - 0.5 * result.sigma_overall
    high = max([x.max(), *marks]) + 0.5 * result.sigma_overall
    grid = np.linspace(low, high, 300)
    for sigma, key, label in (
        (result.sigma_within, "within", "Within"),
        (result.sigma_overall, "overall", "Overall"),
    ):
        density = np.exp(-0.5 * ((grid - result.mean) / sigma) ** 2) / (
            sigma * math.sqrt(2 * math.pi)
        )
        ax.plot(grid, density, color=COLORS[key], lw=1.8, label=f"{label} (sigma {sigma:.4g})")
    for value, label, color, style in (
        (result.lsl, "LSL", COLORS["spec"], "--"),
        (result.usl, "USL", COLORS["spec"], "--"),
        (result.target, "Target", COLORS["target"], ":"),
    ):
        if value is None:
            continue
        ax.axvline(value, color=color, ls=style, lw=1.8)
        ax.annotate(
            f"{label}\n{value:.4g}",
            xy=(value, 1.0),
            xycoords=("data", "axes fraction"),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            va="bottom",
            fontsize=size * 0.8,
            color=color,
        )
    lines = [f"n = {result.n}", f"mean = {result.mean:.4g}"]
    lines += [f"{i.name} = {i.value:.2f}" for i in result.indices]
    lines.append(f"ppm out (overall) = {result.ppm_overall.total:,.0f}")
    ax.text(
        1.02,
        0.97,
        "\n".join(lines),
        transform=ax.transAxes,
        ha="left",
        va="top",
        fontsize=size * 0.8,
        family="monospace",
        bbox={"boxstyle": "round", "fc": "white", "ec": "#BBBBBB", "alpha": 0.9},
    )
    ax.set_xlim(low, high)
    ax.set_xlabel(f"Measurement ({unit})" if unit else "Measurement", fontsize=size)
    ax.set_ylabel("Density (per unit of measurement)", fontsize=size)
    ax.legend(loc="upper left", fontsize=size * 0.8, frameon=False)
    if title:
        ax.set_title(title, fontsize=size * 1.15, loc="left", pad=28)
    _tidy(ax, size * 0.9)
    figure.subplots_adjust(left=0.1, right=0.76, top=0.82 if title else 0.88, bottom=0.13)
    return ax


def draw_pareto(
    figure: Figure,
    result: ParetoResult,
    title: str = "",
    unit: str = "defects",
    scale: float = 1.0,
) -> tuple[Axes, Axes]:
    """Bars from the largest category, the vital few in a strong colour, the cumulative
    share on a second axis (0-100 %) with the cut-off line."""
    figure.clear()
    size = BASE_FONT * scale
    ax = figure.add_subplot(1, 1, 1)
    bars = result.bars
    x = np.arange(len(bars))
    colors = [COLORS["vital"] if b.vital else COLORS["trivial"] for b in bars]
    ax.bar(x, [b.count for b in bars], color=colors, edgecolor="white")
    for i, b in enumerate(bars):
        ax.annotate(
            f"{b.count:g}",
            (i, b.count),
            xytext=(0, 2),
            textcoords="offset points",
            ha="center",
            fontsize=size * 0.75,
        )
    labels = [b.category if len(b.category) <= 18 else b.category[:17] + "…" for b in bars]
    ax.set_xticks(
        x, labels, rotation=35 if len(bars) > 4 else 0, ha="right" if len(bars) > 4 else "center"
    )
    ax.set_ylabel(f"Count ({unit})", fontsize=size)
    ax.set_ylim(0, result.total * 1.02)
    _tidy(ax, size * 0.85)
    line = ax.twinx()
    line.plot(x, [b.cumulative for b in bars], "o-", color=COLORS["cumulative"], lw=1.6, ms=4)
    line.axhline(result.cutoff, color=COLORS["vital"], ls=":", lw=1.2)
    line.annotate(
        f"cut-off {result.cutoff:.0%}",
        xy=(1.0, result.cutoff),
        xycoords=("axes fraction", "data"),
        xytext=(-2, 3),
        textcoords="offset points",
        ha="right",
        va="bottom",
        fontsize=size * 0.8,
        color=COLORS["vital"],
        annotation_clip=False,
    )
    line.set_ylim(0, 1.02)
    line.yaxis.set_major_formatter(PercentFormatter(1.0))
    line.set_ylabel("Cumulative share (%)", fontsize=size)
    line.tick_params(labelsize=size * 0.85)
    line.spines["top"].set_visible(False)
    heading = title or "Pareto"
    ax.set_title(
        f"{heading}: vital few {len(result.vital_few)} of {len(bars)} categories = "
        f"{result.vital_share:.0%} of {result.total:g} {unit}",
        fontsize=size * 1.05,
        loc="left",
    )
    figure.subplots_adjust(left=0.1, right=0.86, top=0.9, bottom=0.27 if len(bars) > 4 else 0.14)
    return ax, line
