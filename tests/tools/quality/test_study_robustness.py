"""Whatever a study holds, the chart, capability, freezing and the Excel sheet either work
or refuse with a QualityInputError (a message naming the row and rule), never crash."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from score_desktop.project import Project
from score_desktop.project.excel.quality_sheets import write_quality_study
from score_desktop.project.quality_records import quality_study_from_json, quality_study_to_json
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import CHART_KINDS
from score_desktop.tools.quality.study import (
    QualitySample,
    QualityStudy,
    freeze,
    study_capability,
    study_chart,
)

values = st.one_of(
    st.floats(-1e6, 1e6, allow_nan=False), st.integers(0, 60).map(float), st.just(0.0)
)
samples = st.builds(
    QualitySample,
    value=values,
    size=st.one_of(st.none(), st.integers(1, 60).map(float), st.floats(0.5, 100.0)),
    subgroup=st.sampled_from(["", "", "A", "B", "C"]),
)
studies = st.builds(
    QualityStudy,
    name=st.just("S"),
    chart=st.sampled_from(CHART_KINDS),
    subgroup_size=st.integers(1, 6),
    samples=st.lists(samples, max_size=40).map(tuple),
    lsl=st.one_of(st.none(), st.floats(-10, 0)),
    usl=st.one_of(st.none(), st.floats(1, 1e6)),
    rules=st.sampled_from([("WE1", "WE2", "WE3", "WE4"), tuple(f"N{i}" for i in range(1, 9))]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(study=studies, first=st.integers(0, 10), length=st.integers(0, 30))
def test_any_study_charts_or_refuses_cleanly(study: QualityStudy, first: int, length: int) -> None:
    for compute in (study_chart, study_capability):
        try:
            compute(study)
        except QualityInputError as exc:
            assert str(exc)
    try:
        frozen = freeze(study, first, first + length, "", "")
    except QualityInputError:
        frozen = study
    try:
        result = study_chart(frozen)
        assert result.limits.kind == study.chart
    except QualityInputError:
        pass
    assert quality_study_from_json(quality_study_to_json(frozen), 0) == frozen
    write_quality_study(Workbook(), Project(), frozen, set())
