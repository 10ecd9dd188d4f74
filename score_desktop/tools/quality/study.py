"""A quality study: one characteristic's samples, its chart, frozen limits and spec limits.

The record a project keeps for the quality tool. Its samples are measurements (variables
charts) or counts with their sample sizes (attribute charts); the limits in force are the
newest revision for the study's chart type, estimated from a phase I period and then frozen
until the user revises them. :func:`study_chart` and :func:`study_capability` turn the
record into the engine's results; they raise :class:`QualityInputError` naming the sample.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from score_desktop.tools.quality.capability import CapabilityResult, capability
from score_desktop.tools.quality.charts import apply_limits, estimate_limits
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.history import LimitHistory, LimitRevision
from score_desktop.tools.quality.model import (
    ATTRIBUTE_CHARTS,
    AttributeData,
    ChartData,
    ChartResult,
    ChartSettings,
    ControlLimits,
    VariablesData,
)
from score_desktop.tools.quality.rules import RULE_SETS

#: The six branches of a cause-and-effect (Ishikawa) diagram: key -> label.
BRANCHES: dict[str, str] = {
    "man": "Man (people)",
    "machine": "Machine",
    "method": "Method",
    "material": "Material",
    "measurement": "Measurement",
    "milieu": "Milieu (environment)",
}


@dataclass(frozen=True)
class QualitySample:
    """One row of data: a measurement, or a count of defectives/defects with the sample size
    (items inspected for p/np, inspection units for u). ``subgroup`` is an id for variables
    data in long form; empty rows are grouped by the study's subgroup size."""

    value: float
    size: float | None = None
    subgroup: str = ""
    note: str = ""


@dataclass(frozen=True)
class DefectTally:
    """A defect category and how many times it was found, for the Pareto chart."""

    category: str
    count: float = 0.0


@dataclass(frozen=True)
class Cause:
    """A possible cause on a branch of the cause-and-effect diagram, with its 5 Whys chain
    (each answer asks the next "why?")."""

    text: str
    branch: str = "method"
    whys: tuple[str, ...] = ()


@dataclass(frozen=True)
class QualityStudy:
    """A characteristic under study (e.g. "Bore diameter") on one chart type.

    ``pareto_source`` is "study" (its own defect tally) or the OEE records' rejects by
    quality loss ("oee_loss") or by machine ("oee_machine")."""

    name: str
    characteristic: str = ""
    unit: str = ""
    chart: str = "imr"
    rules: tuple[str, ...] = RULE_SETS["we"]
    subgroup_size: int = 1
    samples: tuple[QualitySample, ...] = ()
    lsl: float | None = None
    usl: float | None = None
    target: float | None = None
    ewma_lambda: float = 0.2
    ewma_width: float = 3.0
    cusum_k: float = 0.5
    cusum_h: float = 5.0
    known_mean: float | None = None
    known_sigma: float | None = None
    history: LimitHistory = field(default_factory=LimitHistory)
    defects: tuple[DefectTally, ...] = ()
    problem: str = ""
    causes: tuple[Cause, ...] = ()
    notes: str = ""
    pareto_source: str = "study"

    @property
    def is_attribute(self) -> bool:
        return self.chart in ATTRIBUTE_CHARTS

    def settings(self) -> ChartSettings:
        return ChartSettings(
            kind=self.chart,
            rules=self.rules,
            ewma_lambda=self.ewma_lambda,
            ewma_width=self.ewma_width,
            cusum_k=self.cusum_k,
            cusum_h=self.cusum_h,
            target=self.known_mean,
            sigma=self.known_sigma,
        )

    def frozen_limits(self) -> LimitRevision | None:
        """The newest limit revision for this study's chart type, or None."""
        for revision in reversed(self.history.revisions):
            if revision.limits.kind == self.chart:
                return revision
        return None


def study_data(study: QualityStudy) -> tuple[ChartData, tuple[int, ...]]:
    """The chart data and, per point, the 1-based sample (row) it starts on."""
    samples = study.samples
    if study.is_attribute:
        sizes = []
        for i, s in enumerate(samples, start=1):
            size = s.size if s.size is not None else (1.0 if study.chart == "c" else None)
            if size is None:
                raise QualityInputError(
                    f"the {study.chart} chart needs the sample size of every sample", i, "row"
                )
            sizes.append(float(size))
        data: ChartData = AttributeData(tuple(s.value for s in samples), tuple(sizes))
        return data, tuple(range(1, len(samples) + 1))
    if any(s.subgroup for s in samples):
        groups: dict[str, list[float]] = {}
        first: dict[str, int] = {}
        for i, s in enumerate(samples, start=1):
            if not s.subgroup:
                raise QualityInputError(
                    "the subgroup id is empty (give every row one, or none)", i, "row"
                )
            groups.setdefault(s.subgroup, []).append(s.value)
            first.setdefault(s.subgroup, i)
        return VariablesData(tuple(tuple(g) for g in groups.values())), tuple(first.values())
    n = max(1, study.subgroup_size)
    if study.chart in ("imr",) or n == 1:
        return VariablesData.individuals([s.value for s in samples]), tuple(
            range(1, len(samples) + 1)
        )
    if len(samples) % n:
        left = len(samples) % n
        raise QualityInputError(
            f"the last {left} value(s) do not fill a subgroup of {n}",
            len(samples) - left + 1,
            "row",
        )
    chunks = [samples[i : i + n] for i in range(0, len(samples), n)]
    data = VariablesData(tuple(tuple(s.value for s in c) for c in chunks))
    return data, tuple(range(1, len(samples) + 1, n))


def _row_error(exc: QualityInputError, rows: tuple[int, ...]) -> QualityInputError:
    """The engine names a point; the window names the data row it starts on."""
    if exc.row is None or exc.label == "row" or not 1 <= exc.row <= len(rows):
        return exc
    return QualityInputError(f"{exc.label} {exc.row}: {exc.rule}", rows[exc.row - 1], "row")


def study_limits(study: QualityStudy) -> ControlLimits:
    """The frozen limits for the study's chart, or (none frozen yet) limits from all points."""
    revision = study.frozen_limits()
    if revision is not None:
        return revision.limits
    data, rows = study_data(study)
    try:
        return estimate_limits(study.settings(), data)
    except QualityInputError as exc:
        raise _row_error(exc, rows) from None


def study_chart(study: QualityStudy) -> ChartResult:
    """The control chart of the study against its limits in force."""
    data, rows = study_data(study)
    try:
        limits = study_limits(study)
        return apply_limits(study.settings(), data, limits, study.unit)
    except QualityInputError as exc:
        raise _row_error(exc, rows) from None


def freeze(study: QualityStudy, first: int, last: int, when: str, reason: str) -> QualityStudy:
    """The study with limits recomputed from points ``first``..``last`` (0-based, inclusive)
    added to its history as the limits in force."""
    data, rows = study_data(study)
    try:
        limits = estimate_limits(study.settings(), data, first, last)
    except QualityInputError as exc:
        raise _row_error(exc, rows) from None
    return replace(study, history=study.history.revise(limits, when, reason))


def study_capability(study: QualityStudy, confidence: float = 0.95) -> CapabilityResult:
    """Capability of the measurements against the study's specification limits."""
    if study.is_attribute:
        raise QualityInputError(
            "capability needs measurements: this study charts counts "
            f"({study.chart} chart); its capability is the average proportion defective"
        )
    data, _ = study_data(study)
    groups = data.subgroups  # type: ignore[union-attr]
    values = [v for g in groups for v in g]
    subgroups = groups if any(len(g) > 1 for g in groups) else None
    return capability(values, study.lsl, study.usl, study.target, subgroups, confidence)
