"""Shewhart charts: I-MR, X-bar-R, X-bar-S (unequal subgroups), p, np, c and u.

Formulas as in Montgomery, *Introduction to Statistical Quality Control* (ISQC), 6th ed.:
X-bar-R (eq. 6.4-6.6), X-bar-S with equal n (eq. 6.27-6.29: s-bar = mean of s_i) and
unequal n (eq. 6.30-6.31: grand mean weighted by n_i, s-bar pooled over n_i - 1 degrees of
freedom, limits per subgroup with A3(n_i), B3(n_i), B4(n_i)), I-MR (section 6.4: sigma =
MR-bar / d2(2)), p with variable n (section 7.2.2: stepped limits), np, c and u
(section 7.3). Lower limits that fall below zero are set to zero (counts, ranges, s).
"""

from __future__ import annotations

import math

import numpy as np

from score_desktop.tools.quality.constants import c4, d2, factors
from score_desktop.tools.quality.model import (
    AttributeData,
    ControlLimits,
    Series,
    VariablesData,
)


def _mean_ranges(values: np.ndarray) -> np.ndarray:
    mr = np.full(values.size, np.nan)
    mr[1:] = np.abs(np.diff(values))
    return mr


def estimate_shewhart(kind: str, data, first: int, last: int) -> ControlLimits:
    """Centre and spread from points ``first``..``last`` (inclusive)."""
    span = slice(first, last + 1)
    common = {"kind": kind, "phase1_first": first, "phase1_last": last}
    if kind == "imr":
        x = np.array([g[0] for g in data.subgroups[span]])
        mr_bar = float(np.mean(np.abs(np.diff(x))))
        return ControlLimits(
            centre=float(x.mean()),
            spread=mr_bar,
            sigma=mr_bar / d2(2),
            method="sigma = average moving range / d2(2)",
            **common,
        )
    if kind == "xbar-r":
        groups = data.subgroups[span]
        n = len(groups[0])
        r_bar = float(np.mean([max(g) - min(g) for g in groups]))
        return ControlLimits(
            centre=float(np.mean([np.mean(g) for g in groups])),
            spread=r_bar,
            sigma=r_bar / d2(n),
            size=n,
            method=f"sigma = average range / d2({n})",
            **common,
        )
    if kind == "xbar-s":
        groups = data.subgroups[span]
        sizes = np.array([len(g) for g in groups], dtype=float)
        means = np.array([np.mean(g) for g in groups])
        sds = np.array([np.std(g, ddof=1) for g in groups])
        if np.all(sizes == sizes[0]):
            n = int(sizes[0])
            s_bar = float(sds.mean())
            return ControlLimits(
                centre=float(means.mean()),
                spread=s_bar,
                sigma=s_bar / c4(n),
                size=n,
                method=f"sigma = average standard deviation / c4({n})",
                **common,
            )
        s_bar = math.sqrt(float(np.sum((sizes - 1) * sds**2) / np.sum(sizes - 1)))
        return ControlLimits(
            centre=float(np.sum(sizes * means) / sizes.sum()),
            spread=s_bar,
            sigma=s_bar,
            method="s-bar pooled over the subgroups' degrees of freedom (unequal sizes)",
            **common,
        )
    counts = np.asarray(data.counts[span], dtype=float)
    sizes = np.asarray(data.sizes[span], dtype=float)
    if kind in ("p", "np"):
        p_bar = float(counts.sum() / sizes.sum())
        return ControlLimits(
            centre=p_bar,
            size=float(sizes[0]) if kind == "np" else None,
            method="p-bar = total defectives / total inspected",
            **common,
        )
    if kind == "c":
        return ControlLimits(
            centre=float(counts.mean()), method="c-bar = average defects per sample", **common
        )
    return ControlLimits(
        centre=float(counts.sum() / sizes.sum()),
        method="u-bar = total defects / total inspection units",
        **common,
    )


def _tup(a: np.ndarray) -> tuple[float, ...]:
    return tuple(float(v) for v in a)


def _series(name: str, unit: str, values, centre, sigma, width: float = 3.0, floor=None):
    values = np.asarray(values, dtype=float)
    centre = np.broadcast_to(np.asarray(centre, dtype=float), values.shape)
    sigma = np.broadcast_to(np.asarray(sigma, dtype=float), values.shape)
    upper = centre + width * sigma
    lower = centre - width * sigma
    if floor is not None:
        lower = np.maximum(lower, floor)
    return Series(name, unit, _tup(values), _tup(centre), _tup(upper), _tup(lower), _tup(sigma))


def _dispersion(name: str, unit: str, values, centre, sd) -> Series:
    """A range or s chart: limits centre -/+ 3 sd, the lower limit at least 0, and its
    rule sigma the same sd."""
    return _series(name, unit, values, centre, sd, floor=0.0)


def apply_shewhart(kind: str, data, limits: ControlLimits, unit: str = "") -> tuple[Series, ...]:
    """The plotted series of a Shewhart chart with frozen ``limits``."""
    if kind == "imr":
        x = np.array([g[0] for g in data.subgroups])
        mr = _mean_ranges(x)
        f = factors(2)
        sd_mr = f.d3 * limits.sigma
        mr_centre = np.full(x.size, limits.spread)
        mr_sd = np.full(x.size, sd_mr)
        mr_centre[0] = mr_sd[0] = np.nan
        return (
            _series("Individual values", unit, x, limits.centre, limits.sigma),
            _dispersion("Moving range", unit, mr, mr_centre, mr_sd),
        )
    if kind in ("xbar-r", "xbar-s"):
        sizes = np.array([len(g) for g in data.subgroups])
        means = np.array([np.mean(g) for g in data.subgroups])
        fs = [factors(int(n)) for n in sizes]
        if kind == "xbar-r":
            ranges = np.array([max(g) - min(g) for g in data.subgroups])
            sigma_mean = limits.sigma / np.sqrt(sizes)
            r_centre = np.array([f.d2 * limits.sigma for f in fs])
            r_sd = np.array([f.d3 * limits.sigma for f in fs])
            return (
                _series("Subgroup mean", unit, means, limits.centre, sigma_mean),
                _dispersion("Subgroup range", unit, ranges, r_centre, r_sd),
            )
        sds = np.array([np.std(g, ddof=1) for g in data.subgroups])
        if limits.size is not None:  # equal subgroups: sigma = s-bar / c4(n)
            sigma_mean = limits.sigma / np.sqrt(sizes)
            s_centre = np.array([f.c4 * limits.sigma for f in fs])
            s_sd = np.array([math.sqrt(1 - f.c4**2) * limits.sigma for f in fs])
        else:  # Montgomery eq. 6.31: limits from the pooled s-bar and each n_i
            s_bar = limits.spread
            sigma_mean = np.array([f.A3 for f in fs]) * s_bar / 3.0
            s_centre = np.full(sizes.size, s_bar)
            s_sd = np.array([math.sqrt(1 - f.c4**2) / f.c4 for f in fs]) * s_bar
        return (
            _series("Subgroup mean", unit, means, limits.centre, sigma_mean),
            _dispersion("Subgroup standard deviation", unit, sds, s_centre, s_sd),
        )
    counts = np.asarray(data.counts, dtype=float)
    sizes = np.asarray(data.sizes, dtype=float)
    p = limits.centre
    if kind == "p":
        sigma = np.sqrt(p * (1 - p) / sizes)
        s = _series("Proportion defective", "fraction", counts / sizes, p, sigma, floor=0.0)
        return (_cap(s, 1.0),)
    if kind == "np":
        n = limits.size or float(sizes[0])
        sigma = math.sqrt(n * p * (1 - p))
        s = _series("Number defective", "items", counts, n * p, sigma, floor=0.0)
        return (_cap(s, n),)
    if kind == "c":
        return (_series("Defects", "defects", counts, p, math.sqrt(p), floor=0.0),)
    sigma = np.sqrt(p / sizes)
    return (_series("Defects per unit", "defects/unit", counts / sizes, p, sigma, floor=0.0),)


def _cap(series: Series, ceiling: float) -> Series:
    upper = tuple(min(u, ceiling) for u in series.upper)
    return Series(
        series.name, series.unit, series.values, series.centre, upper, series.lower, series.sigma
    )


__all__ = ["AttributeData", "VariablesData", "apply_shewhart", "estimate_shewhart"]
