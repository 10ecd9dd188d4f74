"""Resource-efficiency charts: energy vs driver, measured vs predicted, CUSUM, Pareto, Sankey.

Each function draws on a matplotlib ``Figure`` it is given (cleared first) and returns the main
``Axes``; no pyplot, so the same chart works on Agg, in a Qt canvas, in PNGs and reports.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.sankey import Sankey
from matplotlib.ticker import FuncFormatter, PercentFormatter

from score_desktop.tools.resource_efficiency.baseline import EnergyBaseline
from score_desktop.tools.resource_efficiency.material_balance import MaterialBalance, ParetoItem

TITLE_SIZE = 14
LABEL_SIZE = 12
TICK_SIZE = 10

#: Okabe-Ito colours (colour-blind safe).
COLORS = {
    "baseline": "#0072B2",
    "reporting": "#E69F00",
    "model": "#333333",
    "saving": "#009E73",
    "loss": "#D55E00",
    "target": "#CC0000",
    "bar": "#56778F",
}
_THOUSANDS = FuncFormatter(lambda value, _pos: f"{value:,.0f}")


def _fresh_axes(figure: Figure, title: str) -> Axes:
    figure.clear()
    ax = figure.add_subplot(1, 1, 1)
    ax.tick_params(labelsize=TICK_SIZE)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.set_title(title, fontsize=TITLE_SIZE)
    return ax


def _empty(ax: Axes, message: str) -> Axes:
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        message,
        ha="center",
        va="center",
        fontsize=LABEL_SIZE,
        color="#666666",
        transform=ax.transAxes,
    )
    return ax


def _period_axis(ax: Axes, labels: Sequence[str]) -> None:
    """Period labels on x, thinned so that at most about 14 are written."""
    step = max(1, math.ceil(len(labels) / 14))
    ax.set_xticks(range(0, len(labels), step))
    ax.set_xticklabels([labels[i] for i in range(0, len(labels), step)], rotation=45, ha="right")
    ax.set_xlim(-0.5, len(labels) - 0.5)


def _as_floats(values: Sequence[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)


def draw_energy_vs_driver(
    figure: Figure,
    driver: Sequence[float],
    energy: Sequence[float],
    baseline: EnergyBaseline | None = None,
    *,
    driver_index: int = 0,
    driver_label: str | None = None,
    energy_label: str = "Energy [kWh]",
    reporting_driver: Sequence[float] | None = None,
    reporting_energy: Sequence[float] | None = None,
    title: str = "Energy against its main driver",
) -> Axes:
    """Scatter of baseline periods (and reporting periods, if given) with the fitted line.

    With several drivers the line varies driver ``driver_index`` and holds the others at their
    baseline means (said in the legend). The model equation and fit statistics are written on
    the chart.
    """
    ax = _fresh_axes(figure, title)
    if len(driver) == 0:
        return _empty(ax, "No baseline periods to show")
    if len(driver) != len(energy):
        raise ValueError("energy chart: driver and energy need the same number of periods")
    name = driver_label or (baseline.driver_names[driver_index] if baseline else "Driver")
    ax.scatter(driver, energy, s=42, color=COLORS["baseline"], label="Baseline periods", zorder=3)
    if reporting_driver is not None and reporting_energy is not None and len(reporting_driver):
        ax.scatter(
            reporting_driver,
            reporting_energy,
            s=46,
            marker="D",
            color=COLORS["reporting"],
            label="Reporting periods",
            zorder=3,
        )
    if baseline is not None:
        low, high = baseline.driver_ranges[driver_index]
        grid = np.linspace(low, high, 50)
        rows = np.tile(np.asarray(baseline.driver_means, dtype=float), (grid.size, 1))
        rows[:, driver_index] = grid
        label = "Baseline model"
        if len(baseline.coefficients) > 1:
            label += " (other drivers at their mean)"
        ax.plot(grid, baseline.predict(rows), color=COLORS["model"], linewidth=2, label=label)
        stats = (
            f"{baseline.equation('E')}\nR² = {baseline.r_squared:.3f}   "
            f"CV(RMSE) = {baseline.cv_rmse:.1%}   n = {baseline.n_periods}"
        )
        ax.text(
            0.02,
            0.98,
            stats,
            transform=ax.transAxes,
            va="top",
            ha="left",
            fontsize=TICK_SIZE,
            bbox={"boxstyle": "round", "facecolor": "white", "edgecolor": "#999999"},
        )
    ax.set_xlabel(name, fontsize=LABEL_SIZE)
    ax.set_ylabel(energy_label, fontsize=LABEL_SIZE)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.legend(loc="lower right", fontsize=TICK_SIZE)
    return ax


def draw_measured_vs_predicted(
    figure: Figure,
    labels: Sequence[str],
    measured: Sequence[float],
    predicted: Sequence[float],
    *,
    reporting_start: str | None = None,
    energy_label: str = "Energy [kWh]",
    title: str = "Measured and predicted energy",
) -> Axes:
    """Measured and baseline-predicted energy per period; a dashed line where reporting starts."""
    ax = _fresh_axes(figure, title)
    if not labels:
        return _empty(ax, "No periods to show")
    if not len(labels) == len(measured) == len(predicted):
        raise ValueError(
            "measured/predicted chart: labels, measured and predicted differ in length"
        )
    x = np.arange(len(labels))
    ax.plot(
        x,
        _as_floats(predicted),
        color=COLORS["model"],
        linestyle="--",
        marker="o",
        markersize=4,
        label="Predicted by baseline",
    )
    ax.plot(
        x,
        _as_floats(measured),
        color=COLORS["baseline"],
        marker="o",
        markersize=5,
        label="Measured",
    )
    if reporting_start is not None and reporting_start in labels:
        start = list(labels).index(reporting_start) - 0.5
        ax.axvline(start, color="#777777", linestyle=":", linewidth=1.5)
        ax.text(
            start,
            1.0,
            " reporting period",
            transform=ax.get_xaxis_transform(),
            va="top",
            fontsize=TICK_SIZE,
            color="#555555",
        )
    _period_axis(ax, labels)
    ax.set_ylabel(energy_label, fontsize=LABEL_SIZE)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    ax.legend(loc="best", fontsize=TICK_SIZE)
    return ax


def draw_cusum(
    figure: Figure,
    labels: Sequence[str],
    cusum: Sequence[float],
    *,
    energy_label: str = "Cumulative savings [kWh]",
    title: str = "CUSUM of energy savings",
) -> Axes:
    """Cumulative savings (predicted − measured); a rising line means energy is being saved."""
    ax = _fresh_axes(figure, title)
    if not labels:
        return _empty(ax, "No reporting periods to show")
    if len(labels) != len(cusum):
        raise ValueError("CUSUM chart: labels and CUSUM values differ in length")
    x = np.arange(len(labels))
    values = _as_floats(cusum)
    ax.axhline(0, color="#999999", linewidth=1)
    ax.fill_between(
        x, 0, values, where=values >= 0, color=COLORS["saving"], alpha=0.15, interpolate=True
    )
    ax.fill_between(
        x, 0, values, where=values < 0, color=COLORS["loss"], alpha=0.15, interpolate=True
    )
    ax.plot(x, values, color=COLORS["saving"], marker="o", linewidth=2, label="CUSUM")
    ax.annotate(
        f"{values[-1]:,.0f}",
        (x[-1], values[-1]),
        textcoords="offset points",
        xytext=(0, 8),
        ha="center",
        fontsize=TICK_SIZE,
    )
    _period_axis(ax, labels)
    ax.set_ylabel(energy_label, fontsize=LABEL_SIZE)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    return ax


def draw_ratio_trend(
    figure: Figure,
    labels: Sequence[str],
    values: Sequence[float | None],
    *,
    target: float | None = None,
    ylabel: str = "Specific energy [kWh/t]",
    title: str = "Ratio trend",
) -> Axes:
    """A ratio per period (gaps where it is not defined) against an optional target line."""
    ax = _fresh_axes(figure, title)
    if not labels:
        return _empty(ax, "No periods to show")
    if len(labels) != len(values):
        raise ValueError("trend chart: labels and values differ in length")
    x = np.arange(len(labels))
    ax.plot(x, _as_floats(values), color=COLORS["baseline"], marker="o", linewidth=2, label=ylabel)
    if target is not None:
        ax.axhline(
            target,
            color=COLORS["target"],
            linestyle="--",
            linewidth=1.5,
            label=f"Target {target:,.4g}",
        )
    _period_axis(ax, labels)
    ax.set_ylabel(ylabel, fontsize=LABEL_SIZE)
    ax.legend(loc="best", fontsize=TICK_SIZE)
    return ax


def draw_waste_pareto(
    figure: Figure,
    items: Sequence[ParetoItem],
    *,
    currency: str = "EUR",
    title: str = "Cost of waste by stream",
) -> Axes:
    """Bars of the cost per waste stream (largest first) with the cumulative share line."""
    ax = _fresh_axes(figure, title)
    if not items:
        return _empty(ax, "No waste streams to show")
    x = np.arange(len(items))
    bars = ax.bar(x, [i.value for i in items], color=COLORS["bar"], width=0.65)
    for bar, item in zip(bars, items, strict=True):
        ax.annotate(
            f"{item.value:,.0f}",
            (bar.get_x() + bar.get_width() / 2, bar.get_height()),
            textcoords="offset points",
            xytext=(0, 3),
            ha="center",
            fontsize=TICK_SIZE,
        )
    ax.set_xticks(x)
    ax.set_xticklabels([i.name for i in items], rotation=20, ha="right")
    ax.set_ylabel(f"Cost of waste [{currency}]", fontsize=LABEL_SIZE)
    ax.yaxis.set_major_formatter(_THOUSANDS)
    share = ax.twinx()
    share.plot(
        x, [i.cumulative_share for i in items], color=COLORS["loss"], marker="o", linewidth=2
    )
    share.axhline(0.8, color="#999999", linestyle=":", linewidth=1)
    share.set_ylim(0, 1.05)
    share.yaxis.set_major_formatter(PercentFormatter(1.0))
    share.set_ylabel("Cumulative share", fontsize=LABEL_SIZE)
    share.spines["top"].set_visible(False)
    return ax


def draw_material_sankey(
    figure: Figure,
    balance: MaterialBalance,
    *,
    inputs: Mapping[str, float] | None = None,
    unit: str = "kg",
    title: str = "Material flow",
) -> Axes:
    """Material in (per input, if ``inputs`` given) -> product and loss streams (Sankey).

    The flows balance exactly: unaccounted material is drawn as its own stream (or, when
    product and streams exceed the inputs, as an extra input "measured surplus").
    """
    ax = _fresh_axes(figure, title)
    ax.set_axis_off()
    if balance.input_kg <= 0:
        return _empty(ax, "No material inputs to show")
    incoming = dict(inputs) if inputs else {"Materials in": balance.input_kg}
    if not math.isclose(sum(incoming.values()), balance.input_kg, rel_tol=1e-9):
        raise ValueError("material flow chart: the inputs do not add up to the balance's input")
    outgoing = {"Product": balance.product_kg}
    outgoing.update({s.name: s.quantity_kg for s in balance.streams})
    if balance.unaccounted_kg > 0:
        outgoing["Unaccounted"] = balance.unaccounted_kg
    elif balance.unaccounted_kg < 0:
        incoming["Measured surplus"] = -balance.unaccounted_kg
    flows, labels, orientations, lengths = [], [], [], []
    total = sum(incoming.values())
    side = 0  # side flows get longer and longer paths so that their labels do not overlap
    for i, (name, kg) in enumerate(incoming.items()):
        if kg > 0:
            flows.append(kg)
            labels.append(f"{name}\n{kg:,.0f} {unit}")
            orientations.append(0 if i == 0 else 1)
            lengths.append(0.4 if i == 0 else 0.3 + 0.45 * (side := side + 1))
    side = 0
    for i, (name, kg) in enumerate(outgoing.items()):
        if kg > 0:
            flows.append(-kg)
            labels.append(f"{name}\n{kg:,.0f} {unit} ({kg / total:.1%})")
            orientations.append(0 if i == 0 else -1)
            lengths.append(0.4 if i == 0 else 0.3 + 0.45 * (side := side + 1))
    sankey = Sankey(ax=ax, scale=1.0 / total, unit=None, gap=0.5, offset=0.2, margin=0.6)
    sankey.add(
        flows=flows,
        labels=labels,
        orientations=orientations,
        pathlengths=lengths,
        facecolor=COLORS["baseline"],
        alpha=0.6,
        edgecolor="#333333",
    )
    diagrams = sankey.finish()
    ax.set_aspect("equal", adjustable="box")  # Sankey's "datalim" fights its own fixed limits
    for text in diagrams[0].texts:
        text.set_fontsize(TICK_SIZE)
    ax.set_title(f"{title}: loss rate {balance.loss_rate:.1%}", fontsize=TITLE_SIZE)
    return ax
