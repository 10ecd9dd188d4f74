"""From a measurement table to chart data: columns, subgroups, sample sizes, file rows.

Variables: one value per row (I-MR, EWMA, CUSUM), consecutive rows in subgroups of
``subgroup`` values, or long form with a subgroup-id column (rows with the same id form one
subgroup, in order of first appearance). Attributes: a count column and either a constant
sample size (``subgroup``) or a sample-size column. Each point keeps the file row it starts
on, so that an error or a signal can name the row.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import (
    ATTRIBUTE_CHARTS,
    AttributeData,
    ChartData,
    VariablesData,
)
from score_desktop.tools.quality.table import Table


@dataclass(frozen=True)
class PointRows:
    """The file row each point starts on (1-based), for messages."""

    rows: tuple[int, ...]

    def row_of(self, point: int) -> int:
        """File row of 1-based point ``point``."""
        return self.rows[point - 1] if 1 <= point <= len(self.rows) else point


def chart_data(
    table: Table,
    kind: str,
    column: str | None = None,
    subgroup: int | None = None,
    subgroup_column: str | None = None,
    size_column: str | None = None,
) -> tuple[ChartData, PointRows]:
    col = table.column_index(column)
    if kind in ATTRIBUTE_CHARTS:
        what = "number of defectives" if kind in ("p", "np") else "number of defects"
        counts = table.numbers(col, what)
        if size_column is not None:
            sizes = [v for _, v in table.numbers(table.column_index(size_column), "sample size")]
        elif subgroup is not None:
            sizes = [float(subgroup)] * len(counts)
        elif kind == "c":
            sizes = [1.0] * len(counts)
        else:
            raise QualityInputError(
                f"the {kind} chart needs the sample sizes: give --subgroup N (the same for "
                "every sample) or --size-column NAME"
            )
        data = AttributeData(tuple(v for _, v in counts), tuple(sizes))
        return data, PointRows(tuple(r for r, _ in counts))
    values = table.numbers(col, "measurement")
    if subgroup_column is not None:
        ids = table.texts(table.column_index(subgroup_column))
        groups: dict[str, list[float]] = {}
        first_row: dict[str, int] = {}
        for (row, key), (_, v) in zip(ids, values, strict=True):
            if not key:
                raise QualityInputError(f"{table.source}: row {row}: the subgroup id is empty")
            groups.setdefault(key, []).append(v)
            first_row.setdefault(key, row)
        data = VariablesData(tuple(tuple(g) for g in groups.values()))
        return data, PointRows(tuple(first_row.values()))
    if subgroup is not None and subgroup > 1:
        if len(values) % subgroup:
            left = len(values) % subgroup
            row = values[len(values) - left][0]
            raise QualityInputError(
                f"{table.source}: row {row}: the last {left} value(s) do not fill a subgroup "
                f"of {subgroup}"
            )
        chunks = [values[i : i + subgroup] for i in range(0, len(values), subgroup)]
        data = VariablesData(tuple(tuple(v for _, v in c) for c in chunks))
        return data, PointRows(tuple(c[0][0] for c in chunks))
    return VariablesData.individuals([v for _, v in values]), PointRows(tuple(r for r, _ in values))


def parse_points(text: str, count: int) -> tuple[int, int]:
    """``"A-B"`` (points A to B, from 1) or ``"N"`` (points 1 to N) as 0-based (first, last)."""
    raw = text.strip()
    try:
        if "-" in raw:
            a, b = (int(p) for p in raw.split("-", 1))
        else:
            a, b = 1, int(raw)
    except ValueError:
        raise QualityInputError(
            f'the phase I period "{text}" is not "FIRST-LAST" or "N" (point numbers)'
        ) from None
    if not 1 <= a <= b <= count:
        raise QualityInputError(
            f"the phase I period {a}-{b} is not within the {count} points of the chart"
        )
    return a - 1, b - 1
