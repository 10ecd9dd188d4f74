"""Classroom heuristics (RPW, largest candidate, Kilbridge-Wester, COMSOAL), runnable step by step.

All four fill one station at a time: among the *available* tasks (all predecessors
already placed) that *fit* (time <= time left in the station), they pick the one ranked
first; when none fits they open a new station. They differ only in the ranking:

========  ==========================================================================
``rpw``   Ranked positional weight (Helgeson & Birnie 1961): the task's time plus the
          times of all tasks that follow it, largest first.
``lcr``   Largest candidate rule: largest task time first.
``kw``    Kilbridge & Wester (1961): column of the precedence diagram (column I = tasks
          without predecessors, a task's column = 1 + the largest column of its
          predecessors), leftmost column first; within a column, largest time first.
``comsoal``  Arcus (1966): a random pick among the tasks that fit, repeated for a number
          of iterations; the best line (fewest stations, then the smallest largest
          station time, then the earliest found) is kept. Seeded: the same seed gives the
          same line.
========  ==========================================================================

Tie-breaking (deterministic): equal priority -> the longer task time first -> the task
that comes first in the table. Restrictions: tasks that must share a station move as one
group (with any task that lies between two of them in the precedence graph; the group's
priority is the best of its members', its time the sum); a task fixed to
station k is not a candidate before station k and is preferred in station k; tasks that
must not share a station do not fit a station holding the other one.

Each heuristic is a generator (``*_steps``) yielding one :class:`Step` per decision and
returning the :class:`HeuristicResult`; the plain functions run the same code without
recording steps, so their result is the stepped run's.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass

from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.priorities import (
    kilbridge_wester_columns,
    positional_weights,
    task_groups,
)
from score_desktop.tools.line_balancing.step_text import (
    StepText,
    choice_text,
    open_text,
    task_name,
    tie_text,
)

METHODS = ("rpw", "lcr", "kw", "comsoal")
METHOD_NAMES = {
    "rpw": "ranked positional weight",
    "lcr": "largest candidate rule",
    "kw": "Kilbridge-Wester columns",
    "comsoal": "COMSOAL (random, seeded)",
}
DEFAULT_ITERATIONS = 200


@dataclass(frozen=True)
class Candidate:
    """An available task (or must-share group) with its priority value for the method.

    ``priority``: the positional weight (rpw), the task time (lcr), the column number (kw)
    or the position in the table (comsoal); ``time`` and weights are in instance units
    (divide by ``Instance.time_scale``). ``note`` says why a candidate does not fit.
    """

    tasks: tuple[int, ...]
    time: int
    priority: float
    fits: bool
    note: str = ""


@dataclass(frozen=True)
class Step:
    """One decision: a task placed in ``station`` or, with ``opened_station``, a new station.

    ``station`` is 0-based (shown to the user as ``station + 1``); ``remaining`` is the time
    left in the station before the decision (instance units, divide by ``time_scale``);
    ``candidates`` are the available tasks in ranked order; ``reason`` says it in words.
    """

    method: str
    iteration: int
    station: int
    remaining: int
    candidates: tuple[Candidate, ...]
    chosen: tuple[int, ...]
    opened_station: bool
    reason: str


@dataclass(frozen=True)
class HeuristicResult:
    """The line a heuristic built: stations of task indices, and the cycle time it used."""

    method: str
    stations: tuple[tuple[int, ...], ...]
    cycle_time: int
    station_times: tuple[int, ...]
    seed: int | None = None
    iterations: int = 1

    @property
    def station_count(self) -> int:
        return len(self.stations)


def _capacity(instance: Instance, cycle_time: int | None) -> int:
    c = instance.cycle_time if cycle_time is None else cycle_time
    if c is None or c <= 0:
        raise ValueError("a cycle time above zero is needed to run a heuristic")
    return c


def _greedy(
    instance: Instance,
    method: str,
    capacity: int,
    pick: Callable[[list[int]], int] | None,
    iteration: int,
    text: StepText | None,
) -> Generator[Step, None, list[list[int]]]:
    """One station-oriented pass; ``pick`` chooses among fitting units (COMSOAL)."""
    times = instance.times
    units = task_groups(instance)
    unit_of = {t: u for u, members in enumerate(units) for t in members}
    unit_time = [sum(times[t] for t in m) for m in units]
    key: list[tuple[float, ...]]
    if method == "rpw":
        weights = positional_weights(instance)
        priority = [float(max(weights[t] for t in m)) for m in units]
        key = [(-priority[u], -unit_time[u], units[u][0]) for u in range(len(units))]
    elif method == "kw":
        columns = kilbridge_wester_columns(instance)
        priority = [float(min(columns[t] for t in m)) for m in units]
        key = [(priority[u], -unit_time[u], units[u][0]) for u in range(len(units))]
    elif method == "lcr":
        priority = [float(t) for t in unit_time]
        key = [(-unit_time[u], units[u][0]) for u in range(len(units))]
    else:
        priority = [float(units[u][0] + 1) for u in range(len(units))]
        key = [(units[u][0],) for u in range(len(units))]
    fixed = [
        min((instance.fixed_station[t] for t in m if t in instance.fixed_station), default=-1)
        for m in units
    ]
    apart: dict[int, set[int]] = {}
    for a, b in instance.must_not_share:
        apart.setdefault(a, set()).add(b)
        apart.setdefault(b, set()).add(a)
    waiting = [0] * len(units)
    followers: list[set[int]] = [set() for _ in units]
    for u, members in enumerate(units):
        for t in members:
            for p in instance.predecessors[t]:
                v = unit_of[p]
                if v != u and u not in followers[v]:
                    followers[v].add(u)
                    waiting[u] += 1
    available = sorted((u for u in range(len(units)) if waiting[u] == 0), key=key.__getitem__)
    has_fixed = any(f >= 0 for f in fixed)
    quick = text is None and pick is None and not has_fixed  # no steps to record
    simple = not has_fixed and not apart
    stations: list[list[int]] = [[]]
    left = capacity
    placed = 0
    while placed < len(units):
        k = len(stations) - 1
        here = set(stations[-1])

        def allowed(u: int, left: int = left, k: int = k, here: set[int] = here) -> str:
            if unit_time[u] > left:
                return "does not fit"
            if has_fixed and fixed[u] > k:
                return f"fixed to station {fixed[u] + 1}"
            if apart:
                clash = [o for t in units[u] for o in apart.get(t, ()) if o in here]
                if clash:
                    return f"must not share a station with task {task_name(text, clash[0])}"
            return ""

        if quick:  # same choice as below: the first fitting unit in ranked order
            first = next((i for i, u in enumerate(available) if not allowed(u)), None)
            notes: list[str] = []
            fitting = [] if first is None else [first]
        elif text is None and simple:  # COMSOAL without restrictions: only times matter
            notes = []
            fitting = [i for i, u in enumerate(available) if unit_time[u] <= left]
        else:
            notes = [allowed(u) for u in available]
            fitting = [i for i, note in enumerate(notes) if not note]
        if fitting:
            due = [i for i in fitting if fixed[available[i]] == k]
            pool = due or fitting
            position = pool[0] if pick is None or due else pool[pick(pool)]
            u = available[position]
            if text is not None:
                yield Step(
                    method,
                    iteration,
                    k,
                    left,
                    _candidates(available, units, unit_time, priority, notes),
                    units[u],
                    False,
                    choice_text(
                        text,
                        method,
                        units[u],
                        unit_time[u],
                        priority[u],
                        k,
                        left - unit_time[u],
                        len(fitting),
                        bool(due),
                        tie_text(
                            available, fitting, position, priority, unit_time, units, text, method
                        ),
                    ),
                )
            del available[position]
            stations[-1].extend(units[u])
            left -= unit_time[u]
            placed += 1
            for v in followers[u]:
                waiting[v] -= 1
                if waiting[v] == 0:
                    _insert(available, v, key)
            continue
        if not stations[-1] and not any(fixed[u] > k for u in available):
            stuck = [t for u in range(len(units)) if waiting[u] or u in available for t in units[u]]
            raise ValueError(
                "the heuristic is stuck: no station can take "
                f"{task_name(text, stuck[0]) if stuck else 'the remaining tasks'} with these "
                "restrictions and this cycle time"
            )
        if text is not None:
            yield Step(
                method,
                iteration,
                k,
                left,
                _candidates(available, units, unit_time, priority, notes),
                (),
                True,
                open_text(text, available, units, unit_time, left, k, notes),
            )
        stations.append([])
        left = capacity
    return stations


def _insert(available: list[int], unit: int, key: Sequence[tuple]) -> None:
    lo, hi = 0, len(available)
    k = key[unit]
    while lo < hi:
        mid = (lo + hi) // 2
        if key[available[mid]] < k:
            lo = mid + 1
        else:
            hi = mid
    available.insert(lo, unit)


def _candidates(available, units, unit_time, priority, notes) -> tuple[Candidate, ...]:
    return tuple(
        Candidate(units[u], unit_time[u], priority[u], not note, note)
        for u, note in zip(available, notes, strict=True)
    )


def _result(
    instance: Instance,
    method: str,
    stations: list[list[int]],
    capacity: int,
    seed: int | None = None,
    iterations: int = 1,
) -> HeuristicResult:
    times = instance.times
    return HeuristicResult(
        method,
        tuple(tuple(s) for s in stations),
        capacity,
        tuple(sum(times[t] for t in s) for s in stations),
        seed,
        iterations,
    )


def heuristic_steps(
    instance: Instance,
    method: str,
    *,
    cycle_time: int | None = None,
    seed: int = 0,
    iterations: int = DEFAULT_ITERATIONS,
    labels: Sequence[str] | None = None,
    unit: str = "",
    record: bool = True,
) -> Generator[Step, None, HeuristicResult]:
    """Run ``method`` yielding each :class:`Step`; the generator returns the result.

    ``cycle_time`` (instance units) overrides the instance's. ``labels`` are the task ids
    used in the sentences (default: 1..n) and ``unit`` the time unit. For COMSOAL the
    steps of every iteration are yielded (``Step.iteration`` counts from 1).
    """
    if method not in METHODS:
        raise ValueError(f"unknown heuristic {method!r}; choose one of {', '.join(METHODS)}")
    capacity = _capacity(instance, cycle_time)
    text = StepText(instance, labels, unit) if record else None
    if method != "comsoal":
        stations = yield from _greedy(instance, method, capacity, None, 1, text)
        return _result(instance, method, stations, capacity)
    if iterations < 1:
        raise ValueError(f"COMSOAL needs at least 1 iteration, not {iterations}")
    rng = random.Random(seed)
    best: list[list[int]] | None = None
    best_key: tuple[int, int] | None = None
    for iteration in range(1, iterations + 1):
        stations = yield from _greedy(
            instance, method, capacity, lambda pool: rng.randrange(len(pool)), iteration, text
        )
        run_key = (len(stations), max(sum(instance.times[t] for t in s) for s in stations))
        if best_key is None or run_key < best_key:
            best, best_key = stations, run_key
    assert best is not None
    return _result(instance, method, best, capacity, seed, iterations)


def run_steps(steps: Generator[Step, None, HeuristicResult]) -> tuple[list[Step], HeuristicResult]:
    """Exhaust a step generator: (all steps, the final result)."""
    collected: list[Step] = []
    while True:
        try:
            collected.append(next(steps))
        except StopIteration as stop:
            return collected, stop.value


def run_heuristic(
    instance: Instance,
    method: str,
    *,
    cycle_time: int | None = None,
    seed: int = 0,
    iterations: int = DEFAULT_ITERATIONS,
) -> HeuristicResult:
    """The final result of ``method`` (same as the stepped run, without recording steps)."""
    _, result = run_steps(
        heuristic_steps(
            instance, method, cycle_time=cycle_time, seed=seed, iterations=iterations, record=False
        )
    )
    return result


def ranked_positional_weight(
    instance: Instance, *, cycle_time: int | None = None
) -> HeuristicResult:
    return run_heuristic(instance, "rpw", cycle_time=cycle_time)


def largest_candidate(instance: Instance, *, cycle_time: int | None = None) -> HeuristicResult:
    return run_heuristic(instance, "lcr", cycle_time=cycle_time)


def kilbridge_wester(instance: Instance, *, cycle_time: int | None = None) -> HeuristicResult:
    return run_heuristic(instance, "kw", cycle_time=cycle_time)


def comsoal(
    instance: Instance,
    *,
    cycle_time: int | None = None,
    seed: int = 0,
    iterations: int = DEFAULT_ITERATIONS,
) -> HeuristicResult:
    return run_heuristic(
        instance, "comsoal", cycle_time=cycle_time, seed=seed, iterations=iterations
    )


def heuristic_for_stations(
    instance: Instance,
    method: str,
    station_count: int | None = None,
    *,
    seed: int = 0,
    iterations: int = DEFAULT_ITERATIONS,
) -> HeuristicResult:
    """SALBP-2 with a heuristic: the smallest cycle time at which ``method`` needs at most
    ``station_count`` stations, found by bisection between max(max t, ceil(sum t / m)) and
    sum t. Bisection assumes a longer cycle time never needs more stations, which holds
    for most lines but not always for a heuristic; the answer is then a good cycle time,
    not necessarily the smallest one the heuristic could reach. The result's
    ``cycle_time`` is its largest station time.
    """
    m = instance.station_count if station_count is None else station_count
    if m is None or m < 1:
        raise ValueError("a station count of at least 1 is needed")
    total = instance.work_content
    lo = max(max(instance.times, default=1), -(-total // m))
    hi = total
    best = None
    try:
        best = run_heuristic(instance, method, cycle_time=hi, seed=seed, iterations=iterations)
    except ValueError:
        best = None
    if best is None or best.station_count > m:
        raise ValueError(f"the {METHOD_NAMES[method]} cannot fit the line into {m} stations")
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            trial = run_heuristic(
                instance, method, cycle_time=mid, seed=seed, iterations=iterations
            )
        except ValueError:
            trial = None
        if trial is not None and trial.station_count <= m:
            best, hi = trial, mid
        else:
            lo = mid + 1
    c_max = max(best.station_times)
    return HeuristicResult(
        method, best.stations, c_max, best.station_times, best.seed, best.iterations
    )
