"""Process capability: Cp, Cpk, Pp, Ppk, Cpm with confidence intervals, expected ppm, and
capability for data that are not normal (Box-Cox, ISO 22514-2 percentile method).

Indices (Montgomery ISQC ch. 8; ISO 22514-2): Cp = (USL - LSL) / 6 sigma_within,
Cpk = min(USL - mean, mean - LSL) / 3 sigma_within; Pp and Ppk the same with the overall
standard deviation s; Cpm = (USL - LSL) / 6 sqrt(s^2 + (mean - T)^2) (Chan, Cheng & Spiring
1988). sigma_within is MR-bar / d2(2) for single values, or from the subgroups
(s-bar / c4(n), or pooled for unequal sizes).

Confidence intervals (level 1 - alpha): Cp and Pp by the chi-square distribution with n - 1
degrees of freedom, C sqrt(chi2(alpha/2) / (n-1)) .. C sqrt(chi2(1-alpha/2) / (n-1))
(Montgomery eq. 8.19; exact for Pp, approximate for Cp from sigma_within); Cpk and Ppk by
Bissell (1990), C -/+ z(1-alpha/2) sqrt(1/(9n) + C^2 / (2(n-1))); Cpm by Boyles (1991),
chi-square with nu = n (1 + xi^2)^2 / (1 + 2 xi^2) degrees of freedom, xi = (mean - T)/s.

Percentile method (ISO 22514-2, Clements 1989): Pp = (USL - LSL) / (X99.865 - X0.135),
Ppk = min((USL - X50) / (X99.865 - X50), (X50 - LSL) / (X50 - X0.135)), with the percentiles
of the fitted Box-Cox normal distribution.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.quality import boxcox
from score_desktop.tools.quality.constants import c4, d2
from score_desktop.tools.quality.distributions import (
    chi2_ppf,
    normal_cdf,
    normal_ppf,
    normal_sf,
)
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.normality import NormalityTest, anderson_darling

MIN_CAPABILITY_POINTS = 3
NAN = math.nan


@dataclass(frozen=True)
class Index:
    """One capability figure with its confidence interval and the method behind it."""

    name: str
    value: float
    lower: float = NAN
    upper: float = NAN
    method: str = ""


@dataclass(frozen=True)
class Ppm:
    """Parts per million below LSL, above USL and in total."""

    below: float
    above: float

    @property
    def total(self) -> float:
        return self.below + self.above


@dataclass(frozen=True)
class NonNormal:
    """Capability from the Box-Cox transformation and from percentiles of its fit."""

    lam: float
    pp: float
    ppk: float
    percentile_pp: float
    percentile_ppk: float
    p00135: float
    p50: float
    p99865: float
    ppm: Ppm
    normality_after: NormalityTest | None
    method: str = (
        "Box-Cox (lambda by maximum likelihood); percentiles 0.135 / 50 / 99.865 % of the "
        "fitted distribution (ISO 22514-2)"
    )


@dataclass(frozen=True)
class CapabilityResult:
    n: int
    lsl: float | None
    usl: float | None
    target: float | None
    mean: float
    sigma_within: float
    sigma_overall: float
    within_method: str
    confidence: float
    indices: tuple[Index, ...]
    ppm_within: Ppm
    ppm_overall: Ppm
    ppm_observed: Ppm
    normality: NormalityTest | None
    non_normal: NonNormal | None
    non_normal_note: str = ""

    def index(self, name: str) -> Index:
        return next(i for i in self.indices if i.name == name)


def _check(values: np.ndarray, lsl: float | None, usl: float | None, target: float | None):
    if lsl is None and usl is None:
        raise QualityInputError("give at least one specification limit (LSL or USL)")
    for label, v in (("LSL", lsl), ("USL", usl), ("target", target)):
        if v is not None and not math.isfinite(v):
            raise QualityInputError(f"the {label} must be a number")
    if lsl is not None and usl is not None and lsl >= usl:
        raise QualityInputError(f"the LSL ({lsl:g}) must be below the USL ({usl:g})")
    for i, v in enumerate(values, start=1):
        if not math.isfinite(v):
            raise QualityInputError("a measurement is not a finite number", i, "point")
    if values.size < MIN_CAPABILITY_POINTS:
        raise QualityInputError(
            f"a capability study needs at least {MIN_CAPABILITY_POINTS} values, "
            f"there are {values.size}"
        )
    if np.ptp(values) == 0:
        raise QualityInputError("the values do not vary: capability cannot be estimated")


def within_sigma(
    values: np.ndarray, subgroups: Sequence[Sequence[float]] | None, within: str = "sd"
) -> tuple[float, str]:
    """sigma_within and how it was found: from subgroups by their standard deviations
    (``within="sd"``) or, for equal subgroups, their ranges (``"range"``: R-bar / d2(n));
    from single values by the average moving range."""
    if subgroups:
        sizes = [len(g) for g in subgroups]
        if min(sizes) >= 2:
            if within == "range" and len(set(sizes)) == 1:
                r_bar = float(np.mean([max(g) - min(g) for g in subgroups]))
                return r_bar / d2(sizes[0]), f"R-bar / d2({sizes[0]})"
            if len(set(sizes)) == 1:
                s_bar = float(np.mean([np.std(g, ddof=1) for g in subgroups]))
                return s_bar / c4(sizes[0]), f"s-bar / c4({sizes[0]})"
            ss = sum(float(np.sum((np.asarray(g) - np.mean(g)) ** 2)) for g in subgroups)
            return math.sqrt(ss / sum(n - 1 for n in sizes)), "pooled within subgroups"
    mr = np.abs(np.diff(values))
    return float(mr.mean()) / d2(2), "average moving range / d2(2)"


def _ppm(mean: float, sigma: float, lsl: float | None, usl: float | None) -> Ppm:
    below = normal_cdf((lsl - mean) / sigma) * 1e6 if lsl is not None else 0.0
    above = normal_sf((usl - mean) / sigma) * 1e6 if usl is not None else 0.0
    return Ppm(below, above)


def _k(mean: float, sigma: float, lsl: float | None, usl: float | None) -> float:
    sides = []
    if usl is not None:
        sides.append((usl - mean) / (3 * sigma))
    if lsl is not None:
        sides.append((mean - lsl) / (3 * sigma))
    return min(sides)


def _chi_interval(value: float, dof: float, alpha: float) -> tuple[float, float]:
    return (
        value * math.sqrt(chi2_ppf(alpha / 2, dof) / dof),
        value * math.sqrt(chi2_ppf(1 - alpha / 2, dof) / dof),
    )


def _bissell(value: float, n: int, alpha: float) -> tuple[float, float]:
    half = normal_ppf(1 - alpha / 2) * math.sqrt(1 / (9 * n) + value * value / (2 * (n - 1)))
    return value - half, value + half


def capability(
    values: Sequence[float],
    lsl: float | None,
    usl: float | None,
    target: float | None = None,
    subgroups: Sequence[Sequence[float]] | None = None,
    confidence: float = 0.95,
    within: str = "sd",
) -> CapabilityResult:
    """The capability study of ``values`` against the specification limits."""
    if subgroups and not len(values):
        values = [v for g in subgroups for v in g]
    x = np.asarray(values, dtype=float)
    _check(x, lsl, usl, target)
    if not 0.5 <= confidence < 1:
        raise QualityInputError("the confidence level must lie between 0.5 and 1")
    alpha = 1 - confidence
    n = int(x.size)
    mean = float(x.mean())
    s = float(np.std(x, ddof=1))
    sw, how = within_sigma(x, subgroups, within)
    if not sw > 0:
        sw, how = s, "overall standard deviation (the within estimate is zero)"
    both = lsl is not None and usl is not None
    chi_note = "chi-square interval, n - 1 degrees of freedom"
    bissell_note = "Bissell (1990) normal-approximation interval"
    indices: list[Index] = []
    if both:
        cp = (usl - lsl) / (6 * sw)  # type: ignore[operator]
        pp = (usl - lsl) / (6 * s)  # type: ignore[operator]
        indices.append(
            Index("Cp", cp, *_chi_interval(cp, n - 1, alpha), f"sigma = {how}; {chi_note}")
        )
    cpk = _k(mean, sw, lsl, usl)
    indices.append(Index("Cpk", cpk, *_bissell(cpk, n, alpha), f"sigma = {how}; {bissell_note}"))
    if both:
        indices.append(Index("Pp", pp, *_chi_interval(pp, n - 1, alpha), f"overall s; {chi_note}"))
    ppk = _k(mean, s, lsl, usl)
    indices.append(Index("Ppk", ppk, *_bissell(ppk, n, alpha), f"overall s; {bissell_note}"))
    used_target = target
    if both:
        if used_target is None:
            used_target = (lsl + usl) / 2  # type: ignore[operator]
        tau = math.sqrt(s * s + (mean - used_target) ** 2)
        cpm = (usl - lsl) / (6 * tau)  # type: ignore[operator]
        xi = (mean - used_target) / s
        nu = n * (1 + xi * xi) ** 2 / (1 + 2 * xi * xi)
        lo, hi = _chi_interval(cpm, nu, alpha)
        how_t = "the target given" if target is not None else "target = the middle of the limits"
        indices.append(Index("Cpm", cpm, lo, hi, f"{how_t}; Boyles (1991) chi-square interval"))
    observed = Ppm(
        float(np.sum(x < lsl)) / n * 1e6 if lsl is not None else 0.0,
        float(np.sum(x > usl)) / n * 1e6 if usl is not None else 0.0,
    )
    non_normal, note = _non_normal(x, lsl, usl)
    return CapabilityResult(
        n=n,
        lsl=lsl,
        usl=usl,
        target=used_target,
        mean=mean,
        sigma_within=sw,
        sigma_overall=s,
        within_method=how,
        confidence=confidence,
        indices=tuple(indices),
        ppm_within=_ppm(mean, sw, lsl, usl),
        ppm_overall=_ppm(mean, s, lsl, usl),
        ppm_observed=observed,
        normality=anderson_darling(x),
        non_normal=non_normal,
        non_normal_note=note,
    )


def _non_normal(
    x: np.ndarray, lsl: float | None, usl: float | None, lam: float | None = None
) -> tuple[NonNormal | None, str]:
    if np.any(x <= 0):
        return None, "Box-Cox needs positive values: some values are zero or negative"
    if (lsl is not None and lsl <= 0) or (usl is not None and usl <= 0):
        return None, "Box-Cox needs positive specification limits"
    lam = float(boxcox.best_lambda(x) if lam is None else lam)
    y = boxcox.transform(x, lam)
    mu, sd = float(np.mean(y)), float(np.std(y, ddof=1))
    ty = [None if v is None else boxcox.transform(v, lam) for v in (lsl, usl)]
    t_lsl, t_usl = (ty[0], ty[1]) if lam >= 0 else (ty[1], ty[0])  # lambda < 0 reverses order
    pp = (t_usl - t_lsl) / (6 * sd) if t_lsl is not None and t_usl is not None else NAN
    ppk = _k(mu, sd, t_lsl, t_usl)
    z = normal_ppf(0.99865)
    p_low, p_mid, p_high = (float(boxcox.inverse(mu + k * sd, lam)) for k in (-z, 0.0, z))
    if lam < 0:  # the percentile order follows x, not y
        p_low, p_high = p_high, p_low
    sides = []
    if usl is not None:
        sides.append((usl - p_mid) / (p_high - p_mid))
    if lsl is not None:
        sides.append((p_mid - lsl) / (p_mid - p_low))
    percentile_pp = (usl - lsl) / (p_high - p_low) if lsl is not None and usl is not None else NAN
    ppm = _ppm(mu, sd, t_lsl, t_usl)
    return (
        NonNormal(
            lam=lam,
            pp=pp,
            ppk=ppk,
            percentile_pp=percentile_pp,
            percentile_ppk=min(sides),
            p00135=p_low,
            p50=p_mid,
            p99865=p_high,
            ppm=ppm,
            normality_after=anderson_darling(y),
        ),
        "",
    )


def fitted_non_normal(
    values: Sequence[float], lsl: float | None, usl: float | None, lam: float
) -> NonNormal | None:
    """The non-normal figures with a chosen lambda (e.g. 1 = no transformation, 0 = log)."""
    return _non_normal(np.asarray(values, dtype=float), lsl, usl, lam)[0]
