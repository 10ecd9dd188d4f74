"""The Qt-free parts: Yamazumi chart for PNG/reports, graph columns, row problems, step view."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matplotlib.figure import Figure

from score_desktop.charts.line_balancing import WARNING_COLOUR, draw_yamazumi, station_colour
from score_desktop.project import Project
from score_desktop.tools.line_balancing import line_steps, run_steps
from score_desktop.tools.line_balancing.model import Task
from score_desktop.widgets.line_balancing import table_edits
from score_desktop.widgets.line_balancing.workspace import (
    line_state,
    precedence_columns,
    step_view,
    yamazumi_data,
)
from tests.widgets.line_balancing.conftest import LCR, groover_record


def test_yamazumi_chart_draws_a_block_per_task_and_the_cycle_time():
    record = groover_record(LCR)
    state = line_state(Project(lines=(record,)), record)
    figure = Figure()
    ax = draw_yamazumi(figure, yamazumi_data(state))
    assert len(ax.patches) == 12  # one bar segment per task
    assert [round(y, 6) for y in ax.lines[0].get_ydata()] == [1.0, 1.0]
    assert {t.get_text() for t in ax.texts} >= {str(i) for i in range(1, 13)}


def test_overloaded_station_in_warning_colour():
    record = groover_record(LCR)
    record = replace(record, line=replace(record.line, cycle_time=0.95))
    state = line_state(Project(lines=(record,)), record)
    data = yamazumi_data(state)
    assert data.overloaded == (0, 2)  # 1.0 and 0.98 min > 0.95 min
    ax = draw_yamazumi(Figure(), data)
    colours = {tuple(round(c, 3) for c in p.get_facecolor()[:3]) for p in ax.patches}
    warn = tuple(round(int(WARNING_COLOUR[i : i + 2], 16) / 255, 3) for i in (1, 3, 5))
    assert warn in colours
    assert station_colour(None) == "#FFFFFF"


def test_kilbridge_wester_columns_match_groover():
    # Groover Table 15.4: columns I: 1, 2; II: 3, 4, 5; III: 6, 7, 8; IV: 9, 10; V: 11; VI: 12
    assert precedence_columns(groover_record().line) == [1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 6]


def test_columns_and_row_problems_survive_a_cycle_and_an_unknown_predecessor():
    record = groover_record()
    tasks = list(record.line.tasks)
    tasks[0] = replace(tasks[0], predecessors=("12",))  # 1 -> ... -> 12 -> 1
    tasks[1] = replace(tasks[1], predecessors=("X",))
    record = table_edits.with_tasks(record, tasks)
    state = line_state(Project(lines=(record,)), record)
    assert state.instance is None
    assert len(precedence_columns(record.line)) == 12
    assert "'X' is not a task" in state.row_problems[1][0]


def test_relation_closing_a_cycle_is_refused():
    record = groover_record()
    with pytest.raises(ValueError, match="close a cycle"):
        table_edits.add_relation(record, "11", "3")
    assert "8" in table_edits.add_relation(record, "8", "12").line.tasks[11].predecessors


def test_pasted_rows_from_excel():
    tasks = table_edits.parse_pasted_rows("A\tcut\t1,5\t\n\t\t2\tA B\n", "7")
    assert tasks == [Task("A", 1.5, (), "cut"), Task("7", 2.0, ("A", "B"), "")]


def test_step_view_at_the_end_is_the_result():
    line = groover_record().line
    steps, _ = run_steps(line_steps(line, "lcr"))
    view = step_view(line, steps, len(steps), line.to_instance().time_scale)
    assert view.stations == [list(s) for s in LCR]
    assert step_view(line, steps, 0, 100).stations == []
