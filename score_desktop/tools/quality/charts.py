"""Control charts: estimate limits from phase I, apply them frozen, evaluate run rules.

``control_chart`` does both steps; ``estimate_limits`` and ``apply_limits`` keep them apart
so that a phase II chart judges new points against limits that do not move.
"""

from __future__ import annotations

from score_desktop.tools.quality.checks import check_attributes, check_phase1, check_variables
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import (
    ATTRIBUTE_CHARTS,
    ChartData,
    ChartResult,
    ChartSettings,
    ControlLimits,
)
from score_desktop.tools.quality.rules import evaluate_rules, standardise
from score_desktop.tools.quality.shewhart import apply_shewhart, estimate_shewhart
from score_desktop.tools.quality.smoothing import apply_cusum, apply_ewma, estimate_smoothed


def check_data(kind: str, data: ChartData) -> None:
    """Raise :class:`QualityInputError` naming the first point the chart cannot use."""
    if kind in ATTRIBUTE_CHARTS:
        check_attributes(kind, data)  # type: ignore[arg-type]
    else:
        check_variables(kind, data)  # type: ignore[arg-type]


def estimate_limits(
    settings: ChartSettings, data: ChartData, first: int = 0, last: int | None = None
) -> ControlLimits:
    """Limits from points ``first``..``last`` (0-based, inclusive; default all)."""
    kind = settings.kind
    check_data(kind, data)
    last = len(data) - 1 if last is None else last
    check_phase1(kind, len(data), first, last)
    if kind in ("ewma", "cusum"):
        limits = estimate_smoothed(settings, data, first, last)  # type: ignore[arg-type]
    else:
        limits = estimate_shewhart(kind, data, first, last)
    if not limits.sigma > 0 and kind in ("imr", "xbar-r", "xbar-s", "ewma", "cusum"):
        raise QualityInputError(
            "the phase I values do not vary (sigma is zero): no limits can be set"
        )
    return limits


def apply_limits(
    settings: ChartSettings, data: ChartData, limits: ControlLimits, unit: str = ""
) -> ChartResult:
    """Plot every point against frozen ``limits`` and evaluate the chosen run rules."""
    kind = settings.kind
    if limits.kind != kind:
        raise QualityInputError(f"these limits belong to a {limits.kind} chart, not {kind}")
    check_data(kind, data)
    if kind in ("xbar-r", "np") and limits.size is not None:
        sizes = data.sizes  # type: ignore[union-attr]
        for i, size in enumerate(sizes, start=1):
            if size != limits.size:
                label = "subgroup" if kind == "xbar-r" else "sample"
                raise QualityInputError(
                    f"its size {size:g} differs from the {limits.size:g} the limits were set for",
                    i,
                    label,
                )
    if kind == "cusum":
        series, signals = apply_cusum(settings, data, limits, unit)  # type: ignore[arg-type]
        return ChartResult(kind, limits, series, tuple(signals))
    if kind == "ewma":
        series = apply_ewma(settings, data, limits, unit)  # type: ignore[arg-type]
        z = standardise(series[0].values, series[0].centre, series[0].sigma)
        signals = evaluate_rules(z, ("N1",), series[0].name)  # only the limits on an EWMA
        return ChartResult(kind, limits, series, tuple(signals))
    series = apply_shewhart(kind, data, limits, unit)
    main = series[0]
    signals = evaluate_rules(
        standardise(main.values, main.centre, main.sigma), settings.rules, main.name
    )
    for extra in series[1:]:  # a range / s / MR chart is judged on its limits only
        z = standardise(extra.values, extra.centre, extra.sigma)
        signals += evaluate_rules(z, ("N1",), extra.name)
    signals.sort(key=lambda s: s.index)
    return ChartResult(kind, limits, series, tuple(signals))


def control_chart(
    settings: ChartSettings,
    data: ChartData,
    phase1: tuple[int, int] | None = None,
    unit: str = "",
) -> ChartResult:
    """Estimate limits from ``phase1`` (first, last; 0-based inclusive; default all points)
    and apply them to every point."""
    first, last = phase1 if phase1 is not None else (0, len(data) - 1)
    return apply_limits(settings, data, estimate_limits(settings, data, first, last), unit)
