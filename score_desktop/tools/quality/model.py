"""Typed inputs and results of the control charts: data, settings, limits, series."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.rules import RULE_SETS, Signal

VARIABLE_CHARTS: tuple[str, ...] = ("imr", "xbar-r", "xbar-s", "ewma", "cusum")
ATTRIBUTE_CHARTS: tuple[str, ...] = ("p", "np", "c", "u")
CHART_KINDS: tuple[str, ...] = VARIABLE_CHARTS + ATTRIBUTE_CHARTS
CHART_TITLES: dict[str, str] = {
    "imr": "Individuals and moving range (I-MR)",
    "xbar-r": "Subgroup means and ranges (X-bar-R)",
    "xbar-s": "Subgroup means and standard deviations (X-bar-S)",
    "p": "Proportion defective (p)",
    "np": "Number defective (np)",
    "c": "Defects per sample (c)",
    "u": "Defects per unit (u)",
    "ewma": "Exponentially weighted moving average (EWMA)",
    "cusum": "Tabular CUSUM",
}
#: Fewest phase I points each chart needs to estimate its limits.
MIN_POINTS: dict[str, int] = {kind: 2 for kind in CHART_KINDS}
MAX_POINTS = 100_000


@dataclass(frozen=True)
class VariablesData:
    """Measurements in subgroups (a subgroup of one value each for I-MR, EWMA, CUSUM)."""

    subgroups: tuple[tuple[float, ...], ...]

    @classmethod
    def individuals(cls, values: Sequence[float]) -> VariablesData:
        return cls(tuple((float(v),) for v in values))

    @property
    def sizes(self) -> tuple[int, ...]:
        return tuple(len(g) for g in self.subgroups)

    def __len__(self) -> int:
        return len(self.subgroups)


@dataclass(frozen=True)
class AttributeData:
    """Counts per sample (defectives for p/np, defects for c/u) and the sample sizes
    (items inspected for p/np, inspection units for u; 1 for c when not given)."""

    counts: tuple[float, ...]
    sizes: tuple[float, ...]

    def __len__(self) -> int:
        return len(self.counts)


ChartData = VariablesData | AttributeData


@dataclass(frozen=True)
class ChartSettings:
    """The chart's choices. ``target``/``sigma`` are known values for EWMA and CUSUM (else
    estimated from phase I); ``rules`` are run-rule codes (see :mod:`.rules`)."""

    kind: str
    rules: tuple[str, ...] = RULE_SETS["we"]
    ewma_lambda: float = 0.2
    ewma_width: float = 3.0
    cusum_k: float = 0.5
    cusum_h: float = 5.0
    target: float | None = None
    sigma: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in CHART_KINDS:
            raise QualityInputError(
                f'unknown chart "{self.kind}" (choose one of {", ".join(CHART_KINDS)})'
            )
        if not 0.0 < self.ewma_lambda <= 1.0:
            raise QualityInputError("the EWMA weight lambda must lie in (0, 1]")
        if not self.ewma_width > 0:
            raise QualityInputError("the EWMA limit width L must be positive")
        if not (self.cusum_k >= 0 and self.cusum_h > 0):
            raise QualityInputError("CUSUM needs k >= 0 and h > 0")
        if self.sigma is not None and not (math.isfinite(self.sigma) and self.sigma > 0):
            raise QualityInputError("a known sigma must be a positive number")
        if self.target is not None and not math.isfinite(self.target):
            raise QualityInputError("the target must be a number")


@dataclass(frozen=True)
class ControlLimits:
    """Limits estimated from phase I (points ``phase1_first``..``phase1_last``, 0-based,
    inclusive), frozen for every later point until they are revised.

    ``centre`` is the process level (mean, p-bar, c-bar, u-bar or the EWMA/CUSUM target);
    ``spread`` the average dispersion of the second chart (MR-bar, R-bar or s-bar);
    ``sigma`` the process standard deviation estimate (variables charts);
    ``size`` the subgroup or sample size the limits were set for (X-bar-R, np), else None.
    ``method`` says in words how sigma was estimated.
    """

    kind: str
    centre: float
    spread: float = math.nan
    sigma: float = math.nan
    size: float | None = None
    phase1_first: int = 0
    phase1_last: int = 0
    method: str = ""


@dataclass(frozen=True)
class Series:
    """One plotted statistic with its centre line and limits per point (NaN = none).

    ``sigma`` is the one-sigma width per point used by the run rules and the zones."""

    name: str
    unit: str
    values: tuple[float, ...]
    centre: tuple[float, ...]
    upper: tuple[float, ...]
    lower: tuple[float, ...]
    sigma: tuple[float, ...]


@dataclass(frozen=True)
class ChartResult:
    kind: str
    limits: ControlLimits
    series: tuple[Series, ...]
    signals: tuple[Signal, ...] = field(default=())

    @property
    def primary(self) -> Series:
        return self.series[0]

    def signalled_points(self) -> dict[int, tuple[str, ...]]:
        """Point index -> rule codes that fired there (any series)."""
        found: dict[int, list[str]] = {}
        for s in self.signals:
            found.setdefault(s.index, [])
            if s.rule not in found[s.index]:
                found[s.index].append(s.rule)
        return {k: tuple(v) for k, v in sorted(found.items())}
