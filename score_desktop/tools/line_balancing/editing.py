"""Hand-editing a balance: is moving a task allowed, and why not, in words with the user's ids.

A window keeps the line's :class:`~.instance.Instance` (from :meth:`Line.to_instance`, once
per edit of the task table) and the stations as lists of task indices; on every drag it
calls :func:`check_move` and re-scores with :func:`~.metrics.balance_metrics`. Both work
on a :class:`~.model.Line` with task ids too, at the cost of converting it each time.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence

from score_desktop.tools.line_balancing.feasibility import Violation, balance_violations
from score_desktop.tools.line_balancing.heuristics import HeuristicResult, Step, heuristic_steps
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.metrics import BalanceMetrics, balance_metrics
from score_desktop.tools.line_balancing.model import Line, stations_to_ids, stations_to_indices


def explain(
    violation: Violation, instance: Instance, labels: Sequence[str] | None = None, unit: str = ""
) -> str:
    """A plain sentence for a broken rule, naming tasks by the user's ids and stations from 1."""
    name = (lambda t: repr(labels[t])) if labels is not None else (lambda t: str(t + 1))
    tasks = violation.tasks
    k = violation.station
    scale = instance.time_scale
    suffix = f" {unit}" if unit else ""
    if violation.kind == "precedence":
        if k is None:
            return violation.message
        return f"task {name(tasks[0])} must come before task {name(tasks[1])} (station {k + 1})"
    if violation.kind == "capacity" and k is not None:
        c = instance.cycle_time
        total = sum(instance.times[t] for t in tasks)
        limit = f" {c / scale:.6g}{suffix}" if c is not None else ""
        return (
            f"station {k + 1} would take {total / scale:.6g}{suffix}, more than the cycle "
            f"time{limit}"
        )
    if violation.kind == "must_share":
        return "tasks " + ", ".join(name(t) for t in tasks) + " must share a station"
    if violation.kind == "must_not_share":
        return f"tasks {name(tasks[0])} and {name(tasks[1])} must not share a station"
    if violation.kind == "fixed_station":
        fixed = instance.fixed_station.get(tasks[0])
        where = f"station {fixed + 1}" if fixed is not None else "another station"
        return f"task {name(tasks[0])} is fixed to {where}"
    if violation.kind == "missing":
        return (
            f"task {name(tasks[0])} is in no station"
            if 0 <= tasks[0] < instance.n
            else violation.message
        )
    if violation.kind == "duplicate":
        return f"task {name(tasks[0])} is in two stations"
    return violation.message


def move_task(stations: Sequence[Sequence[int]], task: int, to_station: int) -> list[list[int]]:
    """A copy of ``stations`` with ``task`` moved to the end of ``to_station`` (0-based;
    ``len(stations)`` appends a new station)."""
    if not 0 <= to_station <= len(stations):
        raise ValueError(f"station {to_station + 1} does not exist")
    moved = [[t for t in station if t != task] for station in stations]
    if to_station == len(moved):
        moved.append([])
    moved[to_station].append(task)
    return moved


def check_move(
    line_or_instance: Line | Instance,
    stations: Sequence[Sequence[int]] | Sequence[Sequence[str]],
    task: int | str,
    to_station: int,
    cycle_time: int | None = None,
) -> str | None:
    """None if moving ``task`` to ``to_station`` (0-based) breaks no new rule, else why not.

    With an :class:`Instance`, ``stations`` and ``task`` are task indices; with a
    :class:`Line`, they are task ids as written. Rules already broken before the move
    (in a hand-made balance) do not refuse it; only the rules the move would break do.
    """
    if isinstance(line_or_instance, Line):
        line = line_or_instance
        instance = line.to_instance()
        index = line.index_of()
        if task not in index:
            return f"there is no task {task!r} in the line"
        idx_stations = stations_to_indices(line, stations)  # type: ignore[arg-type]
        idx_task = index[str(task)]
        labels: Sequence[str] | None = line.task_ids
        unit = line.time_unit
    else:
        instance = line_or_instance
        idx_stations = [list(s) for s in stations]  # type: ignore[arg-type]
        idx_task = int(task)
        labels, unit = None, ""
    if not 0 <= to_station <= len(idx_stations):
        return f"there is no station {to_station + 1}"
    before = {(v.kind, v.tasks) for v in balance_violations(instance, idx_stations, cycle_time)}
    moved = move_task(idx_stations, idx_task, to_station)
    already_there = to_station < len(idx_stations) and idx_task in idx_stations[to_station]

    def is_new(v: Violation) -> bool:
        # only the destination station gains work; other rules count when not broken before
        if v.kind == "capacity":
            return v.station == to_station and not already_there
        return (v.kind, v.tasks) not in before

    new = [v for v in balance_violations(instance, moved, cycle_time) if is_new(v)]
    if not new:
        return None
    name = repr(labels[idx_task]) if labels is not None else str(idx_task + 1)
    reasons = "; ".join(dict.fromkeys(explain(v, instance, labels, unit) for v in new))
    return f"task {name} cannot go to station {to_station + 1}: {reasons}"


def balance_problems(
    line: Line, stations: Sequence[Sequence[str]], cycle_time: float | None = None
) -> list[str]:
    """Every rule a balance given by task ids breaks, in words (empty: the balance is valid)."""
    instance = (line if cycle_time is None else line.with_cycle_time(cycle_time)).to_instance()
    violations = balance_violations(instance, stations_to_indices(line, stations))
    return [explain(v, instance, line.task_ids, line.time_unit) for v in violations]


def line_steps(
    line: Line, method: str, *, seed: int = 0, iterations: int = 1
) -> Generator[Step, None, HeuristicResult]:
    """Step through a heuristic on a line, with the line's task ids and time unit in the
    sentences (COMSOAL: ``iterations`` passes, one by default so each pass can be watched)."""
    return heuristic_steps(
        line.to_instance(),
        method,
        seed=seed,
        iterations=iterations,
        labels=line.task_ids,
        unit=line.time_unit,
    )


def line_metrics(
    line: Line, stations: Sequence[Sequence[str]], cycle_time: float | None = None
) -> BalanceMetrics:
    """Scores of a balance given by task ids (convenience over :func:`balance_metrics`)."""
    instance = (line if cycle_time is None else line.with_cycle_time(cycle_time)).to_instance()
    return balance_metrics(instance, stations_to_indices(line, stations))


__all__ = [
    "balance_problems",
    "check_move",
    "explain",
    "line_metrics",
    "line_steps",
    "move_task",
    "stations_to_ids",
]
