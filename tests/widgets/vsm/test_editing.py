"""Placing, moving and connecting icons; editing data with undo and inline validation; links."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QPointF, Qt

from score_desktop.widgets.vsm.content import BOX_W
from score_desktop.widgets.vsm.icons import ProcessItem
from score_desktop.widgets.vsm.scene import MIME
from tests.widgets.vsm.conftest import current, select


def _drag(qtbot, panel, start: QPointF, end: QPointF) -> None:
    vp = panel.view.viewport()
    a, b = panel.view.mapFromScene(start), panel.view.mapFromScene(end)
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, pos=(a + b) / 2)
    qtbot.mouseMove(vp, pos=b)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_place_a_process_from_the_palette_and_undo(panel, document):
    before = len(current(document).steps)
    panel.place("process", 1234, 567, "")
    m = current(document)
    assert len(m.steps) == before + 1
    new = m.steps[-1].name
    assert m.layout[new] == (1230.0, 570.0)  # snapped to the 10-unit grid
    assert isinstance(panel.scene.nodes[new], ProcessItem)
    assert "Add process" in document.undo_stack.undoText()
    document.undo_stack.undo()
    assert len(current(document).steps) == before
    assert new not in panel.scene.nodes


def test_palette_offers_the_icons_as_drag_data(panel):
    items = [panel.palette.item(i) for i in range(panel.palette.count())]
    data = panel.palette.mimeData([items[2]])
    assert bytes(data.data(MIME).data()) == b"fifo"


def test_drop_an_inventory_kind_on_a_process(panel, document):
    panel.place("supermarket", 0, 0, "S. Weld II")
    b = current(document).step("S. Weld II").buffer
    # as many cards as parts on the floor: the book's 1,700 in front of S. Weld II
    assert (b.rule, b.cards) == ("supermarket", 1700)
    panel.place("fifo", 0, 0, "")
    assert panel.message.text() == "Drop an inventory icon on the process it feeds."


def test_drag_moves_an_icon_on_the_grid_in_one_undo_step(qtbot, panel, document):
    item = panel.scene.nodes["S. Weld II"]
    start = item.pos() + QPointF(BOX_W / 2, 10)
    depth = document.undo_stack.count()
    y0 = item.pos().y()
    _drag(qtbot, panel, start, start + QPointF(33, 118))
    qtbot.waitUntil(lambda: "S. Weld II" in current(document).layout)
    x, y = current(document).layout["S. Weld II"]
    assert (x % 10, y % 10) == (0, 0)
    assert abs(y - y0 - 118) <= 10
    assert document.undo_stack.count() == depth + 1
    document.undo_stack.undo()
    assert "S. Weld II" not in current(document).layout


def test_connect_by_dragging_from_one_icon_to_another(qtbot, panel, document):
    panel.actions["connect"].setChecked(True)
    a = panel.scene.nodes["Stamping"].pos() + QPointF(BOX_W / 2, 10)
    b = panel.scene.nodes["Assembly I"].pos() + QPointF(BOX_W / 2, 10)
    depth = document.undo_stack.count()
    _drag(qtbot, panel, a, b)
    qtbot.waitUntil(lambda: document.undo_stack.count() == depth + 1)
    flows = [(f.source, f.target) for f in current(document).flows]
    assert ("Stamping", "Assembly I") in flows
    assert "Connect" in document.undo_stack.undoText()
    assert any(
        getattr(i, "target", "") == "Assembly I" and i.source == "Stamping"
        for i in panel.scene.items()
    )


def test_edit_cycle_time_then_undo(panel, document):
    select(panel, "S. Weld I")
    box = panel.editor.editors["ct_mean"]
    box.setValue(50.0)
    assert current(document).step("S. Weld I").cycle_time.mean == 50.0
    assert panel.scene.nodes["S. Weld I"].view.rows[0].value.startswith("50 s")
    document.undo_stack.undo()
    assert current(document).step("S. Weld I").cycle_time.mean == 39.0
    assert panel.scene.nodes["S. Weld I"].view.rows[0].value.startswith("39 s")


def test_invalid_values_are_refused_with_a_message(panel, document):
    select(panel, "S. Weld I")
    panel.editor.editors["ct_mean"].setValue(0.0)
    assert current(document).step("S. Weld I").cycle_time.mean == 39.0
    assert not panel.editor.error.isHidden()
    assert "cycle time" in panel.editor.error.text() and "> 0" in panel.editor.error.text()
    panel.editor.editors["machines"].setValue(0)
    assert "machines must be a whole number >= 1" in panel.editor.error.text()
    name = panel.editor.editors["name"]
    name.setText("Stamping")
    name.editingFinished.emit()
    assert "already used" in panel.editor.error.text()
    assert current(document).step("S. Weld I").machines == 1


def test_linked_uptime_follows_the_oee_record(panel, document):
    select(panel, "S. Weld II")
    combo = panel.editor.editors["up_ref"]
    combo.setCurrentIndex(combo.findData("Press 2"))
    assert current(document).step("S. Weld II").uptime_ref == "Press 2"
    row = next(r for r in panel.scene.nodes["S. Weld II"].view.rows if r.label == "Uptime")
    assert row.linked == "OEE record Press 2" and not row.broken
    first = row.value
    oee = document.project.oee_records[0]
    document.edit("OEE", lambda p: replace(p, oee_records=(replace(oee, stops=()),)))
    row = next(r for r in panel.scene.nodes["S. Weld II"].view.rows if r.label == "Uptime")
    assert row.value == "100 %" and row.value != first  # no stops: availability 100 %


def test_linked_demand_is_marked_and_a_broken_link_is_flagged(panel, document):
    select(panel, "customer")
    combo = panel.editor.editors["demand_ref"]
    combo.setCurrentIndex(combo.findData("Brackets"))
    assert panel.scene.nodes["customer"].linked == "demand Brackets"
    assert panel.scene.nodes["customer"].lines[0] == "920 pcs/day"
    select(panel, "Stamping")
    m = current(document)
    m2 = __import__("copy").deepcopy(m)
    m2.step("Stamping").cycle_time_ref = "No such line"
    panel._push("link", m2)
    row = panel.scene.nodes["Stamping"].view.rows[0]
    assert row.broken and row.linked == "line No such line"
    assert panel.problems_label.text()  # the map cannot be resolved: the reason is shown


def test_kaizen_burst_added_moved_deleted(panel, document):
    panel.place("kaizen", 400, 100, "")
    m = current(document)
    assert m.kaizen[-1].text == "Kaizen" and (m.kaizen[-1].x, m.kaizen[-1].y) == (400, 100)
    select(panel, f"kaizen:{len(m.kaizen) - 1}")
    text = panel.editor.editors["kaizen_text"]
    text.setText("Quick die change")
    text.editingFinished.emit()
    assert current(document).kaizen[-1].text == "Quick die change"
    panel.delete_selected()
    assert current(document).kaizen == []


def test_copy_as_future_state_and_auto_layout(panel, document):
    name = panel.copy_as_future_state()
    assert name == "Future state (2)" or name.startswith("Future state")
    copy_map = current(document, name)
    assert copy_map.step_names() == current(document).step_names()
    panel.auto_layout()
    layout = current(document).layout
    xs = [layout[s][0] for s in current(document).step_names()]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)


def test_delete_a_step_keeps_the_flow_connected(panel, document):
    select(panel, "S. Weld II")
    panel.delete_selected()
    m = current(document)
    assert "S. Weld II" not in m.step_names()
    assert ("S. Weld I", "Assembly I") in [(f.source, f.target) for f in m.flows]
    assert not panel.problems_label.text()


def _drop(panel, kind: str, scene_point: QPointF) -> None:
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setData(MIME, kind.encode())
    pos = panel.view.mapFromScene(scene_point)
    action = Qt.DropAction.CopyAction
    button, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    vp = panel.view.viewport()
    enter = QDragEnterEvent(pos, action, data, button, mods)
    QApplication.sendEvent(vp, enter)
    QApplication.sendEvent(vp, QDropEvent(QPointF(pos), action, data, button, mods))


def test_drag_from_the_palette_and_drop_on_the_canvas(qtbot, panel, document):
    weld = panel.scene.nodes["S. Weld I"].pos() + QPointF(BOX_W / 2, 20)
    _drop(panel, "supermarket", weld)  # an inventory kind dropped on the step it feeds
    assert current(document).step("S. Weld I").buffer.rule == "supermarket"
    empty = QPointF(600, 60)
    _drop(panel, "kaizen", empty)
    burst = current(document).kaizen[-1]
    assert (burst.x, burst.y) == (600, 60)
    assert panel.palette.item(0).icon().isNull() is False


def test_customer_calendar_is_checked_and_an_open_flow_is_reported(panel, document):
    select(panel, "customer")
    panel.editor.editors["shifts"].setValue(4)  # 4 x 8 h > 24 h
    assert "must not exceed 24 hours" in panel.editor.error.text()
    assert current(document).customer.calendar.shifts_per_day == 2
    assert panel.problems_label.isHidden()
    panel.place("process", 2500, 300, "")  # a process not yet connected
    assert not panel.problems_label.isHidden()
    assert "Process 6" in panel.problems_label.text()


def test_rename_keeps_the_step_selected_and_undo_restores_the_name(panel, document):
    select(panel, "S. Weld I")
    name = panel.editor.editors["name"]
    name.setText("Spot weld 1")
    name.editingFinished.emit()
    assert "Spot weld 1" in current(document).step_names()
    assert panel.editor.title.text() == "<b>Process: Spot weld 1</b>"
    assert ("Stamping", "Spot weld 1") in [(f.source, f.target) for f in current(document).flows]
    document.undo_stack.undo()
    assert "S. Weld I" in current(document).step_names()
