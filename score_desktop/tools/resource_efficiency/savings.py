"""Savings against an energy baseline in a reporting period: predicted, savings, CUSUM, EnPI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.resource_efficiency.baseline import (
    DriversLike,
    EnergyBaseline,
    drivers_matrix,
    energy_vector,
)


@dataclass(frozen=True)
class BaselineSavings:
    """Reporting-period results; one entry per period in every per-period tuple.

    ``savings`` = predicted − measured (positive = energy saved), ``cusum`` = running total of
    savings. ``enpi_ratio`` = measured energy / output (None where output is 0);
    ``enpi_measured_over_predicted`` = measured / predicted (below 1 = better than baseline;
    None where the prediction is not positive).
    """

    period_labels: tuple[str, ...]
    measured: tuple[float, ...]
    predicted: tuple[float, ...]
    savings: tuple[float, ...]
    cusum: tuple[float, ...]
    enpi_ratio: tuple[float | None, ...]
    enpi_measured_over_predicted: tuple[float | None, ...]
    baseline_enpi_ratio: float | None
    total_measured: float
    total_predicted: float
    total_savings: float
    savings_share: float | None  # total savings / total predicted
    out_of_range_periods: tuple[int, ...]  # indices of periods with a driver outside the range
    warnings: tuple[str, ...]


def baseline_savings(
    baseline: EnergyBaseline,
    drivers: DriversLike,
    energy: Sequence[float] | np.ndarray,
    *,
    output: Sequence[float] | None = None,
    period_labels: Sequence[str] | None = None,
) -> BaselineSavings:
    """Compare measured energy in a reporting period with the baseline's prediction.

    ``output`` (for the EnPI ratio) defaults to the first driver, which is usually production;
    ``period_labels`` name the periods in warnings (default "period 1", "period 2", ...).
    """
    p = len(baseline.coefficients)
    x = drivers_matrix(drivers, p, what="reporting drivers")
    n = x.shape[0]
    measured = energy_vector(energy, n, what="reporting energy")
    labels = _labels(period_labels, n)
    if output is None:
        out = x[:, 0]
        baseline_ratio = (
            baseline.mean_energy / baseline.driver_means[0]
            if baseline.driver_means[0] > 0
            else None
        )
    else:
        out = energy_vector(output, n, what="reporting output")
        baseline_ratio = None
    predicted = np.asarray(baseline.predict(x))
    savings = predicted - measured
    cusum = np.cumsum(savings)

    warnings: list[str] = []
    outside: list[int] = []
    for i in range(n):
        columns = baseline.outside_range(x[i])
        if columns:
            outside.append(i)
            details = "; ".join(
                f"{baseline.driver_names[j]} = {x[i, j]:g} (baseline range "
                f"{baseline.driver_ranges[j][0]:g} to {baseline.driver_ranges[j][1]:g})"
                for j in columns
            )
            warnings.append(
                f"{labels[i]}: {details}; the prediction extrapolates beyond the baseline data "
                "and its savings are less certain."
            )
        if predicted[i] <= 0:
            warnings.append(
                f"{labels[i]}: the baseline predicts {predicted[i]:.4g}, not a positive energy "
                "use; measured/predicted is not defined for this period."
            )
    total_predicted = float(predicted.sum())
    total_savings = float(savings.sum())
    return BaselineSavings(
        period_labels=labels,
        measured=tuple(float(v) for v in measured),
        predicted=tuple(float(v) for v in predicted),
        savings=tuple(float(v) for v in savings),
        cusum=tuple(float(v) for v in cusum),
        enpi_ratio=tuple(
            float(e / o) if o > 0 else None for e, o in zip(measured, out, strict=True)
        ),
        enpi_measured_over_predicted=tuple(
            float(e / q) if q > 0 else None for e, q in zip(measured, predicted, strict=True)
        ),
        baseline_enpi_ratio=baseline_ratio,
        total_measured=float(measured.sum()),
        total_predicted=total_predicted,
        total_savings=total_savings,
        savings_share=total_savings / total_predicted if total_predicted > 0 else None,
        out_of_range_periods=tuple(outside),
        warnings=tuple(warnings),
    )


def _labels(period_labels: Sequence[str] | None, n: int) -> tuple[str, ...]:
    if period_labels is None:
        return tuple(f"Period {i + 1}" for i in range(n))
    labels = tuple(str(label) for label in period_labels)
    if len(labels) != n:
        raise ValueError(f"period_labels: {len(labels)} labels for {n} reporting periods")
    return labels
