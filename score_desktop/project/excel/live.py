"""Live sheets: input cells (styled, validated, named), formula cells and Excel tables.

A formula cell also remembers the value the app's engine computed for it
(:func:`engine_values`), so that tests can recalculate the workbook in a spreadsheet
application and compare every formula cell with the engine.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    add_table,
    header_style,
    put,
    put_text,
    restyle,
    set_format,
)

#: Excel's "Input" cell style: values a consultant may change.
INPUT_FILL = PatternFill("solid", fgColor="FFCC99")
INPUT_FONT = Font(color="3F3F76")
#: Calculated cells: a light grey fill that survives grey-scale printing.
FORMULA_FONT = Font(color="000000")
_ENGINE = "_score_engine_values"


def _input(cell) -> None:
    cell.fill = INPUT_FILL
    cell.font = INPUT_FONT


def quoted(ws: Worksheet) -> str:
    """The sheet's name as a formula writes it, with the "!": 'OEE Press 2'!"""
    return "'" + ws.title.replace("'", "''") + "'!"


def absolute(row: int, column: int) -> str:
    return f"${get_column_letter(column)}${row}"


def input_cell(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    number_format: str | None = None,
    *,
    name: str | None = None,
    validation: DataValidation | None = None,
) -> str:
    """An input: styled as an input, optionally named (sheet scope) and validated.

    Returns the cell's absolute reference (or its name) for formulas on the same sheet."""
    put(ws, row, column, value, number_format)
    cell = ws.cell(row=row, column=column)
    restyle(cell, "input", _input)
    if number_format and value is None:
        set_format(cell, number_format)
    if validation is not None:
        validation.add(cell.coordinate)
    if name:
        ws.defined_names[name] = DefinedName(name, attr_text=f"{quoted(ws)}{absolute(row, column)}")
        return name
    return absolute(row, column)


def name_cell(ws: Worksheet, name: str, row: int, column: int = 2) -> None:
    """Give a cell a sheet-scoped name, so formulas read =RunTime/PlannedTime."""
    ws.defined_names[name] = DefinedName(name, attr_text=f"{quoted(ws)}{absolute(row, column)}")


def formula(
    ws: Worksheet,
    row: int,
    column: int,
    text: str,
    expected: Any,
    number_format: str | None = None,
    *,
    bold: bool = False,
) -> str:
    """A formula cell (``text`` starts with "="); ``expected`` is the engine's value."""
    cell = ws.cell(row=row, column=column, value=text)
    if number_format:
        set_format(cell, number_format)
    if bold:
        restyle(cell, "bold", lambda c: setattr(c, "font", Font(bold=True)))
    values = ws.__dict__.setdefault(_ENGINE, {})
    values[cell.coordinate] = expected
    return absolute(row, column)


def engine_values(wb: Workbook) -> dict[tuple[str, str], Any]:
    """(sheet title, cell) -> the engine's value, for every formula written by :func:`formula`."""
    out: dict[tuple[str, str], Any] = {}
    for ws in wb.worksheets:
        for coordinate, value in ws.__dict__.get(_ENGINE, {}).items():
            out[(ws.title, coordinate)] = value
    return out


def validation(
    ws: Worksheet,
    kind: str,
    operator: str,
    first: str,
    second: str | None = None,
    message: str = "",
) -> DataValidation:
    """A data-validation rule added to the sheet (cells are added by :func:`input_cell`)."""
    rule = DataValidation(
        type=kind,
        operator=operator,
        formula1=first,
        formula2=second,
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Not a valid input",
        error=message,
    )
    ws.add_data_validation(rule)
    return rule


def choice(ws: Worksheet, options: Sequence[str], message: str) -> DataValidation:
    """A drop-down list of fixed options (the options must not contain commas)."""
    rule = DataValidation(
        type="list",
        formula1='"' + ",".join(options) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Not a valid input",
        error=message,
    )
    ws.add_data_validation(rule)
    return rule


def excel_table(
    ws: Worksheet,
    name: str,
    row: int,
    headers: Sequence[str],
    n_rows: int,
) -> tuple[int, int]:
    """Header cells and an Excel table (ListObject) over ``n_rows`` data rows (at least one).

    Returns (first data row, last data row). The caller fills the data cells.
    """
    for column, header in enumerate(headers, start=1):
        put_text(ws, row, column, header)
        header_style(ws.cell(row=row, column=column))
    last = row + max(1, n_rows)
    ref = f"A{row}:{get_column_letter(len(headers))}{last}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name="TableStyleLight1", showRowStripes=True)
    add_table(ws, table)
    return row + 1, last


def column_ref(table: str, header: str) -> str:
    """A structured reference to a whole table column: Stops_3[Duration (min)]."""
    escaped = "".join("'" + c if c in "[]#'" else c for c in header)
    return f"{table}[{escaped}]"
