"""Writing cells safely and readably: text stays text, numbers get formats, headers get units."""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from copy import copy
from typing import Any
from weakref import WeakKeyDictionary

from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.table import Table
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.safe_text import xml_text

PERCENT = "0.0%"
INTEGER = "#,##0"
DECIMAL1 = "#,##0.0"
DECIMAL2 = "#,##0.00"
DECIMAL3 = "#,##0.000"

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
TITLE_FONT = Font(bold=True, size=14, color="1F4E79")
SECTION_FONT = Font(bold=True, size=11, color="1F4E79")
THIN = Side(style="thin", color="BFBFBF")
GRID = Border(top=THIN, bottom=THIN, left=THIN, right=THIN)
SHEET_NAME_LIMIT = 31
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def restyle(cell: Cell, key: Hashable, apply: Callable[[Cell], None]) -> None:
    """``apply(cell)`` (font, fill, border, format ...), cached per workbook and starting style.

    openpyxl hashes every style object a cell is given, which dominated the export of
    thousands of sheets; the same change from the same starting style is looked up instead.
    """
    cache = cell.parent.parent.__dict__.setdefault("_score_style_cache", {})
    start = tuple(cell._style) if cell.has_style else None
    done = cache.get((start, key))
    if done is None:
        apply(cell)
        cache[(start, key)] = copy(cell._style)
    else:
        cell._style = copy(done)


def _bold(cell: Cell) -> None:
    cell.font = Font(bold=True)


def _quote(cell: Cell) -> None:
    cell.quotePrefix = True


def _grid(cell: Cell) -> None:
    cell.border = GRID


def _header(cell: Cell) -> None:
    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = GRID


def set_format(cell: Cell, fmt: str) -> None:
    """Give the cell a number format (cached, see :func:`restyle`)."""
    restyle(cell, ("format", fmt), lambda c: setattr(c, "number_format", fmt))


def header_style(cell: Cell) -> None:
    """A table header: bold, filled, wrapped (its row is made tall enough at the end)."""
    restyle(cell, "header", _header)
    cell.parent.__dict__.setdefault("_score_header_rows", set()).add(cell.row)


#: Points per line of wrapped 11-point header text.
LINE_HEIGHT = 15.0


def fit_header_rows(ws: Worksheet) -> None:
    """Make every wrapped header row tall enough for its longest header (no clipping).

    A column of width w holds about w characters of bold text per line; words are not
    split, so a header needs as many lines as its words fill."""
    default = ws.sheet_format.defaultColWidth or 8.43
    for row in ws.__dict__.get("_score_header_rows", ()):
        lines = 1
        for cell in ws[row]:
            if not isinstance(cell.value, str) or not cell.value:
                continue
            width = ws.column_dimensions[cell.column_letter].width or default
            lines = max(lines, _lines(cell.value, max(1.0, width - 0.5)))
        if lines > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * lines


def put_text(ws: Worksheet, row: int, column: int, text: str) -> None:
    """Write user-typed text as text: never a formula, whatever it starts with.

    Characters XML cannot hold are written as the text rule says (``xml_text``), also for
    text built from a record after the export's safe copy (e.g. a header with a unit)."""
    text = xml_text(text)
    cell = ws.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "s"
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        restyle(cell, "quote", _quote)


def put(
    ws: Worksheet,
    row: int,
    column: int,
    value: Any,
    number_format: str | None = None,
    *,
    bold: bool = False,
) -> None:
    """Write a value: text through :func:`put_text`, numbers with ``number_format``."""
    if isinstance(value, str):
        put_text(ws, row, column, value)
        cell = ws.cell(row=row, column=column)
    else:
        cell = ws.cell(row=row, column=column, value=value)
        if number_format and value is not None:
            set_format(cell, number_format)
    if bold:
        restyle(cell, "bold", _bold)


def title(ws: Worksheet, text: str, subtitle: str = "") -> int:
    """A sheet title (and subtitle) at the top; returns the next free row."""
    put_text(ws, 1, 1, text)
    ws.cell(row=1, column=1).font = TITLE_FONT
    if subtitle:
        put_text(ws, 2, 1, subtitle)
        ws.cell(row=2, column=1).font = Font(italic=True, color="595959")
    return 4


def section(ws: Worksheet, row: int, text: str) -> int:
    put_text(ws, row, 1, text)
    ws.cell(row=row, column=1).font = SECTION_FONT
    return row + 1


def key_values(ws: Worksheet, row: int, rows: Iterable[tuple[str, Any, str, str | None]]) -> int:
    """Label / value / unit rows; returns the next free row."""
    for label, value, unit, number_format in rows:
        put_text(ws, row, 1, label)
        put(ws, row, 2, value, number_format)
        if unit:
            put_text(ws, row, 3, unit)
        row += 1
    return row


def table(
    ws: Worksheet,
    row: int,
    headers: Sequence[str],
    rows: Iterable[Sequence[Any]],
    formats: Sequence[str | None] = (),
) -> tuple[int, int]:
    """A header row (units in the header text) and data rows; returns (first data row, next row)."""
    for column, header in enumerate(headers, start=1):
        put_text(ws, row, column, header)
        header_style(ws.cell(row=row, column=column))
    first = row + 1
    current = first
    for values in rows:
        for column, value in enumerate(values, start=1):
            fmt = formats[column - 1] if column - 1 < len(formats) else None
            put(ws, current, column, value, fmt)
            restyle(ws.cell(row=current, column=column), "grid", _grid)
        current += 1
    return first, current


def _lines(text: str, per_line: float) -> int:
    """Lines that ``text`` wraps to at ``per_line`` characters (whole words)."""
    lines, used = 1, 0.0
    for word in text.split():
        need = len(word) * 0.9
        if used and used + 0.9 + need > per_line:
            lines, used = lines + 1, need
        else:
            used += need + (0.9 if used else 0)
    return lines


def column_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


class SheetNames(set):
    """The sheet names taken in one workbook, with a case-folded index (Excel ignores case)."""

    def __init__(self) -> None:
        super().__init__()
        self.folded: set[str] = set()

    def add(self, name: str) -> None:
        super().add(name)
        self.folded.add(name.casefold())


def shorten(text: str, limit: int = SHEET_NAME_LIMIT) -> str:
    """``text`` within ``limit`` characters, keeping its start and its end around an ellipsis.

    Record names usually differ at the end ("... shift 1", "... shift 2"), so the end stays.
    """
    if len(text) <= limit:
        return text
    tail = (limit - 1) // 2
    head = limit - 1 - tail
    return text[:head].rstrip() + "…" + text[len(text) - tail :].lstrip()


def sheet_name(wanted: str, taken: set[str]) -> str:
    """A valid, unique, readable sheet name (31 characters at most, no []:*?/\\).

    A longer name keeps its start and end around an ellipsis; a name already taken (in any
    case) gets " (2)", " (3)", ... With a :class:`SheetNames` this costs O(1) per name.
    """
    base = _BAD_SHEET_CHARS.sub("_", wanted).strip("'").strip() or "Sheet"
    folded = taken.folded if isinstance(taken, SheetNames) else {t.casefold() for t in taken}
    name, n = shorten(base), 2
    while name.casefold() in folded:
        suffix = f" ({n})"
        name = shorten(base, SHEET_NAME_LIMIT - len(suffix)) + suffix
        n += 1
    taken.add(name)
    if not isinstance(taken, SheetNames):
        folded.add(name.casefold())
    return name


class _TableIndex:
    """The tables of one workbook: their case-folded names and how many there are."""

    def __init__(self, wb: Workbook) -> None:
        self.folded = {name.casefold() for ws in wb.worksheets for name in ws.tables}
        self.count = len(self.folded)


_TABLES: WeakKeyDictionary[Workbook, _TableIndex] = WeakKeyDictionary()


def new_sheet(wb: Workbook, name: str, index: int | None = None) -> Worksheet:
    """``wb.create_sheet(name, index)`` in O(1).

    openpyxl's title setter compares the new title with every sheet's (lower-casing each), which
    made an export quadratic in its number of sheets; ``name`` comes from :func:`sheet_name`,
    which has already made it valid and unique, so the sheet is given its title directly.
    """
    if not name or len(name) > SHEET_NAME_LIMIT or _BAD_SHEET_CHARS.search(name):
        raise ValueError(f"not a valid sheet name: {name!r}")
    ws = Worksheet(None)  # no parent yet: openpyxl skips its name check
    ws._parent = wb
    ws._WorkbookChild__title = name
    wb._add_sheet(ws, index)
    return ws


def sheet_count(wb: Workbook) -> int:
    """``len(wb.worksheets)`` without building the list of every sheet."""
    return len(wb._sheets)


def table_count(wb: Workbook) -> int:
    """How many tables the workbook has (tables added by :func:`add_table`)."""
    return _table_index(wb).count


def _table_index(wb: Workbook) -> _TableIndex:
    index = _TABLES.get(wb)
    if index is None:
        index = _TABLES[wb] = _TableIndex(wb)
    return index


def add_table(ws: Worksheet, table: Table) -> None:
    """``ws.add_table(table)`` in O(1): openpyxl scans every table of every sheet for a
    duplicate name; here a per-workbook index of names does (Excel ignores case)."""
    wb = ws.parent
    index = _table_index(wb)
    folded = table.name.casefold()
    if folded in index.folded or table.name.lower() in wb.defined_names:
        raise ValueError(f"Table with name {table.name} already exists")
    ws.tables.add(table)
    index.folded.add(folded)
    index.count += 1
