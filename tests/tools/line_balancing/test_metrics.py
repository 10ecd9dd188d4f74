"""Balance metrics for any balance (hand-made too), and moving a task by hand."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing import (
    Instance,
    Line,
    Restrictions,
    Task,
    balance_metrics,
    balance_problems,
    check_move,
    line_metrics,
    move_task,
    theoretical_min_stations,
)


def test_hand_computed_example():
    # times 4, 3, 5, 2 (T = 14) in stations [4, 3] [5] [2] with c = 8:
    # S = 7, 5, 2; efficiency 14 / 24; idle 1, 3, 6; c_max = 7;
    # SI = sqrt(0 + 4 + 25) = sqrt(29); SI to c = sqrt(1 + 9 + 36) = sqrt(46); ceil(14/8) = 2
    instance = Instance((4, 3, 5, 2), ((), (0,), (1,), (2,)), cycle_time=8)
    scores = balance_metrics(instance, [[0, 1], [2], [3]])
    assert scores.station_times == (7, 5, 2)
    assert scores.idle_times == (1, 3, 6)
    assert scores.total_idle_time == 10
    assert scores.work_content == 14
    assert scores.efficiency == pytest.approx(14 / 24)
    assert scores.balance_delay == pytest.approx(10 / 24)
    assert scores.efficiency_at_bottleneck == pytest.approx(14 / 21)
    assert scores.smoothness_index == pytest.approx(math.sqrt(29))
    assert scores.smoothness_index_to_cycle_time == pytest.approx(math.sqrt(46))
    assert scores.theoretical_min_stations == 2 == theoretical_min_stations(instance)
    assert scores.overloaded_stations == () and scores.unassigned_tasks == ()
    assert scores.smoothness_reference == "largest station time"


def test_scaled_times_come_back_in_the_users_unit():
    line = Line((Task("a", 0.25, ()), Task("b", 0.5, ("a",))), cycle_time=0.6)
    scores = line_metrics(line, [["a"], ["b"]])
    assert scores.station_times == (0.25, 0.5)
    assert scores.cycle_time == 0.6
    assert scores.efficiency == pytest.approx(0.75 / 1.2)


def test_hand_made_balance_with_overload_unassigned_and_empty_station():
    instance = Instance((4, 3, 5, 2), ((), (), (), ()), cycle_time=6)
    scores = balance_metrics(instance, [[0, 2], [], [1]])
    assert scores.overloaded_stations == (0,)
    assert scores.unassigned_tasks == (3,)
    assert scores.station_times == (9, 0, 3)


def test_without_cycle_time_the_largest_station_time_is_used():
    instance = Instance((4, 3, 5), ((), (), ()), station_count=2)
    scores = balance_metrics(instance, [[0, 1], [2]])
    assert scores.cycle_time == 7
    assert scores.efficiency == pytest.approx(12 / 14)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(1, 50), min_size=1, max_size=30),
    st.integers(1, 8),
    st.integers(0, 60),
    st.randoms(use_true_random=False),
)
def test_identities_hold_for_any_balance(times, m, extra, rnd):
    instance = Instance(tuple(times), tuple(() for _ in times))
    stations = [[] for _ in range(m)]
    for i in range(len(times)):
        stations[rnd.randrange(m)].append(i)
    c = max(sum(times[i] for i in s) for s in stations) + extra
    scores = balance_metrics(instance, stations, c)
    total = sum(times)
    assert scores.efficiency * m * c == pytest.approx(total)
    assert scores.efficiency + scores.balance_delay == pytest.approx(1)
    assert sum(scores.idle_times) == pytest.approx(scores.total_idle_time)
    assert scores.smoothness_index <= scores.smoothness_index_to_cycle_time + 1e-9
    assert (scores.smoothness_index == 0) == (len(set(scores.station_times)) == 1)
    assert scores.theoretical_min_stations == math.ceil(total / c)
    assert scores.efficiency <= scores.efficiency_at_bottleneck <= 1 + 1e-12


# --- check_move: refusals in words ---------------------------------------------------------

LINE = Line(
    (
        Task("A", 0.5, ()),
        Task("B", 0.3, ("A",)),
        Task("C", 0.4, ("A",)),
        Task("D", 0.6, ("B", "C")),
    ),
    cycle_time=1.0,
    time_unit="min",
    restrictions=Restrictions(must_not_share=(("A", "C"),), fixed_station={"D": 3}),
)
BALANCE = [["A", "B"], ["C"], ["D"]]


def test_allowed_move_returns_none():
    assert check_move(LINE, BALANCE, "B", 1) is None


def test_move_against_precedence_is_explained():
    assert check_move(LINE, BALANCE, "B", 2) is None  # B and D may share station 3
    message = check_move(LINE, BALANCE, "C", 0)  # A and C must not share
    assert message == (
        "task 'C' cannot go to station 1: station 1 would take 1.2 min, more than the cycle "
        "time 1 min; tasks 'A' and 'C' must not share a station"
    )
    message = check_move(LINE, [["A"], ["B", "C"], ["D"]], "A", 2)
    assert message == (
        "task 'A' cannot go to station 3: station 3 would take 1.1 min, more than the cycle "
        "time 1 min; task 'A' must come before task 'B' (station 2); "
        "task 'A' must come before task 'C' (station 2)"
    )


def test_move_over_cycle_time_is_explained():
    assert check_move(LINE, [["A"], ["B", "C"], ["D"]], "B", 0) is None  # 0.5 + 0.3 fits
    assert check_move(LINE, [["A"], ["B", "C"], ["D"]], "C", 2) is None  # 0.4 + 0.6 = 1
    message = check_move(LINE, [["A"], ["B"], ["C", "D"]], "B", 2)
    assert message == (
        "task 'B' cannot go to station 3: station 3 would take 1.3 min, more "
        "than the cycle time 1 min"
    )


def test_moving_a_task_out_of_an_overloaded_station_is_allowed():
    overloaded = [["A"], ["B", "C", "D"]]  # 1.3 min in station 2
    assert check_move(LINE, overloaded, "D", 2) is None
    assert "would take 1.3 min" in check_move(LINE, [["A"], ["B", "C"], ["D"]], "D", 1)


def test_move_of_a_fixed_task_and_to_a_new_station():
    assert check_move(LINE, BALANCE, "D", 1) == (
        "task 'D' cannot go to station 2: task 'D' is fixed to station 3"
    )
    assert "cannot go to station 4" in check_move(LINE, BALANCE, "D", 3)
    assert check_move(LINE, BALANCE, "D", 7) == "there is no station 8"
    assert check_move(LINE, BALANCE, "Z", 0) == "there is no task 'Z' in the line"


def test_rules_already_broken_do_not_refuse_an_unrelated_move():
    broken = [["A", "C"], ["B"], ["D"]]  # A and C must not share: already broken
    assert check_move(LINE, broken, "B", 2) is None
    assert balance_problems(LINE, broken) == ["tasks 'A' and 'C' must not share a station"]


def test_check_move_on_instance_indices():
    instance = LINE.to_instance()
    assert check_move(instance, [[0, 1], [2], [3]], 1, 1) is None
    assert check_move(instance, [[0], [1, 2], [3]], 0, 2) == (
        "task 1 cannot go to station 3: station 3 would take 1.1, more than the cycle time 1; "
        "task 1 must come before task 2 (station 2); "
        "task 1 must come before task 3 (station 2)"
    )
    assert move_task([[0, 1], [2], [3]], 1, 3) == [[0], [2], [3], [1]]
