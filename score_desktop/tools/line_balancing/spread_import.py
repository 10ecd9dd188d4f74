"""Task-time spreads from the task table: an ``sd`` column (the ``time`` column is then the
mean), or ``min`` and ``max`` columns (the ``time`` column is then the most likely time)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from score_desktop.tools.line_balancing.importers import fail
from score_desktop.tools.line_balancing.mixed_import import table_rows
from score_desktop.tools.line_balancing.model import Line, parse_time
from score_desktop.tools.line_balancing.variability import Spread, pert, triangular

_SD = {"sd", "stdev", "stddev", "standarddeviation", "sigma"}
_MIN = {"min", "minimum", "mintime", "optimistic"}
_MAX = {"max", "maximum", "maxtime", "pessimistic"}
_TASK = {"task", "taskid", "id", "element", "workelement", "tasknumber", "no", "nr"}


def _norm(text: object) -> str:
    text = re.sub(r"[(\[].*?[)\]]", "", str(text or ""))
    return re.sub(r"[\s_\-.#]+", "", text).lower()


def spread_from_rows(
    rows: Sequence[tuple[int, Sequence[object]]], line: Line, kind: str = "triangular"
) -> Spread:
    """The spread of every task of ``line`` (a validated line read from the same table)."""
    rows = [(r, cells) for r, cells in rows if any(str(c or "").strip() for c in cells)]
    if not rows:
        raise fail("the table is empty")
    header_row, header = rows[0]
    names = [_norm(c) for c in header]

    def column(options: set[str]) -> int | None:
        return next((k for k, name in enumerate(names) if name in options), None)

    task_col, sd_col = column(_TASK), column(_SD)
    min_col, max_col = column(_MIN), column(_MAX)
    if task_col is None:
        raise fail("the header has no 'task' column", header_row)
    if sd_col is None and (min_col is None or max_col is None):
        raise fail(
            "task-time spread needs an 'sd' column, or 'min' and 'max' columns (with 'time' "
            "as the most likely time)",
            header_row,
        )
    by_id = {t.id: t for t in line.tasks}
    means: dict[str, float] = {}
    sds: dict[str, float] = {}
    for row, cells in rows[1:]:

        def cell(k: int | None, cells: Sequence[object] = cells) -> float | None:
            value = cells[k] if k is not None and k < len(cells) else None
            if isinstance(value, int | float):
                return float(value)
            return parse_time(None if value is None else str(value))

        task = str(cells[task_col] if task_col < len(cells) else "").strip()
        task_cell = cells[task_col] if task_col < len(cells) else None
        if isinstance(task_cell, float) and task_cell.is_integer():
            task = str(int(task_cell))
        if task not in by_id:
            continue
        likely = parse_time(by_id[task].time)
        assert likely is not None
        if sd_col is not None:
            sd = cell(sd_col)
            sd = 0.0 if sd is None else sd
            if sd < 0:
                raise fail(f"task {task!r}: the sd {sd:g} is below zero", row)
            means[task], sds[task] = likely, sd
            continue
        low, high = cell(min_col), cell(max_col)
        low = likely if low is None else low
        high = likely if high is None else high
        try:
            mean, sd = (pert if kind == "pert" else triangular)(low, likely, high)
        except ValueError as exc:
            raise fail(f"task {task!r}: {exc}", row) from None
        means[task], sds[task] = mean, sd
    ids = line.task_ids
    return Spread(tuple(means[t] for t in ids), tuple(sds[t] for t in ids))


def read_spread(
    path: str | Path, line: Line, *, sheet: str | None = None, kind: str = "triangular"
) -> Spread:
    """The spread columns of a CSV/XLSX task table already read into ``line``."""
    return spread_from_rows(table_rows(path, sheet=sheet), line, kind)
