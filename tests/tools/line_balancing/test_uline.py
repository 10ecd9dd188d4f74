"""U-shaped lines: sides, the U-line RPW heuristic, and the exact search against brute force on
the position model (front of station k = position k, back = position 2m + 1 - k)."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing.exact import solve_salbp1
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.uline import (
    BACK,
    FRONT,
    solve_ualbp1,
    solve_ualbp2,
    u_problems,
    u_rpw,
    u_rpw_steps,
    u_sides,
)


def _positions_feasible(inst: Instance, m: int, c: int) -> bool:
    """Is there a U-line balance with m stations? Every task gets one of 2m positions along
    the U; an arc i -> j needs pos(i) <= pos(j); position p belongs to station min(p, 2m+1-p).
    Independent of the search: a plain backtracking over positions in topological order."""
    n = inst.n
    order: list[int] = []
    seen: set[int] = set()
    while len(order) < n:
        for j in range(n):
            if j not in seen and all(p in seen for p in inst.predecessors[j]):
                order.append(j)
                seen.add(j)
    pos = [0] * n
    load = [0] * (m + 1)

    def place(k: int) -> bool:
        if k == n:
            return True
        j = order[k]
        low = max((pos[p] for p in inst.predecessors[j]), default=1)
        for p in range(low, 2 * m + 1):
            s = min(p, 2 * m + 1 - p)
            if load[s] + inst.times[j] <= c:
                load[s] += inst.times[j]
                pos[j] = p
                if place(k + 1):
                    return True
                load[s] -= inst.times[j]
        return False

    return place(0)


def _brute_u1(inst: Instance) -> int:
    c = inst.cycle_time
    assert c is not None
    m = 1
    while not _positions_feasible(inst, m, c):
        m += 1
    return m


@st.composite
def small_lines(draw, max_n: int = 7):
    n = draw(st.integers(1, max_n))
    times = tuple(draw(st.integers(1, 9)) for _ in range(n))
    preds = tuple(
        tuple(i for i in range(j) if draw(st.booleans()) and draw(st.booleans())) for j in range(n)
    )
    c = draw(st.integers(max(times), max(times) + 12))
    return Instance(times, preds, cycle_time=c)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_lines())
def test_exact_u_line_matches_brute_force_and_never_needs_more_than_straight(inst):
    result = solve_ualbp1(inst, time_limit=None)
    assert result.proven_optimal
    assert result.station_count == _brute_u1(inst)
    assert u_problems(inst, result.stations) == []
    straight = solve_salbp1(inst, time_limit=None)
    assert result.station_count <= straight.station_count
    heuristic = u_rpw(inst)
    assert u_problems(inst, heuristic) == []
    assert len(heuristic) >= result.station_count


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_lines(max_n=6), st.integers(1, 4))
def test_exact_u_line_cycle_time_matches_brute_force(inst, m):
    result = solve_ualbp2(inst, station_count=m, time_limit=None)
    assert result.proven_optimal
    assert len(result.stations) <= m
    assert u_problems(inst, result.stations, result.cycle_time) == []
    c = max(inst.times)
    while not _positions_feasible(inst, m, c):
        c += 1
    assert result.cycle_time == c


def test_a_chain_folds_back_on_a_u_line():
    # chain A -> B -> C -> D, times 3, 5, 1, 3, c = 6. Straight: A | B C | D = 3 stations
    # (A + B = 8 > 6). On a U, station 1 does A on the way in and D on the way back (3 + 3),
    # station 2 does B and C (5 + 1): 2 stations, every station full.
    inst = Instance((3, 5, 1, 3), ((), (0,), (1,), (2,)), cycle_time=6)
    assert solve_salbp1(inst, time_limit=None).station_count == 3
    u = solve_ualbp1(inst, time_limit=None)
    assert u.station_count == 2 and u.proven_optimal
    assert sorted(sorted(s) for s in u.stations) == [[0, 3], [1, 2]]
    assert u.sides[0] == FRONT and u.sides[3] == BACK
    assert u_rpw(inst) in ([[0, 3], [1, 2]], [[3, 0], [1, 2]])


def test_sides_of_a_straight_balance_are_all_front():
    inst = Instance((2, 3, 4), ((), (0,), (1,)), cycle_time=5)
    sides, stuck = u_sides(inst, [[0, 1], [2]])
    assert sides == [FRONT, FRONT, FRONT] and stuck == []


def test_a_task_on_neither_side_is_named():
    # 1 -> 2 -> 3 with task 2 first: its predecessor 1 and its successor 3 both come later
    inst = Instance((1, 1, 1), ((), (0,), (1,)), cycle_time=5)
    problems = u_problems(inst, [[1], [0, 2]], labels=["A", "B", "C"])
    assert any("task B can be done neither" in p for p in problems)


def test_steps_end_in_the_plain_balance_and_say_the_side():
    inst = Instance((3, 5, 1, 3), ((), (0,), (1,), (2,)), cycle_time=6)
    gen = u_rpw_steps(inst, labels=["A", "B", "C", "D"], unit="min")
    steps = []
    while True:
        try:
            steps.append(next(gen))
        except StopIteration as stop:
            final = stop.value
            break
    assert final == u_rpw(inst)
    placed = [s for s in steps if not s.opened_station]
    assert len(placed) == 4
    assert all(("way in" in s.reason) or ("way back" in s.reason) for s in placed)
    assert any(s.opened_station for s in steps)
    assert "min" in placed[0].reason


def test_time_limit_and_cancel_give_a_valid_balance_and_bound():
    import random

    rng = random.Random(3)
    n = 45
    times = tuple(rng.randint(3, 27) for _ in range(n))
    preds = tuple(tuple(i for i in range(max(0, j - 5), j) if rng.random() < 0.3) for j in range(n))
    inst = Instance(times, preds, cycle_time=37)
    result = solve_ualbp1(inst, time_limit=0.3, straight_share=0.0)
    assert u_problems(inst, result.stations) == []
    assert result.lower_bound <= result.station_count
    cancelled = solve_ualbp1(inst, time_limit=None, cancel=lambda: True, straight_share=0.0)
    assert u_problems(inst, cancelled.stations) == []
    if not cancelled.proven_optimal:
        assert cancelled.status == "cancelled"


def test_restrictions_are_refused_with_a_message():
    inst = Instance((1, 2), ((), ()), cycle_time=5, must_not_share=((0, 1),))
    with pytest.raises(ValueError, match="U-line balancing does not take"):
        solve_ualbp1(inst)


def test_brute_force_model_agrees_with_itself_on_a_straight_chain():
    # sanity check of the test's own model: a chain of m tasks of time c needs m stations
    inst = Instance((3, 3, 3), ((), (0,), (1,)), cycle_time=3)
    assert _brute_u1(inst) == 3
    for m, c in itertools.product((1, 2), (6, 9)):
        assert _positions_feasible(inst, m, c) == (m * c >= 9)
