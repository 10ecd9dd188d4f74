"""Pure edits of a line record's task table and balance (no Qt): each returns a new record.

The window wraps each call in one undoable :meth:`Document.edit`. Edits that would make
the table unusable raise ValueError with a sentence for the user (e.g. a relation that
closes a cycle); a table may otherwise hold problems (unknown predecessor, missing time),
which the window shows on the rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from score_desktop.project.line_records import LineRecord, SavedBalance
from score_desktop.tools.line_balancing.model import Line, Restrictions, Task
from score_desktop.tools.line_balancing.times import parse_time, typed_time

COLUMNS = ("id", "description", "time", "predecessors")
_SPLIT = re.compile(r"[,;\s]+")


def with_tasks(record: LineRecord, tasks: Sequence[Task]) -> LineRecord:
    """``record`` with a new task table; tasks no longer in the table leave the balance."""
    ids = {t.id for t in tasks}
    balance = tuple(s for s in (tuple(t for t in st if t in ids) for st in record.balance) if s)
    return replace(record, line=replace(record.line, tasks=tuple(tasks)), balance=balance)


def split_ids(text: str) -> tuple[str, ...]:
    """Predecessor ids typed in a cell: separated by commas, semicolons or spaces."""
    return tuple(dict.fromkeys(p for p in _SPLIT.split(text.strip()) if p))


def next_task_id(line: Line) -> str:
    """A free numeric id after the largest numeric id of the table."""
    numbers = [int(t.id) for t in line.tasks if t.id.isdigit()]
    step = 10 if numbers and all(n % 10 == 0 for n in numbers) else 1
    n = max(numbers, default=0) + step
    taken = set(line.task_ids)
    while str(n) in taken:
        n += step
    return str(n)


def _rename(record: LineRecord, old: str, new: str) -> LineRecord:
    tasks = tuple(
        replace(t, predecessors=tuple(new if p == old else p for p in t.predecessors))
        for t in record.line.tasks
    )
    swap = lambda stations: tuple(tuple(new if x == old else x for x in s) for s in stations)  # noqa: E731
    return replace(
        record,
        line=replace(record.line, tasks=tasks),
        balance=swap(record.balance),
        alternatives=tuple(replace(a, stations=swap(a.stations)) for a in record.alternatives),
    )


def set_cell(record: LineRecord, row: int, column: str, text: str) -> LineRecord:
    """Edit one cell (``column`` in :data:`COLUMNS`) of the task table."""
    task = record.line.tasks[row]
    text = text.strip()
    if column == "id":
        if not text:
            raise ValueError("a task id cannot be empty")
        if text != task.id and text in record.line.task_ids:
            raise ValueError(f"there is already a task {text!r}")
        renamed = _rename(record, task.id, text)
        tasks = list(renamed.line.tasks)
        tasks[row] = replace(tasks[row], id=text)
        return with_tasks(renamed, tasks)
    if column == "description":
        changed = replace(task, description=text)
    elif column == "time":
        changed = replace(task, time=typed_time(text))
    elif column == "predecessors":
        changed = replace(task, predecessors=split_ids(text))
    else:
        raise KeyError(column)
    tasks = list(record.line.tasks)
    tasks[row] = changed
    return with_tasks(record, tasks)


def insert_tasks(record: LineRecord, row: int, tasks: Iterable[Task]) -> LineRecord:
    table = list(record.line.tasks)
    table[row:row] = list(tasks)
    return with_tasks(record, table)


def add_task(record: LineRecord, row: int | None = None) -> LineRecord:
    """A new task with a free id and time 1 at ``row`` (default: the end)."""
    at = len(record.line.tasks) if row is None else row
    return insert_tasks(record, at, [Task(next_task_id(record.line), 1.0)])


def delete_rows(record: LineRecord, rows: Iterable[int]) -> LineRecord:
    drop = set(rows)
    return with_tasks(record, [t for i, t in enumerate(record.line.tasks) if i not in drop])


def move_row(record: LineRecord, row: int, to: int) -> LineRecord:
    tasks = list(record.line.tasks)
    if not (0 <= row < len(tasks) and 0 <= to < len(tasks)):
        raise ValueError(f"row {to + 1} is outside the table")
    tasks.insert(to, tasks.pop(row))
    return with_tasks(record, tasks)


def parse_pasted_rows(text: str, first_id: str = "1") -> list[Task]:
    """Rows copied from Excel (tab-separated): task, description, time, predecessors.

    A header row (a time cell that is not a number, e.g. "time") is skipped. Rows with fewer
    cells get empty ones; an empty id gets a number.
    """
    tasks: list[Task] = []
    n = int(first_id) if first_id.isdigit() else 1
    for i, raw in enumerate(text.splitlines()):
        if not raw.strip():
            continue
        cells = [c.strip().strip('"') for c in raw.split("\t")]
        cells += [""] * (4 - len(cells))
        task_id, description, time, preds = cells[:4]
        if i == 0 and parse_time(time) is None and time.lower().startswith("time"):
            continue
        if not task_id:
            task_id, n = str(n), n + 1
        tasks.append(Task(task_id, typed_time(time), split_ids(preds), description))
    return tasks


def paste_rows(record: LineRecord, row: int, text: str) -> LineRecord:
    """Insert pasted rows at ``row``; raises ValueError if nothing usable was pasted."""
    tasks = parse_pasted_rows(text, next_task_id(record.line))
    if not tasks:
        raise ValueError(
            "the clipboard holds no rows (copy cells from Excel: task, "
            "description, time, predecessors)"
        )
    return insert_tasks(record, row, tasks)


def reaches(line: Line, start: str, goal: str) -> bool:
    """True when ``goal`` can be reached from ``start`` along successor arrows."""
    succ: dict[str, list[str]] = {}
    for t in line.tasks:
        for p in t.predecessors:
            succ.setdefault(p, []).append(t.id)
    seen, stack = {start}, [start]
    while stack:
        node = stack.pop()
        if node == goal:
            return True
        for nxt in succ.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


def add_relation(record: LineRecord, before: str, after: str) -> LineRecord:
    """``before`` becomes a predecessor of ``after``; refused if it closes a cycle."""
    index = record.line.index_of()
    if before not in index or after not in index:
        raise ValueError(f"there is no task {before if before not in index else after!r}")
    if before == after:
        raise ValueError(f"task {before!r} cannot come before itself")
    if reaches(record.line, after, before):
        raise ValueError(
            f"task {before!r} cannot come before task {after!r}: {after!r} already comes "
            f"before {before!r}, so the arrow would close a cycle"
        )
    task = record.line.tasks[index[after]]
    if before in task.predecessors:
        return record
    tasks = list(record.line.tasks)
    tasks[index[after]] = replace(task, predecessors=(*task.predecessors, before))
    return with_tasks(record, tasks)


def set_balance(record: LineRecord, stations: Sequence[Sequence[str]], method: str) -> LineRecord:
    return replace(record, balance=tuple(tuple(s) for s in stations if s), balance_method=method)


def save_alternative(record: LineRecord, name: str, cycle_time: float | None) -> LineRecord:
    """Keep the current balance under ``name`` (replacing a saved one of that name)."""
    name = name.strip()
    if not name:
        raise ValueError("a saved balance needs a name")
    if not record.balance:
        raise ValueError("there is no balance to save yet: run a method or build one by hand")
    saved = SavedBalance(name, record.balance, record.balance_method or "manual", cycle_time)
    kept = tuple(a for a in record.alternatives if a.name != name)
    return replace(record, alternatives=(*kept, saved))


def remove_alternative(record: LineRecord, name: str) -> LineRecord:
    return replace(record, alternatives=tuple(a for a in record.alternatives if a.name != name))


def restrictions_text(r: Restrictions) -> tuple[str, str, str]:
    """The three restriction fields as the user types them (see :func:`parse_restrictions`)."""
    return (
        "; ".join(", ".join(g) for g in r.must_share),
        "; ".join(f"{a}, {b}" for a, b in r.must_not_share),
        "; ".join(f"{t}={k}" for t, k in r.fixed_station.items()),
    )


def parse_restrictions(same: str, apart: str, fixed: str) -> Restrictions:
    """Restrictions typed as text: groups and pairs separated by ";", ids by commas or spaces,
    fixed stations as "task=station"; raises ValueError naming the part that is wrong."""
    groups = tuple(split_ids(g) for g in same.split(";") if split_ids(g))
    if any(len(g) < 2 for g in groups):
        raise ValueError("each must-share group needs at least two tasks (e.g. 3, 6; 9, 10)")
    pairs = []
    for part in apart.split(";"):
        ids = split_ids(part)
        if not ids:
            continue
        if len(ids) != 2:
            raise ValueError(f"'{part.strip()}': a must-not-share pair has two tasks (e.g. 1, 5)")
        pairs.append((ids[0], ids[1]))
    stations: dict[str, int] = {}
    for part in fixed.split(";"):
        if not part.strip():
            continue
        task, _, number = part.partition("=")
        if not task.strip() or not number.strip().isdigit() or int(number) < 1:
            raise ValueError(f"'{part.strip()}': write a fixed station as task=station, e.g. 12=5")
        stations[task.strip()] = int(number)
    return Restrictions(groups, tuple(pairs), stations)
