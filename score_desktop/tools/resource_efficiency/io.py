"""Import a resource log from CSV, pasted text or XLSX with the template's columns; write CSV."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io as _io
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from score_desktop.tools.resource_efficiency.carriers import (
    UNITS,
    find_carrier,
    unit_name,
)
from score_desktop.tools.resource_efficiency.datalog import (
    LogIssue,
    LogPeriod,
    ResourceLog,
    validate_log,
)
from score_desktop.tools.resource_efficiency.periods import (
    guess_frequency,
    period_from_date,
    period_ordinal,
)
from score_desktop.tools.safe_files import (
    ImportFileError,
    decode_text,
    open_xlsx,
    read_bounded,
    sheet_rows,
)

MAX_ROWS = 5_000  # about 400 years of months: more is not a resource log
MAX_FILE_BYTES = 20 * 1024 * 1024
_HEADER = re.compile(r"^\s*(.*?)\s*(?:\[\s*([^\[\]]*?)\s*\])?\s*$")  # "name [unit]"
_PAREN_UNIT = re.compile(r"^\s*(.*?)\s*\(\s*([^()]*?)\s*\)\s*$")  # "name (unit)", known units
_FIELDS = {
    "production": "production",
    "output": "production",
    "material in product": "product_kg",
    "product": "product_kg",
    "water": "water_m3",
    "heating degree days": "heating_degree_days",
    "hdd": "heating_degree_days",
    "cooling degree days": "cooling_degree_days",
    "cdd": "cooling_degree_days",
    "value added": "value_added",
}
_PAREN_UNITS = {"kwh", "mwh", "gj", "mj", "kg", "t", "m3", "m³", "l", "litre", "liter"}
_BASE_UNIT = {"product_kg": "kg", "water_m3": "m3"}


class LogImportError(ImportFileError):
    """A file that cannot be imported; the message names the row and/or column."""


@dataclass(frozen=True)
class LogImport:
    """A fully read log (nothing is imported when reading fails) and its validation issues."""

    log: ResourceLog
    issues: tuple[LogIssue, ...]
    rows_read: int


@dataclass(frozen=True)
class _Column:
    index: int
    header: str
    kind: str  # "period", "note", "field", "energy", "material", "waste"
    key: str
    factor: float = 1.0


def _scale(header: str, unit: str | None, base_unit: str) -> float:
    if unit is None:
        return 1.0
    try:
        canonical = unit_name(unit)
    except ValueError as error:
        raise LogImportError(f"column '{header}': {error}") from None
    dimension, size = UNITS[canonical]
    base_dimension, base_size = UNITS[base_unit]
    if dimension != base_dimension:
        raise LogImportError(
            f"column '{header}': the unit must be a {base_dimension} unit "
            f"such as {base_unit}, found {unit}"
        )
    return size / base_size


def _columns(header: Sequence[Any], base: ResourceLog) -> tuple[list[_Column], dict[str, str]]:
    columns: list[_Column] = []
    units: dict[str, str] = {}
    targets: dict[tuple[str, str], str] = {}
    for index, cell in enumerate(header):
        text = "" if cell is None else str(cell).strip()
        if not text:
            continue
        match = _HEADER.match(text)
        assert match is not None
        name, unit = match.group(1).strip(), match.group(2) or None
        paren = _PAREN_UNIT.match(name) if unit is None else None
        if paren and paren.group(2).lower() in _PAREN_UNITS:
            name, unit = paren.group(1), paren.group(2)
        lower = name.lower()
        if lower in ("period", "month", "week"):
            column = _Column(index, text, "period", "period")
        elif lower in ("note", "notes", "comment"):
            column = _Column(index, text, "note", "note")
        elif lower in _FIELDS:
            key = _FIELDS[lower]
            factor = 1.0
            if key in _BASE_UNIT:
                factor = _scale(text, unit, _BASE_UNIT[key])
            elif unit and key == "production":
                units["production_unit"] = unit
            elif unit and key == "value_added":
                units["currency"] = unit
            column = _Column(index, text, "field", key, factor)
        elif lower.startswith(("material:", "waste:")):
            kind, _, item = name.partition(":")
            item = item.strip()
            if not item:
                raise LogImportError(f"column '{text}': name the {kind.lower()} after the colon")
            factor = _scale(text, unit, "kg")
            column = _Column(index, text, kind.lower(), item, factor)
        else:
            if unit is None:
                raise LogImportError(
                    f"column '{text}' is not a column of the template; an energy column needs "
                    f"its unit in brackets, e.g. '{name} [kWh]'"
                )
            try:
                carrier, factor = find_carrier(name, unit, base.carriers)
            except ValueError as error:
                raise LogImportError(f"column '{text}': {error}") from None
            column = _Column(index, text, "energy", carrier.key, factor)
        target = (column.kind, column.key)
        if target in targets:
            raise LogImportError(
                f"columns '{targets[target]}' and '{text}' give the same figure; keep one of them"
            )
        targets[target] = text
        columns.append(column)
    if ("period", "period") not in targets:
        raise LogImportError("the first row must hold the column names, with a 'period' column")
    return columns, units


def _number(cell: Any, row: int, header: str, decimal_comma: bool) -> float | None:
    if cell is None:
        return None
    if isinstance(cell, bool | dt.date | dt.time):
        raise LogImportError(f"row {row}, column '{header}': {cell!r} is not a number")
    if isinstance(cell, int | float):
        value = float(cell)
    else:
        text = str(cell).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
        if not text:
            return None
        if decimal_comma and "," in text:
            text = text.replace(".", "").replace(",", ".")
        elif "," in text:
            raise LogImportError(
                f"row {row}, column '{header}': '{cell}' has a comma; write "
                "numbers without thousands separators, e.g. 12345.6"
            )
        try:
            value = float(text)
        except ValueError:
            raise LogImportError(
                f"row {row}, column '{header}': '{cell}' is not a number"
            ) from None
    if not math.isfinite(value):
        raise LogImportError(f"row {row}, column '{header}': {cell!r} is not a finite number")
    return value


def _period(cell: Any, row: int, frequency: str | None) -> tuple[str, str]:
    if isinstance(cell, dt.datetime | dt.date):
        day = cell.date() if isinstance(cell, dt.datetime) else cell
        frequency = frequency or "monthly"
        return period_from_date(day, frequency), frequency
    text = "" if cell is None else str(cell).strip()
    if not text:
        raise LogImportError(f"row {row}: the period is empty")
    try:
        frequency = frequency or guess_frequency(text)
        period_ordinal(text, frequency)
    except ValueError as error:
        raise LogImportError(f"row {row}: {error}") from None
    return text, frequency


def parse_log_rows(
    rows: Iterable[tuple[int, Sequence[Any]]],
    *,
    base: ResourceLog | None = None,
    decimal_comma: bool = False,
    max_rows: int = MAX_ROWS,
) -> LogImport:
    """Build a log from (file row number, cells) pairs, the first non-empty pair being the
    header. The result keeps ``base``'s site, carriers and prices and replaces its periods."""
    base = base or ResourceLog(site="")
    columns: list[_Column] | None = None
    units: dict[str, Any] = {}  # unit fields of the log
    periods: list[LogPeriod] = []
    frequency = base.frequency if base.periods else None
    for number, cells in rows:
        if all(c is None or (isinstance(c, str) and not c.strip()) for c in cells):
            continue
        if columns is None:
            columns, units = _columns(cells, base)
            continue
        if len(periods) >= max_rows:
            raise LogImportError(
                f"row {number}: the file has more than {max_rows:,} data rows; a resource log "
                f"holds at most {max_rows:,} periods. Split the file and import the part you need."
            )
        values: dict[str, Any] = {"energy": {}, "materials_kg": {}, "waste_kg": {}}
        for column in columns:
            cell = cells[column.index] if column.index < len(cells) else None
            if column.kind == "period":
                values["period"], frequency = _period(cell, number, frequency)
            elif column.kind == "note":
                values["note"] = "" if cell is None else str(cell)
            else:
                value = _number(cell, number, column.header, decimal_comma)
                if value is None:
                    continue
                value *= column.factor
                if column.kind == "field":
                    values[column.key] = value
                else:
                    target = {"energy": "energy", "material": "materials_kg", "waste": "waste_kg"}
                    values[target[column.kind]][column.key] = value
        periods.append(LogPeriod(**values))
    if columns is None:
        raise LogImportError("the file is empty: expected a header row and one row per period")
    if not periods:
        raise LogImportError("the file has a header row but no periods")
    log = dataclasses.replace(
        base, periods=tuple(periods), frequency=frequency or base.frequency, **units
    )
    return LogImport(log, validate_log(log), len(periods))


def read_log_text(
    text: str, *, base: ResourceLog | None = None, max_rows: int = MAX_ROWS
) -> LogImport:
    """Import delimited text: a CSV file's content or cells pasted from Excel (tabs).

    The delimiter is the most common of tab, semicolon and comma in the header line; with a
    semicolon or tab, a decimal comma is accepted (``1234,5``).
    """
    first = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max(("\t", ";", ","), key=first.count)
    reader = csv.reader(_io.StringIO(text), delimiter=delimiter)
    rows = ((number, row) for number, row in enumerate(reader, start=1))
    try:
        return parse_log_rows(rows, base=base, decimal_comma=delimiter != ",", max_rows=max_rows)
    except csv.Error as error:
        raise LogImportError(f"the text is not valid CSV: {error}") from None


def read_log_csv(
    path: str | Path, *, base: ResourceLog | None = None, max_rows: int = MAX_ROWS
) -> LogImport:
    """Import a CSV file (UTF-8 with or without BOM, UTF-16, Windows-1252 or Latin-1)."""
    path = Path(path)
    try:
        text = decode_text(read_bounded(path, MAX_FILE_BYTES, what="a resource log"), path.name)
    except ImportFileError as error:
        raise LogImportError(error.reason, source=path.name, row=error.row) from None
    base = base or ResourceLog(site=path.stem)
    return read_log_text(text, base=base, max_rows=max_rows)


def read_log_xlsx(
    path: str | Path,
    *,
    base: ResourceLog | None = None,
    sheet: str | None = None,
    max_rows: int = MAX_ROWS,
) -> LogImport:
    """Import the sheet ``sheet`` (default: "Log" if present, else the first) of a workbook.

    The workbook is read through :func:`~score_desktop.tools.safe_files.open_xlsx` (bounded,
    unpacked sizes checked first); anything openpyxl raises becomes a :class:`LogImportError`
    with the row where reading stopped.
    """
    path = Path(path)
    base = base or ResourceLog(site=path.stem)
    try:
        with open_xlsx(path, limit=MAX_FILE_BYTES) as workbook:
            names = workbook.sheetnames
            if sheet is not None and sheet not in names:
                raise LogImportError(f"{path.name}: there is no sheet '{sheet}'")
            if not names:
                raise LogImportError(f"{path.name}: the workbook has no sheet")
            name = sheet or ("Log" if "Log" in names else names[0])
            rows = sheet_rows(workbook[name], source=path.name)
            return parse_log_rows(rows, base=base, max_rows=max_rows)
    except LogImportError:
        raise
    except ImportFileError as error:
        raise LogImportError(error.reason, source=path.name, row=error.row) from None


def read_log(path: str | Path, *, base: ResourceLog | None = None) -> LogImport:
    """Import a .csv, .txt or .xlsx resource log, chosen by the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return read_log_xlsx(path, base=base)
    if suffix in (".csv", ".txt", ".tsv"):
        return read_log_csv(path, base=base)
    raise LogImportError(f"{Path(path).name}: import a .csv or .xlsx file (found '{suffix}')")


def log_to_rows(log: ResourceLog) -> tuple[list[str], list[list[Any]]]:
    """The log as a template-style table: header names and one row per period (date order)."""
    periods = log.sorted_periods()
    carriers = [k for k in log.carriers if any(k in p.energy for p in periods)]
    materials = list(dict.fromkeys(m for p in periods for m in p.materials_kg))
    wastes = list(dict.fromkeys(w for p in periods for w in p.waste_kg))
    header = ["period", f"production [{log.production_unit}]", "material in product [kg]"]
    header += [f"{log.carriers[k].name} [{log.carriers[k].unit}]" for k in carriers]
    header += ["water [m3]"] + [f"material: {m} [kg]" for m in materials]
    header += [f"waste: {w} [kg]" for w in wastes]
    header += ["heating degree days", "cooling degree days", f"value added [{log.currency}]"]
    header += ["note"]
    rows = []
    for p in periods:
        rows.append(
            [p.period, p.production, p.product_kg]
            + [p.energy.get(k) for k in carriers]
            + [p.water_m3]
            + [p.materials_kg.get(m) for m in materials]
            + [p.waste_kg.get(w) for w in wastes]
            + [p.heating_degree_days, p.cooling_degree_days, p.value_added, p.note]
        )
    return header, rows


def write_log_csv(log: ResourceLog, path: str | Path) -> None:
    """Write the log as UTF-8 CSV (with BOM, so that Excel reads accents) in template form."""
    header, rows = log_to_rows(log)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell_text(v) for v in row])


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    return str(value)
