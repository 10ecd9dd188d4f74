"""Control chart constants, computed rather than typed from a table.

- d2(n) = E[W] and d3(n) = sd[W] for the range W of n standard normal values, by numerical
  integration of the range distribution F_W(w) = n * integral phi(x) [Phi(x+w) - Phi(x)]^(n-1) dx
  (Gauss-Legendre in x and w): d2 = integral (1 - F_W), E[W^2] = integral 2w (1 - F_W).
- c4(n) = sqrt(2/(n-1)) Gamma(n/2) / Gamma((n-1)/2), the bias of the sample standard deviation.
- The factors follow Montgomery, *Introduction to Statistical Quality Control*, Appendix VI:
  A2 = 3/(d2 sqrt n), A3 = 3/(c4 sqrt n), B3/B4 = 1 -/+ 3 sqrt(1-c4^2)/c4 (B3 >= 0),
  B5/B6 = c4 -/+ 3 sqrt(1-c4^2), D1/D2 = d2 -/+ 3 d3, D3/D4 = 1 -/+ 3 d3/d2 (lower ones >= 0),
  E2 = 3/d2 (individuals limits from the average moving range of span n).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from score_desktop.tools.quality.distributions import normal_cdf_array

MAX_SUBGROUP = 100  # far beyond any subgroup a control chart uses


@lru_cache(maxsize=1)
def _nodes() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    gx, gwx = np.polynomial.legendre.leggauss(240)
    x = 9.0 * gx  # x in [-9, 9]
    wx = 9.0 * gwx
    gw, gww = np.polynomial.legendre.leggauss(240)
    w = 7.5 * (gw + 1.0)  # ranges in [0, 15]
    ww = 7.5 * gww
    phi = np.exp(-0.5 * x * x) / math.sqrt(2.0 * math.pi)
    big_phi = normal_cdf_array(x)
    shifted = normal_cdf_array(x[None, :] + w[:, None])
    return x, wx * phi, w, ww, shifted - big_phi[None, :]


@lru_cache(maxsize=MAX_SUBGROUP)
def _range_moments(n: int) -> tuple[float, float]:
    _, weight_x, w, weight_w, spread = _nodes()
    cdf = n * (np.clip(spread, 0.0, 1.0) ** (n - 1)) @ weight_x  # F_W at each w node
    survival = 1.0 - cdf
    mean = float(survival @ weight_w)
    second = float((2.0 * w * survival) @ weight_w)
    return mean, math.sqrt(max(second - mean * mean, 0.0))


def _check(n: int) -> None:
    if not isinstance(n, int) or isinstance(n, bool) or not 2 <= n <= MAX_SUBGROUP:
        raise ValueError(f"a subgroup size must be a whole number from 2 to {MAX_SUBGROUP}")


def d2(n: int) -> float:
    """Mean range of n standard normal values (1.128 for n = 2)."""
    _check(n)
    return _range_moments(n)[0]


def d3(n: int) -> float:
    """Standard deviation of the range of n standard normal values (0.853 for n = 2)."""
    _check(n)
    return _range_moments(n)[1]


def c4(n: int) -> float:
    """E[s]/sigma for a sample of n normal values (0.7979 for n = 2)."""
    _check(n)
    return math.sqrt(2.0 / (n - 1)) * math.exp(math.lgamma(n / 2) - math.lgamma((n - 1) / 2))


@dataclass(frozen=True)
class Factors:
    """All control chart factors for subgroups of size n (3-sigma limits)."""

    n: int
    d2: float
    d3: float
    c4: float
    A: float
    A2: float
    A3: float
    B3: float
    B4: float
    B5: float
    B6: float
    D1: float
    D2: float
    D3: float
    D4: float
    E2: float


@lru_cache(maxsize=MAX_SUBGROUP)
def factors(n: int) -> Factors:
    """The factors of Montgomery's Appendix VI for subgroup size n, computed."""
    _check(n)
    r_mean, r_sd = d2(n), d3(n)
    s_bias = c4(n)
    s_sd = math.sqrt(1.0 - s_bias * s_bias)
    root = math.sqrt(n)
    return Factors(
        n=n,
        d2=r_mean,
        d3=r_sd,
        c4=s_bias,
        A=3.0 / root,
        A2=3.0 / (r_mean * root),
        A3=3.0 / (s_bias * root),
        B3=max(0.0, 1.0 - 3.0 * s_sd / s_bias),
        B4=1.0 + 3.0 * s_sd / s_bias,
        B5=max(0.0, s_bias - 3.0 * s_sd),
        B6=s_bias + 3.0 * s_sd,
        D1=max(0.0, r_mean - 3.0 * r_sd),
        D2=r_mean + 3.0 * r_sd,
        D3=max(0.0, 1.0 - 3.0 * r_sd / r_mean),
        D4=1.0 + 3.0 * r_sd / r_mean,
        E2=3.0 / r_mean,
    )
