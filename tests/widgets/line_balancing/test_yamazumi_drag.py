"""Dragging task blocks on the Yamazumi: allowed moves are one undo step, others are refused."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.widgets.line_balancing.conftest import LCR, record


def drag(qtbot, view, task, station):
    start = view.block_centre(task).toPoint()
    end = view.slot_centre(station).toPoint()
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, start + QPoint(8, 0))
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_allowed_move_is_one_undo_step_and_rescored_at_once(panel, document, qtbot):
    view = panel.yamazumi
    assert panel.state.metrics.station_times[3] == pytest.approx(0.59)
    steps = document.undo_stack.count()
    drag(qtbot, view, "12", 3)  # 12 (0.12 min) from station 5 to station 4: 11 before 12 breaks
    assert "must come before" in panel.move_message.text()
    assert document.undo_stack.count() == steps
    drag(qtbot, view, "9", 4)  # 9 from station 4 to station 5: 0.62 + 0.27 = 0.89 <= 1
    assert document.undo_stack.count() == steps + 1, panel.move_message.text()
    r = record(document)
    assert r.balance[3] == ("7",)
    assert r.balance[4] == ("9", "11", "12")  # 9 is done before 11, which needs it
    assert panel.state.metrics.station_times[3] == pytest.approx(0.32)
    assert [b.task for b in view.data.stations[4]] == ["9", "11", "12"]
    assert "Move task 9 to station 5" in document.undo_stack.undoText()
    document.undo_stack.undo()
    assert record(document).balance == LCR
    assert panel.yamazumi.data.station_times[3] == pytest.approx(0.59)


def test_capacity_and_precedence_refusals_explain_why(panel, document, qtbot):
    view = panel.yamazumi
    before = record(document)
    drag(qtbot, view, "8", 1)  # station 2 (3, 6 = 0.81) + 0.6 > 1.0
    assert "more than the cycle time" in panel.move_message.text()
    drag(qtbot, view, "3", 0)  # fine for capacity? 1.0 + 0.7 > 1: refused too
    assert "cannot go to station 1" in panel.move_message.text()
    assert record(document) == before


def test_drop_on_the_new_station_slot(panel, document, qtbot):
    view = panel.yamazumi
    drag(qtbot, view, "12", len(view.data.stations))  # a new station after station 5
    r = record(document)
    assert len(r.balance) == 6 and r.balance[-1] == ("12",)
    assert panel.state.metrics.station_count == 6
    assert panel.move_message.text() == ""


def test_moving_the_last_task_out_removes_the_station(panel, document):
    assert panel.move_task("12", 5)
    assert panel.move_task("12", 4)  # back into station 5: the empty sixth station goes
    assert len(record(document).balance) == 5


def test_overloaded_station_is_drawn_in_the_warning_colour(panel, document):
    from dataclasses import replace

    from score_desktop.charts.line_balancing import WARNING_COLOUR
    from tests.widgets.line_balancing.conftest import set_record

    r = record(document)
    set_record(document, replace(r, line=replace(r.line, cycle_time=0.9)))
    assert panel.yamazumi.data.overloaded == (0, 2)  # 1.0 and 0.98 > 0.9
    image = panel.yamazumi.grab().toImage()
    rect = next(rc for rc, task, k in panel.yamazumi.blocks if k == 0)
    colours = {
        image.pixelColor(rect.center().toPoint() + QPoint(dx, 0)).name() for dx in range(-6, 7)
    }
    assert WARNING_COLOUR.lower() in colours
    assert "Overloaded" in panel.metrics.text()


def test_balance_by_hand_from_the_tray_of_tasks_in_no_station(panel, document, qtbot):
    from tests.widgets.line_balancing.conftest import groover_record, set_record

    set_record(document, groover_record())  # no balance yet: every task is in the tray
    view = panel.yamazumi
    assert [b.task for b in view.data.unassigned][:3] == ["1", "2", "3"]
    assert any(k == -1 for _, _, k in view.blocks)
    drag(qtbot, view, "1", 0)  # onto the "+ new" slot: station 1
    assert record(document).balance == (("1",),)
    drag(qtbot, view, "3", 1)  # a new station 2
    drag(qtbot, view, "2", 0)
    assert record(document).balance == (("1", "2"), ("3",))
    drag(qtbot, view, "6", 0)  # 6 needs 3, which is in station 2: refused
    assert "task '3' must come before task '6'" in panel.move_message.text()
    assert [b.task for b in view.data.unassigned][:2] == ["4", "5"]
    assert "9 task(s) in no station" in panel.metrics.text()
