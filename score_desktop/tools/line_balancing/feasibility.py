"""Check a balance (stations of task indices) against precedence, capacity and restrictions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from score_desktop.tools.line_balancing.instance import Instance

VIOLATION_KINDS = (
    "precedence",
    "capacity",
    "must_share",
    "must_not_share",
    "fixed_station",
    "missing",
    "duplicate",
)


@dataclass(frozen=True)
class Violation:
    """One broken rule of a balance.

    ``kind`` is one of :data:`VIOLATION_KINDS`; ``tasks`` are the task indices involved;
    ``station`` is the 0-based station concerned (``None`` when the rule is not about one
    station). ``message`` names tasks by index ("task 3"); callers may re-word it with the
    user's task ids.
    """

    kind: str
    tasks: tuple[int, ...]
    station: int | None
    message: str


def balance_violations(
    instance: Instance,
    stations: Sequence[Sequence[int]],
    cycle_time: int | None = None,
) -> list[Violation]:
    """Every rule the balance breaks, in a stable order (empty list: the balance is valid).

    ``stations`` are in line order; a task may precede only tasks in the same or a later
    station. Station times are checked against ``cycle_time`` (or ``instance.cycle_time``;
    with neither, capacity is not checked). Empty stations are allowed.
    """
    n = instance.n
    limit = instance.cycle_time if cycle_time is None else cycle_time
    found: list[Violation] = []
    where: dict[int, int] = {}
    for k, load in enumerate(stations):
        for task in load:
            if not 0 <= task < n:
                found.append(
                    Violation(
                        "missing", (task,), k, f"task {task} in station {k + 1} does not exist"
                    )
                )
            elif task in where:
                first = where[task]
                found.append(
                    Violation(
                        "duplicate",
                        (task,),
                        k,
                        f"task {task} is in station {first + 1} and again in station {k + 1}",
                    )
                )
            else:
                where[task] = k
    for task in range(n):
        if task not in where:
            found.append(Violation("missing", (task,), None, f"task {task} is in no station"))

    if limit is not None:
        for k, load in enumerate(stations):
            tasks = sorted({t for t in load if 0 <= t < n})
            total = sum(instance.times[t] for t in tasks)
            if total > limit:
                found.append(
                    Violation(
                        "capacity",
                        tuple(tasks),
                        k,
                        f"station {k + 1} has work {total}, more than the cycle time {limit}",
                    )
                )

    for task in range(n):
        if task not in where:
            continue
        for pred in instance.predecessors[task]:
            if pred in where and where[pred] > where[task]:
                found.append(
                    Violation(
                        "precedence",
                        (pred, task),
                        where[task],
                        f"task {pred} (station {where[pred] + 1}) must come before task {task} "
                        f"(station {where[task] + 1})",
                    )
                )

    for group in instance.must_share:
        placed = {where[t] for t in group if t in where}
        if len(placed) > 1:
            names = ", ".join(str(t) for t in group)
            found.append(
                Violation(
                    "must_share",
                    tuple(group),
                    None,
                    f"tasks {names} must share a station but are in stations "
                    + ", ".join(str(k + 1) for k in sorted(placed)),
                )
            )
    for a, b in instance.must_not_share:
        if a in where and b in where and where[a] == where[b]:
            found.append(
                Violation(
                    "must_not_share",
                    (a, b),
                    where[a],
                    f"tasks {a} and {b} must not share a station but are both in station "
                    f"{where[a] + 1}",
                )
            )
    for task, station in sorted(instance.fixed_station.items()):
        if task in where and where[task] != station:
            found.append(
                Violation(
                    "fixed_station",
                    (task,),
                    where[task],
                    f"task {task} is fixed to station {station + 1} but is in station "
                    f"{where[task] + 1}",
                )
            )
    return found
