"""Saved alternatives and their comparison, the station-count table, takt link, save/load,
the lines in the main window."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from score_desktop.project import DemandRecord, load_project, save_project
from score_desktop.resources import example_path
from score_desktop.tools.line_balancing.station_table import station_count_table
from tests.widgets.line_balancing.conftest import (
    LCR,
    dispose,
    groover_record,
    record,
    set_record,
)

EXAMPLE = example_path("classroom-line-balancing.scoreproj")


def test_save_compare_restore_delete_alternatives(panel, document):
    view = panel.alternatives
    panel.chart_tabs.setCurrentWidget(view)  # the comparison is filled while it is shown
    assert panel.save_alternative("LCR by hand")
    assert panel.move_task("12", 5)
    assert panel.save_alternative("six stations")
    r = record(document)
    assert [a.name for a in r.alternatives] == ["LCR by hand", "six stations"]
    assert r.alternatives[0].stations == LCR and r.alternatives[0].cycle_time == 1.0
    headers = [view.table.horizontalHeaderItem(c).text() for c in range(view.table.columnCount())]
    assert headers == ["current", "LCR by hand", "six stations"]
    rows = [view.table.verticalHeaderItem(r).text() for r in range(view.table.rowCount())]
    efficiency = rows.index("Balance efficiency")
    assert view.table.item(efficiency, 1).text() == "80.0 %"  # Groover: Eb = 4.0 / (5 x 1.0)
    assert view.table.item(efficiency, 2).text() == "66.7 %"  # 4.0 / (6 x 1.0)
    assert len(view.small_views) == 3
    assert len(view.small_views[2].data.stations) == 6
    assert panel.restore_alternative("LCR by hand")
    assert record(document).balance == LCR
    assert panel.delete_alternative("six stations")
    assert [a.name for a in record(document).alternatives] == ["LCR by hand"]
    document.undo_stack.undo()
    assert len(record(document).alternatives) == 2
    assert not panel.save_alternative("  ")
    assert "needs a name" in panel.move_message.text()


def test_station_count_table_in_a_worker(panel, qtbot):
    table = panel.station_table
    job = table.compute()
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    expected = station_count_table(record(panel.document).line.to_instance())
    assert [r.stations for r in table.rows] == [r.stations for r in expected]
    assert table.table.rowCount() == len(expected)
    first = expected[0]
    assert table.table.item(0, 1).text() == f"{first.cycle_time / 100:.4g}"
    assert table.table.item(0, 2).text() == f"{first.efficiency * 100:.1f} %"


def test_cycle_time_from_takt_follows_the_demand(panel, document):
    # 400 min a day, 200 units a day: takt 2 min (Stevenson's shop)
    demand = DemandRecord(
        "Shop", demand=200, shift_length_min=400, breaks_per_shift_min=0, efficiency=1.0
    )
    document.set_project(replace(document.project, demands=(demand,)))
    settings = panel.settings
    settings.takt.setCurrentIndex(settings.takt.findData("Shop"))
    settings.takt.activated.emit(settings.takt.currentIndex())
    assert record(document).takt_demand == "Shop"
    assert panel.state.cycle.value == pytest.approx(2.0)
    assert settings.cycle.isReadOnly()
    assert panel.yamazumi.data.cycle_time == pytest.approx(2.0)
    document.set_project(replace(document.project, demands=(replace(demand, demand=400),)))
    assert panel.state.cycle.value == pytest.approx(1.0)


def test_typed_cycle_time_and_station_count(panel, document):
    panel.settings.cycle.setValue(1.2)
    assert record(document).line.cycle_time == 1.2
    document.undo_stack.undo()
    assert record(document).line.cycle_time == 1.0
    panel.settings.stations.setValue(5)
    assert record(document).line.station_count == 5


def test_lines_save_and_load_round_trip(tmp_path, document):
    r = replace(groover_record(LCR), balance_method="lcr", notes="class 3")
    r = replace(r, line=replace(r.line, source="Groover Example 15.2"))
    from score_desktop.widgets.line_balancing.table_edits import save_alternative

    r = save_alternative(r, "LCR", 1.0)
    set_record(document, r)
    path = tmp_path / "lines.scoreproj"
    save_project(document.project, path)
    loaded = load_project(path)
    assert loaded.lines == document.project.lines


def close_window(window) -> None:
    """Close the main window, delete the panels it replaced and collect their Python garbage
    in this test, not a later one (qtbot deletes the window itself)."""
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_example_project_opens_in_the_window(window):
    assert window.open_path(EXAMPLE)
    window.navigator.select("lines", "")
    from score_desktop.widgets.line_balancing.overview import LinesOverviewPanel
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel

    assert isinstance(window.panel, LinesOverviewPanel)
    assert window.panel.table.rowCount() == 3
    window.navigator.select("lines", "2 Stevenson 12 tasks")
    assert isinstance(window.panel, LineBalancingPanel)
    assert window.panel.state.cycle.source == "takt"
    assert window.panel.state.cycle.value == pytest.approx(2.0)
    assert not window.panel.state.problems
    close_window(window)


def test_panel_settings_survive_the_windows_rebuild(window):
    """The main window builds a new panel after each edit: tab and zoom are kept."""
    window.open_path(EXAMPLE)
    window.navigator.select("lines", "1 Groover 12 elements")
    window.panel.chart_tabs.setCurrentIndex(1)
    window.panel.graph.zoom(2.0)
    zoom = window.panel.graph.transform().m11()
    window.panel.model.add_task()
    assert window.panel.chart_tabs.currentIndex() == 1
    assert window.panel.graph.transform().m11() == pytest.approx(zoom)
    close_window(window)


def test_a_new_empty_line_can_be_filled(qtbot):
    from score_desktop.project import Project
    from score_desktop.project.edits import new_record
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel

    project = Project()
    line = new_record("lines", project)
    document = Document(replace(project, lines=(line,)))
    panel = LineBalancingPanel(document, line.name)
    try:
        assert panel.balancing.run() is None
        assert "empty" in panel.table_error.text()
        panel.add_task()
        panel.add_task()
        assert panel.model.rowCount() == 2
        assert panel.model.setData(panel.model.index(1, 2), "1")  # 2 after 1
        assert panel.move_task("1", 0) and panel.move_task("2", 1)
        assert document.project.lines[0].balance == (("1",), ("2",))
    finally:
        dispose(panel)
