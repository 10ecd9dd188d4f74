"""Demand and takt in the workbook: one sheet per demand record, inputs and results."""

from __future__ import annotations

from openpyxl.workbook import Workbook

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL2,
    INTEGER,
    PERCENT,
    column_widths,
    key_values,
    put_text,
    section,
    sheet_name,
    title,
)
from score_desktop.project.links import demand_efficiency
from score_desktop.project.records import DemandRecord, Project
from score_desktop.tools.takt import compute_takt

SOURCE_TEXT = {
    "typed": "typed value",
    "linked": 'OEE of "{ref}" (linked)',
    "missing": 'typed value (OEE record "{ref}" is missing)',
    "invalid": 'typed value (OEE record "{ref}" has input errors)',
}


def write_demand_record(
    wb: Workbook, project: Project, record: DemandRecord, taken: set[str]
) -> None:
    ws = wb.create_sheet(sheet_name(f"Takt {record.name}", taken))
    row = title(
        ws,
        f"Takt time: {record.name}",
        "Takt = available working time / customer demand (breaks excluded).",
    )
    linked = demand_efficiency(project, record)
    efficiency = linked.value
    source = SOURCE_TEXT[linked.source].format(ref=record.efficiency_oee_record)
    ws.freeze_panes = "A4"  # the title stays in view
    row = section(ws, row, "Inputs")
    row = key_values(
        ws,
        row,
        [
            (f"Customer demand per {record.period}", record.demand, "units", INTEGER),
            ("Working days per period", record.working_days_per_period, "days", DECIMAL1),
            ("Shifts per day", record.shifts_per_day, "", INTEGER),
            ("Shift length", record.shift_length_min, "min", DECIMAL1),
            ("Breaks per shift", record.breaks_per_shift_min, "min", DECIMAL1),
            ("Pack-out quantity", record.pack_out_quantity, "units/container", INTEGER),
            ("Efficiency", efficiency, source, PERCENT),
            ("Work content per unit", record.work_content_s or None, "s", DECIMAL1),
        ],
    )
    row += 1
    row = section(ws, row, "Results")
    try:
        result = compute_takt(
            record,
            efficiency=efficiency,
            work_content_s=record.work_content_s or None,
            pack_out_quantity=record.pack_out_quantity,
        )
    except ValueError as exc:
        put_text(ws, row, 1, f"Takt cannot be computed: {exc}")
    else:
        key_values(
            ws,
            row,
            [
                (f"Available time per {record.period}", result.available_time_s, "s", INTEGER),
                ("Takt time", result.takt_s, "s/unit", DECIMAL2),
                ("Takt time", result.takt_min, "min/unit", DECIMAL2),
                ("Required rate", result.units_per_hour, "units/h", DECIMAL1),
                ("Demand per day", result.demand_per_day, "units/day", DECIMAL1),
                ("Demand per shift", result.demand_per_shift, "units/shift", DECIMAL1),
                ("Planned cycle time", result.planned_cycle_time_s, "s/unit", DECIMAL2),
                ("Minimum operators", result.min_operators, "operators", INTEGER),
                ("Pitch", result.pitch_s, "s/container", DECIMAL1),
            ],
        )
    if record.notes:
        put_text(ws, 30, 1, "Notes")
        put_text(ws, 30, 2, record.notes)
    column_widths(ws, (30, 14, 34))
