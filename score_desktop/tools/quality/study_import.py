"""Data rows for a quality study from a measurement table (CSV or Excel, see ``table.py``).

Measurements come from one column (one value per row); long-form data may name a subgroup-id
column. Counts come from one column with the sample sizes from another (p, np, u). Every
refusal names the file row and the column.
"""

from __future__ import annotations

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.study import QualitySample
from score_desktop.tools.quality.table import Table

MAX_IMPORTED_ROWS = 100_000


def samples_from_table(
    table: Table,
    column: str,
    size_column: str | None = None,
    subgroup_column: str | None = None,
    note_column: str | None = None,
) -> tuple[QualitySample, ...]:
    """One sample per data row of ``table``; blank rows at the end are ignored."""
    rows = [(r, cells) for r, cells in table.rows if any(str(c or "").strip() for c in cells)]
    table = Table(table.source, table.header, tuple(rows))
    if not rows:
        raise QualityInputError(f"{table.source}: the table has no data rows")
    if len(rows) > MAX_IMPORTED_ROWS:
        raise QualityInputError(
            f"{table.source}: {len(rows):,} rows are more than a study can hold "
            f"({MAX_IMPORTED_ROWS:,})"
        )
    values = table.numbers(table.column_index(column), "value")
    sizes: list[float | None] = [None] * len(values)
    if size_column:
        read = table.numbers(table.column_index(size_column), "sample size")
        for row, size in read:
            if size <= 0:
                raise QualityInputError(
                    f'{table.source}: row {row}: the sample size in column "{size_column}" '
                    f"must be greater than 0, found {size:g}"
                )
        sizes = [size for _, size in read]
    groups = [""] * len(values)
    if subgroup_column:
        groups = [text for _, text in table.texts(table.column_index(subgroup_column))]
    notes = [""] * len(values)
    if note_column:
        notes = [text[:2000] for _, text in table.texts(table.column_index(note_column))]
    return tuple(
        QualitySample(value, size=size, subgroup=group[:100], note=note)
        for (_, value), size, group, note in zip(values, sizes, groups, notes, strict=True)
    )
