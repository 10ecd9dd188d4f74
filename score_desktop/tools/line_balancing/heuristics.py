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
    """An available task (or must-share group) with its priority value for the method."""

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


class _Text:
    """Formats task names and times for the step sentences."""

    def __init__(self, instance: Instance, labels: Sequence[str] | None, unit: str) -> None:
        self.labels = (
            list(labels) if labels is not None else [str(i + 1) for i in range(instance.n)]
        )
        self.scale = instance.time_scale
        self.unit = f" {unit}" if unit else ""

    def time(self, value: float) -> str:
        return f"{value / self.scale:.6g}{self.unit}"

    def tasks(self, tasks: Sequence[int]) -> str:
        names = " + ".join(self.labels[i] for i in tasks)
        return f"task{'s' if len(tasks) > 1 else ''} {names}"


def positional_weights(instance: Instance) -> list[int]:
    """Each task's time plus the times of all its (transitive) followers."""
    below, _ = _reach(instance)
    weights = []
    for i in range(instance.n):
        bits, total = below[i], instance.times[i]
        while bits:
            low = bits & -bits
            total += instance.times[low.bit_length() - 1]
            bits ^= low
        weights.append(total)
    return weights


def kilbridge_wester_columns(instance: Instance) -> list[int]:
    """Column of each task in the precedence diagram, counted from 1."""
    column = [1] * instance.n
    for i in _topological(instance):
        for p in instance.predecessors[i]:
            column[i] = max(column[i], column[p] + 1)
    return column


def roman(number: int) -> str:
    values = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for value, symbol in values:
        while number >= value:
            out.append(symbol)
            number -= value
    return "".join(out)


def _topological(instance: Instance) -> list[int]:
    indeg = [len(set(p)) for p in instance.predecessors]
    succ = instance.successors()
    order = [i for i in range(instance.n) if indeg[i] == 0]
    for i in order:
        for j in set(succ[i]):
            indeg[j] -= 1
            if indeg[j] == 0:
                order.append(j)
    if len(order) != instance.n:
        raise ValueError("the precedence graph has a cycle; validate the line first")
    return order


def _reach(instance: Instance) -> tuple[list[int], list[int]]:
    """Bit sets of all followers and of all predecessors (transitive) of each task."""
    succ = instance.successors()
    order = _topological(instance)
    below = [0] * instance.n
    above = [0] * instance.n
    for i in reversed(order):
        for j in succ[i]:
            below[i] |= below[j] | (1 << j)
    for i in order:
        for p in instance.predecessors[i]:
            above[i] |= above[p] | (1 << p)
    return below, above


def _units(instance: Instance) -> list[tuple[int, ...]]:
    """Tasks grouped by the must-share restriction (union of overlapping groups)."""
    parent = list(range(instance.n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for group in instance.must_share:
        for t in group[1:]:
            parent[find(t)] = find(group[0])
    if instance.must_share:
        # a task between two tasks of a group (a -> x -> b) must be in their station too
        below, above = _reach(instance)
        changed = True
        while changed:
            changed = False
            groups: dict[int, int] = {}
            for i in range(instance.n):
                groups[find(i)] = groups.get(find(i), 0) | (1 << i)
            for root, bits in groups.items():
                if bits & (bits - 1) == 0:
                    continue
                down = up = 0
                rest = bits
                while rest:
                    low = rest & -rest
                    i = low.bit_length() - 1
                    down |= below[i]
                    up |= above[i]
                    rest ^= low
                between = down & up & ~bits
                while between:
                    low = between & -between
                    parent[find(low.bit_length() - 1)] = find(root)
                    between ^= low
                    changed = True
    members: dict[int, list[int]] = {}
    for i in range(instance.n):
        members.setdefault(find(i), []).append(i)
    return sorted((tuple(m) for m in members.values()), key=lambda u: u[0])


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
    text: _Text | None,
) -> Generator[Step, None, list[list[int]]]:
    """One station-oriented pass; ``pick`` chooses among fitting units (COMSOAL)."""
    times = instance.times
    units = _units(instance)
    unit_of = {t: u for u, members in enumerate(units) for t in members}
    unit_time = [sum(times[t] for t in m) for m in units]
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
                    return f"must not share a station with task {_name(text, clash[0])}"
            return ""

        if quick:  # same choice as below: the first fitting unit in ranked order
            first = next((i for i, u in enumerate(available) if not allowed(u)), None)
            notes = []
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
                    _reason(
                        text,
                        method,
                        units[u],
                        unit_time[u],
                        priority[u],
                        k,
                        left - unit_time[u],
                        len(fitting),
                        bool(due),
                        _tie(
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
                f"{_name(text, stuck[0]) if stuck else 'the remaining tasks'} with these "
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
                _open_reason(text, available, units, unit_time, left, k, notes),
            )
        stations.append([])
        left = capacity
    return stations


def _name(text: _Text | None, task: int) -> str:
    return text.labels[task] if text is not None else str(task + 1)


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


def _value(text: _Text, method: str, value: float) -> str:
    if method == "rpw":
        return f"weight {text.time(value)}"
    if method == "kw":
        return f"column {roman(int(value))}"
    return ""


def _tie(available, fitting, position, priority, unit_time, units, text, method) -> str:
    if method == "comsoal":
        return ""
    u = available[position]
    tied = [
        available[i] for i in fitting if available[i] != u and priority[available[i]] == priority[u]
    ]
    if not tied:
        return ""
    rule = (
        "the earlier task in the table wins"
        if method == "lcr"
        else ("the longer time, then the earlier task in the table, wins")
    )
    return f" (tied with {text.tasks(units[tied[0]])}; {rule})"


def _reason(
    text: _Text, method: str, tasks, time, value, station, left_after, n_fit, due, tie
) -> str:
    rule = {
        "rpw": "highest positional weight that fits",
        "lcr": "largest candidate that fits",
        "kw": "leftmost column that fits",
        "comsoal": f"random pick among {n_fit} task{'s' if n_fit > 1 else ''} that fit",
    }[method]
    if due:
        rule = f"fixed to station {station + 1}"
    detail = _value(text, method, value)
    detail = f" ({detail})" if detail else ""
    return (
        f"{rule}: {text.tasks(tasks)}{detail}, {text.time(time)}{tie}; "
        f"station {station + 1} has {text.time(left_after)} left"
    )


def _open_reason(text: _Text, available, units, unit_time, left, station, notes) -> str:
    if not available:
        return f"no task is available yet (all wait for predecessors): open station {station + 2}"
    if all(note.startswith("fixed") for note in notes):
        return f"the available tasks are fixed to later stations: open station {station + 2}"
    smallest = min(available, key=lambda u: (unit_time[u], units[u][0]))
    if unit_time[smallest] > left:
        return (
            f"no available task fits the {text.time(left)} left in station {station + 1} "
            f"(smallest: {text.tasks(units[smallest])}, {text.time(unit_time[smallest])}): "
            f"open station {station + 2}"
        )
    return (
        f"the tasks that would fit the {text.time(left)} left in station {station + 1} "
        f"are held back by restrictions: open station {station + 2}"
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
    text = _Text(instance, labels, unit) if record else None
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
