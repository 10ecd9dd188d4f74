"""OEE in the workbook: a summary sheet with the trend, and one sheet per OEE record."""

from __future__ import annotations

from typing import Any

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.workbook import Workbook

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL3,
    INTEGER,
    PERCENT,
    column_widths,
    key_values,
    put_text,
    section,
    sheet_name,
    table,
    title,
)
from score_desktop.project.records import OeeRecord, Project
from score_desktop.tools.stop_log import (
    LOSS_LABELS,
    downtime_pareto,
    evaluate_shift,
    iso22400_for_shift,
)

WORLD_CLASS = 0.85


def write_oee_summary(wb: Workbook, project: Project, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name("OEE summary", taken))
    row = title(
        ws,
        "OEE summary",
        "One row per OEE record; factors by the shop-floor "
        "definition (Vorne / Nakajima). World class: 85 %.",
    )
    headers = (
        "Record",
        "Machine",
        "Date / shift",
        "Planned time (min)",
        "Run time (min)",
        "Availability",
        "Performance",
        "Quality",
        "OEE",
        "World class",
        "Status",
    )
    formats = (
        None,
        None,
        None,
        DECIMAL1,
        DECIMAL1,
        PERCENT,
        PERCENT,
        PERCENT,
        PERCENT,
        PERCENT,
        None,
    )
    rows: list[tuple[Any, ...]] = []
    for record in project.oee_records:
        try:
            r = evaluate_shift(record).result
        except ValueError as exc:
            rows.append(
                (
                    record.name,
                    record.machine,
                    record.date,
                    record.planned_time_min,
                    None,
                    None,
                    None,
                    None,
                    None,
                    WORLD_CLASS,
                    f"Input error: {exc}",
                )
            )
            continue
        rows.append(
            (
                record.name,
                record.machine,
                record.date,
                r.planned_time,
                r.run_time,
                r.availability,
                r.performance,
                r.quality,
                r.oee,
                WORLD_CLASS,
                "OK",
            )
        )
    first, end = table(ws, row, headers, rows, formats)
    ws.freeze_panes = ws.cell(row=first, column=2)
    column_widths(ws, (24, 16, 14, 12, 12, 12, 12, 10, 10, 11, 40))
    if rows:
        chart = LineChart()
        chart.title = "OEE trend"
        chart.y_axis.title = "Percent of planned time"
        chart.y_axis.number_format = "0%"
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 1
        data = Reference(ws, min_col=6, max_col=10, min_row=first - 1, max_row=end - 1)
        chart.add_data(data, titles_from_data=True)
        chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=end - 1))
        chart.height, chart.width = 9, 22
        ws.add_chart(chart, ws.cell(row=end + 2, column=1).coordinate)


def write_oee_record(wb: Workbook, record: OeeRecord, taken: set[str]) -> None:
    ws = wb.create_sheet(sheet_name(f"OEE {record.name}", taken))
    row = title(
        ws, f"OEE: {record.name}", " · ".join(x for x in (record.machine, record.date) if x)
    )
    ws.freeze_panes = "A4"  # the title stays in view
    row = section(ws, row, "Inputs")
    row = key_values(
        ws,
        row,
        [
            ("Shift length", record.shift_length_min, "min", DECIMAL1),
            ("Planned breaks", record.planned_breaks_min, "min", DECIMAL1),
            ("Planned production time", record.planned_time_min, "min", DECIMAL1),
            ("Ideal cycle time", record.ideal_cycle_time_s, "s/part", DECIMAL3),
            ("Total count", record.total_count, "parts", INTEGER),
            ("Good count", record.good_count, "parts", INTEGER),
            ("Start-up rejects", record.startup_rejects, "parts", INTEGER),
            ("Minor-stop threshold", record.minor_stop_threshold_min, "min", DECIMAL1),
            ("Calendar time (TEEP)", record.calendar_time_min, "min", DECIMAL1),
        ],
    )
    if record.notes:
        put_text(ws, row, 1, "Notes")
        put_text(ws, row, 2, record.notes)
        row += 1
    row += 1
    try:
        shift = evaluate_shift(record)
        iso = iso22400_for_shift(record)
    except ValueError as exc:
        row = section(ws, row, "Results")
        put_text(ws, row, 1, f"OEE cannot be computed: {exc}")
        _write_stops(ws, row + 2, record)
        column_widths(ws, (28, 14, 22, 22, 16))
        return
    r = shift.result
    row = section(ws, row, "Results (shop-floor definition)")
    factors_first = row
    row = key_values(
        ws,
        row,
        [
            ("Availability", r.availability, "", PERCENT),
            ("Performance", r.performance, "", PERCENT),
            ("Quality", r.quality, "", PERCENT),
            ("OEE", r.oee, "", PERCENT),
        ],
    )
    factors_last = row - 1
    row = key_values(
        ws,
        row,
        [
            ("OOE (shift time denominator)", r.ooe, "", PERCENT),
            ("TEEP (calendar time denominator)", r.teep, "", PERCENT),
            ("Run time", r.run_time, "min", DECIMAL1),
            ("Fully productive time", r.fully_productive_time, "min", DECIMAL1),
        ],
    )
    row += 1
    row = section(ws, row, "Results (ISO 22400-2)")
    row = key_values(
        ws,
        row,
        [
            ("Availability (APT / PBT)", iso.availability, "", PERCENT),
            ("Effectiveness (not capped)", iso.effectiveness, "", PERCENT),
            ("Quality ratio", iso.quality_ratio, "", PERCENT),
            ("OEE index", iso.oee_index, "", PERCENT),
            ("NEE", iso.nee, "", PERCENT),
        ],
    )
    row += 1
    row = section(ws, row, "Six big losses (planned time to fully productive time)")
    losses = [
        (LOSS_LABELS[k], v)
        for k, v in zip(
            LOSS_LABELS,
            (
                shift.losses.breakdowns,
                shift.losses.setup_adjustment,
                shift.losses.minor_stops,
                shift.losses.reduced_speed,
                shift.losses.defects,
                shift.losses.startup_rejects,
            ),
            strict=True,
        )
    ]
    _, row = table(
        ws,
        row,
        ("Loss", "Time (min)", "Share of planned time"),
        [(name, minutes, minutes / r.planned_time) for name, minutes in losses],
        (None, DECIMAL1, PERCENT),
    )
    row += 1
    chart = BarChart()
    chart.title = "OEE = A × P × Q"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.legend = None
    chart.add_data(Reference(ws, min_col=2, min_row=factors_first, max_row=factors_last))
    chart.set_categories(Reference(ws, min_col=1, min_row=factors_first, max_row=factors_last))
    chart.height, chart.width = 7.5, 12
    ws.add_chart(chart, "F4")
    row = _write_stops(ws, row, record)
    _write_pareto(ws, row + 1, shift.stops)
    column_widths(ws, (30, 14, 22, 22, 16))


def _write_stops(ws, row: int, record: OeeRecord) -> int:
    row = section(ws, row, "Stop log")
    _, end = table(
        ws,
        row,
        ("Start (min from shift start)", "Duration (min)", "Reason", "Logged as"),
        [
            (s.start_min, s.duration_min, s.reason, LOSS_LABELS.get(s.category, s.category))
            for s in record.stops
        ],
        (DECIMAL1, DECIMAL1, None, None),
    )
    return end


def _write_pareto(ws, row: int, stops) -> None:
    bars = downtime_pareto(stops)
    row = section(ws, row, "Downtime Pareto by reason")
    first, end = table(
        ws,
        row,
        ("Reason", "Downtime (min)", "Stops", "Cumulative share"),
        [(b.reason, b.minutes, b.occurrences, b.cumulative_share) for b in bars],
        (None, DECIMAL1, INTEGER, PERCENT),
    )
    if not bars:
        return
    bar = BarChart()
    bar.title = "Downtime Pareto"
    bar.y_axis.title = "Downtime (min)"
    bar.add_data(
        Reference(ws, min_col=2, min_row=first - 1, max_row=end - 1), titles_from_data=True
    )
    bar.set_categories(Reference(ws, min_col=1, min_row=first, max_row=end - 1))
    line = LineChart()
    line.add_data(
        Reference(ws, min_col=4, min_row=first - 1, max_row=end - 1), titles_from_data=True
    )
    line.y_axis.axId = 200
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    line.y_axis.title = "Cumulative share"
    bar += line
    bar.height, bar.width = 8, 16
    ws.add_chart(bar, ws.cell(row=row - 1, column=6).coordinate)
