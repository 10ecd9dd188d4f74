"""Exact line balancing: fewest stations for a cycle time (SALBP-1), shortest cycle time for a
station count (SALBP-2), and the station-count table, with proofs of optimality."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from score_desktop.tools.line_balancing.bounds import cycle_time_lower_bound, sum_of
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.prepared import Prepared, prepare, validate
from score_desktop.tools.line_balancing.search import (
    Limits,
    SearchProgress,
    SearchStopped,
    StationSearch,
)
from score_desktop.tools.line_balancing.upper_bounds import PriorityRules, least_idle_search

__all__ = [
    "ExactResult",
    "SearchProgress",
    "prepare_solver",
    "solve_salbp1",
    "solve_salbp2",
]

ProgressCallback = Callable[[SearchProgress], None]
CancelFlag = Callable[[], bool]

# Loads kept per node by the quick dives that share the first part of the time
_DIVE_LOADS = (20, 200)

_UNKNOWN = object()  # a dive neither found a balance nor proved there is none

_STOP_MESSAGES = {
    "time_limit": "The time limit was reached",
    "cancelled": "The search was cancelled",
    "memory_limit": "The search stopped because its memory cap of {mb} MB would be exceeded",
}


@dataclass(frozen=True)
class ExactResult:
    """The best balance found, its bound and why the search stopped.

    ``lower_bound`` is in stations (SALBP-1) or in cycle-time units (SALBP-2), in the
    instance's integer units. ``status``: "optimal", "time_limit", "cancelled",
    "memory_limit" or "infeasible" (then ``stations`` is empty).
    """

    stations: list[list[int]]
    cycle_time: int
    station_count: int
    lower_bound: int
    proven_optimal: bool
    status: str
    message: str
    nodes: int
    seconds: float


def _infeasible(limits: Limits, message: str, cycle_time: int = 0) -> ExactResult:
    return ExactResult([], cycle_time, 0, 0, False, "infeasible", message, 0, limits.elapsed())


def _capacity_problem(prep: Prepared, instance: Instance, c: int) -> str | None:
    """Why no balance can exist at cycle time c (a task or must-share group too long)."""
    for j, t in enumerate(instance.times):
        if t > c:
            return f"Task {j} takes {t}, longer than the cycle time {c}."
    for grp, t in zip(prep.groups, prep.times, strict=True):
        if t > c:
            names = ", ".join(str(i) for i in grp)
            return f"Tasks {names} must share a station but take {t} together, more than {c}."
    return None


def prepare_solver() -> None:
    """Compile the search kernel, or load it from numba's cache, by solving a small line on
    which the bounds are not tight (so the search runs). Later searches then start at once;
    a first search in a process would otherwise spend that time (off its time limit)."""
    times = (3, 2, 5, 2, 8, 8, 8, 7, 4, 2, 8, 1)
    preds = ((), (0,), (0, 1), (0, 2), (0,), (), (), (0, 4), (3,), (0,), (3, 7), (8,))
    solve_salbp1(Instance(times, preds, cycle_time=12), time_limit=None)


def _reverse(instance: Instance) -> Instance:
    """The same line read backwards (successors become predecessors)."""
    return replace(instance, predecessors=instance.successors())


class _Oriented:
    """The prepared instance in both directions; stations come back in line order.

    Direction rule of BB&R: compare how many tasks could sit in the first 1..5 stations
    from each end (product of the counts) and search from the end with fewer.
    """

    def __init__(self, instance: Instance, tick: Callable[[], None] = lambda: None) -> None:
        self.forward = prepare(instance)
        tick()
        self.backward = None
        if not instance.fixed_station:
            self.backward = prepare(_reverse(instance))
            tick()
        p = self.forward
        self._head: list[int] = []
        self._tail: list[int] = []
        for j, t in enumerate(p.times):
            self._head.append(t + sum_of(p.times, p.head[j]))
            self._tail.append(t + sum_of(p.times, p.tail[j]))
            if j & 63 == 63:
                tick()

    def pick(self, c: int) -> tuple[Prepared, bool]:
        if self.backward is None:
            return self.forward, False
        forward = backward = 1
        for k in range(1, 6):
            forward *= sum(1 for w in self._head if w <= k * c)
            backward *= sum(1 for w in self._tail if w <= k * c)
        if backward < forward:
            return self.backward, True
        return self.forward, False


def _in_line_order(stations: list[list[int]], backwards: bool) -> list[list[int]]:
    return stations[::-1] if backwards else stations


def _decide(
    search: StationSearch, m: int, dive_seconds: float, complete: bool = True
) -> list[list[int]] | object | None:
    """A balance with at most m stations, or None when the search proves there is none.

    First, capped dives (only the first few loads of each node, like BB&R's first phase;
    different caps suit different lines) share ``dive_seconds``: they find balances fast,
    and one that runs out without dropping a load is a proof. Then the complete search
    (it cannot share time finely: one of its nodes may take seconds); with ``complete``
    False, ``_UNKNOWN`` is returned instead.
    """
    if search.restricted:
        return search.find(m)
    runs: list[list[Any]] = []  # [seconds used, the dive's steps, its truncation flag]
    for cap in _DIVE_LOADS:
        flag = [False]
        runs.append([0.0, search.steps(m, max_loads=cap, truncated=flag), flag])
    end = time.monotonic() + dive_seconds
    try:
        while runs and time.monotonic() < end:
            run = min(runs, key=lambda r: r[0])
            began = time.monotonic()
            try:
                next(run[1])
            except StopIteration as done:
                if done.value is not None or not run[2][0]:
                    return done.value
                runs.remove(run)
            run[0] += time.monotonic() - began
    finally:
        for run in runs:
            run[1].close()
    return search.find(m) if complete else _UNKNOWN


def _rules(prep: Prepared, tick: Callable[[], None] = lambda: None) -> PriorityRules | None:
    if prep.restricted:
        return None
    return PriorityRules(prep.times, prep.pred_mask, prep.succ, prep.head, prep.tail, tick)


def _heuristic(prep: Prepared, c: int) -> list[list[int]] | None:
    rules = _rules(prep)
    return None if rules is None else rules.best(c)


def solve_salbp1(
    instance: Instance,
    *,
    time_limit: float | None = 10.0,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    memory_limit_mb: int = 2048,
) -> ExactResult:
    """Fewest stations for ``instance.cycle_time``.

    Starts from the best of several priority-rule balances, improved for a short while by
    least-idle (Hoffmann) restarts in both directions, then asks the branch-bound-and-remember
    search for a balance with one station less than the best so far, again and again, until
    it proves there is none (optimal) or a limit stops it (best balance so far and the
    proven lower bound).
    Raises ValueError for a malformed instance or a missing cycle time.
    """
    c = instance.cycle_time
    if c is None:
        validate(instance)
        raise ValueError("cycle_time is needed to minimise the number of stations")
    limits = Limits(time_limit, cancel, progress, memory_limit_mb)
    lower = root = max(1, -(-sum(instance.times) // c))
    dive = 2.0 if time_limit is None else 0.2 * time_limit
    best: list[list[int]] | None = None
    search: StationSearch | None = None
    stop = None
    try:
        both = _Oriented(instance, limits.check)
        prep, backwards = both.pick(c)
        problem = prep.infeasible or _capacity_problem(prep, instance, c)
        if problem:
            return _infeasible(limits, problem, c)
        rules = _rules(prep, limits.check)
        if rules is not None:
            best = rules.best(c, limits.check)
            limits.best_value = len(best)
        search = StationSearch(prep, c, limits)
        lower = root = max(lower, search.lower_bound)
        limits.lower_bound = lower
        if best is None:
            # Restricted instances: a first balance from the search with a generous target.
            most = prep.n + max(prep.fixed.values(), default=-1) + 1
            best = search.find(most)
            if best is None:
                msg = "No balance meets the precedence and the restrictions at this cycle time."
                return _infeasible(limits, msg, c)
        limits.best_value = len(best)
        limits.report()
        if rules is not None and lower < len(best):
            # Hoffmann-style least-idle restarts: a short try at a balance with fewer stations.
            seconds = 0.5 if time_limit is None else 0.02 * time_limit
            end = time.monotonic() + seconds
            while lower < len(best) and time.monotonic() < end:
                found = least_idle_search(
                    rules, c, len(best) - 1, end - time.monotonic(), limits.check
                )
                if found is None:
                    break
                best = found
                limits.best_value = len(best)
        while lower < len(best):
            # Top down, as BB&R: look for a balance with one station less than the best; a
            # search that finds none proves the best optimal (and every smaller count too).
            decided = _decide(search, len(best) - 1, dive)
            if isinstance(decided, list):
                best = decided
                limits.best_value = len(best)
                continue
            lower = len(best)
            limits.lower_bound = lower
    except SearchStopped as stopped:
        stop = stopped.reason
    if best is None:
        why = _STOP_MESSAGES[stop or "time_limit"].format(mb=memory_limit_mb)
        message = f"{why} before any balance was found; at least {lower} stations are needed."
        return ExactResult(
            [], c, 0, lower, False, str(stop), message, limits.nodes, limits.elapsed()
        )
    stations = _in_line_order(prep.to_original(best), backwards)
    proven = stop is None
    if proven:
        message = f"Optimal: {len(stations)} stations, proven by the search."
        if lower == root and len(stations) == lower:
            message = f"Optimal: {len(stations)} stations, equal to the lower bound."
        elif search is not None and search.packing_bound == len(stations):
            message = (
                f"Optimal: {len(stations)} stations; the tasks do not fit into "
                f"{len(stations) - 1} stations even without precedence."
            )
    else:
        why = _STOP_MESSAGES[stop or "time_limit"].format(mb=memory_limit_mb)
        message = (
            f"{why}; best balance has {len(stations)} stations, and at least {lower} are needed."
        )
    limits.report()
    return ExactResult(
        stations=stations,
        cycle_time=c,
        station_count=len(stations),
        lower_bound=lower,
        proven_optimal=proven,
        status="optimal" if proven else str(stop),
        message=message,
        nodes=limits.nodes,
        seconds=limits.elapsed(),
    )


def _station_times(times: tuple[int, ...], stations: list[list[int]]) -> list[int]:
    return [sum(times[j] for j in load) for load in stations]


def _fill_to(stations: list[list[int]], m: int, times: tuple[int, ...]) -> list[list[int]]:
    """Split stations (last task into a new station after it) until there are m of them;
    this never raises the largest station time. Used for SALBP-2 answers."""
    out = [list(s) for s in stations]
    while len(out) < m:
        k = max(
            (i for i in range(len(out)) if len(out[i]) > 1),
            key=lambda i: sum(times[j] for j in out[i]),
            default=None,
        )
        if k is None:
            break
        out.insert(k + 1, [out[k].pop()])
    return out


def solve_salbp2(
    instance: Instance,
    *,
    station_count: int | None = None,
    time_limit: float | None = 10.0,
    progress: ProgressCallback | None = None,
    cancel: CancelFlag | None = None,
    memory_limit_mb: int = 2048,
) -> ExactResult:
    """Shortest cycle time for ``station_count`` (or ``instance.station_count``) stations.

    Bisection over cycle times between a lower bound and a priority-rule balance, each probe
    an exact "at most m stations?" search; the answer is proven when the probe at c - 1
    is exhausted or c equals the lower bound. Without must-share groups and fixed stations
    the balance has exactly m stations when n >= m (otherwise at most m).
    """
    both = _Oriented(instance)  # fast enough below ~300 tasks; limits start after it
    prep = both.forward
    m = station_count if station_count is not None else instance.station_count
    if m is None:
        raise ValueError("station_count is needed to minimise the cycle time")
    if not isinstance(m, int) or m <= 0:
        raise ValueError(f"station_count must be a positive integer, not {m!r}")
    limits = Limits(time_limit, cancel, progress, memory_limit_mb)
    if prep.infeasible:
        return _infeasible(limits, prep.infeasible)
    late = [j for j, k in instance.fixed_station.items() if k >= m]
    if late:
        return _infeasible(limits, f"Task {late[0]} is fixed to a station after station {m}.")
    times = instance.times
    dive = 2.0 if time_limit is None else 0.2 * time_limit
    lo = cycle_time_lower_bound(prep.times, m)
    limits.lower_bound = lo
    best: list[list[int]] | None = None
    start: list[list[int]] | None
    hi = prep.n and sum(prep.times)
    stop = None
    try:
        if not prep.restricted:
            rules = _rules(prep)
            assert rules is not None
            a, step = lo, 1
            while a + step < hi and len(rules.best(a + step, limits.check)) > m:  # gallop
                a, step = a + step, 2 * step
                limits.check()
            b = min(hi, a + step)
            if len(rules.best(a, limits.check)) <= m:
                b = a
            while a < b:  # smallest cycle time at which a priority rule needs <= m stations
                mid = (a + b) // 2
                if len(rules.best(mid, limits.check)) <= m:
                    b = mid
                else:
                    a = mid + 1
                limits.check()
            start = rules.best(b)
        else:
            start = StationSearch(prep, hi, limits).find(m)
            if start is None:
                return _infeasible(limits, f"No balance with {m} stations meets the restrictions.")
        assert start is not None
        best = prep.to_original(start)
        hi = max(_station_times(times, best))
        limits.best_value = hi
        limits.report()
        # 1. Bisection with quick dives only: better balances fast (a dive that fails
        #    proves nothing unless it dropped no load).
        a = lo
        while a < hi:
            probe = (a + hi) // 2
            oriented, backwards = both.pick(probe)
            found = _decide(StationSearch(oriented, probe, limits), m, dive / 2, complete=False)
            if isinstance(found, list):
                best = _in_line_order(oriented.to_original(found), backwards)
                hi = max(_station_times(times, best))
                limits.best_value = hi
            else:
                a = probe + 1
                if found is None:
                    lo = max(lo, probe + 1)
                    limits.lower_bound = lo
        # 2. Proof: the complete search at hi - 1 (infeasible there means hi is optimal).
        while lo < hi:
            probe = hi - 1
            oriented, backwards = both.pick(probe)
            found = _decide(StationSearch(oriented, probe, limits), m, dive)
            if isinstance(found, list):
                best = _in_line_order(oriented.to_original(found), backwards)
                hi = max(_station_times(times, best))
                limits.best_value = hi
            else:
                lo = hi
                limits.lower_bound = lo
    except SearchStopped as stopped:
        stop = stopped.reason
    if best is None:
        why = _STOP_MESSAGES[stop or "time_limit"].format(mb=memory_limit_mb)
        return ExactResult(
            [],
            0,
            0,
            lo,
            False,
            str(stop),
            f"{why} before any balance was found.",
            limits.nodes,
            limits.elapsed(),
        )
    stations = best
    if not (instance.must_share or instance.fixed_station):
        stations = _fill_to(stations, m, times)
    cycle = max(_station_times(times, stations))
    proven = stop is None
    if proven:
        message = f"Optimal: cycle time {cycle} with {m} stations, proven by the search."
    else:
        why = _STOP_MESSAGES[stop or "time_limit"].format(mb=memory_limit_mb)
        message = f"{why}; best cycle time {cycle}, and at least {lo} is needed."
    limits.report()
    return ExactResult(
        stations=stations,
        cycle_time=cycle,
        station_count=len(stations),
        lower_bound=lo if not proven else cycle,
        proven_optimal=proven,
        status="optimal" if proven else str(stop),
        message=message,
        nodes=limits.nodes,
        seconds=limits.elapsed(),
    )
