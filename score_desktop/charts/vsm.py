"""Value-stream charts (Qt-free): WIP and output over time, lead times, comparison, sensitivity."""

from __future__ import annotations

import math

from matplotlib.figure import Figure

from score_desktop.tools.vsm.compare import Comparison
from score_desktop.tools.vsm.replications import Estimate, SimulationResults
from score_desktop.tools.vsm.sensitivity import Sweep

BLUE, ORANGE, GREY = "#1f4e79", "#e07b00", "#7f7f7f"


def _err(e: Estimate) -> tuple[float, float]:
    if not (math.isfinite(e.ci_low) and math.isfinite(e.ci_high)):
        return 0.0, 0.0
    return e.mean - e.ci_low, e.ci_high - e.mean


def wip_output_chart(figure: Figure, results: SimulationResults) -> None:
    """WIP (parts) and output rate (parts per hour) over simulated time, mean of replications;
    the warm-up is shaded."""
    figure.clear()
    ax1, ax2 = figure.subplots(2, 1, sharex=True)
    t = results.series_t_h
    ax1.plot(t, results.series_wip, color=BLUE, lw=1.4)
    ax1.set_ylabel("WIP (parts)")
    ax1.set_title(
        f"{results.map_name}: WIP and output ({results.settings.replications} replications)",
        fontsize=9,
    )
    if results.series_output_per_h:
        ax2.step(t, results.series_output_per_h, where="post", color=ORANGE, lw=1.2)
    ax2.axhline(
        results.throughput_per_h.mean,
        color=GREY,
        ls="--",
        lw=1,
        label=f"throughput {results.throughput_per_h.mean:.1f} parts/h",
    )
    ax2.set_ylabel("Output (parts/h)")
    ax2.set_xlabel("Simulated time (h)")
    ax2.legend(loc="lower right", fontsize=8)
    warmup = results.warmup_used_h  # aligned to whole days on maps with shift calendars
    if not math.isfinite(warmup):
        warmup = results.settings.warmup_h
    for ax in (ax1, ax2):
        ax.axvspan(0, warmup, color="#dddddd", alpha=0.6, lw=0)
        ax.grid(alpha=0.3)
    ax1.text(
        warmup / 2,
        ax1.get_ylim()[1] * 0.95,
        "warm-up",
        ha="center",
        va="top",
        fontsize=8,
        color=GREY,
    )
    figure.subplots_adjust(left=0.17, right=0.97, top=0.9, bottom=0.12, hspace=0.15)


def lead_time_chart(figure: Figure, results: SimulationResults) -> None:
    """The lead-time distribution: a histogram of the sampled lead times of all replications
    (when the runs carry samples) with the mean and percentiles and their 95 % CIs."""
    figure.clear()
    sample = [x for r in results.runs for x in getattr(r, "lead_time_sample_h", [])]
    if sample:
        ax, bx = figure.subplots(2, 1, gridspec_kw={"height_ratios": [3, 2]})
        ax.hist(sample, bins=40, color=BLUE, alpha=0.85)
        for e, label, colour in (
            (results.lead_time_h, "mean", ORANGE),
            *[
                (e, f"{k[1:]}th pct.", c)
                for (k, e), c in zip(
                    results.lead_time_percentiles_h.items(),
                    ("#555555", "#888888", "#aaaaaa"),
                    strict=False,
                )
            ],
        ):
            ax.axvline(e.mean, lw=1.2, ls="--", color=colour, label=f"{label} {e.mean:,.1f} h")
        ax.legend(fontsize=7, loc="upper left")
        ax.set_ylabel("Parts (sampled)")
        ax.set_xlabel("Lead time (h, supplier to customer)")
        ax.set_title(f"{results.map_name}: lead time distribution", fontsize=9)
        ax.grid(alpha=0.3)
    else:
        bx = figure.add_subplot()
    labels = ["mean"] + [f"{k[1:]}th percentile" for k in results.lead_time_percentiles_h]
    values = [results.lead_time_h, *results.lead_time_percentiles_h.values()]
    errs = list(zip(*[_err(e) for e in values], strict=True))
    bx.barh(
        labels,
        [e.mean for e in values],
        xerr=errs,
        color=[ORANGE] + [BLUE] * (len(values) - 1),
        capsize=4,
    )
    for i, e in enumerate(values):
        bx.text(e.mean, i, f"  {e.mean:,.1f} h", va="center", fontsize=8)
    bx.invert_yaxis()
    bx.set_xlabel("Lead time (h), 95 % CI bars")
    bx.tick_params(labelsize=8)
    bx.grid(axis="x", alpha=0.3)
    figure.tight_layout()


def comparison_chart(figure: Figure, comparison: Comparison) -> None:
    """Each measure of two scenarios side by side with 95 % CIs, one small panel per measure."""
    figure.clear()
    rows = comparison.rows[:3]
    axes = figure.subplots(1, len(rows))
    for ax, r in zip(axes, rows, strict=True):
        names = [
            comparison.first_name.replace(" ", "\n"),
            comparison.second_name.replace(" ", "\n"),
        ]
        values = [r.first, r.second]
        errs = list(zip(*[_err(e) for e in values], strict=True))
        ax.bar(names, [e.mean for e in values], yerr=errs, color=[GREY, BLUE], capsize=4)
        ax.set_title(f"{r.measure}\n({r.unit})", fontsize=9)
        mark = "" if r.significant is None else (" *" if r.significant else " (n.s.)")
        if math.isfinite(r.change_percent):
            ax.set_xlabel(f"{r.change_percent:+.0f} %{mark}", fontsize=9)
        ax.tick_params(axis="x", labelsize=7)
        ax.grid(axis="y", alpha=0.3)
    figure.suptitle("* significant at the 95 % level; n.s. within the uncertainty", fontsize=8)
    figure.tight_layout()


def sensitivity_chart(figure: Figure, result: Sweep) -> None:
    """Throughput and lead time against the varied parameter, with 95 % CIs."""
    figure.clear()
    ax1, ax2 = figure.subplots(1, 2)
    x = [p.value for p in result.points]
    for ax, get, label, colour in (
        (ax1, lambda p: p.throughput_per_h, "Throughput (parts/h)", BLUE),
        (ax2, lambda p: p.lead_time_h, "Lead time (h)", ORANGE),
    ):
        est = [get(p) for p in result.points]
        errs = list(zip(*[_err(e) for e in est], strict=True))
        ax.errorbar(x, [e.mean for e in est], yerr=errs, marker="o", color=colour, capsize=3)
        unit = f" ({result.unit})" if result.unit else ""
        ax.set_xlabel(f"{result.label}{unit}", fontsize=8)
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
    figure.suptitle(
        f"{result.map_name}: sensitivity to {result.label} of {result.step}", fontsize=10
    )
    figure.tight_layout()
