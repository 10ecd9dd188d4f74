"""Johnson transformation to normality (SU, SB, SL), fitted by the Slifker-Shapiro method.

Slifker & Shapiro (1980), *Technometrics* 22(2): for a choice of z, take the sample
quantiles x(-3z), x(-z), x(z), x(3z) (at the normal probabilities of -3z, -z, z, 3z) and
m = x(3z) - x(z), n = x(-z) - x(-3z), p = x(z) - x(-z). The ratio mn/p² chooses the family
(above 1: unbounded SU, below 1: bounded SB, 1: lognormal SL), and closed formulas give
gamma, eta, epsilon and lambda so that z = gamma + eta f((x - epsilon) / lambda) is standard
normal: f = asinh (SU), ln(y / (1 - y)) (SB), ln (SL). As Minitab does (after Chou, Polansky
& Mason 1998), z runs over a grid and the fit whose transformed data have the largest
Anderson-Darling p-value is kept.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.quality.distributions import normal_cdf
from score_desktop.tools.quality.normality import NormalityTest, anderson_darling

Z_GRID = tuple(round(0.25 + 0.05 * k, 2) for k in range(21))  # 0.25 .. 1.25
_SL_TOLERANCE = 1e-9


@dataclass(frozen=True)
class JohnsonFit:
    """z = gamma + eta * f((x - epsilon) / lam); ``family`` is "SU", "SB" or "SL"."""

    family: str
    gamma: float
    eta: float
    epsilon: float
    lam: float = 1.0
    z: float = math.nan  # the Slifker-Shapiro z the fit came from
    normality: NormalityTest | None = None

    def transform(self, x):
        """The standard-normal value of x (NaN outside the family's support)."""
        arr = np.asarray(x, dtype=float)
        with np.errstate(divide="ignore", invalid="ignore"):
            if self.family == "SU":
                out = self.gamma + self.eta * np.arcsinh((arr - self.epsilon) / self.lam)
            elif self.family == "SB":
                y = (arr - self.epsilon) / self.lam
                inside = (y > 0) & (y < 1)
                out = np.where(inside, self.gamma + self.eta * np.log(y / (1 - y)), np.nan)
            else:
                d = arr - self.epsilon
                out = np.where(d > 0, self.gamma + self.eta * np.log(d), np.nan)
        return float(out) if np.ndim(out) == 0 else out

    def inverse(self, z):
        """The x whose transform is z."""
        u = (np.asarray(z, dtype=float) - self.gamma) / self.eta
        if self.family == "SU":
            out = self.epsilon + self.lam * np.sinh(u)
        elif self.family == "SB":
            out = self.epsilon + self.lam / (1 + np.exp(-u))
        else:
            out = self.epsilon + np.exp(u)
        return float(out) if np.ndim(out) == 0 else out

    @property
    def description(self) -> str:
        names = {"SU": "unbounded SU", "SB": "bounded SB", "SL": "lognormal SL"}
        return (
            f"Johnson {names[self.family]}: gamma {self.gamma:.4g}, eta {self.eta:.4g}, "
            f"epsilon {self.epsilon:.4g}, lambda {self.lam:.4g} (Slifker-Shapiro, z = {self.z:g})"
        )


def fit_from_quantiles(
    x_m3: float, x_m1: float, x_p1: float, x_p3: float, z: float
) -> JohnsonFit | None:
    """The Slifker-Shapiro fit from the quantiles at -3z, -z, z, 3z (None if degenerate)."""
    m, n, p = x_p3 - x_p1, x_m1 - x_m3, x_p1 - x_m1
    if not (m > 0 and n > 0 and p > 0):
        return None
    mp, np_ = m / p, n / p
    ratio = mp * np_
    centre = (x_p1 + x_m1) / 2
    try:
        if abs(ratio - 1.0) <= _SL_TOLERANCE:
            if not mp > 1:
                return None
            eta = 2 * z / math.log(mp)
            gamma = eta * math.log((mp - 1) / (p * math.sqrt(mp)))
            epsilon = centre - (p / 2) * (mp + 1) / (mp - 1)
            return JohnsonFit("SL", gamma, eta, epsilon, 1.0, z)
        if ratio > 1:
            eta = 2 * z / math.acosh((mp + np_) / 2)
            gamma = eta * math.asinh((np_ - mp) / (2 * math.sqrt(ratio - 1)))
            lam = 2 * p * math.sqrt(ratio - 1) / ((mp + np_ - 2) * math.sqrt(mp + np_ + 2))
            epsilon = centre + p * (np_ - mp) / (2 * (mp + np_ - 2))
            return JohnsonFit("SU", gamma, eta, epsilon, lam, z)
        pm, pn = p / m, p / n
        product = (1 + pm) * (1 + pn)
        q = pm * pn - 1  # = p^2 / (m n) - 1 > 0 for SB
        eta = z / math.acosh(0.5 * math.sqrt(product))
        gamma = eta * math.asinh((pn - pm) * math.sqrt(product - 4) / (2 * q))
        lam = p * math.sqrt((product - 2) ** 2 - 4) / q
        epsilon = centre - lam / 2 + p * (pn - pm) / (2 * q)
        return JohnsonFit("SB", gamma, eta, epsilon, lam, z)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None


def fit_johnson(values: Sequence[float] | np.ndarray) -> JohnsonFit | None:
    """The best Johnson fit of ``values`` over the z grid, or None when none transforms every
    value (at least 8 values are needed for the normality test that chooses)."""
    x = np.sort(np.asarray(values, dtype=float))
    if x.size < 8 or not np.all(np.isfinite(x)) or np.ptp(x) == 0:
        return None
    best: JohnsonFit | None = None
    for z in Z_GRID:
        probabilities = [normal_cdf(k * z) for k in (-3, -1, 1, 3)]
        quantiles = np.quantile(x, probabilities, method="hazen")
        q = [float(v) for v in quantiles]
        fit = fit_from_quantiles(q[0], q[1], q[2], q[3], z)
        if fit is None:
            continue
        y = np.asarray(fit.transform(x))
        if not np.all(np.isfinite(y)):
            continue  # a bounded fit that leaves values outside its range
        test = anderson_darling(y)
        if test is None:
            continue
        if best is None or best.normality is None or test.p_value > best.normality.p_value:
            best = JohnsonFit(fit.family, fit.gamma, fit.eta, fit.epsilon, fit.lam, z, test)
    return best
