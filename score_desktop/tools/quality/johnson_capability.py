"""Capability of data that are not normal, through the Johnson transformation.

The fitted transformation (``johnson.py``) turns the data and the specification limits into
standard-normal values; Pp and Ppk are then those of the transformed data against the
transformed limits (as Minitab's Johnson capability), expected ppm the normal tail areas
beyond them, and the ISO 22514-2 percentile figures use the fitted distribution's 0.135 %,
50 % and 99.865 % points. A limit beyond a bounded fit's range has no parts beyond it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.quality.distributions import normal_cdf, normal_sf
from score_desktop.tools.quality.johnson import JohnsonFit, fit_johnson


@dataclass(frozen=True)
class JohnsonCapability:
    fit: JohnsonFit
    pp: float
    ppk: float
    percentile_pp: float
    percentile_ppk: float
    p00135: float
    p50: float
    p99865: float
    ppm_below: float
    ppm_above: float

    @property
    def ppm_total(self) -> float:
        return self.ppm_below + self.ppm_above

    @property
    def method(self) -> str:
        return (
            f"{self.fit.description}; Pp, Ppk of the transformed data against the "
            "transformed limits; percentiles 0.135 / 50 / 99.865 % of the fit (ISO 22514-2)"
        )


def _limit(fit: JohnsonFit, value: float | None, lower: bool) -> float | None:
    """The transformed limit; +-inf beyond a bounded fit's range; None if not given."""
    if value is None:
        return None
    z = fit.transform(value)
    if math.isfinite(z):
        return float(z)
    low_edge = fit.epsilon  # SB and SL start at epsilon
    return -math.inf if value <= low_edge else math.inf


def johnson_capability(
    values: np.ndarray, lsl: float | None, usl: float | None
) -> JohnsonCapability | None:
    fit = fit_johnson(values)
    if fit is None:
        return None
    y = np.asarray(fit.transform(values), dtype=float)
    mu, sd = float(np.mean(y)), float(np.std(y, ddof=1))
    if not sd > 0:
        return None
    t_lsl, t_usl = _limit(fit, lsl, True), _limit(fit, usl, False)
    pp = (t_usl - t_lsl) / (6 * sd) if t_lsl is not None and t_usl is not None else math.nan
    sides = []
    if t_usl is not None:
        sides.append((t_usl - mu) / (3 * sd))
    if t_lsl is not None:
        sides.append((mu - t_lsl) / (3 * sd))
    low, mid, high = (float(fit.inverse(z)) for z in (-3.0, 0.0, 3.0))
    percentile_sides = []
    if usl is not None:
        percentile_sides.append((usl - mid) / (high - mid))
    if lsl is not None:
        percentile_sides.append((mid - lsl) / (mid - low))
    percentile_pp = (usl - lsl) / (high - low) if lsl is not None and usl is not None else math.nan
    below = normal_cdf((t_lsl - mu) / sd) * 1e6 if t_lsl is not None else 0.0
    above = normal_sf((t_usl - mu) / sd) * 1e6 if t_usl is not None else 0.0
    return JohnsonCapability(
        fit=fit,
        pp=pp,
        ppk=min(sides),
        percentile_pp=percentile_pp,
        percentile_ppk=min(percentile_sides),
        p00135=low,
        p50=mid,
        p99865=high,
        ppm_below=below,
        ppm_above=above,
    )
