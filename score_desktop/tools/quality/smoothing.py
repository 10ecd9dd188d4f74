"""EWMA and tabular CUSUM charts for individual values or subgroup means.

EWMA (Montgomery ISQC section 9.2; NIST/SEMATECH e-Handbook 6.3.2.4):
z_i = lambda x_i + (1 - lambda) z_(i-1), z_0 = target, limits
target -/+ L sigma sqrt(lambda / (2 - lambda) (1 - (1 - lambda)^(2i))) (exact, stepping up to
the asymptote). Tabular CUSUM (ISQC section 9.1.2): C+_i = max(0, x_i - (target + K) +
C+_(i-1)), C-_i = max(0, (target - K) - x_i + C-_(i-1)), K = k sigma, H = h sigma; a signal
when C+ or C- exceeds H. With subgroups of n values, x is the subgroup mean and sigma/sqrt(n)
its standard deviation.
"""

from __future__ import annotations

import math

import numpy as np

from score_desktop.tools.quality.constants import c4, d2
from score_desktop.tools.quality.model import ChartSettings, ControlLimits, Series, VariablesData
from score_desktop.tools.quality.rules import Signal


def _points(data: VariablesData) -> tuple[np.ndarray, np.ndarray]:
    means = np.array([float(np.mean(g)) for g in data.subgroups])
    sizes = np.array([len(g) for g in data.subgroups], dtype=float)
    return means, sizes


def estimate_smoothed(
    settings: ChartSettings, data: VariablesData, first: int, last: int
) -> ControlLimits:
    groups = data.subgroups[first : last + 1]
    means = np.array([float(np.mean(g)) for g in groups])
    if settings.target is not None:
        centre, how_centre = settings.target, "the target given"
    else:
        weights = np.array([len(g) for g in groups], dtype=float)
        centre, how_centre = float(np.sum(weights * means) / weights.sum()), "phase I mean"
    if settings.sigma is not None:
        sigma, how = settings.sigma, "the known sigma given"
    elif all(len(g) == 1 for g in groups):
        sigma = float(np.mean(np.abs(np.diff(means)))) / d2(2)
        how = "sigma = average moving range / d2(2)"
    else:
        n = [len(g) for g in groups]
        if len(set(n)) == 1 and n[0] >= 2:
            sigma = float(np.mean([np.std(g, ddof=1) for g in groups])) / c4(n[0])
            how = f"sigma = average standard deviation / c4({n[0]})"
        else:
            dof = sum(len(g) - 1 for g in groups)
            ss = sum(float(np.sum((np.asarray(g) - np.mean(g)) ** 2)) for g in groups)
            sigma = math.sqrt(ss / dof) if dof > 0 else math.nan
            how = "sigma = pooled within-subgroup standard deviation"
    return ControlLimits(
        kind=settings.kind,
        centre=centre,
        sigma=sigma,
        phase1_first=first,
        phase1_last=last,
        method=f"centre = {how_centre}; {how}",
    )


def apply_ewma(
    settings: ChartSettings, data: VariablesData, limits: ControlLimits, unit: str = ""
) -> tuple[Series, ...]:
    x, n = _points(data)
    lam, width = settings.ewma_lambda, settings.ewma_width
    z = np.empty(x.size)
    previous = limits.centre
    for i, value in enumerate(x):
        previous = lam * value + (1.0 - lam) * previous
        z[i] = previous
    steps = np.arange(1, x.size + 1)
    sd = (limits.sigma / np.sqrt(n)) * np.sqrt(lam / (2 - lam) * (1 - (1 - lam) ** (2 * steps)))
    centre = np.full(x.size, limits.centre)
    t = tuple
    return (
        Series(
            "EWMA",
            unit,
            t(float(v) for v in z),
            t(float(v) for v in centre),
            t(float(v) for v in centre + width * sd),
            t(float(v) for v in centre - width * sd),
            t(float(v) for v in sd * (width / 3.0)),
        ),
    )


def apply_cusum(
    settings: ChartSettings, data: VariablesData, limits: ControlLimits, unit: str = ""
) -> tuple[tuple[Series, ...], list[Signal]]:
    """The upper and lower CUSUM series and their signals; each signal says where the
    shift probably began (the last point where the sum was zero, ISQC eq. 9.3)."""
    x, n = _points(data)
    sd = limits.sigma / np.sqrt(n)
    k, h = settings.cusum_k * sd, settings.cusum_h * sd
    upper = np.zeros(x.size)
    lower = np.zeros(x.size)
    run_up = run_down = 0
    signals: list[Signal] = []
    cu = cl = 0.0
    for i, value in enumerate(x):
        cu = max(0.0, value - (limits.centre + k[i]) + cu)
        cl = max(0.0, (limits.centre - k[i]) - value + cl)
        run_up = run_up + 1 if cu > 0 else 0
        run_down = run_down + 1 if cl > 0 else 0
        upper[i], lower[i] = cu, cl
        if cu > h[i]:
            level = limits.centre + k[i] + cu / run_up
            signals.append(
                Signal(
                    i,
                    "CUSUM+",
                    f"upper CUSUM above H = {h[i]:.4g}: the mean rose after point "
                    f"{i + 1 - run_up}, to about {level:.4g}",
                    "Upper CUSUM",
                )
            )
        if cl > h[i]:
            level = limits.centre - k[i] - cl / run_down
            signals.append(
                Signal(
                    i,
                    "CUSUM-",
                    f"lower CUSUM above H = {h[i]:.4g}: the mean fell after point "
                    f"{i + 1 - run_down}, to about {level:.4g}",
                    "Lower CUSUM",
                )
            )
    zero = tuple(0.0 for _ in x)
    hs = tuple(float(v) for v in h)
    nan = tuple(math.nan for _ in x)
    sig = tuple(float(v) / 3.0 for v in h)
    return (
        Series("Upper CUSUM", unit, tuple(float(v) for v in upper), zero, hs, nan, sig),
        Series("Lower CUSUM", unit, tuple(float(v) for v in lower), zero, hs, nan, sig),
    ), signals
