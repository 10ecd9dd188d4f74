"""Read a mixed-model task table: one time column per model (``time:A``, ``time:B``, ...) or
the long form with a ``model`` column (one row per task and model).

Wide form::

    task,predecessors,time:A (min),time:B (min)
    1,,0.5,0.7
    2,1,0.3,

An empty model time means the model does not need the task (time 0). Long form::

    task,model,time,predecessors
    1,A,0.5,
    1,B,0.7,
    2,A,0.3,1

The predecessors of a task are the union of those on its rows.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from score_desktop.tools.line_balancing.importers import (
    csv_rows,
    fail,
    read_table_bytes,
    xlsx_rows,
)
from score_desktop.tools.line_balancing.model import Line, Task, parse_time

MAX_MODELS = 50
_TIME_COLUMN = re.compile(
    r"^\s*time\s*[:=]\s*(?P<model>[^()\[\]]+?)\s*(?:[(\[](?P<unit>[^)\]]*)[)\]])?\s*$", re.I
)
_UNIT = re.compile(r"^\s*time\s*[(\[](?P<unit>[^)\]]*)[)\]]\s*$", re.I)


@dataclass(frozen=True)
class MixedLine:
    """Tasks with precedence and one time per model (0: the model does not need the task).

    ``line`` holds the task ids, descriptions and predecessors (its task times are the
    largest model time, so that validation can check ids and precedence); ``model_times[m]``
    lists the times of model ``models[m]`` in the order of the tasks.
    """

    line: Line
    models: tuple[str, ...]
    model_times: tuple[tuple[float, ...], ...]


def _norm(text: object) -> str:
    return re.sub(r"[\s_\-.#]+", "", str(text or "")).lower()


_ALIASES = {
    "task": {"task", "taskid", "id", "element", "workelement", "tache", "tarea"},
    "predecessors": {"predecessors", "immediatepredecessors", "predecessor", "precedence"},
    "description": {"description", "desc", "name"},
    "model": {"model", "variant", "product"},
}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _ids(text: str) -> tuple[str, ...]:
    return tuple(p for p in re.split(r"[,;\s]+", text.strip()) if p)


def _number(value: object, row: int, what: str) -> float:
    if value in (None, ""):
        return 0.0
    number = parse_time(value if isinstance(value, int | float) else str(value))
    if number is None or number != number or number < 0:
        raise fail(f"{what}: {str(value)!r} is not a time (a number of zero or more)", row)
    return number


def mixed_from_rows(rows: Iterable[tuple[int, Sequence[object]]], *, source: str = "") -> MixedLine:
    """A :class:`MixedLine` from (row number, cells) pairs, the first non-empty row the header."""
    it: Iterator[tuple[int, Sequence[object]]] = iter(rows)
    first = next(((r, cells) for r, cells in it if any(_cell(c) for c in cells)), None)
    if first is None:
        raise fail("the table is empty")
    header_row, header = first
    cols: dict[str, int] = {}
    model_cols: list[tuple[str, int]] = []
    unit = ""
    plain_time = None
    for k, raw in enumerate(header):
        text = _cell(raw)
        match = _TIME_COLUMN.match(text)
        if match:
            model_cols.append((match.group("model").strip(), k))
            unit = unit or (match.group("unit") or "").strip()
            continue
        um = _UNIT.match(text)
        name = _norm(text)
        if name == "time" or um:
            plain_time = k
            unit = unit or ((um.group("unit") or "").strip() if um else "")
            continue
        for key, names in _ALIASES.items():
            if name in names and key not in cols:
                cols[key] = k
    if "task" not in cols:
        raise fail("the header has no 'task' column", header_row)
    long_form = "model" in cols
    if not long_form and not model_cols:
        raise fail(
            "a mixed-model table needs one time column per model ('time:A', 'time:B', ...) "
            "or a 'model' column with a 'time' column",
            header_row,
        )
    if long_form and plain_time is None:
        raise fail("the table has a 'model' column but no 'time' column", header_row)
    model_names = [m for m, _ in model_cols]
    dup = sorted({m for m in model_names if model_names.count(m) > 1})
    if dup:
        raise fail(f"model {dup[0]!r} has two time columns", header_row)
    order: list[str] = []
    preds: dict[str, list[str]] = {}
    desc: dict[str, str] = {}
    first_row: dict[str, int] = {}
    times: dict[str, dict[str, float]] = {}
    models: list[str] = list(model_names)

    def get(cells: Sequence[object], k: int | None) -> object:
        return cells[k] if k is not None and k < len(cells) else None

    for row, cells in it:
        if not any(_cell(c) for c in cells):
            continue
        task = _cell(get(cells, cols["task"]))
        if not task:
            raise fail("the task id is empty", row)
        if task not in preds:
            if not long_form and task in first_row:
                raise fail(f"task {task!r} appears twice (first on row {first_row[task]})", row)
            order.append(task)
            preds[task] = []
            first_row[task] = row
            times[task] = {}
        elif not long_form:
            raise fail(f"task {task!r} appears twice (first on row {first_row[task]})", row)
        for p in _ids(_cell(get(cells, cols.get("predecessors")))):
            if p not in preds[task]:
                preds[task].append(p)
        desc.setdefault(task, _cell(get(cells, cols.get("description"))))
        if long_form:
            model = _cell(get(cells, cols["model"]))
            if not model:
                raise fail(f"task {task!r}: the model is empty", row)
            if model not in models:
                models.append(model)
            if model in times[task]:
                raise fail(f"task {task!r} has two times for model {model!r}", row)
            times[task][model] = _number(get(cells, plain_time), row, f"task {task!r}")
        else:
            for model, k in model_cols:
                times[task][model] = _number(get(cells, k), row, f"task {task!r}, model {model!r}")
    if not order:
        raise fail("the table has no tasks")
    if len(models) > MAX_MODELS:
        raise fail(f"{len(models)} models are more than a table can have ({MAX_MODELS})")
    model_times = tuple(tuple(times[t].get(m, 0.0) for t in order) for m in models)
    tasks = []
    for i, t in enumerate(order):
        longest = max(model_times[m][i] for m in range(len(models)))
        tasks.append(Task(t, longest, tuple(preds[t]), desc.get(t, ""), first_row[t]))
    idle = [t for i, t in enumerate(order) if all(mt[i] == 0 for mt in model_times)]
    if idle:
        raise fail(f"task {idle[0]!r} has no time for any model", first_row[idle[0]])
    line = Line(tuple(tasks), time_unit=unit, source=source)
    return MixedLine(line, tuple(models), model_times)


def read_mixed(path: str | Path, *, sheet: str | None = None) -> MixedLine:
    """A mixed-model table from a CSV or .xlsx file (raises LineValidationError)."""
    path = Path(path)
    return mixed_from_rows(table_rows(path, sheet=sheet), source=path.name)


def table_rows(path: str | Path, *, sheet: str | None = None) -> list[tuple[int, list[object]]]:
    """(row number, cells) of a CSV or .xlsx table (first sheet unless ``sheet``), read
    with the task-table importer's bounded readers."""
    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        return xlsx_rows(path, sheet=sheet, max_col=60)
    return list(csv_rows(read_table_bytes(path)))
