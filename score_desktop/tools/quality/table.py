"""Measurement tables from CSV or Excel files: a header row, then one row per value.

Until the project's shared safe reader lands this module follows the line-balancing
importers' precautions: a size cap, a check for binary data, the cell separator taken
from the header line (comma, semicolon or tab), UTF-8 or Latin-1 text, and for .xlsx an
unpacked-size check before openpyxl (which parses with defusedxml) reads it read-only.
Numbers may use a decimal comma ("12,5") when cells are separated by semicolons or tabs.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from score_desktop.tools.quality.errors import QualityInputError

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_ROWS = 200_000
MAX_COLUMNS = 200
SUFFIXES = (".csv", ".txt", ".xlsx", ".xlsm")


@dataclass(frozen=True)
class Table:
    """Header names and the data rows, each with its 1-based row number in the file."""

    source: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]

    def column_index(self, name: str | None, *, numeric_default: bool = True) -> int:
        """The column called ``name`` (ignoring case and spaces), or without a name the
        first column whose first data cell is a number."""
        if name is not None:
            wanted = _normal(name)
            for i, h in enumerate(self.header):
                if _normal(h) == wanted:
                    return i
            for i, h in enumerate(self.header):
                if _normal(_UNIT.sub("", h)) == wanted:
                    return i
            found = ", ".join(repr(h) for h in self.header if h) or "none"
            raise QualityInputError(f'{self.source} has no column "{name}" (columns: {found})')
        if numeric_default and self.rows:
            for i in range(len(self.header)):
                try:
                    number(self.rows[0][1][i] if i < len(self.rows[0][1]) else None)
                    return i
                except QualityInputError:
                    continue
        raise QualityInputError(f"{self.source}: no column of numbers found; name one")

    def numbers(self, col: int, what: str = "value") -> list[tuple[int, float]]:
        """(row number, number) of every data row; an empty cell or a word is refused."""
        out = []
        for row, cells in self.rows:
            cell = cells[col] if col < len(cells) else None
            try:
                out.append((row, number(cell)))
            except QualityInputError as exc:
                raise QualityInputError(
                    f'{self.source}: row {row}: the {what} in column "{self.header[col]}" '
                    f"{exc.rule}"
                ) from None
        return out

    def texts(self, col: int) -> list[tuple[int, str]]:
        return [
            (row, "" if col >= len(cells) or cells[col] is None else str(cells[col]).strip())
            for row, cells in self.rows
        ]


_UNIT = re.compile(r"\s*[(\[][^)\]]*[)\]]\s*$")


def unit_of(header: str) -> str:
    """The unit in brackets at the end of a header ("Width (mm)" -> "mm"), or ""."""
    match = _UNIT.search(header)
    return match.group(0).strip()[1:-1].strip() if match else ""


def _normal(name: object) -> str:
    return re.sub(r"[\s_\-.#]+", "", str(name or "")).lower()


def number(cell: object) -> float:
    """A cell as a finite number (a decimal comma is accepted)."""
    if isinstance(cell, bool) or cell is None:
        raise QualityInputError("is empty" if cell is None else "is not a number")
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell).strip().replace("\u00a0", "").replace(" ", "")
        if not text:
            raise QualityInputError("is empty")
        if "," in text and "." not in text and text.count(",") == 1:
            text = text.replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            raise QualityInputError(f'is not a number ("{str(cell)[:30]}")') from None
    if not math.isfinite(value):
        raise QualityInputError("is not a finite number")
    return value


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise QualityInputError(
            f"{path.name}: unknown file type {path.suffix or '(none)'!r}; use .csv or .xlsx"
        )
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise QualityInputError(
                f"{path.name} is {size / 1e6:.0f} MB; tables over "
                f"{MAX_FILE_BYTES // 2**20} MB are refused"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise QualityInputError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    return parse_csv(data, path.name)


def parse_csv(data: bytes, source: str = "") -> Table:
    nul = data.find(b"\x00")
    if nul >= 0:
        row = data.count(b"\n", 0, nul) + 1
        raise QualityInputError(f"{source}: row {row}: the file holds binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    first = next((line for line in text[:4096].splitlines() if line.strip()), "")
    delimiter = max((";", "\t", ","), key=first.count) if first else ","
    if first and first.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[object]]] = []
    try:
        for cells in reader:
            rows.append((reader.line_num, list(cells)))
            if len(rows) > MAX_ROWS + 1:
                raise QualityInputError(f"{source}: more than {MAX_ROWS} rows are refused")
    except csv.Error as exc:
        raise QualityInputError(
            f"{source}: row {reader.line_num}: not a valid CSV table ({exc})"
        ) from None
    return _table(rows, source)


def _table(rows: list[tuple[int, list[object]]], source: str) -> Table:
    filled = [(r, c) for r, c in rows if any(str(v or "").strip() for v in c)]
    if not filled:
        raise QualityInputError(f"{source}: the table is empty")
    (_, header), data = filled[0], filled[1:]
    if len(header) > MAX_COLUMNS:
        raise QualityInputError(f"{source}: more than {MAX_COLUMNS} columns are refused")
    names = tuple(str(h or "").strip() for h in header)
    return Table(source, names, tuple((r, tuple(c)) for r, c in data))


def _read_xlsx(path: Path, sheet: str | None) -> Table:
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise QualityInputError(f"{path.name} is not an Excel .xlsx workbook") from None
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise QualityInputError(f"{path.name} unpacks to {unpacked / 1e6:.0f} MB; refused")
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged files
        raise QualityInputError(
            f"{path.name} is not a readable Excel workbook ({type(exc).__name__})"
        ) from None
    try:
        if sheet is None:
            if not workbook.worksheets:
                raise QualityInputError(f"{path.name} has no worksheet")
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            names = ", ".join(repr(s) for s in workbook.sheetnames)
            raise QualityInputError(f"{path.name} has no sheet {sheet!r} (sheets: {names})")
        rows = []
        for r, cells in enumerate(
            worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
        ):
            rows.append((r, list(cells)))
            if len(rows) > MAX_ROWS + 1:
                raise QualityInputError(f"{path.name}: more than {MAX_ROWS} rows are refused")
    finally:
        workbook.close()
    return _table(rows, path.name)
