"""Quality studies and action lists in the workbook.

A study's sheet holds its settings, the control limits in force, capability, the Pareto
table, the cause-and-effect outline and the limit history, then the points table (left)
beside the data rows (right). Where Excel can compute a figure from the sheet it is a live
formula (Shewhart limits from the phase I points, point statistics from the data rows,
capability indices, expected ppm, Pareto shares); what Excel cannot compute (intervals,
Anderson-Darling, Box-Cox, EWMA/CUSUM, unequal subgroups) is written as the app's value,
and the sheet says which is which. The action list sheet flags overdue actions by formula.
"""

from __future__ import annotations

import math
from typing import Any

from openpyxl.utils import get_column_letter as col
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    INTEGER,
    column_widths,
    key_values,
    new_sheet,
    put,
    put_text,
    section,
    sheet_name,
    title,
)
from score_desktop.project.excel.quality_parts import (
    LIVE,
    NUMBER,
    VALUE,
    capability_part,
    causes_part,
    history_part,
    pareto_part,
)
from score_desktop.project.excel.quality_parts import (
    number_or_none as _f,
)
from score_desktop.project.records import Project

POINTS_FIRST_COLUMN = 12  # L: the points table, right of the summary
HEADER_ROW = 4


def _point_columns(study: Any, result: Any) -> list[tuple[str, str]]:
    """(key, header) of the points table's columns for the study's chart."""
    unit = f" ({study.unit})" if study.unit else ""
    kind = study.chart
    main = result.series[0]
    columns = [("point", "Point"), ("row", "First data row")]
    if kind == "imr":
        columns += [("x", f"Value{unit}"), ("mr", f"Moving range{unit}")]
    elif kind in ("xbar-r", "xbar-s"):
        columns += [
            ("n", "n (values)"),
            ("mean", f"Mean{unit}"),
            ("range", f"Range{unit}"),
            ("sd", f"Std dev{unit}"),
        ]
    elif kind in ("p", "np", "c", "u"):
        columns += [("count", "Count"), ("size", "Sample size"), ("x", main.name)]
    else:
        columns += [("x", f"{main.name}{unit}")]
    return [
        *columns,
        ("cl", "Centre line"),
        ("ucl", "UCL"),
        ("lcl", "LCL"),
        ("signals", "Signals (rule)"),
    ]


class _Layout:
    """Where the points and the data rows are, and whether Excel can compute from them."""

    def __init__(self, study: Any, data: Any, point_rows: tuple[int, ...], keys: list[str]):
        self.point_rows = point_rows
        self.letters = {k: col(POINTS_FIRST_COLUMN + i) for i, k in enumerate(keys)}
        self.data_column = POINTS_FIRST_COLUMN + len(keys) + 1  # the data's row numbers
        self.value = col(self.data_column + 1)
        self.size = col(self.data_column + 2)
        self.sizes: tuple[int, ...] = ()
        self.contiguous = False
        if data is not None and not study.is_attribute:
            self.sizes = tuple(len(g) for g in data.subgroups)
            ends = [r + n for r, n in zip(point_rows, self.sizes, strict=True)]
            self.contiguous = all(e == r for e, r in zip(ends, point_rows[1:], strict=False))

    def __getitem__(self, key: str) -> str:
        return self.letters[key]

    @staticmethod
    def point_row(point: int) -> int:
        """Sheet row of 0-based point ``point``."""
        return HEADER_ROW + 1 + point

    @staticmethod
    def data_row(row: int) -> int:
        """Sheet row of 1-based data row ``row``."""
        return HEADER_ROW + row

    def data_range(self, point: int) -> str:
        a = self.data_row(self.point_rows[point])
        return f"{self.value}{a}:{self.value}{a + self.sizes[point] - 1}"


def write_quality_study(wb: Workbook, project: Project, study: Any, taken: set[str]) -> None:
    from score_desktop.tools.quality.errors import QualityInputError
    from score_desktop.tools.quality.model import CHART_TITLES
    from score_desktop.tools.quality.study import study_capability, study_chart, study_data

    ws = new_sheet(wb, sheet_name(f"Quality {study.name}", taken))
    row = title(
        ws,
        f"Quality study: {study.name}",
        "Figures marked live formula recompute in Excel; the others are the app's values.",
    )
    ws.freeze_panes = "A5"
    unit = study.unit
    row = section(ws, row, "Study")
    start = row
    row = key_values(
        ws,
        row,
        [
            ("Characteristic", study.characteristic, "", None),
            ("Unit", unit, "", None),
            ("Chart", CHART_TITLES[study.chart], "", None),
            ("Run rules", ", ".join(study.rules), "", None),
            ("Subgroup size", study.subgroup_size, "values", INTEGER),
            ("Lower specification limit (LSL)", study.lsl, unit, NUMBER),
            ("Upper specification limit (USL)", study.usl, unit, NUMBER),
            ("Target", study.target, unit, NUMBER),
        ],
    )
    cells: dict[str, Any] = {
        "lsl": f"B{start + 5}",
        "usl": f"B{start + 6}",
        "target": f"B{start + 7}",
    }
    try:
        data, point_rows = study_data(study)
        result = study_chart(study)
        chart_error = ""
    except QualityInputError as exc:
        data, point_rows, result, chart_error = None, (), None, str(exc)
    keys = [k for k, _ in _point_columns(study, result)] if result is not None else []
    layout = _Layout(study, data, point_rows, keys)
    row += 1
    row = section(ws, row, "Control limits in force")
    if result is None:
        put_text(ws, row, 1, f"No chart: {chart_error}")
        row += 2
    else:
        row = _limits(ws, row, study, result, layout, cells)
    row = section(ws, row, "Capability")
    capability, reason = None, ""
    if study.is_attribute:
        reason = "counts have no capability indices (see p-bar or u-bar)"
    elif study.lsl is None and study.usl is None:
        reason = "no LSL or USL given"
    else:
        try:
            capability = study_capability(study)
        except QualityInputError as exc:
            reason = str(exc)
    if capability is None:
        put_text(ws, row, 1, f"Not computed: {reason}")
        row += 2
    else:
        row = capability_part(ws, row, study, capability, layout, cells)
    row = pareto_part(ws, row, project, study, cells)
    row = causes_part(ws, row, study)
    row = history_part(ws, row, study)
    if result is not None:
        row = _control_chart(ws, row + 1, study, result, layout)
    if "pareto" in cells:
        _pareto_chart(ws, row + 1, cells["pareto"])
    if result is not None:
        _points(ws, study, result, layout, cells)
    _data(ws, study, layout)
    widths = [34, 16, 16, 14, 14, 14, 14, 4, 4, 4, 4] + [12] * (len(keys) + 6) + [30]
    column_widths(ws, widths)


def _control_chart(ws: Worksheet, row: int, study: Any, result: Any, layout: _Layout) -> int:
    """A native Excel line chart of the main statistic with its centre line and limits."""
    from openpyxl.chart import LineChart, Reference

    from score_desktop.tools.quality.model import CHART_TITLES

    column = {"xbar-r": "mean", "xbar-s": "mean"}.get(study.chart, "x")
    first = layout.point_row(0)
    last = layout.point_row(len(result.series[0].values) - 1)
    chart = LineChart()
    chart.title = CHART_TITLES[study.chart]
    chart.y_axis.title = result.series[0].name + (f" ({study.unit})" if study.unit else "")
    chart.x_axis.title = "Point"
    for key in (column, "cl", "ucl", "lcl"):
        index = POINTS_FIRST_COLUMN + list(layout.letters).index(key)
        ref = Reference(ws, min_col=index, min_row=HEADER_ROW, max_row=last)
        chart.add_data(ref, titles_from_data=True)
    for series in chart.series:
        series.smooth = False  # a control chart joins its points with straight lines
    for series, style in zip(chart.series[1:], ("solid", "dash", "dash"), strict=True):
        series.graphicalProperties.line.dashStyle = style
        series.marker.symbol = "none"
    points = POINTS_FIRST_COLUMN + list(layout.letters).index("point")
    chart.set_categories(Reference(ws, min_col=points, min_row=first, max_row=last))
    main = result.series[0]
    shown = [
        v for v in (*main.values, *main.upper, *main.lower) if v is not None and math.isfinite(v)
    ]
    if shown:  # the data's own range, not from zero, so the limits are readable
        low, high = min(shown), max(shown)
        margin = (high - low) * 0.08 or abs(high) * 0.05 or 1.0
        chart.y_axis.scaling.min = low - margin
        chart.y_axis.scaling.max = high + margin
    chart.y_axis.number_format = "0.000"
    for axis in (chart.x_axis, chart.y_axis):
        axis.delete = False  # recent Excel hides axes openpyxl does not mark as shown
    chart.height, chart.width = 9, 22
    ws.add_chart(chart, f"A{row}")
    return row + 19


def _pareto_chart(ws: Worksheet, row: int, rows: tuple[int, int]) -> None:
    """A native Pareto: bars of the counts and the cumulative share on a second axis."""
    from openpyxl.chart import BarChart, LineChart, Reference

    first, last = rows
    bar = BarChart()
    bar.title = "Pareto of defects"
    bar.y_axis.title = "Count (defects)"
    bar.add_data(Reference(ws, min_col=2, min_row=first - 1, max_row=last), titles_from_data=True)
    bar.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    line = LineChart()
    line.add_data(Reference(ws, min_col=4, min_row=first - 1, max_row=last), titles_from_data=True)
    line.y_axis.axId = 200
    line.y_axis.title = "Cumulative share"
    line.y_axis.number_format = "0%"
    line.y_axis.scaling.min = 0
    line.y_axis.scaling.max = 1
    line.y_axis.crosses = "max"
    line.series[0].smooth = False
    for axis in (bar.x_axis, bar.y_axis, line.y_axis):
        axis.delete = False
    bar += line
    bar.height, bar.width = 9, 22
    ws.add_chart(bar, f"A{row}")


def _limits(ws: Worksheet, row: int, study: Any, result: Any, layout: _Layout, cells: dict) -> int:
    from score_desktop.tools.quality.charts import estimate_limits
    from score_desktop.tools.quality.constants import factors
    from score_desktop.tools.quality.study import study_data

    limits = result.limits
    kind = study.chart
    revision = study.frozen_limits()
    live = kind in ("p", "np", "c", "u") or (
        layout.contiguous and (kind == "imr" or (kind in ("xbar-r", "xbar-s") and limits.size))
    )
    if live and revision is not None:  # frozen limits stay live only while phase I is unchanged
        data, _ = study_data(study)
        again = estimate_limits(study.settings(), data, limits.phase1_first, limits.phase1_last)
        live = all(
            math.isclose(a, b, rel_tol=1e-9) or (math.isnan(a) and math.isnan(b))
            for a, b in ((again.centre, limits.centre), (again.sigma, limits.sigma))
        )
    frozen = (
        f"frozen on {revision.when[:16].replace('T', ' ')} ({revision.reason or 'no reason given'})"
        if revision is not None
        else "not frozen: estimated from all points"
    )
    row = key_values(
        ws,
        row,
        [
            ("Phase I points", f"{limits.phase1_first + 1} to {limits.phase1_last + 1}", "", None),
            ("Limits", frozen, "", None),
            ("Sigma estimated by", limits.method, "", None),
        ],
    )
    f, last = layout.point_row(limits.phase1_first), layout.point_row(limits.phase1_last)
    cells.update(centre=f"B{row}", sigma=f"B{row + 1}", spread=f"B{row + 2}")
    formula: dict[str, str] = {}
    if live and kind == "imr":
        x, mr = layout["x"], layout["mr"]
        formula = {
            "centre": f"=AVERAGE({x}{f}:{x}{last})",
            "spread": f"=AVERAGE({mr}{f + 1}:{mr}{last})",
            "sigma": f"={cells['spread']}/{factors(2).d2!r}",
        }
    elif live and kind in ("xbar-r", "xbar-s"):
        size = int(limits.size or 0)
        spread = layout["range"] if kind == "xbar-r" else layout["sd"]
        constant = factors(size).d2 if kind == "xbar-r" else factors(size).c4
        mean = layout["mean"]
        formula = {
            "centre": f"=AVERAGE({mean}{f}:{mean}{last})",
            "spread": f"=AVERAGE({spread}{f}:{spread}{last})",
            "sigma": f"={cells['spread']}/{constant!r}",
        }
    elif live and kind in ("p", "np", "u"):
        c, n = layout["count"], layout["size"]
        formula = {"centre": f"=SUM({c}{f}:{c}{last})/SUM({n}{f}:{n}{last})"}
    elif live and kind == "c":
        c = layout["count"]
        formula = {"centre": f"=AVERAGE({c}{f}:{c}{last})"}
    label = {"p": "p-bar", "np": "p-bar", "c": "c-bar", "u": "u-bar"}.get(kind, "Centre line")
    lines = [(label, "centre", limits.centre), ("Sigma of the process", "sigma", limits.sigma)]
    spread_label = {"imr": "MR-bar", "xbar-r": "R-bar", "xbar-s": "s-bar"}.get(kind)
    if spread_label:
        lines.append((spread_label, "spread", limits.spread))
    for text, key, value in lines:
        put_text(ws, row, 1, text)
        if key in formula:
            ws.cell(row=row, column=2, value=formula[key])
            put_text(ws, row, 3, LIVE)
        else:
            put(ws, row, 2, _f(value))
            put_text(ws, row, 3, VALUE)
        ws.cell(row=row, column=2).number_format = NUMBER
        row += 1
    cells["live"] = "yes" if "centre" in formula else ""
    signalled = result.signalled_points()
    text = "; ".join(f"point {p + 1}: {', '.join(r)}" for p, r in signalled.items())
    put_text(ws, row, 1, "Signals (point: run rules)")
    put_text(ws, row, 2, text or "none")
    return row + 2


def _points(ws: Worksheet, study: Any, result: Any, layout: _Layout, cells: dict) -> None:
    """The points table: statistics by formula from the data rows where those are contiguous,
    centre line and limits per point by formula from the limits cells when they are live."""
    kind = study.chart
    main = result.series[0]
    signals = result.signalled_points()
    columns = _point_columns(study, result)
    for i, (_, header) in enumerate(columns):
        put_text(ws, HEADER_ROW, POINTS_FIRST_COLUMN + i, header)
        _header_style(ws.cell(row=HEADER_ROW, column=POINTS_FIRST_COLUMN + i))
    live = bool(cells.get("live"))
    L = layout
    for p, value in enumerate(main.values):
        r = L.point_row(p)
        first_row = L.point_rows[p]
        d = L.data_row(first_row)

        def put_at(key: str, item: Any, fmt: str = NUMBER, r: int = r) -> None:
            cell = ws.cell(row=r, column=POINTS_FIRST_COLUMN + list(L.letters).index(key))
            cell.value = item
            cell.number_format = fmt

        put_at("point", p + 1, INTEGER)
        put_at("row", first_row, INTEGER)
        if kind == "imr":
            put_at("x", f"={L.value}{d}" if L.contiguous else _f(value))
            if p:
                put_at("mr", f"=ABS({L['x']}{r}-{L['x']}{r - 1})")
        elif kind in ("xbar-r", "xbar-s"):
            if L.contiguous:
                cells_range = L.data_range(p)
                put_at("n", f"=COUNT({cells_range})", INTEGER)
                put_at("mean", f"=AVERAGE({cells_range})")
                put_at("range", f"=MAX({cells_range})-MIN({cells_range})")
                put_at("sd", f"=STDEV({cells_range})")
            else:
                put_at("n", L.sizes[p], INTEGER)
                put_at("mean", _f(value))
        elif kind in ("p", "np", "c", "u"):
            put_at("count", f"={L.value}{d}", INTEGER)
            sample = study.samples[p]
            put_at("size", f"={L.size}{d}" if sample.size is not None else 1, INTEGER)
            c, n = L["count"], L["size"]
            put_at("x", f"={c}{r}/{n}{r}" if kind in ("p", "u") else f"={c}{r}")
        else:
            put_at("x", _f(value))
        formulas = _limit_formulas(kind, r, cells, L, p, result) if live else None
        for i, key in enumerate(("cl", "ucl", "lcl")):
            fallback = (main.centre, main.upper, main.lower)[i][p]
            put_at(key, formulas[i] if formulas else _f(fallback))
        put_at("signals", ", ".join(signals.get(p, ())), "General")


def _limit_formulas(kind: str, r: int, cells: dict, L: _Layout, p: int, result: Any) -> tuple:
    centre, sigma = cells["centre"], cells["sigma"]
    if kind == "imr":
        return f"={centre}", f"={centre}+3*{sigma}", f"={centre}-3*{sigma}"
    if kind in ("xbar-r", "xbar-s"):
        root = f"SQRT({L['n']}{r})"
        return f"={centre}", f"={centre}+3*{sigma}/{root}", f"={centre}-3*{sigma}/{root}"
    n_cell = f"{L['size']}{r}" if kind in ("p", "u") else ""
    if kind == "p":
        sd = f"SQRT({centre}*(1-{centre})/{n_cell})"
        return f"={centre}", f"=MIN(1,{centre}+3*{sd})", f"=MAX(0,{centre}-3*{sd})"
    if kind == "np":
        n = repr(float(result.limits.size))
        sd = f"SQRT({n}*{centre}*(1-{centre}))"
        return (
            f"={n}*{centre}",
            f"=MIN({n},{n}*{centre}+3*{sd})",
            f"=MAX(0,{n}*{centre}-3*{sd})",
        )
    if kind == "c":
        return f"={centre}", f"={centre}+3*SQRT({centre})", f"=MAX(0,{centre}-3*SQRT({centre}))"
    sd = f"SQRT({centre}/{n_cell})"
    return f"={centre}", f"={centre}+3*{sd}", f"=MAX(0,{centre}-3*{sd})"


def _header_style(cell: Any) -> None:
    from openpyxl.styles import Alignment

    from score_desktop.project.excel.cells import GRID, HEADER_FILL, HEADER_FONT

    cell.font = HEADER_FONT
    cell.fill = HEADER_FILL
    cell.alignment = Alignment(wrap_text=True, vertical="center")
    cell.border = GRID


def _data(ws: Worksheet, study: Any, layout: _Layout) -> None:
    """The data rows as entered, right of the points table."""
    unit = f" ({study.unit})" if study.unit else ""
    heads = ["Data row", "Count" if study.is_attribute else f"Value{unit}", "Sample size"]
    heads += ["Subgroup", "Note"]
    for offset, text in enumerate(heads):
        put_text(ws, HEADER_ROW, layout.data_column + offset, text)
        _header_style(ws.cell(row=HEADER_ROW, column=layout.data_column + offset))
    for i, s in enumerate(study.samples, start=1):
        r = layout.data_row(i)
        put(ws, r, layout.data_column, i, INTEGER)
        put(ws, r, layout.data_column + 1, s.value, NUMBER)
        put(ws, r, layout.data_column + 2, s.size, "General")
        put_text(ws, r, layout.data_column + 3, s.subgroup)
        put_text(ws, r, layout.data_column + 4, s.note)
