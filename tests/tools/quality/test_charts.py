"""Control charts: exact results on small data, stepped limits, frozen limits, bad input."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.quality.charts import apply_limits, control_chart, estimate_limits
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.history import LimitHistory, freeze_limits
from score_desktop.tools.quality.model import AttributeData, ChartSettings, VariablesData


def test_individuals_and_moving_range_exact():
    x = [10.0, 12.0, 11.0, 13.0, 12.0]
    result = control_chart(ChartSettings("imr"), VariablesData.individuals(x))
    mr_bar = (2 + 1 + 2 + 1) / 4
    assert result.limits.centre == pytest.approx(11.6)
    assert result.limits.spread == pytest.approx(mr_bar)
    values, ranges = result.series
    assert values.upper[0] == pytest.approx(11.6 + 2.6587 * mr_bar, abs=1e-3)  # E2 = 3/d2(2)
    assert ranges.upper[1] == pytest.approx(3.2665 * mr_bar, abs=1e-3)  # D4(2)
    assert math.isnan(ranges.values[0])
    assert ranges.values[1:] == (2.0, 1.0, 2.0, 1.0)


def test_p_chart_limits_step_with_the_sample_size():
    data = AttributeData((5.0, 10.0, 20.0), (100.0, 200.0, 400.0))
    result = control_chart(ChartSettings("p"), data)
    p = 35 / 700
    for i, n in enumerate((100, 200, 400)):
        assert result.primary.upper[i] == pytest.approx(p + 3 * math.sqrt(p * (1 - p) / n))
        assert result.primary.lower[i] == max(0.0, p - 3 * math.sqrt(p * (1 - p) / n))
    assert result.primary.upper[0] > result.primary.upper[2]


def test_np_c_and_u_charts_exact():
    np_chart = control_chart(ChartSettings("np"), AttributeData((2.0, 4.0), (50.0, 50.0)))
    assert np_chart.primary.centre[0] == pytest.approx(3.0)
    assert np_chart.primary.upper[0] == pytest.approx(3 + 3 * math.sqrt(3 * 0.94))
    c_chart = control_chart(ChartSettings("c"), AttributeData((4.0, 16.0), (1.0, 1.0)))
    assert c_chart.primary.upper[0] == pytest.approx(10 + 3 * math.sqrt(10))
    assert c_chart.primary.lower[0] == pytest.approx(10 - 3 * math.sqrt(10))
    u_chart = control_chart(ChartSettings("u"), AttributeData((3.0, 9.0), (1.0, 2.0)))
    assert u_chart.limits.centre == pytest.approx(4.0)
    assert u_chart.primary.values == (3.0, 4.5)
    assert u_chart.primary.upper[1] == pytest.approx(4 + 3 * math.sqrt(4 / 2))


def test_xbar_s_with_unequal_subgroups_pools_the_variance():
    groups = ((1.0, 2.0, 3.0), (2.0, 4.0), (1.0, 1.5, 2.0, 2.5))
    result = control_chart(ChartSettings("xbar-s"), VariablesData(groups))
    s2 = [np.var(g, ddof=1) for g in groups]
    pooled = math.sqrt((2 * s2[0] + s2[1] + 3 * s2[2]) / 6)
    assert result.limits.spread == pytest.approx(pooled)
    assert result.limits.centre == pytest.approx(sum(map(sum, groups)) / 9)
    means = result.series[0]
    assert means.upper[1] - means.centre[1] == pytest.approx(2.659 * pooled, abs=1e-3)  # A3(2)
    assert means.upper[2] - means.centre[2] == pytest.approx(1.628 * pooled, abs=1e-3)  # A3(4)


def test_phase_two_limits_stay_frozen_and_revisions_are_kept():
    rng = np.random.default_rng(1)
    x = list(rng.normal(10, 1, 20)) + list(rng.normal(14, 1, 10))
    data = VariablesData.individuals(x)
    s = ChartSettings("imr", rules=("N1",))
    history = freeze_limits(LimitHistory(), s, data, 0, 19, "2026-01-05", "first study")
    phase2 = apply_limits(s, data, history.current)
    assert len(set(phase2.primary.upper)) == 1  # one frozen limit over all 30 points
    assert any(sig.index >= 20 for sig in phase2.signals)  # the shift is caught
    revised = freeze_limits(history, s, data, 20, 29, "2026-02-01", "new tooling")
    assert [r.reason for r in revised.revisions] == ["first study", "new tooling"]
    assert revised.current.centre == pytest.approx(np.mean(x[20:]))
    assert history.current.centre == pytest.approx(np.mean(x[:20]))  # the old one is untouched


@given(st.lists(st.integers(-(10**6), 10**6), min_size=3, max_size=30))
@settings(max_examples=60)
def test_shifting_the_data_shifts_the_limits(thousandths):
    values = [v / 1000 for v in thousandths]
    data = VariablesData.individuals(values)
    if np.ptp(values) == 0:
        return
    s = ChartSettings("imr")
    base = control_chart(s, data)
    moved = control_chart(s, VariablesData.individuals([v + 100.0 for v in values]))
    assert moved.limits.centre == pytest.approx(base.limits.centre + 100.0, abs=1e-6)
    assert moved.limits.sigma == pytest.approx(base.limits.sigma, rel=1e-6, abs=1e-6)


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("imr", VariablesData.individuals([1.0]), "needs at least 2 points"),
        ("xbar-r", VariablesData(((1.0, 2.0), (3.0,))), "subgroup 2: a subgroup of one"),
        ("xbar-r", VariablesData(((1.0, 2.0), (3.0, 4.0, 5.0))), "subgroup 2: this subgroup"),
        ("xbar-s", VariablesData(((1.0,), (2.0, 3.0))), "subgroup 1: a subgroup of one"),
        ("p", AttributeData((1.0, -2.0), (10.0, 10.0)), "sample 2: the number of defectives"),
        ("c", AttributeData((1.0, -1.0), (1.0, 1.0)), "sample 2: the number of defects"),
        ("p", AttributeData((3.0, 12.0), (10.0, 10.0)), "sample 2: 12 defectives is more than"),
        ("np", AttributeData((3.0, 2.0), (10.0, 20.0)), "sample 2: this sample has 20"),
        ("u", AttributeData((3.0, 2.0), (1.0, 0.0)), "sample 2: the sample size must be"),
        ("imr", VariablesData.individuals([2.0, 2.0, 2.0]), "do not vary"),
        ("imr", VariablesData.individuals([2.0, math.inf]), "subgroup 2: a measurement"),
    ],
)
def test_bad_input_names_the_point_and_the_rule(kind, data, message):
    with pytest.raises(QualityInputError, match=message):
        control_chart(ChartSettings(kind), data)


def test_phase1_period_must_lie_within_the_data():
    data = VariablesData.individuals([1.0, 2.0, 3.0])
    with pytest.raises(QualityInputError, match="not within"):
        estimate_limits(ChartSettings("imr"), data, 0, 5)
    with pytest.raises(QualityInputError, match="phase I period has 1"):
        estimate_limits(ChartSettings("imr"), data, 1, 1)


def test_phase_two_subgroups_must_match_the_frozen_size():
    s = ChartSettings("xbar-r")
    limits = estimate_limits(s, VariablesData(((1.0, 2.0), (2.0, 4.0))))
    with pytest.raises(QualityInputError, match="subgroup 1: its size 3"):
        apply_limits(s, VariablesData(((1.0, 2.0, 3.0),)), limits)
