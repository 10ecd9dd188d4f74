"""Anderson-Darling test of normality (mean and sigma estimated from the data).

A^2 = -n - (1/n) sum (2i - 1) [ln F(x_(i)) + ln(1 - F(x_(n+1-i)))], F the fitted normal cdf;
the adjusted statistic A*^2 = A^2 (1 + 0.75/n + 2.25/n^2) and its p-value by the piecewise
approximation of D'Agostino & Stephens (1986), *Goodness-of-Fit Techniques*, Table 4.9
(the same as Minitab's). Stephens' (1974) critical values of A*^2 for 10, 5, 2.5 and 1 %:
0.631, 0.752, 0.873, 1.035.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.quality.distributions import normal_cdf, normal_sf

MIN_NORMALITY_POINTS = 8


@dataclass(frozen=True)
class NormalityTest:
    statistic: float  # A^2
    adjusted: float  # A*^2
    p_value: float
    n: int
    method: str = "Anderson-Darling, p-value from D'Agostino & Stephens (1986) Table 4.9"

    @property
    def looks_normal(self) -> bool:
        """True when normality is not rejected at the 5 % level."""
        return self.p_value >= 0.05


def ad_p_value(adjusted: float) -> float:
    """P-value of the adjusted Anderson-Darling statistic A*^2 (normal, parameters estimated)."""
    a = adjusted
    if a >= 0.6:
        p = math.exp(1.2937 - 5.709 * a + 0.0186 * a * a)
    elif a >= 0.34:
        p = math.exp(0.9177 - 4.279 * a - 1.38 * a * a)
    elif a >= 0.2:
        p = 1.0 - math.exp(-8.318 + 42.796 * a - 59.938 * a * a)
    else:
        p = 1.0 - math.exp(-13.436 + 101.14 * a - 223.73 * a * a)
    return min(1.0, max(0.0, p))


def anderson_darling(values: Sequence[float]) -> NormalityTest | None:
    """The test, or None for fewer than 8 values or values that do not vary."""
    x = np.sort(np.asarray(values, dtype=float))
    n = x.size
    if n < MIN_NORMALITY_POINTS:
        return None
    sd = float(np.std(x, ddof=1))
    if not sd > 0:
        return None
    z = (x - x.mean()) / sd
    low = np.array([math.log(max(normal_cdf(v), 1e-300)) for v in z])
    high = np.array([math.log(max(normal_sf(v), 1e-300)) for v in z[::-1]])
    i = np.arange(1, n + 1)
    a2 = float(-n - np.sum((2 * i - 1) * (low + high)) / n)
    adjusted = a2 * (1.0 + 0.75 / n + 2.25 / (n * n))
    return NormalityTest(a2, adjusted, ad_p_value(adjusted), n)
