"""Classroom mode: the step-through reaches the plain run's balance; presentation view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from score_desktop.tools.line_balancing import run_heuristic, stations_to_ids
from score_desktop.widgets.line_balancing.task_model import PRIORITY
from tests.widgets.line_balancing.conftest import LCR, record


def start(panel, method):
    controls = panel.classroom
    controls.method.setCurrentIndex(controls.method.findData(method))
    assert controls.start()
    return controls


@pytest.mark.parametrize("method", ["rpw", "lcr", "kw", "comsoal"])
def test_step_through_reaches_the_plain_run(panel, method):
    controls = start(panel, method)
    line = record(panel.document).line
    plain = run_heuristic(line.to_instance(), method, iterations=1)  # one COMSOAL pass
    expected = stations_to_ids(line, plain.stations)
    while controls.next_button.isEnabled():
        controls.next_button.click()
    assert controls.shown == len(controls.steps)
    assert controls.view().stations == expected
    assert [[b.task for b in s] for s in panel.yamazumi.data.stations] == expected
    assert controls.final_stations() == expected


def test_each_step_highlights_candidates_priorities_and_the_chosen_task(panel):
    controls = start(panel, "rpw")
    assert not panel.table.isColumnHidden(PRIORITY)
    controls.next_button.click()
    view = controls.view()
    # RPW weights (Groover Example 15.5): element 2 = 0.4 + 0.1 + 0.3 + 0.6 + 0.27 + 0.38
    # + 0.5 + 0.12 = 2.67 min, element 1 = 0.2 + 0.7 + 0.1 + 0.11 + 0.32 + 0.6 + 0.27 + 0.38
    # + 0.5 + 0.12 = 3.3 min: element 1 is chosen first
    assert view.priorities == {"1": "3.3", "2": "2.67"}
    assert view.chosen == {"1"}
    chosen = next(iter(view.chosen))
    assert panel.graph.nodes[chosen].mark == "chosen"
    assert panel.graph.nodes[chosen].priority == view.priorities[chosen]
    row = record(panel.document).line.task_ids.index(chosen)
    assert panel.model.data(panel.model.index(row, PRIORITY)) == view.priorities[chosen]
    assert [b.task for b in panel.yamazumi.data.stations[0]] == [chosen]
    assert controls.explanation.text() == controls.steps[0].reason
    assert "positional weight" in controls.explanation.text()
    controls.next_button.click()
    controls.prev_button.click()
    assert controls.shown == 1 and controls.view().chosen == view.chosen


def test_play_runs_to_the_end_and_stops(panel, qtbot):
    controls = start(panel, "lcr")
    controls.timer.setInterval(1)
    controls.play_button.setChecked(True)
    qtbot.waitUntil(lambda: not controls.play_button.isChecked(), timeout=10_000)
    assert controls.shown == len(controls.steps)


def test_speed_control_sets_the_interval(panel):
    controls = panel.classroom
    controls.speed.setValue(20)
    assert controls.timer.interval() == 200
    controls.speed.setValue(1)
    assert controls.timer.interval() == 4000


def test_use_the_stepped_balance_and_leave_classroom_mode(panel):
    controls = start(panel, "kw")
    controls.use_button.click()
    assert record(panel.document).balance_method == "classroom"
    assert not controls.active  # the line changed: the step-through ends
    assert panel.table.isColumnHidden(PRIORITY)


def test_no_dragging_while_stepping(panel):
    start(panel, "rpw")
    assert not panel.move_task("12", 5)
    assert record(panel.document).balance == LCR


def test_presentation_view_mirrors_the_step_and_takes_keys(panel, qtbot):
    controls = start(panel, "rpw")
    window = panel.present(full_screen=False)
    qtbot.waitExposed(window)
    assert window.yamazumi.large and window.graph.large
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert controls.shown == 2
    assert window.explanation.text() == controls.steps[1].reason
    assert window.graph.nodes.keys() == panel.graph.nodes.keys()
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert controls.shown == 1
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert panel.presentation is None
