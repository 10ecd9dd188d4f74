"""The task table and the precedence graph: edits with undo, problems on rows, import."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from score_desktop.resources import template_path
from score_desktop.widgets.line_balancing.task_model import CHECK, PREDECESSORS, TIME
from tests.widgets.line_balancing.conftest import record

TEMPLATE = template_path("line_balancing_template.csv")


def test_edit_time_undo_redo(panel, document):
    model = panel.model
    assert model.setData(model.index(2, TIME), "0.65")
    assert record(document).line.tasks[2].time == 0.65
    assert "Edit" in document.undo_stack.undoText()
    document.undo_stack.undo()
    assert record(document).line.tasks[2].time == 0.7
    assert model.data(model.index(2, TIME)) == "0.7"
    document.undo_stack.redo()
    assert model.data(model.index(2, TIME)) == "0.65"


def test_unknown_predecessor_and_cycle_are_row_errors(panel, document):
    model = panel.model
    assert model.setData(model.index(0, PREDECESSORS), "99")
    assert model.data(model.index(0, CHECK)).startswith("⚠")
    assert "'99' is not a task" in model.data(model.index(0, CHECK), Qt.ItemDataRole.ToolTipRole)
    assert "see the Check column" in panel.table_error.text()
    document.undo_stack.undo()
    # 1 -> 3 -> 8 -> 9 -> 11 -> 12, then 12 before 1 closes a cycle: typed in, shown on rows
    assert model.setData(model.index(0, PREDECESSORS), "12")
    assert model.data(model.index(0, CHECK)).startswith("⚠")
    assert model.data(model.index(11, CHECK)).startswith("⚠")
    assert model.data(model.index(1, CHECK)) == "✓"  # task 2 is not on the cycle
    assert panel.balancing.run() is None  # the methods refuse a table with problems
    assert "cycle" in panel.table_error.text()


def test_arrow_closing_a_cycle_is_refused_with_a_message(panel, document):
    steps = document.undo_stack.count()
    assert not panel.add_relation("12", "1")
    assert "would close a cycle" in panel.move_message.text()
    assert document.undo_stack.count() == steps
    assert panel.add_relation("5", "6")
    assert "5" in record(document).line.tasks[5].predecessors
    document.undo_stack.undo()
    assert "5" not in record(document).line.tasks[5].predecessors


def test_drawing_an_arrow_on_the_graph(panel, document, qtbot):
    graph = panel.graph
    graph.fit()

    def at(task):
        return graph.mapFromScene(graph.nodes[task].pos())

    viewport = graph.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at("5"))
    qtbot.mouseMove(viewport, at("5") + QPoint(20, 0))
    qtbot.mouseMove(viewport, at("6"))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at("6"))
    assert "5" in record(document).line.tasks[5].predecessors
    # dragging backwards closes a cycle: refused, nothing changes
    before = record(document)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at("12"))
    qtbot.mouseMove(viewport, at("12") + QPoint(-20, 0))
    qtbot.mouseMove(viewport, at("1"))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at("1"))
    assert record(document) == before
    assert "cycle" in panel.move_message.text()


def test_graph_click_selects_the_table_row(panel, qtbot):
    graph = panel.graph
    pos = graph.mapFromScene(graph.nodes["8"].pos())
    qtbot.mouseClick(graph.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert panel.table.currentIndex().row() == 7
    panel.select_task("3")
    assert graph.nodes["3"].isSelected() and not graph.nodes["8"].isSelected()


def test_add_delete_reorder_and_paste(panel, document):
    model = panel.model
    assert model.add_task()
    assert record(document).line.tasks[-1].id == "13"
    assert model.delete_rows([12])
    assert len(record(document).line.tasks) == 12
    assert model.move_row(0, 1)
    assert record(document).line.task_ids[:2] == ("2", "1")
    document.undo_stack.undo()
    # deleting a task removes it from the balance too
    assert model.delete_rows([11])
    assert all("12" not in s for s in record(document).balance)
    document.undo_stack.undo()
    QGuiApplication.clipboard().setText(
        "task\tdescription\ttime\tpredecessors\nA\tFit cap\t0,25\t12\nB\tPack\t0.1\tA\n"
    )
    panel.table.clearSelection()
    panel.paste()
    tasks = record(document).line.tasks
    assert [(t.id, t.time, t.predecessors) for t in tasks[-2:]] == [
        ("A", 0.25, ("12",)),
        ("B", 0.1, ("A",)),
    ]
    assert "Paste" in document.undo_stack.undoText()


def test_rename_task_updates_predecessors_and_balance(panel, document):
    model = panel.model
    assert model.setData(model.index(2, 0), "3a")
    r = record(document)
    assert r.line.tasks[5].predecessors == ("3a",)
    assert "3a" in r.balance[1]
    assert not model.setData(model.index(2, 0), "4")  # duplicate id refused
    assert "already a task" in model.error


def test_import_template_in_a_worker_is_one_undo_step(panel, document, qtbot):
    job = panel.import_file(TEMPLATE)
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    r = record(document)
    assert r.line.task_ids[:3] == ("10", "20", "30")
    assert r.line.time_unit == "min" and r.balance == ()
    assert panel.model.rowCount() == 9
    document.undo_stack.undo()
    assert len(record(document).line.tasks) == 12


def test_import_of_a_bad_file_says_why(panel, document, qtbot, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\x01\x02 binary junk")
    before = record(document)
    job = panel.import_file(bad)
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert record(document) == before
    assert panel.table_error.text()
