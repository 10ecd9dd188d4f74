"""The window follows typed change notices: a rename changes one navigator item, an edit
elsewhere costs an open line panel nothing, and selection and view state follow a renamed
record."""

from __future__ import annotations

from dataclasses import replace

from score_desktop.project import OeeRecord, Project
from score_desktop.project.changes import Changes
from score_desktop.project.edits import rename_record, replace_record
from score_desktop.project.line_records import LineRecord
from score_desktop.tools.line_balancing import Line, Task
from score_desktop.widgets.document import Document
from score_desktop.widgets.line_balancing.panel import LineBalancingPanel
from score_desktop.widgets.navigator import ID_ROLE, Navigator


def _project() -> Project:
    line = Line((Task("A", 5.0), Task("B", 7.0, ("A",))), 20.0, name="Final", time_unit="s")
    return Project(
        oee_records=tuple(OeeRecord(f"Machine {i}") for i in range(5)),
        lines=(LineRecord("Final", line),),
    )


def test_every_edit_sends_one_notice_before_changed(qtbot):
    document = Document(_project())
    seen: list[object] = []
    document.notice.connect(seen.append)
    document.changed.connect(lambda: seen.append("changed"))
    document.edit("Rename", lambda p: rename_record(p, "oee_records", 1, "Press"))
    assert isinstance(seen[0], Changes) and seen[1] == "changed"
    (change,) = seen[0]
    assert (change.kind, change.old_name, change.name) == ("renamed", "Machine 1", "Press")
    assert change.record == document.record_id("oee_records", "Press")
    document.undo_stack.undo()
    assert document.record_name("oee_records", change.record) == "Machine 1"


def test_a_rename_changes_one_item_and_keeps_the_selection(qtbot):
    document = Document(_project())
    navigator = Navigator(document)
    qtbot.addWidget(navigator)
    assert navigator.select("oee_records", "Machine 3")
    item = navigator.tree.currentItem()
    opened: list[tuple[str, str]] = []
    navigator.selected.connect(lambda s, n: opened.append((s, n)))
    assert navigator.rename("oee_records", "Machine 3", "Press 3")
    assert navigator.tree.currentItem() is item and item.text(0) == "Press 3"  # not rebuilt
    assert opened == [("oee_records", "Press 3")]
    document.undo_stack.undo()  # the record keeps its place in the tree and the selection
    assert navigator.tree.currentItem() is item and item.text(0) == "Machine 3"
    assert navigator.current() == ("oee_records", "Machine 3")
    rid = item.data(0, ID_ROLE)
    navigator.delete_current()  # removing rebuilds; the section stays selected
    assert document.record_name("oee_records", rid) is None
    assert navigator.current() == ("oee_records", "")


def test_an_open_line_panel_ignores_edits_elsewhere_and_keeps_its_view_through_a_rename(qtbot):
    document = Document(_project())
    panel = LineBalancingPanel(document, "Final")
    qtbot.addWidget(panel)
    refreshed: list[int] = []
    original = panel.refresh
    panel.refresh = lambda: (refreshed.append(1), original())[1]
    document.notice.disconnect(panel._follow)
    document.notice.connect(panel._follow)
    document.edit(
        "Edit OEE",
        lambda p: replace_record(p, "oee_records", 0, replace(p.oee_records[0], total_count=9)),
    )
    assert refreshed == []
    line = document.project.lines[0]
    faster = replace(line, line=replace(line.line, cycle_time=30.0))
    document.edit("Cycle time", lambda p: replace_record(p, "lines", 0, faster))
    assert refreshed == [1]
    panel.tabs.setCurrentIndex(1)
    document.edit("Rename line", lambda p: rename_record(p, "lines", 0, "Final assembly"))
    again = LineBalancingPanel(document, "Final assembly")  # as the window opens it anew
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 1


def test_a_simulation_run_follows_its_map_through_a_rename(qtbot):
    from score_desktop.project import load_project
    from score_desktop.resources import example_path

    document = Document(load_project(example_path("acme-value-stream.scoreproj")))
    m = document.project.value_streams[0]
    document.session.remember_results(m, "results")
    document.edit("Rename map", lambda p: rename_record(p, "value_streams", 0, "As is"))
    assert document.session.results_of(document.project.value_streams[0]) == "results"
    document.undo_stack.undo()
    assert document.session.results_of(document.project.value_streams[0]) == "results"


def test_the_window_follows_a_rename_of_the_open_line_and_keeps_its_tab(window):
    from score_desktop.resources import example_path

    assert window.open_path(example_path("classroom-line-balancing.scoreproj"))
    name = window.document.project.lines[0].name
    window.navigator.select("lines", name)
    panel = window.panel
    assert isinstance(panel, LineBalancingPanel) and panel.record_name == name
    panel.tabs.setCurrentIndex(1)
    assert window.navigator.rename("lines", name, "Renamed line")
    assert window.panel.record_name == "Renamed line"
    assert window.panel.tabs.currentIndex() == 1
    window.document.undo_stack.undo()  # the window stays on the line, under its old name
    assert window.navigator.current() == ("lines", name)
    assert window.panel.record_name == name and window.panel.tabs.currentIndex() == 1
