"""Demand and takt in the workbook: one live sheet per demand record.

The results are formulas over the input cells; when the record takes its efficiency from
an OEE record, the efficiency cell is a reference to that record's OEE cell (not a copy).
"""

from __future__ import annotations

from typing import Any

from openpyxl.workbook import Workbook

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL2,
    INTEGER,
    PERCENT,
    column_widths,
    new_sheet,
    put_text,
    section,
    sheet_name,
    title,
)
from score_desktop.project.excel.live import choice, formula, input_cell, name_cell, validation
from score_desktop.project.excel.oee_sheets import OeeSheets
from score_desktop.project.links import demand_efficiency
from score_desktop.project.records import DemandRecord, Project
from score_desktop.tools.takt import TaktResult, compute_takt

SOURCE_TEXT = {
    "typed": "typed value",
    "linked": 'OEE of "{ref}" (linked to its sheet)',
    "missing": 'typed value (OEE record "{ref}" is missing)',
    "invalid": 'typed value (OEE record "{ref}" has input errors)',
}
#: Minimum operators: ceil(work content / takt), a quotient within 1e-12 of a whole number
#: counting as that number (as the app's ceil_tolerant does).
_OPERATORS = (
    "=IF(WorkContent>0,IF(ABS(WorkContent/TaktTime-ROUND(WorkContent/TaktTime,0))"
    "<=1E-12*MAX(1,WorkContent/TaktTime),ROUND(WorkContent/TaktTime,0),"
    'ROUNDUP(WorkContent/TaktTime,0)),"")'
)


def _oee_cell(oee: OeeSheets | None, name: str) -> str | None:
    """The reference to the OEE cell of the OEE record ``name``, if it was exported."""
    for record, cells in oee.records if oee is not None else ():
        if record.name == name and cells.status == "OK":
            return "'" + cells.sheet.replace("'", "''") + "'!" + cells.cells["oee"]
    return None


def write_demand_record(
    wb: Workbook,
    project: Project,
    record: DemandRecord,
    taken: set[str],
    oee: OeeSheets | None = None,
) -> None:
    ws = new_sheet(wb, sheet_name(f"Takt {record.name}", taken))
    title(
        ws,
        f"Takt time: {record.name}",
        "Takt = available working time / customer demand (breaks excluded).",
    )
    linked = demand_efficiency(project, record)
    source = SOURCE_TEXT[linked.source].format(ref=record.efficiency_oee_record)
    link = _oee_cell(oee, record.efficiency_oee_record) if linked.source == "linked" else None
    ws.freeze_panes = "A4"  # the title stays in view
    row = section(ws, 4, "Inputs (orange cells may be changed)")
    positive = validation(ws, "decimal", "greaterThan", "0", message="Enter a value above 0.")
    count = validation(ws, "whole", "greaterThanOrEqual", "1", message="Enter a whole number ≥ 1.")
    inputs = [
        ("Period", record.period, "day, week or month", None, "Period",
         choice(ws, ("day", "week", "month"), "Pick day, week or month.")),
        ("Customer demand per period", record.demand, "units", INTEGER, "Demand", positive),
        ("Working days per period", record.working_days_per_period, "days (not used for a day)",
         DECIMAL1, "WorkingDays", positive),
        ("Shifts per day", record.shifts_per_day, "shifts", INTEGER, "ShiftsPerDay", count),
        ("Shift length", record.shift_length_min, "min", DECIMAL1, "ShiftLength",
         validation(ws, "decimal", "between", "0.001", "1440", "Shift length: up to 1440 min.")),
        ("Breaks per shift", record.breaks_per_shift_min, "min", DECIMAL1, "Breaks",
         validation(ws, "decimal", "between", "0", "$B$9", "Breaks: shorter than the shift.")),
        ("Pack-out quantity", record.pack_out_quantity, "units/container", INTEGER, "PackOut",
         count),
    ]  # fmt: skip
    for label, value, unit, fmt, name, rule in inputs:
        put_text(ws, row, 1, label)
        input_cell(ws, row, 2, value, fmt, name=name, validation=rule)
        put_text(ws, row, 3, unit)
        row += 1
    put_text(ws, row, 1, "Efficiency")
    put_text(ws, row, 3, source)
    if link is not None:
        formula(ws, row, 2, f"={link}", linked.value, PERCENT)
        name_cell(ws, "Efficiency", row)
    else:
        input_cell(
            ws,
            row,
            2,
            linked.value,
            PERCENT,
            name="Efficiency",
            validation=validation(
                ws, "decimal", "between", "0.000001", "1", "Efficiency: 0-100 %."
            ),
        )
    row += 1
    put_text(ws, row, 1, "Work content per unit")
    input_cell(
        ws,
        row,
        2,
        record.work_content_s or None,
        DECIMAL1,
        name="WorkContent",
        validation=validation(ws, "decimal", "greaterThanOrEqual", "0", message="0 or more s."),
    )
    put_text(ws, row, 3, "s (empty: no operator count)")
    row += 2
    row = section(ws, row, "Results")
    try:
        result: TaktResult | None = compute_takt(
            record,
            efficiency=linked.value,
            work_content_s=record.work_content_s or None,
            pack_out_quantity=record.pack_out_quantity,
        )
    except ValueError as exc:
        put_text(ws, row, 1, "Input check")
        put_text(ws, row, 2, f"Takt cannot be computed: {exc}")
        row += 1
        result = None

    def v(attr: str) -> Any:
        return None if result is None else getattr(result, attr)

    days = 'IF(Period="day",1,WorkingDays)'
    results: list[tuple[str, str, Any, str, str, str | None]] = [
        ("Available time per period", f"={days}*ShiftsPerDay*(ShiftLength-Breaks)*60",
         v("available_time_s"), "s", INTEGER, "AvailableTime"),
        ("Takt time", "=AvailableTime/Demand", v("takt_s"), "s/unit", DECIMAL2, "TaktTime"),
        ("Takt time", "=TaktTime/60", v("takt_min"), "min/unit", DECIMAL2, None),
        ("Required rate", "=3600/TaktTime", v("units_per_hour"), "units/h", DECIMAL1, None),
        ("Demand per day", f"=Demand/{days}", v("demand_per_day"), "units/day", DECIMAL1,
         "DemandPerDay"),
        ("Demand per shift", "=DemandPerDay/ShiftsPerDay", v("demand_per_shift"), "units/shift",
         DECIMAL1, None),
        ("Planned cycle time (takt × efficiency)", "=TaktTime*Efficiency",
         v("planned_cycle_time_s"), "s/unit", DECIMAL2, None),
        ("Minimum operators", _OPERATORS, v("min_operators"), "operators", INTEGER, None),
        ("Pitch (takt × pack-out quantity)", "=TaktTime*PackOut", v("pitch_s"), "s/container",
         DECIMAL1, None),
    ]  # fmt: skip
    for label, text, expected, unit, fmt, cell_name in results:
        put_text(ws, row, 1, label)
        formula(ws, row, 2, text, expected, fmt)
        put_text(ws, row, 3, unit)
        if cell_name:
            name_cell(ws, cell_name, row)
        row += 1
    if record.notes:
        row += 1
        put_text(ws, row, 1, "Notes")
        put_text(ws, row, 2, record.notes)
    column_widths(ws, (38, 14, 36))
