"""Scenario comparison: significance from confidence intervals, and the manager's sentences."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.vsm.compare import Difference, compare, significant
from score_desktop.tools.vsm.replications import Estimate, SimulationResults, estimate, t975
from score_desktop.tools.vsm.simulation import SimSettings


def results(name: str, lead_h: Estimate, wip: Estimate, th: Estimate, reps=10) -> SimulationResults:
    return SimulationResults(
        map_name=name,
        settings=SimSettings(replications=reps),
        throughput_per_h=th,
        wip_total=wip,
        wip_per_buffer={},
        lead_time_h=lead_h,
        lead_time_percentiles_h={"p90": lead_h.scaled(1.5)},
        step_states={},
        utilisation={},
        active_share={},
        bottleneck="",
        bottleneck_frequency={},
        scrap_per_h=Estimate(0, 0, 0),
        series_t_h=[],
        series_wip=[],
        series_output_per_h=[],
    )


def e(mean: float, half: float) -> Estimate:
    return Estimate(mean, mean - half, mean + half)


def test_the_issue_example_sentence():
    # lead time 23.6 -> 4.5 days (566.4 h -> 108 h); WIP 1,000 -> 190 parts (-81 %)
    cur = results("Current state", e(23.6 * 24, 5), e(1000, 10), e(37.1, 0.2))
    fut = results("Future state", e(4.5 * 24, 2), e(190, 3), e(37.2, 0.2))
    c = compare(cur, fut)
    assert c.row("lead time").sentence() == "lead time falls from 23.6 to 4.5 days (-81 %)"
    assert c.summary() == "Lead time falls from 23.6 to 4.5 days (-81 %); WIP falls by 81 %"
    th = c.row("throughput")
    assert th.significant is False
    assert "stays about the same (37.1 vs 37.2 parts per hour" in th.sentence()


def test_short_lead_times_are_in_hours_and_rises_are_rises():
    c = compare(
        results("A", e(10, 0.1), e(20, 0.5), e(30, 0.1)),
        results("B", e(12, 0.1), e(25, 0.5), e(40, 0.1)),
    )
    assert c.row("lead time").sentence() == "lead time rises from 10.0 to 12.0 h (+20 %)"
    assert c.row("throughput").improved and not c.row("lead time").improved
    assert c.row("90 % of parts finish within").unit == "h"


def test_nothing_significant_is_said_plainly():
    c = compare(results("A", e(10, 1), e(20, 2), e(30, 1)), results("B", e(10.5, 1), e(21, 2),
                                                                     e(30.2, 1)))  # fmt: skip
    assert c.summary() == "B and A do not differ significantly in throughput, lead time or WIP"


def test_one_replication_is_not_judged():
    c = compare(
        results("A", e(10, 0), e(20, 0), e(30, 0), reps=1),
        results("B", e(5, 0), e(10, 0), e(30, 0), reps=1),
    )
    assert c.row("lead time").significant is None
    assert "not judged" in c.row("lead time").sentence()


def test_significance_uses_the_combined_half_width():
    # half-widths 3 and 4 combine to 5: a difference of 5.1 counts, 4.9 does not, although the
    # intervals overlap in both cases (overlap is too strict a test).
    assert significant(e(0, 3), e(5.1, 4)) is True
    assert significant(e(0, 3), e(4.9, 4)) is False
    assert significant(e(math.nan, 1), e(1, 1)) is None


def test_significance_matches_welch_for_equal_replication_counts():
    # Two samples of 10 with equal counts: sqrt(h1^2 + h2^2) = t(0.975, 9) * sqrt(s1^2/n + s2^2/n)
    a = [10.0, 11.0, 9.5, 10.2, 10.8, 9.9, 10.1, 10.4, 9.7, 10.3]
    b = [x + 0.6 for x in a[::-1]]
    ea, eb = estimate(a), estimate(b)
    s2 = (sum((x - ea.mean) ** 2 for x in a) / 9) / 10
    welch = t975(9) * math.sqrt(2 * s2)
    assert math.hypot(ea.half_width, eb.half_width) == pytest.approx(welch)
    assert significant(ea, eb) == (welch < 0.6)


@given(st.floats(1, 1e4), st.floats(1, 1e4), st.floats(0, 100), st.floats(0, 100))
def test_percent_change_and_direction(a, b, ha, hb):
    d = Difference("WIP", "parts", e(a, ha), e(b, hb), True, significant(e(a, ha), e(b, hb)))
    assert d.change_percent == pytest.approx(100 * (b - a) / a)
    assert d.improved == (b < a)
    assert d.significant == (abs(b - a) > math.hypot(ha, hb))
    if d.significant:
        assert ("falls" in d.sentence()) == (b < a)
