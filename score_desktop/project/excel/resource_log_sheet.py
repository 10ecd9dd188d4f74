"""The resource log sheet (an Excel table) and the cell helpers the resource sheets share."""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL1,
    add_table,
    column_widths,
    new_sheet,
    put_text,
    sheet_name,
    table,
    table_count,
    title,
)
from score_desktop.project.section_records import ResourceRecord
from score_desktop.tools.resource_efficiency import ResourceLog

DEGREE_DAYS = "°C·day"
INPUT_FILL = PatternFill("solid", fgColor="DDEBF7")  # values the consultant may change
SMALL = "0.000000"  # productivities such as t/kWh are small numbers
FIRST_ROW = 6  # first data row on the log sheet (header on row 5)
DRIVER_WORDS = {
    "production": "production",
    "heating_degree_days": "heating degree days",
    "cooling_degree_days": "cooling degree days",
}


def resource_sheet(wb: Workbook, record: ResourceRecord, what: str, taken: set[str]) -> Worksheet:
    """A new sheet "<record> <what>". A straight apostrophe in the name becomes ’ so that the
    formulas' sheet references need no escaping (some spreadsheet readers get '' wrong)."""
    return new_sheet(wb, sheet_name(f"{record.name.replace(chr(39), '’')} {what}", taken))


def quoted(ws: Worksheet) -> str:
    """The sheet's name as formulas write it: 'Dye house log'!"""
    return "'" + ws.title.replace("'", "''") + "'!"


@dataclass
class LogLayout:
    """Which column of the log sheet holds what (1-based column numbers)."""

    log: ResourceLog
    headers: list[str] = field(default_factory=list)
    fields: dict[str, int] = field(default_factory=dict)
    energy: dict[str, int] = field(default_factory=dict)
    materials: dict[str, int] = field(default_factory=dict)
    waste: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        log, periods = self.log, self.log.periods

        def add(header: str) -> int:
            self.headers.append(header)
            return len(self.headers)

        add("period")
        self.fields["production"] = add(f"production [{log.production_unit}]")
        for key, carrier in log.carriers.items():
            if any(key in p.energy for p in periods):
                self.energy[key] = add(f"{carrier.name} [{carrier.unit}]")
        self.fields["water_m3"] = add("water [m3]")
        for name in dict.fromkeys(m for p in periods for m in p.materials_kg):
            self.materials[name] = add(f"material: {name} [kg]")
        self.fields["product_kg"] = add("material in product [kg]")
        for name in dict.fromkeys(w for p in periods for w in p.waste_kg):
            self.waste[name] = add(f"waste: {name} [kg]")
        self.fields["heating_degree_days"] = add(f"heating degree days [{DEGREE_DAYS}]")
        self.fields["cooling_degree_days"] = add(f"cooling degree days [{DEGREE_DAYS}]")
        self.fields["value_added"] = add(f"value added [{log.currency}]")
        self.fields["note"] = add("note")


def letter(column: int) -> str:
    return get_column_letter(column)


def put_formula(ws: Worksheet, row: int, column: int, formula: str | None, fmt: str | None) -> None:
    """Write a formula we built (never user text) so that Excel calculates it."""
    if formula is None:
        return
    cell = ws.cell(row=row, column=column, value=formula)
    if fmt:
        cell.number_format = fmt


def show_axes(*charts: object) -> None:
    """Write the axes as shown (<c:delete val="0"/>): recent Excel hides axes left unstated."""
    for chart in charts:
        for axis in (chart.x_axis, chart.y_axis):  # type: ignore[attr-defined]
            axis.delete = False


def mark_inputs(ws: Worksheet, cells: list[tuple[int, int]]) -> None:
    for row, column in cells:
        ws.cell(row=row, column=column).fill = INPUT_FILL


def write_log_sheet(wb: Workbook, record: ResourceRecord, taken: set[str]) -> Worksheet:
    """The data log as an Excel table, one row per period in date order."""
    log = record.log
    layout = LogLayout(log)
    ws = resource_sheet(wb, record, "log", taken)
    title(ws, f"Resource log: {record.name}", f"{log.site} · {log.frequency} figures")
    put_text(
        ws,
        3,
        1,
        "Correct figures here: the baseline and waste sheets recalculate from these cells. "
        "Empty = not measured.",
    )
    rows = []
    for p in log.sorted_periods():
        row: list = [None] * len(layout.headers)
        row[0] = p.period
        for name, column in layout.fields.items():
            row[column - 1] = p.note if name == "note" else getattr(p, name)
        for attribute, columns in (
            ("energy", layout.energy),
            ("materials_kg", layout.materials),
            ("waste_kg", layout.waste),
        ):
            for key, column in columns.items():
                row[column - 1] = getattr(p, attribute).get(key)
        rows.append(row)
    formats = [None] + [DECIMAL1] * (len(layout.headers) - 2) + [None]
    _, end = table(ws, FIRST_ROW - 1, layout.headers, rows, formats)
    if rows:
        ref = f"A{FIRST_ROW - 1}:{letter(len(layout.headers))}{end - 1}"
        number = table_count(wb) + 1
        excel_table = Table(displayName=f"ResourceLog{number}", ref=ref)
        excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        add_table(ws, excel_table)
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=2)
    column_widths(ws, [10] + [14] * (len(layout.headers) - 2) + [40])
    ws.row_dimensions[FIRST_ROW - 1].height = 45
    return ws
