"""A quality study record through the engine: Montgomery's phase I / phase II example as
rows of a study, frozen limits, the row a bad value is on, capability of its data."""

from dataclasses import replace

import pytest

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.study import (
    QualitySample,
    QualityStudy,
    freeze,
    study_capability,
    study_chart,
    study_data,
)
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2


def _rows(groups, ids: bool = False) -> tuple[QualitySample, ...]:
    return tuple(
        QualitySample(v, subgroup=f"S{i + 1}" if ids else "")
        for i, g in enumerate(groups)
        for v in g
    )


def test_montgomery_example_6_2_as_a_study_with_frozen_phase_1_limits() -> None:
    study = QualityStudy(
        "Flow width",
        unit="microns",
        chart="xbar-r",
        rules=("WE1",),
        subgroup_size=5,
        samples=_rows(MONTGOMERY_6_1),
    )
    study = freeze(study, 0, 24, "2026-12-03T10:00:00+00:00", "phase I")
    study = replace(study, samples=study.samples + _rows(MONTGOMERY_6_2))
    result = study_chart(study)
    assert result.limits.centre == pytest.approx(1.5056, abs=5e-5)  # not moved by phase II
    assert result.series[0].upper[-1] == pytest.approx(1.6932, abs=1e-4)
    first = min(s.index for s in result.signals if s.series == "Subgroup mean")
    assert first + 1 == 43  # ISQC Example 6.2: out of control at sample 43


def test_long_form_subgroup_ids_give_the_same_chart() -> None:
    a = QualityStudy("a", chart="xbar-r", subgroup_size=5, samples=_rows(MONTGOMERY_6_1))
    b = QualityStudy("b", chart="xbar-r", samples=_rows(MONTGOMERY_6_1, ids=True))
    assert study_chart(a).series == study_chart(b).series
    assert study_data(b)[1][:3] == (1, 6, 11)  # the row each subgroup starts on


def test_limits_of_another_chart_type_are_not_used() -> None:
    study = QualityStudy("a", chart="imr", samples=_rows([[1.0], [2.0], [1.5], [3.0]]))
    frozen = freeze(study, 0, 1, "", "")
    assert frozen.frozen_limits() is not None
    other = replace(frozen, chart="ewma")
    assert other.frozen_limits() is None
    assert study_chart(other).limits.kind == "ewma"


def test_a_defective_count_above_its_sample_size_names_the_row() -> None:
    samples = tuple(QualitySample(c, size=50) for c in (3, 4, 60, 2))
    study = QualityStudy("Chips", chart="p", samples=samples)
    with pytest.raises(QualityInputError, match="60 defectives is more than the 50") as info:
        study_chart(study)
    assert info.value.row == 3 and info.value.label == "row"


def test_a_p_chart_without_sample_sizes_names_the_row() -> None:
    study = QualityStudy("Chips", chart="p", samples=(QualitySample(3, 50), QualitySample(2)))
    with pytest.raises(QualityInputError, match="sample size") as info:
        study_chart(study)
    assert info.value.row == 2


def test_subgroup_of_one_on_an_xbar_r_chart_names_the_rows_subgroup() -> None:
    study = QualityStudy("a", chart="xbar-r", samples=_rows([[1.0, 2.0], [3.0]], ids=True))
    with pytest.raises(QualityInputError, match="subgroups of 2 or more") as info:
        study_chart(study)
    assert info.value.row == 3  # subgroup 2 starts on row 3


def test_unfilled_last_subgroup_is_refused_with_its_row() -> None:
    study = QualityStudy("a", chart="xbar-r", subgroup_size=2, samples=_rows([[1.0, 2.0, 3.0]]))
    with pytest.raises(QualityInputError, match="do not fill a subgroup of 2") as info:
        study_data(study)
    assert info.value.row == 3


def test_capability_uses_the_subgroups_for_sigma_within() -> None:
    study = QualityStudy(
        "a", chart="xbar-r", subgroup_size=5, samples=_rows(MONTGOMERY_6_1), lsl=1.0, usl=2.0
    )
    result = study_capability(study)
    assert result.n == 125
    assert result.within_method == "s-bar / c4(5)"


def test_capability_is_refused_for_counts() -> None:
    study = QualityStudy("a", chart="c", samples=(QualitySample(3),), lsl=0, usl=5)
    with pytest.raises(QualityInputError, match="capability needs measurements"):
        study_capability(study)
