"""The user's whole way with a task table, through the window, for every importer and paste:
import through the panel -> edit -> save -> reopen -> crash (autosave) -> restore.

Issue 20 found that a CSV imported in the window kept its times as text, so the project
could not be saved and its recovery copy could not be restored; these tests go the way a
user goes, so that any importer that gives a record the file cannot hold fails here.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from score_desktop.project import load_project
from score_desktop.project.line_records import line_record_to_json
from score_desktop.resources import template_path
from score_desktop.widgets.line_balancing.panel import LineBalancingPanel
from score_desktop.widgets.line_balancing.task_model import DESCRIPTION, TIME

IN2 = b"4\r\n3\r\n\r\n5\r\n2\r\n4\r\n1,2\r\n1,3\r\n2,4\r\n3,4\r\n-1,-1\r\n"
ALB = (
    "<number of tasks>\r\n3\r\n\r\n<cycle time>\r\n10\r\n\r\n<task times>\r\n1 4\r\n"
    "2 3,5\r\n3 5\r\n\r\n<precedence relations>\r\n1,2\r\n2,3\r\n\r\n<end>\r\n"
)
# Excel in Spain, France or Viet Nam writes ';' between cells and a decimal comma.
SEMICOLON_CSV = (
    "Task;Description;Time (s);Predecessors\r\nA;Cut;12;\r\nB;Bend;7,5;A\r\nC;Pack;3;A B\r\n"
)
PASTED = "task\tdescription\ttime\tpredecessors\n1\tCut\t0,5\t\n2\tBend\t1.25\t1\n3\tPack\t2\t1 2\n"


def _saved(lines) -> list[dict]:
    """The records as the file holds them (an imported task's file row is not kept)."""
    return [line_record_to_json(r) for r in lines]


def _xlsx(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["task", "description", "time (min)", "predecessors"])
    sheet.append([1, "Cut", 0.5, None])
    sheet.append([2, "Bend", "1.25", 1])  # a number typed as text in Excel
    sheet.append([3, "Pack", 2, "1, 2"])
    book.save(path)
    return path


def _source(kind: str, tmp_path: Path) -> Path | None:
    if kind == "csv template":
        return template_path("line_balancing_template.csv")
    if kind == "xlsx template":
        return template_path("line_balancing_template.xlsx")
    if kind == "xlsx typed":
        return _xlsx(tmp_path / "typed.xlsx")
    if kind == "csv semicolon":
        path = tmp_path / "ventas.csv"
        path.write_bytes(SEMICOLON_CSV.encode("cp1252"))
        return path
    if kind == "in2":
        path = tmp_path / "demo.IN2"
        path.write_bytes(IN2)
        return path
    if kind == "alb":
        path = tmp_path / "demo.alb"
        path.write_text(ALB, encoding="latin-1")
        return path
    return None  # paste


def _open_new_line(window) -> LineBalancingPanel:
    window.new_project()
    window.navigator.select("lines", "")
    window.navigator.add_record()
    panel = window.panel
    assert isinstance(panel, LineBalancingPanel), type(panel)
    return panel


KINDS = ["csv template", "csv semicolon", "xlsx template", "xlsx typed", "in2", "alb", "paste"]


@pytest.mark.parametrize("kind", KINDS)
def test_import_edit_save_reopen_crash_restore(window, qtbot, tmp_path, kind):
    panel = _open_new_line(window)
    source = _source(kind, tmp_path)
    if source is None:
        QGuiApplication.clipboard().setText(PASTED)
        panel.table.clearSelection()
        panel.model.delete_rows(list(range(panel.model.rowCount())))
        panel.paste()
    else:
        job = panel.import_file(source)
        with qtbot.waitSignal(job.done, timeout=20_000):
            pass
    assert not panel.table_error.text(), panel.table_error.text()
    line = window.document.project.lines[0].line
    assert line.tasks, kind
    # Every time is a number in the record, whichever way the table came in.
    assert all(isinstance(t.time, int | float) for t in line.tasks), [t.time for t in line.tasks]

    # edit: the first task's time, typed with a decimal comma
    model = panel.model
    assert model.setData(model.index(0, TIME), "0,75"), model.error
    edited = window.document.project
    assert edited.lines[0].line.tasks[0].time == 0.75

    # save, then reopen what was saved
    target = tmp_path / "work.scoreproj"
    assert window._save_to(target), window.errors
    assert not window.errors
    assert _saved(load_project(target).lines) == _saved(edited.lines)
    assert window.open_path(target, confirmed=True)
    assert _saved(window.document.project.lines) == _saved(edited.lines)

    # more work, autosaved, then the session "crashes" (the window is never closed)
    window.navigator.select("lines", edited.lines[0].name)
    model = window.panel.model
    assert model.setData(model.index(0, DESCRIPTION), "Cut and deburr"), model.error
    unsaved = window.document.project
    window.autosave()
    assert window.recovery_file.exists()
    assert "Autosave failed" not in window.statusBar().currentMessage()

    # the next start offers the work back, and it comes back whole
    from score_desktop.widgets.main_window import MainWindow

    window.session_lock.release()  # the crashed session's lock goes with its process

    settings = QSettings(str(tmp_path / "settings2.ini"), QSettings.Format.IniFormat)
    second = MainWindow(settings, window.recovery_folder)
    qtbot.addWidget(second)
    errors: list[tuple[str, str]] = []
    second.show_error = lambda title, message: errors.append((title, message))
    second.ask_restore = lambda _recovery: QMessageBox.StandardButton.Yes
    assert second.offer_recovery(), errors
    assert not errors
    assert _saved(second.document.project.lines) == _saved(unsaved.lines)
    assert second.document.is_modified
    second.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    second.close()


def test_typed_time_agrees_with_the_command_line_reader(tmp_path):
    """The CSV the window imports and the .xlsx of the same table give the same record."""
    from score_desktop.tools.line_balancing import read_line

    csv_path = tmp_path / "t.csv"
    csv_path.write_text("task,description,time (min),predecessors\n1,Cut,0.5,\n2,Bend,1.25,1\n")
    book = openpyxl.Workbook()
    book.active.append(["task", "description", "time (min)", "predecessors"])
    book.active.append([1, "Cut", 0.5, None])
    book.active.append([2, "Bend", 1.25, 1])
    book.save(tmp_path / "t.xlsx")
    a = read_line(csv_path)
    b = read_line(tmp_path / "t.xlsx")
    assert [(t.id, t.time, t.predecessors) for t in a.tasks] == [
        (t.id, t.time, t.predecessors) for t in b.tasks
    ]
    assert all(isinstance(t.time, float) for t in a.tasks)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("0.25", 0.25), ("0,25", 0.25), (" 12 ", 12.0), ("abc", "abc"), ("", None), ("inf", "inf")],
)
def test_typed_time(text, expected):
    from score_desktop.tools.line_balancing.times import typed_time

    assert typed_time(text) == expected
