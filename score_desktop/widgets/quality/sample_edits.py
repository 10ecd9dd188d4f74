"""Pure edits of a quality study's data rows, used by the table model (no Qt here).

Typed and pasted numbers are read by the shared number reader (``tools/numbers.py``): a
decimal comma is accepted, and a column that can be read two ways ("1,234") is refused with
a message rather than guessed. Every function returns a new study or raises ValueError
saying which row and column is wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from score_desktop.tools.numbers import NumberReadError, read_column
from score_desktop.tools.quality.study import QualitySample, QualityStudy

MAX_PASTED_ROWS = 100_000


@dataclass(frozen=True)
class SampleColumn:
    key: str  # the QualitySample field
    header: str
    numeric: bool


def sample_columns(study: QualityStudy) -> tuple[SampleColumn, ...]:
    """The table's editable columns for the study's chart type."""
    unit = f" ({study.unit})" if study.unit else ""
    if study.is_attribute:
        what = "Defectives" if study.chart in ("p", "np") else "Defects"
        columns = [SampleColumn("value", f"{what} (count)", True)]
        if study.chart != "c":
            size = "Inspected (items)" if study.chart in ("p", "np") else "Inspected (units)"
            columns.append(SampleColumn("size", size, True))
    else:
        columns = [
            SampleColumn("value", f"Measurement{unit}", True),
            SampleColumn("subgroup", "Subgroup id", False),
        ]
    columns.append(SampleColumn("note", "Note", False))
    return tuple(columns)


def _number(text: str, column: SampleColumn, row: int) -> float | None:
    try:
        return read_column([text], column=column.header, first_row=row)[0]
    except NumberReadError as exc:
        raise ValueError(str(exc)) from None


def with_cell(study: QualityStudy, row: int, column: SampleColumn, text: str) -> QualityStudy:
    """The study with the cell at ``row`` (0-based) set from typed ``text``."""
    samples = list(study.samples)
    sample = samples[row]
    if column.numeric:
        value = _number(text, column, row + 1)
        if value is None and column.key == "value":
            raise ValueError(f"row {row + 1}: the {column.header.lower()} cannot be empty")
        if column.key == "size" and value is not None and value <= 0:
            raise ValueError(f"row {row + 1}: the sample size must be greater than 0")
        samples[row] = replace(sample, **{column.key: value})
    else:
        samples[row] = replace(sample, **{column.key: text.strip()})
    return replace(study, samples=tuple(samples))


def with_new_rows(study: QualityStudy, count: int = 1) -> QualityStudy:
    """Rows added at the end: a copy of the last row's sample size, value 0."""
    size = study.samples[-1].size if study.samples else None
    added = tuple(QualitySample(0.0, size=size) for _ in range(count))
    return replace(study, samples=study.samples + added)


def without_rows(study: QualityStudy, rows: set[int]) -> QualityStudy:
    return replace(study, samples=tuple(s for i, s in enumerate(study.samples) if i not in rows))


def split_pasted(text: str) -> list[list[str]]:
    """Excel's clipboard text (tab-separated cells, one line per row) as a grid."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t") for line in lines]


def with_pasted(
    study: QualityStudy, row: int, first_column: int, grid: list[list[str]]
) -> QualityStudy:
    """The study with ``grid`` pasted from cell (``row``, ``first_column``), adding rows as
    needed. A header line from Excel (words in a number column) is skipped."""
    columns = sample_columns(study)
    if not grid:
        return study
    if len(grid) > MAX_PASTED_ROWS:
        raise ValueError(f"{len(grid):,} rows are more than can be pasted ({MAX_PASTED_ROWS:,})")
    target = columns[first_column] if first_column < len(columns) else None
    if target is not None and target.numeric and grid and grid[0]:
        try:
            read_column([grid[0][0]])
        except NumberReadError:
            grid = grid[1:]  # the header row
    width = max(len(r) for r in grid) if grid else 0
    if first_column + width > len(columns):
        raise ValueError(
            f"the pasted block is {width} columns wide; from this column the table has "
            f"{len(columns) - first_column}"
        )
    read: dict[int, list[float | None]] = {}
    for offset in range(width):
        column = columns[first_column + offset]
        if not column.numeric:
            continue
        cells = [r[offset] if offset < len(r) else "" for r in grid]
        try:
            read[offset] = read_column(cells, column=column.header, first_row=row + 1)
        except NumberReadError as exc:
            raise ValueError(str(exc)) from None
    samples = list(study.samples)
    size = samples[-1].size if samples else None
    while len(samples) < row + len(grid):
        samples.append(QualitySample(0.0, size=size))
    for i, cells in enumerate(grid):
        changes: dict[str, object] = {}
        for offset in range(width):
            column = columns[first_column + offset]
            if column.numeric:
                value = read[offset][i]
                if value is None and column.key == "value":
                    raise ValueError(f"row {row + i + 1}: the {column.header.lower()} is empty")
                changes[column.key] = value
            else:
                changes[column.key] = (cells[offset] if offset < len(cells) else "").strip()
        samples[row + i] = replace(samples[row + i], **changes)  # type: ignore[arg-type]
    return replace(study, samples=tuple(samples))


def cell_text(sample: QualitySample, column: SampleColumn) -> str:
    value = getattr(sample, column.key)
    if value is None:
        return ""
    if column.numeric:
        return f"{value:.10g}"
    return str(value)
