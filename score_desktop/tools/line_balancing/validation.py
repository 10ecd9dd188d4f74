"""Checks a line before balancing: one plain message per problem, naming the task and file row."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from score_desktop.tools.line_balancing.times import parse_time, scale_time

if TYPE_CHECKING:
    from score_desktop.tools.line_balancing.model import Line, Task


@dataclass(frozen=True)
class Problem:
    """One problem found in a line or a file.

    ``kind`` is one of: ``empty``, ``duplicate_id``, ``missing_id``, ``time``,
    ``unknown_predecessor``, ``cycle``, ``too_long``, ``cycle_time``, ``station_count``,
    ``restriction``, ``file``. ``message`` is a complete sentence that already names the
    row and the task.
    """

    kind: str
    message: str
    task: str | None = None
    row: int | None = None

    def __str__(self) -> str:
        return self.message


class LineValidationError(ValueError):
    """A line or a file that cannot be balanced; ``problems`` lists every problem found."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        first = self.problems[0].message if self.problems else "invalid line"
        more = len(self.problems) - 1
        suffix = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
        super().__init__(first + suffix)


def where(task: Task | None = None, row: int | None = None, task_id: str | None = None) -> str:
    """'row 4, task "7": ' style prefix for a message."""
    parts = []
    row = task.row if task is not None and row is None else row
    task_id = task.id if task is not None and task_id is None else task_id
    if row is not None:
        parts.append(f"row {row}")
    if task_id is not None:
        parts.append(f"task {task_id!r}")
    return ", ".join(parts) + ": " if parts else ""


def validate_line(line: Line) -> list[Problem]:
    """Every problem that stops ``line`` from being balanced (empty list when it is fine)."""
    problems: list[Problem] = []
    if not line.tasks:
        return [Problem("empty", "the task table is empty: add at least one task")]
    problems += _check_ids(line.tasks)
    problems += _check_times(line)
    problems += _check_predecessors(line.tasks)
    if not any(p.kind in ("unknown_predecessor",) for p in problems):
        problems += _check_cycles(line.tasks)
    problems += _check_target(line)
    problems += _check_restrictions(line)
    return problems


def check_line(line: Line) -> None:
    """Raise :class:`LineValidationError` listing every problem of ``line``."""
    problems = validate_line(line)
    if problems:
        raise LineValidationError(problems)


def _check_ids(tasks: Sequence[Task]) -> list[Problem]:
    problems = []
    first_row: dict[str, Task] = {}
    for task in tasks:
        if not task.id.strip():
            problems.append(
                Problem("missing_id", f"{where(task)}the task id is empty", None, task.row)
            )
            continue
        if task.id in first_row:
            other = first_row[task.id]
            seen = f" (first used in row {other.row})" if other.row is not None else ""
            problems.append(
                Problem(
                    "duplicate_id",
                    f"{where(task)}task id {task.id!r} is used twice{seen}",
                    task.id,
                    task.row,
                )
            )
        else:
            first_row[task.id] = task
    return problems


def _check_times(line: Line) -> list[Problem]:
    problems = []
    scale = line.time_scale()
    cycle = parse_time(line.cycle_time) if line.cycle_time is not None else None
    for task in line.tasks:
        prefix = where(task)
        value = parse_time(task.time)
        raw = task.time
        if raw is None or (isinstance(raw, str) and not raw.strip()):
            msg = f"{prefix}the time is missing"
        elif value is None:
            msg = f"{prefix}the time {raw!r} is not a number"
        elif not math.isfinite(value):
            msg = f"{prefix}the time {raw!r} is not a finite number"
        elif value <= 0:
            msg = f"{prefix}the time must be greater than zero, not {value:g}"
        elif scale_time(value, scale) <= 0:
            msg = f"{prefix}the time {value:g} is too small (below 0.000001)"
        elif cycle is not None and math.isfinite(cycle) and cycle > 0 and value > cycle:
            problems.append(
                Problem(
                    "too_long",
                    f"{prefix}the task takes {value:g}, longer than the cycle time {cycle:g}: "
                    "no station can hold it (split the task or raise the cycle time)",
                    task.id,
                    task.row,
                )
            )
            continue
        else:
            continue
        problems.append(Problem("time", msg, task.id, task.row))
    return problems


def _check_predecessors(tasks: Sequence[Task]) -> list[Problem]:
    ids = {task.id for task in tasks}
    problems = []
    for task in tasks:
        for pred in task.predecessors:
            if pred == task.id:
                problems.append(
                    Problem(
                        "cycle",
                        f"{where(task)}the task lists itself as its predecessor",
                        task.id,
                        task.row,
                    )
                )
            elif pred not in ids:
                problems.append(
                    Problem(
                        "unknown_predecessor",
                        f"{where(task)}predecessor {pred!r} is not a task of the table",
                        task.id,
                        task.row,
                    )
                )
    return problems


def _check_cycles(tasks: Sequence[Task]) -> list[Problem]:
    """One problem per strongly connected group of tasks that contains a cycle."""
    index: dict[str, int] = {}
    for i, task in enumerate(tasks):
        index.setdefault(task.id, i)
    succ: list[list[int]] = [[] for _ in tasks]
    for j, task in enumerate(tasks):
        for p in task.predecessors:
            if p in index and index[p] != j:
                succ[index[p]].append(j)
    problems = []
    for component in strongly_connected(succ):
        if len(component) < 2:
            continue
        cycle = _cycle_in(component, succ)
        names = " -> ".join(repr(tasks[i].id) for i in [*cycle, cycle[0]])
        first = tasks[cycle[0]]
        problems.append(
            Problem(
                "cycle",
                f"{where(first)}the precedence graph has a cycle: {names} "
                "(each task waits for the next one, so none can start)",
                first.id,
                first.row,
            )
        )
    return problems


def strongly_connected(succ: Sequence[Sequence[int]]) -> list[list[int]]:
    """The strongly connected components of a graph given by successor lists (Tarjan's
    algorithm, iterative: no recursion limit on long chains)."""
    n = len(succ)
    index = [-1] * n
    low = [0] * n
    on_stack = [False] * n
    stack: list[int] = []
    components: list[list[int]] = []
    counter = 0
    for root in range(n):
        if index[root] != -1:
            continue
        work = [(root, 0)]
        while work:
            v, pos = work.pop()
            if pos == 0:
                index[v] = low[v] = counter
                counter += 1
                stack.append(v)
                on_stack[v] = True
            if pos < len(succ[v]):
                work.append((v, pos + 1))
                w = succ[v][pos]
                if index[w] == -1:
                    work.append((w, 0))
                elif on_stack[w]:
                    low[v] = min(low[v], index[w])
                continue
            if low[v] == index[v]:
                component = []
                while True:
                    w = stack.pop()
                    on_stack[w] = False
                    component.append(w)
                    if w == v:
                        break
                components.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[v])
    return components


def _cycle_in(component: Sequence[int], succ: Sequence[Sequence[int]]) -> list[int]:
    """A simple cycle through the smallest task of a strongly connected component."""
    members = set(component)
    start = component[0]
    parent = {start: -1}
    queue = [start]
    for v in queue:  # breadth first: the shortest cycle back to start
        for w in succ[v]:
            if w == start:
                path = [v]
                while parent[path[-1]] != -1:
                    path.append(parent[path[-1]])
                return path[::-1]
            if w in members and w not in parent:
                parent[w] = v
                queue.append(w)
    return list(component)  # not reached for a true component


def _check_target(line: Line) -> list[Problem]:
    problems = []
    if line.cycle_time is not None:
        c = parse_time(line.cycle_time)
        if c is None or not math.isfinite(c) or c <= 0:
            problems.append(
                Problem(
                    "cycle_time",
                    f"the cycle time must be a number above zero, not {line.cycle_time!r}",
                )
            )
    m = line.station_count
    if m is not None and (isinstance(m, bool) or not isinstance(m, int) or m < 1):
        problems.append(
            Problem(
                "station_count",
                f"the station count must be a whole number of at least 1, not {m!r}",
            )
        )
    return problems


def _check_restrictions(line: Line) -> list[Problem]:
    r = line.restrictions
    if r.is_empty():
        return []
    ids = {task.id for task in line.tasks}
    times = {task.id: parse_time(task.time) for task in line.tasks}
    problems: list[Problem] = []

    def bad(message: str, task_id: str | None = None) -> None:
        problems.append(Problem("restriction", message, task_id))

    def unknown(names: Iterable[str], what: str) -> bool:
        missing = [t for t in names if t not in ids]
        for t in missing:
            bad(f"{what} names task {t!r}, which is not in the table", t)
        return bool(missing)

    # must-share groups, merged when they overlap (sharing is transitive)
    group_of: dict[str, int] = {}
    groups: list[set[str]] = []
    for group in r.must_share:
        if unknown(group, "a 'must share a station' group"):
            continue
        hits = sorted({group_of[t] for t in group if t in group_of})
        merged = set(group)
        for h in hits:
            merged |= groups[h]
            groups[h] = set()
        groups.append(merged)
        for t in merged:
            group_of[t] = len(groups) - 1
    for a, b in r.must_not_share:
        if unknown((a, b), "a 'must not share a station' pair"):
            continue
        if a == b:
            bad(f"task {a!r} cannot be kept apart from itself", a)
        elif a in group_of and group_of.get(b) == group_of[a]:
            bad(f"tasks {a!r} and {b!r} must share a station and must not share one", a)
    for t, s in r.fixed_station.items():
        if unknown((t,), "a fixed station"):
            continue
        if isinstance(s, bool) or not isinstance(s, int) or s < 1:
            bad(f"task {t!r} is fixed to station {s!r}: stations are numbered from 1", t)
        elif line.station_count is not None and s > line.station_count:
            bad(
                f"task {t!r} is fixed to station {s}, but the line has only "
                f"{line.station_count} stations",
                t,
            )
    for shared in groups:
        fixed = {r.fixed_station[t] for t in shared if t in r.fixed_station}
        if len(fixed) > 1:
            names = ", ".join(repr(t) for t in sorted(shared))
            bad(
                f"tasks {names} must share a station but are fixed to stations "
                f"{', '.join(str(s) for s in sorted(fixed))}"
            )
        cycle = parse_time(line.cycle_time) if line.cycle_time is not None else None
        total = sum(times[t] or 0.0 for t in shared)
        if cycle and shared and total > cycle:
            names = ", ".join(repr(t) for t in sorted(shared))
            bad(
                f"tasks {names} must share a station but together take {total:g}, more than "
                f"the cycle time {cycle:g}"
            )
    problems += _fixed_against_precedence(line)
    return problems


def _fixed_against_precedence(line: Line) -> list[Problem]:
    """A task fixed to a later station than one of its (transitive) successors."""
    fixed = {t: s for t, s in line.restrictions.fixed_station.items() if isinstance(s, int)}
    if len(fixed) < 2:
        return []
    succ: dict[str, list[str]] = {task.id: [] for task in line.tasks}
    for task in line.tasks:
        for p in task.predecessors:
            if p in succ:
                succ[p].append(task.id)
    problems = []
    for a, sa in fixed.items():
        if a not in succ:
            continue
        seen = {a}
        todo = [a]
        while todo:
            v = todo.pop()
            for w in succ[v]:
                if w not in seen:
                    seen.add(w)
                    todo.append(w)
                    if w in fixed and fixed[w] < sa:
                        problems.append(
                            Problem(
                                "restriction",
                                f"task {a!r} is fixed to station {sa} but "
                                f"must come before task {w!r}, fixed to station {fixed[w]}",
                                a,
                            )
                        )
    return problems
