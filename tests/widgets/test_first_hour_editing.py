"""Editing that fought the user in issue 20, done the user's way (keys, clicks, the menu)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QMessageBox

from score_desktop.project import load_project, save_project
from score_desktop.resources import example_path
from score_desktop.widgets.forms import FIELD_ERROR_BASE
from score_desktop.widgets.line_balancing.panel import LineBalancingPanel
from score_desktop.widgets.line_balancing.task_model import TIME
from tests.widgets.conftest import sample_project
from tests.widgets.line_balancing.conftest import LCR, dispose, groover_record, record


@pytest.fixture
def oee(qtbot):
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.oee_panel import OeePanel

    panel = OeePanel(Document(sample_project()), "Press 2")
    qtbot.addWidget(panel)
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def type_into(qtbot, widget, text: str, key=Qt.Key.Key_Return) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, key)


# -- a refused value stays in its field, drawn --------------------------------------------
def test_refused_value_stays_visible_in_its_field(oee, qtbot):
    form = oee.form
    good = form.editors["good_count"]
    type_into(qtbot, good, "99000")
    assert "exceeds total count" in form.error_text
    assert oee.document.project.oee_records[0].good_count == 18848  # not applied
    assert good.text() == "99,000 parts"  # the typed value is kept ...
    assert good.lineEdit().width() > good.width() / 2  # ... and has room to be drawn
    base = good.lineEdit().palette().color(QPalette.ColorRole.Base)
    assert base == QColor(FIELD_ERROR_BASE)
    label = form.layout().labelForField(good)
    assert "b00020" in label.styleSheet()
    picture = good.grab().toImage()
    dark = sum(
        1
        for x in range(picture.width())
        for y in range(picture.height())
        if QColor(picture.pixel(x, y)).lightness() < 100
    )
    assert dark > 50, "the refused text is not drawn"
    type_into(qtbot, good, "18000")  # a good value clears the mark
    assert not form.error_text
    assert good.lineEdit().palette().color(QPalette.ColorRole.Base) != QColor(FIELD_ERROR_BASE)


# -- the stop log and the task table are filled by keyboard ----------------------------------
def _edit_cells_by_keyboard(qtbot, table, values) -> None:
    """F2 on the current cell, then type each value and press Tab, as a user does."""
    qtbot.keyClick(table, Qt.Key.Key_F2)
    for value in values:
        editor = table.window().focusWidget()
        assert editor is not None and editor is not table, "no cell editor open"
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, value)
        qtbot.keyClick(editor, Qt.Key.Key_Tab)


def test_stop_log_is_filled_with_tab(oee, qtbot):
    table = oee.stop_table
    table.setFocus()
    table.setCurrentIndex(oee.stop_model.index(0, 0))
    _edit_cells_by_keyboard(qtbot, table, ["25", "7,5", "Jam"])
    stop = oee.document.project.oee_records[0].stops[0]
    assert (stop.start_min, stop.duration_min, stop.reason) == (25.0, 7.5, "Jam")
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 3)
    # (qt_log_level_fail makes "commitData called with an editor that does not belong to
    # this view" fail this test)
    table.setCurrentIndex(oee.stop_model.index(1, 1))
    _edit_cells_by_keyboard(qtbot, table, ["ten"])
    assert "must be a number of minutes" in oee.stop_error.text()
    assert oee.stop_error.isVisible()


def test_stop_minutes_with_decimal_comma_or_thousands():
    from score_desktop.widgets.stop_log_model import minutes

    assert minutes("7,5") == 7.5
    assert minutes("1,250.5") == 1250.5
    assert minutes("1,250") == 1250.0
    assert minutes(" 12 ") == 12.0
    with pytest.raises(ValueError):
        minutes("ten")


def test_task_table_is_filled_with_tab(qtbot):
    from score_desktop.project import Project
    from score_desktop.widgets.document import Document

    document = Document(Project(lines=(groover_record(),)))
    panel = LineBalancingPanel(document, "Groover")
    panel.resize(1280, 800)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    try:
        table = panel.table
        table.setFocus()
        table.setCurrentIndex(panel.model.index(0, TIME))
        _edit_cells_by_keyboard(qtbot, table, ["0,25"])
        assert record(document).line.tasks[0].time == 0.25
        assert table.currentIndex().column() == TIME + 1
    finally:
        dispose(panel)


# -- the Edit menu after a drag on the Yamazumi ----------------------------------------------
def _drag(qtbot, view, task, station):
    start = view.block_centre(task).toPoint()
    end = view.slot_centre(station).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(8, 0))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


@pytest.fixture
def groover_window(window, tmp_path):
    from score_desktop.project import Project

    path = tmp_path / "groover.scoreproj"
    save_project(Project(lines=(groover_record(),)), path)
    assert window.open_path(path, confirmed=True)
    window.navigator.select("lines", "Groover")
    assert isinstance(window.panel, LineBalancingPanel)
    return window


def test_edit_menu_follows_undo_after_a_drag(groover_window, qtbot):
    window, panel = groover_window, groover_window.panel
    panel.apply_stations(LCR, "lcr")
    assert window.undo_action.text() == "&Undo Balance (lcr)"
    _drag(qtbot, panel.yamazumi, "9", 4)
    assert window.undo_action.text() == "&Undo Move task 9 to station 5"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert record(window.document).balance == LCR
    assert window.undo_action.text() == "&Undo Balance (lcr)"
    assert window.redo_action.isEnabled()
    assert window.redo_action.text() == "&Redo Move task 9 to station 5"
    window.undo_action.trigger()  # the menu item undoes what it says: the balance
    assert record(window.document).balance == ()
    window.redo_action.trigger()
    window.redo_action.trigger()
    assert record(window.document).balance != LCR  # the move is back


# -- no old state in new views -----------------------------------------------------------
def test_classroom_badges_leave_with_use_this_balance_and_with_a_run(groover_window, qtbot):
    panel = groover_window.panel
    controls = panel.classroom
    controls.method.setCurrentIndex(controls.method.findData("rpw"))
    assert controls.start()
    controls.next_button.click()
    assert any(n.mark or n.priority for n in panel.graph.nodes.values())
    while controls.next_button.isEnabled():
        controls.next_button.click()
    controls.use_result.emit(controls.final_stations())
    assert not controls.active
    assert not any(n.mark or n.priority for n in panel.graph.nodes.values())
    assert controls.start()
    controls.next_button.click()
    controls.stop()
    panel.balancing.set_method("lcr")
    job = panel.balancing.run()
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert not any(n.mark or n.priority for n in panel.graph.nodes.values())


def test_run_status_refused_move_and_saved_name_do_not_linger(groover_window, qtbot):
    window, panel = groover_window, groover_window.panel
    panel.balancing.set_method("exact")
    job = panel.balancing.run()
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert "Optimal: 5 stations" in panel.balancing.status.text()
    _drag(qtbot, panel.yamazumi, "12", 0)  # 11 must come before 12: refused
    assert panel.move_message.text()
    window.undo_action.trigger()  # undo the balance: its sentence and the refusal go
    assert panel.move_message.text() == ""
    assert panel.balancing.status.text() == ""
    window.redo_action.trigger()  # the same balance again: its sentence is true again
    assert "Optimal: 5 stations" in panel.balancing.status.text()
    panel.alternatives.name.setText("RPW")
    assert panel.save_alternative("RPW")
    assert panel.alternatives.name.text() == ""
    # a new line starts clean
    window.navigator.add_record()
    new_panel = window.panel
    assert new_panel is not panel and isinstance(new_panel, LineBalancingPanel)
    assert new_panel.balancing.status.text() == ""
    assert new_panel.move_message.text() == ""
    # and an import into a balanced line drops the old sentence
    window.navigator.select("lines", "Groover")
    assert "Optimal" in window.panel.balancing.status.text()
    window.panel.model.edit_record(
        "Change tasks", lambda r: replace(r, line=replace(r.line, tasks=r.line.tasks[:-1]))
    )
    assert window.panel.balancing.status.text() == ""


# -- the start page --------------------------------------------------------------------------
def test_recent_projects_show_names_and_open_on_double_click(window, qtbot, tmp_path):
    path = tmp_path / "week 48.scoreproj"
    save_project(load_project(example_path("acme-stamping.scoreproj")), path)
    window._add_recent(str(path))
    window.set_document(None)
    recent = window.start_page.recent_list
    item = recent.item(0)
    assert item.text().startswith("Acme Stamping – press and welding cell\n")
    rect = recent.visualItemRect(item)
    # a double click is a press, a release, then the second press as a double click
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.document is not None, timeout=5000)
    assert window.document.path == path
    window.ask_save_changes = lambda: QMessageBox.StandardButton.Discard


def test_project_title_falls_back_to_the_file_name(tmp_path):
    from score_desktop.widgets.start_page import project_title

    broken = tmp_path / "broken.scoreproj"
    broken.write_text("{not json")
    assert project_title(broken) == "broken"
    assert project_title(tmp_path / "missing.scoreproj") == "missing"
    named = tmp_path / "named.scoreproj"
    named.write_text('{"format_version": 4, "meta": {"company": "X", "name": "Línea \\"A\\""}}')
    assert project_title(named) == 'Línea "A"'
