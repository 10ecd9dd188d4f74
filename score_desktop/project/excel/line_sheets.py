"""Excel sheets of a line: the task table, the stations with the metrics, a Yamazumi chart.

The Yamazumi is a native stacked-bar chart: series k holds the k-th task of every station
(its time), so each station's bar stacks its tasks in order; the cycle time is a line
series over the bars. The task ids of each block are listed in the station table.
"""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import BarChart, LineChart, Reference

from score_desktop.project.excel.cells import (
    DECIMAL3,
    PERCENT,
    column_widths,
    key_values,
    put,
    put_text,
    section,
    sheet_name,
    table,
    title,
)
from score_desktop.project.line_records import LineRecord
from score_desktop.project.links import LinkError, line_takt
from score_desktop.project.records import Project
from score_desktop.tools.line_balancing.metrics import balance_metrics
from score_desktop.tools.line_balancing.model import parse_time
from score_desktop.tools.line_balancing.validation import validate_line


def effective_cycle_time(project: Project, record: LineRecord) -> tuple[float | None, str]:
    """The cycle time the line is balanced for, and where it comes from (in words)."""
    if not record.takt_demand:
        return record.line.cycle_time, "typed in"
    try:
        return line_takt(project, record), f'takt of demand "{record.takt_demand}"'
    except LinkError as exc:
        return None, str(exc)


def write_line_record(wb: Workbook, project: Project, record: LineRecord, taken: set[str]) -> None:
    """Two sheets: "<line> tasks" and "<line> stations" (with metrics and the chart)."""
    line = record.line
    unit = line.time_unit
    u = f" ({unit})" if unit else ""
    cycle, source = effective_cycle_time(project, record)
    station_of = {t: k + 1 for k, s in enumerate(record.balance) for t in s}

    ws = wb.create_sheet(sheet_name(f"{record.name} tasks", taken))
    row = title(ws, record.name, "Line balancing: task table")
    row = key_values(
        ws,
        row,
        [
            ("Cycle time", cycle, unit, DECIMAL3),
            ("Cycle time from", source, "", None),
            ("Station count (SALBP-2)", line.station_count, "", None),
            ("Source", line.source, "", None),
            ("Notes", record.notes, "", None),
        ],
    )
    rows = [
        (
            t.id,
            t.description,
            parse_time(t.time) if parse_time(t.time) is not None else str(t.time or ""),
            ", ".join(t.predecessors),
            station_of.get(t.id),
        )
        for t in line.tasks
    ]
    table(
        ws,
        row + 1,
        ["Task", "Description", f"Time{u}", "Predecessors", "Station"],
        rows,
        [None, None, DECIMAL3, None, None],
    )
    column_widths(ws, (14, 40, 12, 20, 10))

    ws = wb.create_sheet(sheet_name(f"{record.name} stations", taken))
    row = title(ws, record.name, "Line balancing: stations, metrics and Yamazumi chart")
    problems = validate_line(line.with_cycle_time(cycle)) if line.tasks else []
    if not record.balance or problems:
        why = problems[0].message if problems else "the line has no balance yet"
        put_text(ws, row, 1, f"No balance to show: {why}")
        return
    instance = line.with_cycle_time(cycle).to_instance()
    index = line.index_of()
    stations = [[index[t] for t in s if t in index] for s in record.balance]
    m = balance_metrics(instance, stations)
    row = section(ws, row, f"Balance ({record.balance_method or 'manual'})")
    row = key_values(
        ws,
        row,
        [
            ("Stations", m.station_count, "", None),
            ("Theoretical minimum stations", m.theoretical_min_stations, "", None),
            ("Cycle time", m.cycle_time, unit, DECIMAL3),
            ("Largest station time", m.max_station_time, unit, DECIMAL3),
            ("Work content", m.work_content, unit, DECIMAL3),
            ("Balance efficiency", m.efficiency, "", PERCENT),
            ("Balance delay", m.balance_delay, "", PERCENT),
            ("Total idle time", m.total_idle_time, unit, DECIMAL3),
            (
                "Smoothness index (from the largest station time)",
                m.smoothness_index,
                unit,
                DECIMAL3,
            ),
        ],
    )
    _station_table(ws, row + 1, record, m, unit)


def _station_table(ws, row: int, record: LineRecord, m, unit: str) -> None:
    u = f" ({unit})" if unit else ""
    times = {t.id: parse_time(t.time) or 0.0 for t in record.line.tasks}
    depth = max(len(s) for s in record.balance)
    headers = ["Station", "Tasks", f"Station time{u}", f"Idle time{u}", f"Cycle time{u}"]
    headers += [f"Task {k + 1}{u}" for k in range(depth)]
    rows = []
    for k, station in enumerate(record.balance):
        values = [
            f"Station {k + 1}",
            ", ".join(station),
            m.station_times[k],
            m.idle_times[k],
            m.cycle_time,
        ]
        values += [times[t] for t in station] + [None] * (depth - len(station))
        rows.append(values)
    first, end = table(ws, row, headers, rows, [None, None] + [DECIMAL3] * (3 + depth))
    for r in range(first, end):  # a station's Tasks cell is user text
        put_text(ws, r, 2, str(ws.cell(row=r, column=2).value or ""))
    column_widths(ws, (22, 30, 14, 12, 12, *([9] * depth)))
    bars = BarChart()
    bars.type = "col"
    bars.grouping = "stacked"
    bars.overlap = 100
    bars.title = "Yamazumi: station times"
    bars.y_axis.title = f"Time{u}"
    bars.x_axis.title = "Station"
    data = Reference(ws, min_col=6, max_col=5 + depth, min_row=row, max_row=end - 1)
    bars.add_data(data, titles_from_data=True)
    cats = Reference(ws, min_col=1, min_row=first, max_row=end - 1)
    bars.set_categories(cats)
    cycle = LineChart()
    cycle.add_data(Reference(ws, min_col=5, min_row=row, max_row=end - 1), titles_from_data=True)
    cycle.series[0].graphicalProperties.line.solidFill = "000000"
    cycle.series[0].graphicalProperties.line.width = 28575
    bars += cycle
    bars.height, bars.width = 9, 18
    ws.add_chart(bars, ws.cell(row=end + 2, column=1).coordinate)
    put(ws, end, 1, "Tasks of each block: see the Tasks column (bottom to top).")
