"""U-shaped lines (UALBP-1 and -2): which side of the U each task is done on, the U-line
ranked positional weight heuristic (step by step), and the exact search with its bound.

On a U-line the operator of a station works on the way in (the *front* leg) and on the way
back (the *back* leg). A task may be done at the front of station k when all its predecessors
are done at the front of stations 1..k, and at the back of station k when all its successors
are done at the back of stations 1..k (Miltenburg & Wijngaard 1994). Every straight-line
balance is a U-line balance (all tasks at the front), so a U-line never needs more stations.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass

from score_desktop.tools.line_balancing.bounds import BinBounds, martello_toth_l2
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.prepared import validate
from score_desktop.tools.line_balancing.priorities import reach
from score_desktop.tools.line_balancing.rule_search import (
    U_SHAPED,
    Limits,
    RuleSearch,
    StationRules,
    Stopped,
    masks,
)

FRONT, BACK = "front", "back"
SIDE_WORDS = {FRONT: "on the way in (front)", BACK: "on the way back (back)"}
_STOP = {"time_limit": "The time limit was reached", "cancelled": "The search was cancelled"}


@dataclass(frozen=True)
class ULineResult:
    """A U-line balance: stations (task indices), the side of each task, and the proof.

    ``lower_bound`` is in stations (UALBP-1) or in instance time units (UALBP-2);
    ``status`` is "optimal", "time_limit", "cancelled" or "heuristic".
    """

    stations: list[list[int]]
    sides: list[str]
    cycle_time: int
    lower_bound: int
    proven_optimal: bool
    status: str
    message: str
    seconds: float
    nodes: int = 0

    @property
    def station_count(self) -> int:
        return len(self.stations)


def u_sides(instance: Instance, stations: Sequence[Sequence[int]]) -> tuple[list[str], list[int]]:
    """The side of every task in a U-line balance, and the tasks that can be on neither side
    (an empty list: the balance respects precedence on a U-line). Within a station a task is
    put at the front when its predecessors allow it, else at the back."""
    n = instance.n
    pred, succ = masks(n, instance.predecessors)
    sides = [""] * n
    placed = 0
    stuck: list[int] = []
    for load in stations:
        todo = list(load)
        progress = True
        while todo and progress:
            progress = False
            rest = []
            for j in todo:
                if not pred[j] & ~placed:
                    sides[j] = FRONT
                elif not succ[j] & ~placed:
                    sides[j] = BACK
                else:
                    rest.append(j)
                    continue
                placed |= 1 << j
                progress = True
            todo = rest
        stuck.extend(todo)
        for j in todo:  # count them as placed so later stations are judged fairly
            placed |= 1 << j
    return sides, sorted(stuck)


def u_problems(
    instance: Instance,
    stations: Sequence[Sequence[int]],
    cycle_time: int | None = None,
    labels: Sequence[str] | None = None,
) -> list[str]:
    """Every rule a U-line balance breaks, in words (empty: the balance is valid)."""
    names = list(labels) if labels is not None else [str(i + 1) for i in range(instance.n)]
    c = instance.cycle_time if cycle_time is None else cycle_time
    out: list[str] = []
    seen = [j for s in stations for j in s]
    missing = sorted(set(range(instance.n)) - set(seen))
    if missing:
        out.append("tasks in no station: " + ", ".join(names[j] for j in missing))
    if len(seen) != len(set(seen)):
        out.append("a task is in more than one station")
    _, stuck = u_sides(instance, stations)
    for j in stuck:
        out.append(
            f"task {names[j]} can be done neither on the way in (a predecessor comes later) "
            "nor on the way back (a successor comes later)"
        )
    if c is not None:
        for k, s in enumerate(stations, start=1):
            total = sum(instance.times[j] for j in s)
            if total > c:
                out.append(f"station {k} takes {total} units, more than the cycle time {c}")
    return out


# ----------------------------------------------------------------------- the heuristic


@dataclass(frozen=True)
class UCandidate:
    """An available task: the side it can be taken from, its time and U-line weight."""

    task: int
    side: str
    time: int
    weight: int
    fits: bool


@dataclass(frozen=True)
class UStep:
    """One decision of the U-line heuristic (``station`` is 0-based; times in instance units)."""

    station: int
    remaining: int
    candidates: tuple[UCandidate, ...]
    chosen: int | None
    side: str
    opened_station: bool
    reason: str


def u_weights(instance: Instance) -> tuple[list[int], list[int]]:
    """Front weight (time + all followers) and back weight (time + all predecessors)."""
    below, above = reach(instance)
    t = instance.times

    def total(j: int, bits: int) -> int:
        s = t[j]
        while bits:
            low = bits & -bits
            s += t[low.bit_length() - 1]
            bits ^= low
        return s

    return [total(j, below[j]) for j in range(instance.n)], [
        total(j, above[j]) for j in range(instance.n)
    ]


def u_rpw_steps(
    instance: Instance,
    *,
    cycle_time: int | None = None,
    labels: Sequence[str] | None = None,
    unit: str = "",
) -> Generator[UStep, None, list[list[int]]]:
    """The U-line ranked positional weight heuristic, one :class:`UStep` per decision.

    Candidates are the tasks whose predecessors are all placed (front, weight = its time plus
    the times of all its followers) or whose successors are all placed (back, weight = its
    time plus the times of all its predecessors); a task available on both sides counts with
    the larger weight. The fitting candidate of largest weight goes into the station (ties:
    longer time, then the earlier task in the table, then the front); when none fits, the next
    station opens. The generator returns the stations.
    """
    c = instance.cycle_time if cycle_time is None else cycle_time
    if c is None or c <= 0:
        raise ValueError("a cycle time above zero is needed to run a heuristic")
    validate(instance)
    names = list(labels) if labels is not None else [str(i + 1) for i in range(instance.n)]
    scale = instance.time_scale
    u = f" {unit}" if unit else ""

    def fmt(value: int) -> str:
        return f"{value / scale:.6g}{u}"

    for j, t in enumerate(instance.times):
        if t > c:
            raise ValueError(f"task {names[j]} takes {fmt(t)}, longer than the cycle time {fmt(c)}")
    n = instance.n
    pred, succ = masks(n, instance.predecessors)
    wf, wb = u_weights(instance)
    times = instance.times
    placed = 0
    stations: list[list[int]] = [[]]
    left = c
    while placed != (1 << n) - 1:
        cands: list[UCandidate] = []
        for j in range(n):
            if placed >> j & 1:
                continue
            front = not pred[j] & ~placed
            back = not succ[j] & ~placed
            if not (front or back):
                continue
            side = FRONT if front and (not back or wf[j] >= wb[j]) else BACK
            weight = wf[j] if side == FRONT else wb[j]
            cands.append(UCandidate(j, side, times[j], weight, times[j] <= left))
        cands.sort(key=lambda x: (-x.weight, -x.time, x.task, x.side != FRONT))
        k = len(stations) - 1
        fitting = [x for x in cands if x.fits]
        if fitting:
            best = fitting[0]
            tied = [x for x in fitting[1:] if x.weight == best.weight]
            tie = f" (tied with task {names[tied[0].task]}; the longer time wins)" if tied else ""
            yield UStep(
                k,
                left,
                tuple(cands),
                best.task,
                best.side,
                False,
                f"highest U-line weight that fits: task {names[best.task]} "
                f"{SIDE_WORDS[best.side]} (weight {fmt(best.weight)}), {fmt(best.time)}{tie}; "
                f"station {k + 1} has {fmt(left - best.time)} left",
            )
            stations[-1].append(best.task)
            placed |= 1 << best.task
            left -= best.time
            continue
        smallest = min(cands, key=lambda x: (x.time, x.task))
        yield UStep(
            k,
            left,
            tuple(cands),
            None,
            "",
            True,
            f"no available task fits the {fmt(left)} left in station {k + 1} (smallest: "
            f"task {names[smallest.task]}, {fmt(smallest.time)}): open station {k + 2}",
        )
        stations.append([])
        left = c
    return stations


def u_rpw(instance: Instance, *, cycle_time: int | None = None) -> list[list[int]]:
    """The U-line ranked positional weight balance (the final line of :func:`u_rpw_steps`)."""
    gen = u_rpw_steps(instance, cycle_time=cycle_time)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


# ----------------------------------------------------------------------- exact search


def _refuse_restrictions(instance: Instance) -> None:
    if instance.must_share or instance.must_not_share or instance.fixed_station:
        raise ValueError(
            "U-line balancing does not take must-share, must-not-share or fixed-station "
            "restrictions yet; remove them or balance the line as a straight line"
        )


def _order(instance: Instance) -> list[int]:
    wf, wb = u_weights(instance)
    return sorted(range(instance.n), key=lambda j: (-max(wf[j], wb[j]), -instance.times[j], j))


def _station_lb(instance: Instance, c: int) -> int:
    full = (1 << instance.n) - 1
    return max(BinBounds(instance.times, c).lb(full), martello_toth_l2(instance.times, c))


def _packing_lb(instance: Instance, c: int, lb: int, best: int, steps: int = 2_000_000) -> int:
    """Raise the bound while the exact bin-packing check (which ignores precedence, so it
    holds on a U-line too) proves the tasks do not fit in ``lb`` stations."""
    import numpy as np

    from score_desktop.tools.line_balancing.packing import INFEASIBLE, PackingMemo

    memo = PackingMemo(np.array(instance.times, dtype=np.int64), c)
    tasks = np.arange(instance.n)
    while lb < best and memo.check(tasks, lb, steps) == INFEASIBLE:
        lb += 1
    return lb


def _straight(instance: Instance, seconds: float, c: int | None, m: int | None):
    from score_desktop.tools.line_balancing import exact

    if c is not None:
        return exact.solve_salbp1(
            Instance(instance.times, instance.predecessors, cycle_time=c), time_limit=seconds
        )
    return exact.solve_salbp2(
        Instance(instance.times, instance.predecessors, station_count=m), time_limit=seconds
    )


def solve_ualbp1(
    instance: Instance,
    *,
    time_limit: float | None = 10.0,
    cancel: Callable[[], bool] | None = None,
    straight_share: float = 0.5,
) -> ULineResult:
    """Fewest U-line stations for ``instance.cycle_time``.

    Starts from the better of the U-line RPW heuristic and the straight-line exact search
    (given ``straight_share`` of the time), then asks the U-line search for one station less
    until it proves there is none or the limit stops it. The lower bound is the bin-packing
    bound (LB1-LB3, Fekete-Schepers, Martello-Toth L2, then the exact packing check), which
    ignores precedence and so holds for U-lines.
    """
    validate(instance)
    _refuse_restrictions(instance)
    c = instance.cycle_time
    if c is None:
        raise ValueError("a cycle time is needed to minimise the number of stations")
    if max(instance.times) > c:
        j = max(range(instance.n), key=instance.times.__getitem__)
        raise ValueError(f"task {j} takes {instance.times[j]}, longer than the cycle time {c}")
    started = time.monotonic()
    best = u_rpw(instance)
    lb = _station_lb(instance, c)
    if len(best) > lb and time_limit is not None:
        share = max(0.5, straight_share * time_limit)
        straight = _straight(instance, share, c, None)
        if straight.stations and straight.station_count < len(best):
            best = [list(s) for s in straight.stations]
    if len(best) > lb:
        lb = _packing_lb(instance, c, lb, len(best))
    rest = None if time_limit is None else max(0.1, time_limit - (time.monotonic() - started))
    limits = Limits(rest, cancel)
    rules = StationRules((instance.times,), (c,))
    search = RuleSearch(
        instance.n, instance.predecessors, rules, U_SHAPED, limits, _order(instance)
    )
    best, lb, status = search.fewest_stations(best, lb)
    sides, _ = u_sides(instance, best)
    proven = len(best) == lb
    seconds = time.monotonic() - started
    if proven:
        status = "optimal"
        message = f"Optimal: {len(best)} stations on the U-line, proven by the search."
    else:
        message = (
            f"{_STOP.get(status, 'The search stopped')}; best {len(best)} stations, "
            f"and at least {lb} are needed."
        )
    return ULineResult(best, sides, c, lb, proven, status, message, seconds, limits.nodes)


def solve_ualbp2(
    instance: Instance,
    *,
    station_count: int | None = None,
    time_limit: float | None = 10.0,
    cancel: Callable[[], bool] | None = None,
    straight_share: float = 0.2,
) -> ULineResult:
    """Shortest cycle time of a U-line with at most ``station_count`` stations.

    Bisection between the lower bound max(longest task, ceil(T / m)) and the straight-line
    exact answer (a valid U-line), each probe a U-line search "at most m stations?".
    """
    validate(instance)
    _refuse_restrictions(instance)
    m = instance.station_count if station_count is None else station_count
    if m is None or m < 1:
        raise ValueError("a station count of at least 1 is needed")
    started = time.monotonic()
    total = instance.work_content
    lo = max(max(instance.times), -(-total // m))
    share = None if time_limit is None else max(0.5, straight_share * time_limit)
    straight = _straight(instance, share if share is not None else 10.0, None, m)
    best = [list(s) for s in straight.stations] or u_rpw(instance, cycle_time=total)
    hi = max(sum(instance.times[j] for j in s) for s in best)
    rest = None if time_limit is None else max(0.1, time_limit - (time.monotonic() - started))
    limits = Limits(rest, cancel)
    status = "optimal"
    order = _order(instance)
    try:
        while lo < hi:
            mid = (lo + hi) // 2
            rules = StationRules((instance.times,), (mid,))
            search = RuleSearch(instance.n, instance.predecessors, rules, U_SHAPED, limits, order)
            found = search.find(m)
            if found is None:
                lo = mid + 1
            else:
                best = found
                hi = max(sum(instance.times[j] for j in s) for s in found)
    except Stopped as stop:
        status = stop.reason
    sides, _ = u_sides(instance, best)
    proven = lo >= hi
    seconds = time.monotonic() - started
    scale = instance.time_scale
    if proven:
        status = "optimal"
        message = (
            f"Optimal: cycle time {hi / scale:g} with {len(best)} U-line stations, proven by "
            "the search."
        )
    else:
        message = (
            f"{_STOP.get(status, 'The search stopped')}; best cycle time {hi / scale:g}, "
            f"and at least {lo / scale:g} is needed."
        )
    return ULineResult(best, sides, hi, lo, proven, status, message, seconds, limits.nodes)
