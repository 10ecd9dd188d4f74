"""The Factory Physics chart (Qt-free): throughput and cycle time against WIP, with the best,
worst and practical worst case of Hopp & Spearman and a simulated CONWIP sweep on top."""

from __future__ import annotations

import math
from collections.abc import Sequence

from matplotlib.figure import Figure

from score_desktop.tools.vsm.factory_physics import ConwipPoint, LineCurves

BLUE, ORANGE, GREY, GREEN, RED = "#1f4e79", "#e07b00", "#7f7f7f", "#2e7d32", "#c62828"


def _err(low: float, mean: float, high: float) -> tuple[float, float]:
    if not (math.isfinite(low) and math.isfinite(high)):
        return 0.0, 0.0
    return mean - low, high - mean


def factory_physics_chart(
    figure: Figure,
    curves: LineCurves,
    sweep: Sequence[ConwipPoint] = (),
    title: str = "",
    sweep_label: str = "simulated CONWIP line",
) -> None:
    """Two panels sharing the WIP axis: throughput (parts/h) and cycle time (h) for the best
    case, the practical worst case, the worst case and the exact exponential line, with the
    critical WIP W0 marked and the simulated points (mean and 95 % CI) drawn on top."""
    figure.clear()
    th_ax, ct_ax = figure.subplots(2, 1, sharex=True)
    w = curves.wip
    # times in minutes for a line faster than an hour, else in hours
    unit, k = ("min", 60.0) if curves.raw_process_time < 1.0 else ("h", 1.0)
    lines = (
        ("best case", curves.best_th, curves.best_ct, GREEN, "-"),
        ("practical worst case", curves.practical_worst_th, curves.practical_worst_ct, ORANGE, "-"),
        ("worst case", curves.worst_th, curves.worst_ct, RED, "-"),
        ("exponential line (exact)", curves.exponential_th, curves.exponential_ct, GREY, "--"),
    )
    for label, th, ct, colour, style in lines:
        th_ax.plot(w, th, color=colour, ls=style, lw=1.5, label=label)
        ct_ax.plot(w, [k * x for x in ct], color=colour, ls=style, lw=1.5, label=label)
    if sweep:
        xs = [p.wip for p in sweep]
        for ax, get, scale in (
            (th_ax, lambda p: p.throughput_per_h, 1.0),
            (ct_ax, lambda p: p.cycle_time_h, k),
        ):
            est = [get(p).scaled(scale) for p in sweep]
            errs = [_err(e.ci_low, e.mean, e.ci_high) for e in est]
            ax.errorbar(
                xs,
                [e.mean for e in est],
                yerr=[[a for a, _ in errs], [b for _, b in errs]],
                fmt="o",
                color=BLUE,
                ms=5,
                capsize=3,
                label=sweep_label,
                zorder=5,
            )
    w0 = curves.critical_wip
    for ax in (th_ax, ct_ax):
        ax.axvline(w0, color=GREY, lw=0.8, ls=":")
        ax.grid(alpha=0.3)
    th_ax.text(
        w0,
        curves.bottleneck_rate * 1.13,
        f" W0 = {w0:.3g} parts",
        fontsize=8,
        color=GREY,
        va="top",
    )
    th_ax.set_ylim(0, curves.bottleneck_rate * 1.15)
    th_ax.set_ylabel("Throughput (parts/h)")
    ct_ax.set_ylabel(f"Cycle time ({unit})")
    ct_ax.set_xlabel("WIP (parts in the line)")
    ct_ax.set_ylim(0, k * max(curves.practical_worst_ct[-1], curves.best_ct[-1]) * 1.6)
    th_ax.legend(loc="lower right", fontsize=8)
    heading = title or "Factory Physics"
    th_ax.set_title(
        f"{heading}\nr_b = {curves.bottleneck_rate:.3g} parts/h, "
        f"T0 = {k * curves.raw_process_time:.3g} {unit}",
        fontsize=9,
    )
    figure.subplots_adjust(left=0.16, right=0.97, top=0.88, bottom=0.1, hspace=0.12)
