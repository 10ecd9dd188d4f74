"""The exact bin-packing check of the search (packing.py) against brute force, and the two
Scholl instances whose proofs need it."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing import kernel
from score_desktop.tools.line_balancing.exact import solve_salbp1
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.packing import (
    FEASIBLE,
    INFEASIBLE,
    UNKNOWN,
    PackingMemo,
)

from .test_exact import _read_in2


def brute_packs(times: list[int], stations: int, c: int) -> bool:
    """Do the times fit in ``stations`` bins of capacity c? (every assignment, longest first,
    skipping bins with the same load)"""
    loads = [0] * stations
    order = sorted(times, reverse=True)

    def place(k: int) -> bool:
        if k == len(order):
            return True
        seen = set()
        for b in range(stations):
            if loads[b] in seen or loads[b] + order[k] > c:
                continue
            seen.add(loads[b])
            loads[b] += order[k]
            if place(k + 1):
                return True
            loads[b] -= order[k]
        return False

    return place(0)


def check(memo: PackingMemo, tasks: list[int], stations: int) -> int:
    return memo.check(np.array(tasks, dtype=np.int64), stations, 10**8)


@settings(max_examples=300, deadline=None)
@given(
    st.integers(4, 40).flatmap(
        lambda c: st.tuples(
            st.just(c),
            st.lists(st.integers(1, c), min_size=1, max_size=9),
            st.lists(st.lists(st.booleans(), min_size=9, max_size=9), min_size=1, max_size=4),
        )
    )
)
def test_packing_agrees_with_brute_force(case):
    """Several questions on one memo (subsets of the tasks, every station count), as the
    search asks them: remembered answers must stay right."""
    c, times, subsets = case
    memo = PackingMemo(np.array(times, dtype=np.int64), c, capacity=1 << 8)
    for keep in subsets:
        tasks = [j for j in range(len(times)) if keep[j]]
        for stations in range(1, len(tasks) + 1):
            expected = brute_packs([times[j] for j in tasks], stations, c)
            assert check(memo, tasks, stations) == (FEASIBLE if expected else INFEASIBLE)


def test_packing_examples():
    # 6, 6, 6 and 4, 4, 4 in capacity 10: 3 bins (6 + 4 each); 2 bins hold 20 < 30.
    memo = PackingMemo(np.array([6, 6, 6, 4, 4, 4]), 10)
    assert check(memo, list(range(6)), 3) == FEASIBLE
    assert check(memo, list(range(6)), 2) == INFEASIBLE
    # 4 x 5 and 4 x 3 in capacity 12: {5, 5}, {5, 5}, {3, 3, 3, 3} is 3 bins.
    memo = PackingMemo(np.array([5, 5, 5, 5, 3, 3, 3, 3]), 12)
    assert check(memo, list(range(8)), 3) == FEASIBLE
    # Five tasks of 4 in capacity 10 (work 20 fits 2 bins, but a bin holds two): 3 bins.
    memo = PackingMemo(np.array([4, 4, 4, 4, 4]), 10)
    assert check(memo, list(range(5)), 2) == INFEASIBLE
    assert check(memo, list(range(5)), 3) == FEASIBLE


def test_a_spent_budget_answers_unknown_not_infeasible():
    # 12 tasks of 7 and 12 of 6 in capacity 13 fit 12 bins exactly (7 + 6); 11 bins hold
    # 143 < 156 units of work.
    memo = PackingMemo(np.array([7] * 12 + [6] * 12), 13)
    tasks = np.arange(24)
    assert memo.check(tasks, 11, 1) == INFEASIBLE
    assert memo.check(tasks, 12, 1) == UNKNOWN  # the budget ends before any answer
    assert memo.check(tasks, 12, 10**8) == FEASIBLE


def test_wee_mag_needs_the_packing_bound(shared_data):
    """Scholl (1993) Wee-mag: the reference lists c = 47 as open between 32 and 33 stations
    (the optimum is 33, issue #3) and c = 54 at 31. At c = 54 the 60 tasks longer than c/3
    fill 30 stations two by two, leaving no room for the task of 15 beside any two of them,
    so the tasks do not even pack into 30 stations: the root check proves 31. At c = 47 the
    packing check at every node of the search proves that 32 stations are too few."""
    times, preds = _read_in2(shared_data / "salbp" / "scholl" / "WEE-MAG.IN2")
    memo = PackingMemo(np.array(times, dtype=np.int64), 54)
    assert check(memo, list(range(len(times))), 30) == INFEASIBLE
    for c, optimum in ((54, 31), (47, 33)):
        result = solve_salbp1(Instance(times, preds, cycle_time=c), time_limit=60)
        assert result.proven_optimal and result.station_count == optimum
        # the window and the command line say which proof it was
        packed = "the tasks do not fit into 30 stations even without precedence"
        assert (packed in result.message) == (c == 54), result.message


def test_node_checks_stop_where_they_do_not_prune():
    counters = np.zeros(kernel.N_COUNTERS, dtype=np.int64)
    counters[kernel.PACKED] = kernel.PACK_TRIAL - 1
    assert kernel._packing_pays(counters)  # still in the trial
    counters[kernel.PACKED] = kernel.PACK_TRIAL
    assert not kernel._packing_pays(counters)  # no check pruned: stop
    counters[kernel.PACKED_OUT] = kernel.PACK_TRIAL // kernel.PACK_RATE
    assert kernel._packing_pays(counters)  # one in PACK_RATE pruned: go on
