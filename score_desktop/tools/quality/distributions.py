"""Normal and chi-square distribution functions, without SciPy.

The normal distribution comes from :class:`statistics.NormalDist`; the chi-square
distribution from the regularised lower incomplete gamma function P(a, x), by its power
series for x < a + 1 and its continued fraction (modified Lentz) otherwise (Abramowitz &
Stegun 6.5.29 and 6.5.31), inverted by bisection.
"""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np

from score_desktop.tools.bisection import quantile_by_bisection

_STANDARD = NormalDist()
_EPS = 1e-15


def normal_cdf(x: float) -> float:
    """P(Z <= x) for a standard normal Z."""
    return _STANDARD.cdf(x)


def normal_sf(x: float) -> float:
    """P(Z > x), accurate in the far tail (erfc, not 1 - cdf)."""
    return 0.5 * math.erfc(x / math.sqrt(2.0))


def normal_ppf(p: float) -> float:
    """The standard normal quantile z with P(Z <= z) = p, for 0 < p < 1."""
    return _STANDARD.inv_cdf(p)


def normal_cdf_array(x: np.ndarray) -> np.ndarray:
    """Standard normal cdf of every element (erfc element by element, exact to 1e-16)."""
    flat = np.asarray(x, dtype=float).ravel()
    out = np.fromiter((0.5 * math.erfc(-v / math.sqrt(2.0)) for v in flat), float, flat.size)
    return out.reshape(np.shape(x))


def regularized_gamma_p(a: float, x: float) -> float:
    """P(a, x) = gamma(a, x) / Gamma(a), the regularised lower incomplete gamma function."""
    if a <= 0:
        raise ValueError("the shape a must be positive")
    if x <= 0:
        return 0.0
    log_prefix = a * math.log(x) - x - math.lgamma(a)
    if x < a + 1.0:
        term = total = 1.0 / a
        k = a
        for _ in range(10_000):
            k += 1.0
            term *= x / k
            total += term
            if abs(term) < abs(total) * _EPS:
                break
        return min(1.0, total * math.exp(log_prefix))
    # continued fraction for Q(a, x) = 1 - P(a, x)
    tiny = 1e-300
    b = x + 1.0 - a
    c = 1.0 / tiny
    d = 1.0 / b
    h = d
    for i in range(1, 10_000):
        an = -i * (i - a)
        b += 2.0
        d = an * d + b
        d = tiny if abs(d) < tiny else d
        c = b + an / c
        c = tiny if abs(c) < tiny else c
        d = 1.0 / d
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < _EPS:
            break
    return max(0.0, 1.0 - math.exp(log_prefix) * h)


def chi2_cdf(x: float, dof: float) -> float:
    """P(X <= x) for a chi-square X with ``dof`` degrees of freedom."""
    return regularized_gamma_p(dof / 2.0, x / 2.0)


def chi2_ppf(p: float, dof: float) -> float:
    """The chi-square quantile x with P(X <= x) = p (bisection to 1e-12 relative)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must lie strictly between 0 and 1")
    return quantile_by_bisection(lambda x: chi2_cdf(x, dof), p, max(1.0, dof))
