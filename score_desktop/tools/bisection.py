"""The quantile of a continuous distribution from its CDF, by bisection."""

from __future__ import annotations

import math
from collections.abc import Callable


def quantile_by_bisection(
    cdf: Callable[[float], float], probability: float, high: float, cap: float | None = None
) -> float:
    """The x >= 0 with cdf(x) = probability, to 1e-12 relative: ``high`` doubles until it is
    above the quantile (infinity once it passes ``cap``), then the bracket is halved."""
    low = 0.0
    while cdf(high) < probability:
        low, high = high, high * 2.0
        if cap is not None and high > cap:
            return math.inf
    for _ in range(200):
        mid = 0.5 * (low + high)
        if cdf(mid) < probability:
            low = mid
        else:
            high = mid
        if high - low <= 1e-12 * max(1.0, high):
            break
    return 0.5 * (low + high)
