"""Student t distribution from the regularised incomplete beta function (no scipy)."""

from __future__ import annotations

import math

from score_desktop.tools.bisection import quantile_by_bisection

_EPS = 1e-15
_TINY = 1e-300
_MAX_ITERATIONS = 500


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction for I_x(a, b), evaluated by the modified Lentz method.

    The fraction is the one in Numerical Recipes (3rd ed., section 6.4, eq. 6.4.5);
    it converges fast for x < (a + 1) / (a + b + 2).
    """
    qab = a + b
    qap = a + 1.0
    qam = a - 1.0
    c = 1.0
    d = 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > _TINY else _TINY)
    h = d
    for m in range(1, _MAX_ITERATIONS + 1):
        m2 = 2 * m
        # even step: d_{2m}
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        h *= d * c
        # odd step: d_{2m+1}
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > _TINY else _TINY)
        c = 1.0 + aa / c
        c = c if abs(c) > _TINY else _TINY
        step = d * c
        h *= step
        if abs(step - 1.0) < _EPS:
            return h
    raise ArithmeticError(f"incomplete beta: no convergence for a={a}, b={b}, x={x}")


def regularized_incomplete_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b) = B(x; a, b) / B(a, b) for a, b > 0 and 0 <= x <= 1."""
    if not (a > 0 and b > 0):
        raise ValueError(f"incomplete beta: a and b must be positive, found a={a}, b={b}")
    if not 0.0 <= x <= 1.0:
        raise ValueError(f"incomplete beta: x must lie in [0, 1], found {x}")
    if x == 0.0 or x == 1.0:
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    front = math.exp(log_front)
    if x < (a + 1.0) / (a + b + 2.0):
        return front * _beta_continued_fraction(a, b, x) / a
    return 1.0 - front * _beta_continued_fraction(b, a, 1.0 - x) / b


def student_t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom (df > 0, not necessarily whole)."""
    if not df > 0:
        raise ValueError(f"t distribution: degrees of freedom must be positive, found {df}")
    if math.isnan(t):
        raise ValueError("t distribution: t is not a number")
    if math.isinf(t):
        return 1.0 if t > 0 else 0.0
    tail = 0.5 * regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def student_t_two_sided_p(t: float, df: float) -> float:
    """Two-sided p-value P(|T| >= |t|): the chance of so large a t if the true value is 0."""
    if not df > 0:
        raise ValueError(f"t distribution: degrees of freedom must be positive, found {df}")
    if math.isnan(t):
        raise ValueError("t distribution: t is not a number")
    if math.isinf(t):
        return 0.0
    return regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))


def student_t_quantile(probability: float, df: float) -> float:
    """The t with P(T <= t) = probability, found by bisection on the CDF (to about 1e-12)."""
    if not 0.0 < probability < 1.0:
        raise ValueError(
            f"t quantile: probability must lie strictly between 0 and 1, found {probability}"
        )
    if probability == 0.5:
        return 0.0
    if probability < 0.5:
        return -student_t_quantile(1.0 - probability, df)
    return quantile_by_bisection(lambda t: student_t_cdf(t, df), probability, 1.0, cap=1e12)
