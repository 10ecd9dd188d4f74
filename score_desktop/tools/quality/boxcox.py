"""Box-Cox transformation to normality, lambda by maximum likelihood.

y = (x^lambda - 1) / lambda (ln x for lambda = 0), for x > 0 (Box & Cox 1964). Lambda
maximises the profile log-likelihood -(n/2) ln(var(y)) + (lambda - 1) sum ln x, with var the
maximum-likelihood variance, over [-5, 5] (a grid, then golden-section search).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

LAMBDA_RANGE = (-5.0, 5.0)


def transform(x, lam: float):
    """Box-Cox of x (a number or an array), x > 0."""
    arr = np.asarray(x, dtype=float)
    out = np.log(arr) if abs(lam) < 1e-12 else (arr**lam - 1.0) / lam
    return float(out) if np.ndim(out) == 0 else out


def inverse(y, lam: float):
    """The value whose Box-Cox transform is y."""
    arr = np.asarray(y, dtype=float)
    if abs(lam) < 1e-12:
        out = np.exp(arr)
    else:
        base = lam * arr + 1.0
        with np.errstate(invalid="ignore"):
            out = np.where(base > 0, base ** (1.0 / lam), np.nan)
    return float(out) if np.ndim(out) == 0 else out


def log_likelihood(x: np.ndarray, lam: float) -> float:
    y = transform(x, lam)
    var = float(np.var(y))
    if not var > 0:
        return -math.inf
    return -0.5 * x.size * math.log(var) + (lam - 1.0) * float(np.sum(np.log(x)))


def best_lambda(values: Sequence[float]) -> float:
    """The maximum-likelihood lambda; values must all be positive and vary."""
    x = np.asarray(values, dtype=float)
    if x.size < 3 or np.any(x <= 0) or np.ptp(x) == 0:
        raise ValueError("Box-Cox needs at least 3 positive values that vary")
    grid = np.linspace(*LAMBDA_RANGE, 101)
    scores = [log_likelihood(x, g) for g in grid]
    k = int(np.argmax(scores))
    low, high = grid[max(k - 1, 0)], grid[min(k + 1, grid.size - 1)]
    ratio = (math.sqrt(5.0) - 1.0) / 2.0
    a, b = low, high
    c, d = b - ratio * (b - a), a + ratio * (b - a)
    fc, fd = log_likelihood(x, c), log_likelihood(x, d)
    for _ in range(100):
        if fc > fd:
            b, d, fd = d, c, fc
            c = b - ratio * (b - a)
            fc = log_likelihood(x, c)
        else:
            a, c, fc = c, d, fd
            d = a + ratio * (b - a)
            fd = log_likelihood(x, d)
        if b - a < 1e-9:
            break
    return 0.5 * (a + b)
