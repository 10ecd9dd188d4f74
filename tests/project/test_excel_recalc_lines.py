"""Line sheets recalculated by LibreOffice: station times, metrics and the Yamazumi series
equal the engine's, also after a task is moved to another station in the workbook; the
precedence check flags a move before a predecessor; the app re-imports the task sheet."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from score_desktop.project.excel import build_workbook
from score_desktop.project.excel.live import engine_values
from score_desktop.tools.line_balancing.importers import read_xlsx
from tests.libreoffice import formula_cells, recalculated_values, soffice
from tests.project.test_excel_lines import LCR, project
from tests.project.test_excel_recalc_oee_takt import mismatches

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def task_row(ws, task_id: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=1).value == task_id)


def moved(balance, task: str, to: int):
    """The balance with ``task`` moved to station ``to`` (1-based)."""
    out = [[t for t in s if t != task] for s in balance]
    out[to - 1].append(task)
    return tuple(tuple(s) for s in out)


def test_every_formula_cell_equals_the_engine(tmp_path: Path) -> None:
    wb = build_workbook(project())
    expected = engine_values(wb)
    wb.save(tmp_path / "lines.xlsx")
    assert set(formula_cells(load_workbook(tmp_path / "lines.xlsx"))) == set(expected)
    lo = recalculated_values(tmp_path / "lines.xlsx", tmp_path)
    assert mismatches(lo, expected) == []


@pytest.mark.parametrize(("task", "to", "violations"), [("12", 4, 1), ("7", 3, 0)])
def test_a_task_moved_in_the_workbook(tmp_path: Path, task, to, violations) -> None:
    path = tmp_path / "lines.xlsx"
    build_workbook(project()).save(path)
    wb = load_workbook(path)
    ws = wb["Groover tasks"]
    ws.cell(row=task_row(ws, task), column=5).value = to
    wb.save(path)
    lo = recalculated_values(path, tmp_path)
    # the same move made in the app
    app = project()
    record = dataclasses.replace(app.lines[0], balance=moved(LCR, task, to))
    changed = dataclasses.replace(app, lines=(record, app.lines[1]))
    expected = engine_values(build_workbook(changed))
    # the station sheet and the checks follow (the "tasks at export" text does not)
    assert mismatches(lo, expected) == []
    stations = lo["Groover stations"]
    labels = {stations.cell(row=r, column=1).value: r for r in range(1, 40)}
    assert stations.cell(row=labels["Tasks before a predecessor"], column=2).value == violations
    check = lo["Groover tasks"].cell(row=task_row(lo["Groover tasks"], task), column=6).value
    assert check == ("before a predecessor" if violations else "OK")


def test_the_app_reimports_its_task_sheet(tmp_path: Path) -> None:
    path = tmp_path / "lines.xlsx"
    build_workbook(project()).save(path)
    line = read_xlsx(path, sheet="Groover tasks")
    original = project().lines[0].line
    assert [(t.id, t.time, t.predecessors, t.description) for t in line.tasks] == [
        (t.id, t.time, t.predecessors, t.description) for t in original.tasks
    ]
    assert line.time_unit == "min"
