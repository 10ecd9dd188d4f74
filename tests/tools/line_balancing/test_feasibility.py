"""balance_violations: each rule of a balance is reported, and a valid balance has none."""

from score_desktop.tools.line_balancing.feasibility import VIOLATION_KINDS, balance_violations
from score_desktop.tools.line_balancing.instance import Instance

# 0 -> 2, 1 -> 2, 2 -> 3 ; times 3, 2, 4, 1 ; cycle 5
CHAIN = Instance(times=(3, 2, 4, 1), predecessors=((), (), (0, 1), (2,)), cycle_time=5)


def kinds(violations):
    return sorted(v.kind for v in violations)


def test_valid_balance_has_no_violation():
    assert balance_violations(CHAIN, [[0, 1], [2, 3]]) == []


def test_empty_station_is_allowed():
    assert balance_violations(CHAIN, [[0, 1], [], [2, 3]]) == []


def test_capacity_against_instance_and_given_cycle_time():
    assert kinds(balance_violations(CHAIN, [[0, 1, 2, 3]])) == ["capacity"]
    assert balance_violations(CHAIN, [[0, 1, 2, 3]], cycle_time=10) == []
    v = balance_violations(CHAIN, [[0, 1], [2, 3]], cycle_time=4)
    assert kinds(v) == ["capacity", "capacity"]
    assert v[0].station == 0 and v[0].tasks == (0, 1)


def test_precedence_later_station_is_reported_with_both_tasks():
    v = balance_violations(CHAIN, [[1], [2, 3], [0]])
    assert kinds(v) == ["precedence"]
    assert v[0].tasks == (0, 2)
    assert "task 0" in v[0].message and "task 2" in v[0].message


def test_missing_duplicate_and_unknown_tasks():
    v = balance_violations(CHAIN, [[0, 1], [2, 2]])
    assert kinds(v) == ["duplicate", "missing"]
    v = balance_violations(CHAIN, [[0, 1, 9], [2, 3]])
    assert kinds(v) == ["missing"] and v[0].tasks == (9,)


def test_restrictions():
    inst = Instance(
        times=(1, 1, 1, 1),
        predecessors=((), (), (), ()),
        cycle_time=4,
        must_share=((0, 3),),
        must_not_share=((1, 2),),
        fixed_station={2: 0},
    )
    assert balance_violations(inst, [[2, 0, 3], [1]]) == []
    v = balance_violations(inst, [[0, 1, 2], [3]])
    assert kinds(v) == ["must_not_share", "must_share"]
    v = balance_violations(inst, [[0, 1, 3], [2]])
    assert kinds(v) == ["fixed_station"]
    assert v[0].station == 1
    assert set(kinds(v)) <= set(VIOLATION_KINDS)
