"""OEE in the workbook: one live sheet per OEE record, and a summary sheet with the trend.

Every result on a record's sheet is a formula over its input cells and its stop log (an
Excel table): change a count or a stop and OEE, the ISO 22400 figures and the six-loss
waterfall follow. The stop log's "Counted as" column applies the minor-stop threshold the
way the app does (docs/oee-and-takt.md); the losses are SUMIFS over it. The summary
sheet references each record's cells, so its trend chart follows too.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL1,
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
    table,
    title,
)
from score_desktop.project.excel.charts import plain_lines
from score_desktop.project.excel.live import (
    choice,
    column_ref,
    excel_table,
    formula,
    input_cell,
    name_cell,
    validation,
)
from score_desktop.project.records import OeeRecord
from score_desktop.tools.stop_log import (
    LOSS_LABELS,
    ShiftOee,
    classify_stops,
    downtime_pareto,
    evaluate_shift,
    iso22400_for_shift,
)

WORLD_CLASS = 0.85
STOP_HEADERS = ("Start (min)", "Duration (min)", "Reason", "Logged as", "Counted as")
BREAKDOWNS, SETUPS, MINOR = (
    LOSS_LABELS[k] for k in ("breakdown", "setup_adjustment", "minor_stop")
)


@dataclass
class OeeCells:
    """Where one record's figures are on its sheet (for the summary's references)."""

    sheet: str
    cells: dict[str, str] = field(default_factory=dict)
    status: str = "OK"


@dataclass
class OeeSheets:
    """The OEE part of one export: the summary's reserved name and each record's cells."""

    summary_name: str
    records: list[tuple[OeeRecord, OeeCells]] = field(default_factory=list)


#: The OEE part of each export in progress, by workbook: the OEE tool's sheets fill it, the
#: takt sheets (written after them) read it to link to a record's OEE cell.
_EXPORTS: WeakKeyDictionary[Workbook, OeeSheets] = WeakKeyDictionary()


def reserve_summary(taken: set[str], wb: Workbook | None = None) -> OeeSheets:
    """Reserve the summary's name first, so that it stays "OEE summary"; with ``wb``, the
    result is remembered as that workbook's OEE sheets (see :func:`oee_sheets_of`)."""
    sheets = OeeSheets(sheet_name("OEE summary", taken))
    if wb is not None:
        _EXPORTS[wb] = sheets
    return sheets


def oee_sheets_of(wb: Workbook) -> OeeSheets | None:
    """The OEE sheets already written into ``wb`` by :func:`reserve_summary`'s export."""
    return _EXPORTS.get(wb)


def write_oee_record(
    wb: Workbook, record: OeeRecord, taken: set[str], sheets: OeeSheets | None = None
) -> OeeCells:
    """A live sheet for one OEE record; returns where its figures are."""
    ws = new_sheet(wb, sheet_name(f"OEE {record.name}", taken))
    title(ws, f"OEE: {record.name}", " · ".join(x for x in (record.machine, record.date) if x))
    ws.freeze_panes = "A4"  # the title stays in view
    try:
        shift: ShiftOee | None = evaluate_shift(record)
        iso = iso22400_for_shift(record)
        status = "OK"
    except ValueError as exc:
        shift, iso, status = None, None, f"Input error: {exc}"
    out = OeeCells(ws.title, status=status)
    c = out.cells
    stop_table = f"StopLog{sheet_count(wb)}"
    row = _inputs(ws, record, c)
    row = _results(ws, row + 1, record, shift, iso, c, status, stop_table)
    row = _stop_log(ws, row + 1, record, stop_table)
    _pareto(ws, row + 1, record)
    column_widths(ws, (34, 14, 22, 22, 16))
    if sheets is not None:
        sheets.records.append((record, out))
    return out


def _inputs(ws: Worksheet, record: OeeRecord, c: dict[str, str]) -> int:
    row = section(ws, 4, "Inputs (orange cells may be changed)")
    positive = validation(ws, "decimal", "greaterThan", "0", message="Enter a time above 0.")
    count = validation(
        ws, "whole", "greaterThanOrEqual", "0", message="Enter a count of 0 or more."
    )
    rows = [
        ("shift", "Shift length", record.shift_length_min, "min", DECIMAL1, "ShiftLength",
         positive),
        ("breaks", "Planned breaks", record.planned_breaks_min, "min", DECIMAL1, "PlannedBreaks",
         validation(ws, "decimal", "between", "0", "$B$5", "Breaks: 0 up to the shift length.")),
        ("planned", "Planned production time", None, "min", DECIMAL1, None, None),
        ("ict", "Ideal cycle time", record.ideal_cycle_time_s, "s/part", DECIMAL3,
         "IdealCycleTime", positive),
        ("total", "Total count", record.total_count, "parts", INTEGER, "TotalCount", count),
        ("good", "Good count", record.good_count, "parts", INTEGER, "GoodCount",
         validation(ws, "whole", "between", "0", "$B$9", "Good count: 0 up to the total count.")),
        ("startup", "Start-up rejects", record.startup_rejects, "parts", INTEGER, "StartupRejects",
         validation(ws, "whole", "between", "0", "$B$9-$B$10",
                    "Start-up rejects: 0 up to the rejects (total - good).")),
        ("threshold", "Minor-stop threshold", record.minor_stop_threshold_min, "min", DECIMAL1,
         "MinorStopThreshold",
         validation(ws, "decimal", "greaterThanOrEqual", "0", message="Enter 0 or more minutes.")),
        ("calendar", "Calendar time (TEEP)", record.calendar_time_min, "min", DECIMAL1,
         "CalendarTime",
         validation(ws, "decimal", "greaterThanOrEqual", "$B$5",
                    "Calendar time: at least the shift length.")),
    ]  # fmt: skip
    for key, label, value, unit, fmt, name, rule in rows:
        put_text(ws, row, 1, label)
        put_text(ws, row, 3, unit)
        if key == "planned":
            c[key] = formula(ws, row, 2, "=ShiftLength-PlannedBreaks", record.planned_time_min, fmt)
        else:
            c[key] = input_cell(ws, row, 2, value, fmt, name=name, validation=rule)
        row += 1
    if record.notes:
        put_text(ws, row, 1, "Notes")
        put_text(ws, row, 2, record.notes)
    return row + 1


def _results(ws, row, record, shift, iso, c, status, stop_table: str) -> int:
    r: Any = shift.result if shift is not None else None
    lo: Any = shift.losses if shift is not None else None

    def v(getter: Callable[[], Any]) -> Any:
        return None if shift is None else getter()

    row = section(ws, row, "Results (shop-floor definition)")
    put_text(ws, row, 1, "Input check")
    put_text(ws, row, 2, status)
    row += 1
    lines = [
        ("stop", "Stop time (breakdowns + setups)", "=Breakdowns+Setups", v(lambda: r.stop_time),
         "min", DECIMAL1),
        ("run", "Run time", f"={c['planned']}-StopTime", v(lambda: r.run_time), "min", DECIMAL1),
        ("net", "Net run time (ideal time of all parts)",
         "=MIN(IdealCycleTime/60*TotalCount,RunTime)", v(lambda: r.net_run_time), "min", DECIMAL1),
        ("full", "Fully productive time", "=MIN(IdealCycleTime/60*GoodCount,NetRunTime)",
         v(lambda: r.fully_productive_time), "min", DECIMAL1),
        ("availability", "Availability", f"=RunTime/{c['planned']}", v(lambda: r.availability),
         "", PERCENT),
        ("performance", "Performance", "=IF(RunTime>0,NetRunTime/RunTime,1)",
         v(lambda: r.performance), "", PERCENT),
        ("quality", "Quality", "=IF(TotalCount>0,GoodCount/TotalCount,1)", v(lambda: r.quality),
         "", PERCENT),
        ("oee", "OEE", "=Availability*Performance*Quality", v(lambda: r.oee), "", PERCENT),
        ("ooe", "OOE (shift time denominator)", f"=OverallOEE*{c['planned']}/ShiftLength",
         v(lambda: r.ooe), "", PERCENT),
        ("teep", "TEEP (calendar time denominator)",
         f'=IF(CalendarTime>0,OverallOEE*{c["planned"]}/CalendarTime,"")', v(lambda: r.teep), "",
         PERCENT),
    ]  # fmt: skip
    names = {
        "stop": "StopTime",
        "run": "RunTime",
        "net": "NetRunTime",
        "full": "FullyProductiveTime",
        "availability": "Availability",
        "performance": "Performance",
        "quality": "Quality",
        "oee": "OverallOEE",
    }
    row = _formula_rows(ws, row, lines, c, names)
    row = section(ws, row + 1, "Results (ISO 22400-2)")
    iso_lines = [
        ("iso_a", "Availability (APT / PBT)", f"=RunTime/{c['planned']}",
         None if iso is None else iso.availability, "", PERCENT),
        ("iso_e", "Effectiveness (not capped)",
         "=IF(RunTime>0,IdealCycleTime/60*TotalCount/RunTime,1)",
         None if iso is None else iso.effectiveness, "", PERCENT),
        ("iso_q", "Quality ratio", "=Quality", None if iso is None else iso.quality_ratio, "",
         PERCENT),
        ("iso_oee", "OEE index", "=IsoAvailability*Effectiveness*Quality",
         None if iso is None else iso.oee_index, "", PERCENT),
        ("iso_nee", "NEE",
         f"=MIN(RunTime+Setups,{c['planned']})/{c['planned']}*Effectiveness*Quality",
         None if iso is None else iso.nee, "", PERCENT),
    ]  # fmt: skip
    row = _formula_rows(
        ws, row, iso_lines, c, {"iso_a": "IsoAvailability", "iso_e": "Effectiveness"}
    )
    row = section(ws, row + 1, "Six big losses (planned time down to fully productive time)")
    counted = column_ref(stop_table, "Counted as")
    duration = column_ref(stop_table, "Duration (min)")

    def sumifs(label: str) -> str:
        return f'SUMIFS({duration},{counted},"{label}")'

    loss_rows = [
        ("breakdowns", BREAKDOWNS, f"={sumifs(BREAKDOWNS)}", v(lambda: lo.breakdowns)),
        ("setups", SETUPS, f"={sumifs(SETUPS)}", v(lambda: lo.setup_adjustment)),
        ("minor", MINOR, f"=MIN({sumifs(MINOR)},RunTime-NetRunTime)", v(lambda: lo.minor_stops)),
        ("speed", LOSS_LABELS["reduced_speed"], "=RunTime-NetRunTime-MinorStops",
         v(lambda: lo.reduced_speed)),
        ("defects", LOSS_LABELS["defects"], "=NetRunTime-FullyProductiveTime-StartupLoss",
         v(lambda: lo.defects)),
        ("startup_loss", LOSS_LABELS["startup_rejects"],
         "=MIN(StartupRejects*IdealCycleTime/60,NetRunTime-FullyProductiveTime)",
         v(lambda: lo.startup_rejects)),
    ]  # fmt: skip
    _, first = table(ws, row, ("Loss", "Time (min)", "Share of planned time"), [], ())
    row = first
    loss_names = {
        "breakdowns": "Breakdowns",
        "setups": "Setups",
        "minor": "MinorStops",
        "startup_loss": "StartupLoss",
    }
    for key, label, text, expected in loss_rows:
        put_text(ws, row, 1, label)
        c[key] = formula(ws, row, 2, text, expected, DECIMAL1)
        share = None if expected is None else expected / r.planned_time
        formula(ws, row, 3, f"=B{row}/{c['planned']}", share, PERCENT)
        if key in loss_names:
            name_cell(ws, loss_names[key], row, 2)
        row += 1
    chart = BarChart()
    chart.title = "OEE = A × P × Q"
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.legend = None
    a_row = int(c["availability"].split("$")[-1])
    chart.add_data(Reference(ws, min_col=2, min_row=a_row, max_row=a_row + 3))
    chart.set_categories(Reference(ws, min_col=1, min_row=a_row, max_row=a_row + 3))
    chart.height, chart.width = 7.5, 12
    plain_lines(chart)
    ws.add_chart(chart, "F4")
    losses = BarChart()
    losses.title = "Six big losses"
    losses.y_axis.title = "Time (min)"
    losses.legend = None
    losses.add_data(Reference(ws, min_col=2, min_row=first, max_row=row - 1))
    losses.set_categories(Reference(ws, min_col=1, min_row=first, max_row=row - 1))
    losses.height, losses.width = 7.5, 12
    plain_lines(losses)
    ws.add_chart(losses, "F20")
    return row


def _formula_rows(ws, row, lines, c, names) -> int:
    for key, label, text, expected, unit, fmt in lines:
        put_text(ws, row, 1, label)
        c[key] = formula(ws, row, 2, text, expected, fmt, bold=key == "oee")
        if unit:
            put_text(ws, row, 3, unit)
        if key in names:
            name_cell(ws, names[key], row, 2)
        row += 1
    return row


def _stop_log(ws, row: int, record: OeeRecord, name: str) -> int:
    row = section(ws, row, "Stop log (an Excel table: add rows at its end)")
    first, last = excel_table(ws, name, row, STOP_HEADERS, len(record.stops))
    counted: list[str | None]
    try:
        counted = [
            LOSS_LABELS[s.category]
            for s in classify_stops(record.stops, record.minor_stop_threshold_min)
        ]
    except ValueError:
        counted = [None] * len(record.stops)
    minutes = validation(
        ws, "decimal", "greaterThanOrEqual", "0", message="Enter 0 or more minutes."
    )
    logged = choice(ws, list(LOSS_LABELS.values()), "Pick one of the six big losses.")
    for i, stop in enumerate(record.stops):
        r = first + i
        input_cell(ws, r, 1, stop.start_min, DECIMAL1, validation=minutes)
        input_cell(ws, r, 2, stop.duration_min, DECIMAL1, validation=minutes)
        input_cell(ws, r, 3, stop.reason)
        input_cell(ws, r, 4, LOSS_LABELS.get(stop.category, stop.category), validation=logged)
        formula(
            ws,
            r,
            5,
            f'=IF(AND(MinorStopThreshold>0,OR(D{r}="{BREAKDOWNS}",D{r}="{MINOR}")),'
            f'IF(B{r}<MinorStopThreshold,"{MINOR}","{BREAKDOWNS}"),D{r})',
            counted[i],
        )
    return last + 1


def _pareto(ws, row: int, record: OeeRecord) -> None:
    try:
        bars = downtime_pareto(classify_stops(record.stops, record.minor_stop_threshold_min))
    except ValueError:
        return
    row = section(ws, row, "Downtime Pareto by reason (values at export; re-export to update)")
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
    plain_lines(line)
    bar += line
    plain_lines(bar)
    bar.height, bar.width = 8, 16
    ws.add_chart(bar, ws.cell(row=row - 1, column=6).coordinate)


def write_oee_summary(wb: Workbook, sheets: OeeSheets, position: int) -> None:
    """The summary: one row per record, every figure a reference to the record's sheet."""
    ws = new_sheet(wb, sheets.summary_name, position)
    row = title(
        ws,
        "OEE summary",
        "One row per OEE record, linked to its sheet; factors by the shop-floor "
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
    _, first = table(ws, row, headers, [], ())
    keys = ("planned", "run", "availability", "performance", "quality", "oee")
    formats = (DECIMAL1, DECIMAL1, PERCENT, PERCENT, PERCENT, PERCENT)
    r = first
    for record, cells in sheets.records:
        shift = None if cells.status != "OK" else evaluate_shift(record)
        expected = (
            (None,) * 6
            if shift is None
            else (
                shift.result.planned_time,
                shift.result.run_time,
                shift.result.availability,
                shift.result.performance,
                shift.result.quality,
                shift.result.oee,
            )
        )
        put_text(ws, r, 1, record.name)
        put_text(ws, r, 2, record.machine)
        put_text(ws, r, 3, record.date)
        sheet = "'" + cells.sheet.replace("'", "''") + "'!"
        for k, (key, fmt) in enumerate(zip(keys, formats, strict=True)):
            formula(ws, r, 4 + k, f"={sheet}{cells.cells[key]}", expected[k], fmt)
        put(ws, r, 10, WORLD_CLASS, PERCENT)
        put_text(ws, r, 11, cells.status)
        r += 1
    end = r
    ws.freeze_panes = ws.cell(row=first, column=2)
    column_widths(ws, (24, 16, 14, 12, 12, 12, 12, 10, 10, 11, 40))
    if sheets.records:
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
        plain_lines(chart)
        ws.add_chart(chart, ws.cell(row=end + 2, column=1).coordinate)
