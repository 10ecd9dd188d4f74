"""Excel sheets of a line: the task table (an Excel table) and the live station sheet.

The task table starts in cell A1 with the columns the app's importer reads (task,
description, time, predecessors), so the app re-imports it; its Station column is where a
consultant moves a task. Station times are SUMIFS over that column, the metrics follow,
and so does the Yamazumi chart: series k holds task k's time in the station it is in (0
elsewhere), stacked per station, with the cycle time as a line. A check column per task
marks precedence violations, and conditional formatting marks stations over the cycle time.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill

from score_desktop.project.excel.cells import (
    DECIMAL3,
    INTEGER,
    PERCENT,
    column_widths,
    new_sheet,
    put,
    put_text,
    section,
    sheet_count,
    sheet_name,
    title,
)
from score_desktop.project.excel.charts import plain_lines
from score_desktop.project.excel.live import (
    column_ref,
    excel_table,
    formula,
    input_cell,
    name_cell,
    quoted,
    validation,
)
from score_desktop.project.line_records import LineRecord
from score_desktop.project.links import LinkError, line_takt
from score_desktop.project.records import Project
from score_desktop.tools.line_balancing.metrics import balance_metrics
from score_desktop.tools.line_balancing.model import parse_time
from score_desktop.tools.line_balancing.validation import validate_line

OK, BEFORE, UNASSIGNED = "OK", "before a predecessor", "not assigned"
#: Above this many tasks the Yamazumi shows station totals (one series per task gets unwieldy).
YAMAZUMI_TASK_LIMIT = 60
WARNING_FILL = PatternFill("solid", fgColor="F4B6B6")
WARNING_FONT = Font(bold=True, color="9C0006")


def effective_cycle_time(project: Project, record: LineRecord) -> tuple[float | None, str]:
    """The cycle time the line is balanced for, and where it comes from (in words)."""
    if not record.takt_demand:
        return record.line.cycle_time, "typed in"
    try:
        return line_takt(project, record), f'takt of demand "{record.takt_demand}"'
    except LinkError as exc:
        return None, str(exc)


def task_headers(unit: str) -> tuple[str, ...]:
    u = f" ({unit})" if unit else ""
    return ("Task", "Description", f"Time{u}", "Predecessors", "Station", "Precedence check")


def write_line_record(wb: Workbook, project: Project, record: LineRecord, taken: set[str]) -> None:
    """Two sheets: "<line> tasks" and "<line> stations" (with metrics and the chart)."""
    line = record.line
    unit = line.time_unit
    cycle, source = effective_cycle_time(project, record)
    station_of = {t: k + 1 for k, s in enumerate(record.balance) for t in s}
    tasks_ws = new_sheet(wb, sheet_name(f"{record.name} tasks", taken))
    table_name = f"Tasks{sheet_count(wb)}"
    headers = task_headers(unit)
    first, last = excel_table(tasks_ws, table_name, 1, headers, len(line.tasks))
    tasks_ws.freeze_panes = "B2"
    row_of: dict[str, int] = {}
    for i, task in enumerate(line.tasks):
        row_of.setdefault(task.id, first + i)
    times = validation(tasks_ws, "decimal", "greaterThan", "0", message="A time above 0.")
    stations = validation(
        tasks_ws, "whole", "greaterThanOrEqual", "1", message="A station number from 1."
    )
    for i, task in enumerate(line.tasks):
        r = first + i
        put_text(tasks_ws, r, 1, task.id)
        put_text(tasks_ws, r, 2, task.description)
        time = parse_time(task.time)
        input_cell(tasks_ws, r, 3, time if time is not None else str(task.time or ""), DECIMAL3,
                   validation=times)  # fmt: skip
        put_text(tasks_ws, r, 4, ", ".join(task.predecessors))
        input_cell(tasks_ws, r, 5, station_of.get(task.id), INTEGER, validation=stations)
        preds = ",".join(f"E{row_of[p]}" for p in task.predecessors if p in row_of)
        rule = f'IF(MAX({preds})<=E{r},"{OK}","{BEFORE}")' if preds else f'"{OK}"'
        expected = _precedence(task, station_of)
        formula(tasks_ws, r, 6, f'=IF(E{r}="","{UNASSIGNED}",{rule})', expected)
    tasks_ws.conditional_formatting.add(
        f"F{first}:F{last}",
        FormulaRule(formula=[f'AND(F{first}<>"",F{first}<>"{OK}")'], fill=WARNING_FILL,
                    font=WARNING_FONT),
    )  # fmt: skip
    column_widths(tasks_ws, (14, 40, 12, 20, 10, 20))
    # nothing below the table: the app's importer reads this sheet back as a task list
    ws = new_sheet(wb, sheet_name(f"{record.name} stations", taken))
    _stations_sheet(ws, record, cycle, source, table_name, tasks_ws, row_of)


def _precedence(task, station_of: dict[str, int]) -> str:
    mine = station_of.get(task.id)
    if mine is None:
        return UNASSIGNED
    before = [station_of[p] for p in task.predecessors if p in station_of]
    return OK if max(before, default=0) <= mine else BEFORE


def _stations_sheet(ws, record, cycle, source, table_name, tasks_ws, row_of) -> None:
    line, unit = record.line, record.line.time_unit
    row = title(ws, record.name, "Line balancing: stations, metrics and Yamazumi chart")
    problems = validate_line(line.with_cycle_time(cycle)) if line.tasks else []
    if not record.balance or problems:
        why = problems[0].message if problems else "the line has no balance yet"
        row = section(ws, row, "Not yet balanced")
        put_text(ws, row, 1, f"No balance to show: {why}")
        put_text(ws, row + 1, 1, "Balance the line in the app, then export again.")
        return
    instance = line.with_cycle_time(cycle).to_instance()
    index = line.index_of()
    m = balance_metrics(instance, [[index[t] for t in s if t in index] for s in record.balance])
    row = section(ws, row, "Input (orange cells may be changed)")
    put_text(ws, row, 1, "Cycle time")
    positive = validation(ws, "decimal", "greaterThan", "0", message="A time above 0.")
    input_cell(ws, row, 2, cycle, DECIMAL3, name="CycleTime", validation=positive)
    put_text(ws, row, 3, f"{unit} ({source}; empty: the largest station time)")
    row += 2
    time_col = column_ref(table_name, task_headers(unit)[2])
    station_col = column_ref(table_name, "Station")
    check_col = column_ref(table_name, "Precedence check")
    n = len(record.balance)
    station_of = {t: k + 1 for k, s in enumerate(record.balance) for t in s}
    before = sum(_precedence(t, station_of) == BEFORE for t in line.tasks)
    stations_first = row + 17  # the station table below the metrics
    station_times = f"$C${stations_first}:$C${stations_first + n - 1}"
    row = section(ws, row, f"Balance ({record.balance_method or 'manual'}); metrics are live")
    metrics = [
        ("Stations", f"=MAX({station_col})", m.station_count, "", INTEGER, "Stations"),
        ("Work content", f"=SUM({time_col})", m.work_content, unit, DECIMAL3, "WorkContent"),
        ("Largest station time", f"=MAX({station_times})", m.max_station_time, unit, DECIMAL3,
         "LargestStation"),
        ("Cycle time used", "=IF(CycleTime>0,CycleTime,LargestStation)", m.cycle_time, unit,
         DECIMAL3, "CycleUsed"),
        ("Theoretical minimum stations",
         "=IF(ABS(WorkContent/CycleUsed-ROUND(WorkContent/CycleUsed,0))<=1E-9,"
         "ROUND(WorkContent/CycleUsed,0),ROUNDUP(WorkContent/CycleUsed,0))",
         m.theoretical_min_stations, "", INTEGER, None),
        ("Balance efficiency", "=WorkContent/(Stations*CycleUsed)", m.efficiency, "", PERCENT,
         "Efficiency"),
        ("Balance delay", "=1-Efficiency", m.balance_delay, "", PERCENT, None),
        ("Total idle time", "=Stations*CycleUsed-WorkContent", m.total_idle_time, unit, DECIMAL3,
         None),
        ("Efficiency at the bottleneck", "=WorkContent/(Stations*LargestStation)",
         m.efficiency_at_bottleneck, "", PERCENT, None),
        ("Smoothness index (from the largest station time)",
         f"=SQRT(SUMPRODUCT((LargestStation-{station_times})^2))", m.smoothness_index, unit,
         DECIMAL3, None),
        ("Stations over the cycle time", f'=COUNTIF({station_times},">"&CycleUsed)',
         len(m.overloaded_stations), "stations", INTEGER, None),
        ("Tasks before a predecessor", f'=COUNTIF({check_col},"{BEFORE}")', before, "tasks",
         INTEGER, None),
        ("Tasks not assigned", f'=COUNTIF({check_col},"{UNASSIGNED}")', len(m.unassigned_tasks),
         "tasks", INTEGER, None),
    ]  # fmt: skip
    for label, text, expected, u, fmt, name in metrics:
        put_text(ws, row, 1, label)
        formula(ws, row, 2, text, expected, fmt)
        if u:
            put_text(ws, row, 3, u)
        if name:
            name_cell(ws, name, row)
        row += 1
    _station_table(ws, stations_first - 1, record, m, table_name, tasks_ws, row_of)


def _station_table(ws, row, record, m, table_name, tasks_ws, row_of) -> None:
    line, unit = record.line, record.line.time_unit
    u = f" ({unit})" if unit else ""
    headers = ["Station", "Tasks at export", f"Station time{u}", f"Idle time{u}",
               f"Cycle time{u}"]  # fmt: skip
    tasks = list(dict.fromkeys(row_of))
    yamazumi = len(tasks) <= YAMAZUMI_TASK_LIMIT
    if yamazumi:
        headers += [f"Task {t}{u}" for t in tasks]
    first, last = excel_table(ws, f"Stations{table_name[5:]}", row, headers, len(record.balance))
    time_col = column_ref(table_name, task_headers(unit)[2])
    station_col = column_ref(table_name, "Station")
    src = quoted(tasks_ws)
    station_of = {t: k + 1 for k, s in enumerate(record.balance) for t in s}
    times = {t.id: parse_time(t.time) or 0.0 for t in line.tasks}
    for k, station in enumerate(record.balance):
        r = first + k
        put(ws, r, 1, k + 1, INTEGER)
        put_text(ws, r, 2, ", ".join(station))
        formula(ws, r, 3, f"=SUMIFS({time_col},{station_col},A{r})", m.station_times[k], DECIMAL3)
        formula(ws, r, 4, f"=CycleUsed-C{r}", m.idle_times[k], DECIMAL3)
        formula(ws, r, 5, "=CycleUsed", m.cycle_time, DECIMAL3)
        if yamazumi:
            for j, t in enumerate(tasks):
                task_row = row_of[t]
                expected = times[t] if station_of.get(t) == k + 1 else 0
                formula(ws, r, 6 + j, f"=IF({src}$E${task_row}=$A{r},{src}$C${task_row},0)",
                        expected, DECIMAL3)  # fmt: skip
    ws.conditional_formatting.add(
        f"C{first}:C{last}",
        CellIsRule(operator="greaterThan", formula=["CycleUsed"], fill=WARNING_FILL,
                   font=WARNING_FONT),
    )  # fmt: skip
    column_widths(ws, (30, 22, 14, 12, 12, *([9] * (len(tasks) if yamazumi else 0))))
    bars = BarChart()
    bars.type = "col"
    bars.grouping = "stacked"
    bars.overlap = 100
    bars.title = "Yamazumi: station times"
    bars.y_axis.title = f"Time{u}"
    bars.x_axis.title = "Station"
    if yamazumi:
        data = Reference(ws, min_col=6, max_col=5 + len(tasks), min_row=row, max_row=last)
    else:
        data = Reference(ws, min_col=3, min_row=row, max_row=last)
    bars.add_data(data, titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    plain_lines(bars)
    for series in bars.series:  # task blocks: grey with white edges, readable in grey scale
        series.graphicalProperties.solidFill = "A6A6A6"
        series.graphicalProperties.line.solidFill = "FFFFFF"
    cycle = LineChart()
    cycle.add_data(Reference(ws, min_col=5, min_row=row, max_row=last), titles_from_data=True)
    plain_lines(cycle)
    cycle.series[0].graphicalProperties.line.solidFill = "000000"
    cycle.series[0].graphicalProperties.line.width = 28575
    bars += cycle
    bars.legend = None
    bars.height, bars.width = 9, 18
    ws.add_chart(bars, ws.cell(row=last + 3, column=1).coordinate)
    put_text(ws, last + 1, 1, "Move a task: change its Station on the tasks sheet.")
