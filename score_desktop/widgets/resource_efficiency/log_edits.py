"""Pure edits of a resource log for the data-log table: columns, cell values, rows, merges.

No Qt here: the table model turns each edit into one undoable project edit.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from score_desktop.tools.resource_efficiency import LogIssue, LogPeriod, ResourceLog
from score_desktop.tools.resource_efficiency.datalog import NUMBER_FIELDS
from score_desktop.tools.resource_efficiency.periods import (
    guess_frequency,
    period_label,
    period_ordinal,
)

DEGREE_DAYS = "°C·day"
_DICTS = {"energy": "energy", "material": "materials_kg", "waste": "waste_kg"}
_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$")


@dataclass(frozen=True)
class LogColumn:
    """One column of the data-log table.

    ``kind`` is "period", "field" (a LogPeriod number field), "energy" (a carrier key),
    "material", "waste" (a stream name) or "note"; ``header`` is the template's column name
    with its unit, so that a copied table pastes back and imports as it is.
    """

    kind: str
    key: str
    header: str

    @property
    def is_number(self) -> bool:
        return self.kind not in ("period", "note")

    def issue_fields(self, log: ResourceLog) -> tuple[str, ...]:
        """The ``LogIssue.field`` texts that :func:`validate_log` uses for this column."""
        if self.kind == "period":
            return ("period",)
        if self.kind == "field":
            return (NUMBER_FIELDS[self.key],)
        if self.kind == "energy":
            carrier = log.carriers.get(self.key)
            named = (f"{carrier.name} [{carrier.unit}]",) if carrier is not None else ()
            return (*named, f"energy:{self.key}")
        return (f"{self.kind}: {self.key} [kg]",)


def log_columns(log: ResourceLog, extra: Iterable[tuple[str, str]] = ()) -> tuple[LogColumn, ...]:
    """The table's columns in template order: those the log uses plus ``extra`` (kind, key)
    columns the user added but has not filled yet."""
    extra = list(extra)

    def used(kind: str) -> list[str]:
        attribute = _DICTS[kind]
        keys = dict.fromkeys(k for p in log.periods for k in getattr(p, attribute))
        keys.update(dict.fromkeys(k for x, k in extra if x == kind))
        if kind == "energy":
            keys.update(dict.fromkeys(k for k in log.tariffs if k in log.carriers))
            order = list(log.carriers)
            return sorted(keys, key=lambda k: order.index(k) if k in order else len(order))
        return list(keys)

    def carrier_header(key: str) -> str:
        carrier = log.carriers.get(key)
        return f"{carrier.name} [{carrier.unit}]" if carrier is not None else key

    columns = [
        LogColumn("period", "period", "period"),
        LogColumn("field", "production", f"production [{log.production_unit}]"),
    ]
    columns += [LogColumn("energy", k, carrier_header(k)) for k in used("energy")]
    columns.append(LogColumn("field", "water_m3", "water [m3]"))
    columns += [LogColumn("material", m, f"material: {m} [kg]") for m in used("material")]
    columns.append(LogColumn("field", "product_kg", "material in product [kg]"))
    columns += [LogColumn("waste", w, f"waste: {w} [kg]") for w in used("waste")]
    columns += [
        LogColumn("field", "heating_degree_days", f"heating degree days [{DEGREE_DAYS}]"),
        LogColumn("field", "cooling_degree_days", f"cooling degree days [{DEGREE_DAYS}]"),
        LogColumn("field", "value_added", f"value added [{log.currency}]"),
        LogColumn("note", "note", "note"),
    ]
    return tuple(columns)


def cell_value(period: LogPeriod, column: LogColumn) -> Any:
    """The stored value of a cell (None when empty)."""
    if column.kind == "period":
        return period.period
    if column.kind == "note":
        return period.note
    if column.kind == "field":
        return getattr(period, column.key)
    return getattr(period, _DICTS[column.kind]).get(column.key)


def parse_number(text: Any) -> float | None:
    """A typed or pasted number: empty -> None; ``1,234.5``, ``1234,5`` and ``1 234`` are read.
    ValueError for anything else (including infinity and NaN)."""
    if text is None:
        return None
    if isinstance(text, int | float) and not isinstance(text, bool):
        value = float(text)
    else:
        cleaned = str(text).strip().replace("\u00a0", "").replace(" ", "").replace("\u202f", "")
        if not cleaned:
            return None
        if _THOUSANDS.match(cleaned):
            cleaned = cleaned.replace(",", "")
        elif "," in cleaned and "." in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5
        else:
            cleaned = cleaned.replace(",", ".")
        value = float(cleaned)
    if not math.isfinite(value):
        raise ValueError("not a finite number")
    return value


def with_cell(log: ResourceLog, row: int, column: LogColumn, value: Any) -> ResourceLog:
    """The log with one cell changed. Numbers are kept as typed (a negative use is reported
    by validation, not refused); a period must be a readable label for the log's frequency."""
    periods = list(log.periods)
    period = periods[row]
    if column.kind == "period":
        label = str(value).strip()
        period_ordinal(label, log.frequency)  # ValueError names the expected form
        period = dataclasses.replace(period, period=label)
    elif column.kind == "note":
        period = dataclasses.replace(period, note=str(value))
    elif column.kind == "field":
        period = dataclasses.replace(period, **{column.key: value})
    else:
        attribute = _DICTS[column.kind]
        values = dict(getattr(period, attribute))
        if value is None:
            values.pop(column.key, None)
        else:
            values[column.key] = value
        period = dataclasses.replace(period, **{attribute: values})
    periods[row] = period
    return dataclasses.replace(log, periods=tuple(periods))


def next_period(log: ResourceLog) -> str:
    """The period after the latest readable one (the current month's form if there is none)."""
    ordinals = []
    for p in log.periods:
        try:
            ordinals.append(period_ordinal(p.period, log.frequency))
        except ValueError:
            continue
    if not ordinals:
        return "2025-01" if log.frequency == "monthly" else "2025-W01"
    return period_label(max(ordinals) + 1, log.frequency)


def with_new_period(log: ResourceLog, label: str | None = None) -> ResourceLog:
    label = label or next_period(log)
    return dataclasses.replace(log, periods=(*log.periods, LogPeriod(period=label)))


def without_rows(log: ResourceLog, rows: Iterable[int]) -> ResourceLog:
    drop = set(rows)
    return dataclasses.replace(
        log, periods=tuple(p for i, p in enumerate(log.periods) if i not in drop)
    )


def _merge_period(old: LogPeriod, new: LogPeriod) -> LogPeriod:
    changes: dict[str, Any] = {}
    for name in NUMBER_FIELDS:
        if getattr(new, name) is not None:
            changes[name] = getattr(new, name)
    for attribute in _DICTS.values():
        changes[attribute] = {**getattr(old, attribute), **getattr(new, attribute)}
    if new.note:
        changes["note"] = new.note
    return dataclasses.replace(old, **changes)


def merge_logs(log: ResourceLog, imported: ResourceLog) -> ResourceLog:
    """``log`` with the periods of ``imported`` merged in: a period already in the log gets
    the imported figures (empty imported cells keep the old ones), new periods are appended.
    Units, carriers and frequency come from the import (which was read with ``log`` as base)."""
    periods = list(log.periods)
    where = {p.period: i for i, p in enumerate(periods)}
    for p in imported.periods:
        if p.period in where:
            periods[where[p.period]] = _merge_period(periods[where[p.period]], p)
        else:
            where[p.period] = len(periods)
            periods.append(p)
    if not log.periods:
        periods = list(imported.periods)
    return dataclasses.replace(imported, site=log.site or imported.site, periods=tuple(periods))


def looks_like_period(text: str) -> bool:
    try:
        guess_frequency(text.strip())
    except ValueError:
        return False
    return True


def split_pasted(text: str) -> list[list[str]]:
    """Cells pasted from a spreadsheet: rows of tab-separated cells, blank rows dropped."""
    return [line.split("\t") for line in text.splitlines() if line.strip()]


def is_number_block(rows: Sequence[Sequence[str]]) -> bool:
    """True when the first filled cell of the first pasted row is a number: plain cells to
    paste where the selection is (a header row or a period label starts with text)."""
    filled = [cell for cell in rows[0] if cell.strip()] if rows else []
    if not filled:
        return False
    try:
        parse_number(filled[0])
    except ValueError:
        return False
    return True


def with_block(
    log: ResourceLog,
    columns: Sequence[LogColumn],
    row: int,
    column: int,
    rows: Sequence[Sequence[str]],
) -> ResourceLog:
    """Paste a block of cells with its top-left at (row, column); rows are added at the end
    as needed. ValueError names the first cell that cannot be read."""
    for i, cells in enumerate(rows):
        while row + i >= len(log.periods):
            log = with_new_period(log)
        for j, text in enumerate(cells):
            if column + j >= len(columns):
                break
            target = columns[column + j]
            if target.is_number:
                try:
                    value: Any = parse_number(text)
                except ValueError:
                    raise ValueError(
                        f"pasted row {i + 1}, column '{target.header}': '{text}' is not a number"
                    ) from None
            else:
                value = text.strip()
            log = with_cell(log, row + i, target, value)
    return log


def issues_by_cell(
    log: ResourceLog, columns: Sequence[LogColumn], issues: Iterable[LogIssue]
) -> tuple[dict[tuple[int, int], list[LogIssue]], list[LogIssue]]:
    """Issues placed on (row, column) cells, and those that belong to no cell (gaps, kinds)."""
    rows_of: dict[str, list[int]] = {}
    for i, p in enumerate(log.periods):
        rows_of.setdefault(p.period, []).append(i)
    column_of: Mapping[str, int] = {
        name: j for j, c in enumerate(columns) for name in c.issue_fields(log)
    }
    placed: dict[tuple[int, int], list[LogIssue]] = {}
    loose = []
    for issue in issues:
        rows = rows_of.get(issue.period or "")
        j = column_of.get(issue.field or "")
        if not rows or j is None:
            loose.append(issue)
            continue
        for i in rows:
            placed.setdefault((i, j), []).append(issue)
    return placed, loose
