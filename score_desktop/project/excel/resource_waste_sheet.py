"""The resource waste sheet: materials, material balance and cost of waste as formulas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    INTEGER,
    PERCENT,
    column_widths,
    put_text,
    section,
    table,
    title,
)
from score_desktop.project.excel.resource_log_sheet import (
    FIRST_ROW,
    LogLayout,
    letter,
    mark_inputs,
    put_formula,
    quoted,
    resource_sheet,
    show_axes,
)
from score_desktop.project.section_records import ResourceRecord
from score_desktop.tools.resource_efficiency import log_cost_of_waste

if TYPE_CHECKING:
    from score_desktop.project.excel.resource_sheets import BaselineSheet


def write_waste_sheet(
    wb: Workbook,
    record: ResourceRecord,
    layout: LogLayout,
    log_ws: Worksheet,
    calc: BaselineSheet,
    taken: set[str],
) -> None:
    """Materials, the material balance and the cost of waste per stream (whole log)."""
    log = record.log
    if not layout.materials and not layout.waste:
        return
    ws = resource_sheet(wb, record, "waste", taken)
    row = title(
        ws,
        f"Material balance and cost of waste: {record.name}",
        "Whole log. Prices and costs per kg are values; quantities and costs are formulas.",
    )
    src = quoted(log_ws)
    n = len(log.periods)

    def column_sum(column: int) -> str:
        name = letter(column)
        return f"=SUM({src}{name}{FIRST_ROW}:{name}{FIRST_ROW + n - 1})"

    currency = log.currency
    row = section(ws, row, "Materials bought")
    first, end = table(
        ws,
        row,
        ("Material", "Quantity [kg]", f"Price [{currency}/kg]", f"Value [{currency}]"),
        [
            (name, None, log.material_prices_per_kg.get(name, 0.0), None)
            for name in layout.materials
        ],
        (None, INTEGER, "0.000", INTEGER),
    )
    for r, column in zip(range(first, end), layout.materials.values(), strict=True):
        put_formula(ws, r, 2, column_sum(column), INTEGER)
        put_formula(ws, r, 4, f"=B{r}*C{r}", INTEGER)
    mark_inputs(ws, [(r, 3) for r in range(first, end)])
    m_first, m_last = first, end - 1
    row = end + 1
    kg_in = f"SUM(B{m_first}:B{m_last})" if layout.materials else "0"
    c = calc.columns
    cost_letter = letter(c["cost"])
    energy_cost = f"SUM({quoted(calc.ws)}{cost_letter}{calc.first}:{cost_letter}{calc.last})"
    product = column_sum(layout.fields["product_kg"])
    row = section(ws, row, "Material balance and rates (formulas unless marked)")
    summary = [
        ("Material in", f"={kg_in}", "kg", INTEGER),
        ("Material in product", product, "kg", INTEGER),
        ("Losses", f"=B{row}-B{row + 1}", "kg", INTEGER),
        ("Loss rate", f'=IF(B{row}>0,B{row + 2}/B{row},"")', "", PERCENT),
        (
            "Average material price",
            f"=IF(B{row}>0,SUM(D{m_first}:D{m_last})/B{row},0)" if layout.materials else 0,
            f"{currency}/kg",
            "0.000",
        ),
        ("Energy cost", f"={energy_cost}", currency, INTEGER),
        (
            "Energy cost per kg processed",
            f"=IF(B{row}>0,B{row + 5}/B{row},0)",
            f"{currency}/kg",
            "0.0000",
        ),
        (
            "Labour cost per kg processed (value)",
            log.labour_cost_per_kg_processed,
            f"{currency}/kg",
            "0.0000",
        ),
    ]
    for i, (label, value, unit, fmt) in enumerate(summary):
        put_text(ws, row + i, 1, label)
        cell = ws.cell(row=row + i, column=2, value=value)
        if fmt:
            cell.number_format = fmt
        if unit:
            put_text(ws, row + i, 3, unit)
    average, energy_rate, labour_rate = f"$B${row + 4}", f"$B${row + 6}", f"$B${row + 7}"
    mark_inputs(ws, [(row + 7, 2)])
    row += len(summary) + 1
    if not layout.waste:
        column_widths(ws, (34, 16, 14, 14))
        return
    try:
        order = [s.name for s in log_cost_of_waste(log).streams]
    except ValueError:
        order = list(layout.waste)
    row = section(ws, row, "Cost of waste by stream (largest first when exported)")
    headers = (
        "Waste stream",
        "Kind",
        "Quantity [kg]",
        f"Material value per kg [{currency}/kg] (value)",
        f"Material value [{currency}]",
        f"Disposal per kg [{currency}/kg] (value)",
        f"Disposal [{currency}]",
        f"Energy [{currency}]",
        f"Labour [{currency}]",
        f"Scrap revenue per kg [{currency}/kg] (value)",
        f"Scrap revenue [{currency}]",
        f"Cost of waste [{currency}]",
        "Cumulative share",
    )
    rows = []
    for name in order:
        s = log.waste_streams.get(name)
        own = s.material_value_per_kg if s is not None else None
        rows.append(
            [
                name,
                s.kind if s is not None else "solid waste",
                None,
                own,
                None,
                s.disposal_cost_per_kg if s is not None else 0.0,
                None,
                None,
                None,
                s.revenue_per_kg if s is not None else 0.0,
                None,
                None,
                None,
            ]
        )
    formats = (
        None,
        None,
        INTEGER,
        "0.000",
        INTEGER,
        "0.000",
        INTEGER,
        INTEGER,
        INTEGER,
        "0.000",
        INTEGER,
        INTEGER,
        PERCENT,
    )
    first, end = table(ws, row, headers, rows, formats)
    last = end - 1
    for r, name in zip(range(first, end), order, strict=True):
        put_formula(ws, r, 3, column_sum(layout.waste[name]), INTEGER)
        if ws.cell(row=r, column=4).value is None:
            ws.cell(row=r, column=4, value=f"={average}").number_format = "0.000"
        else:
            mark_inputs(ws, [(r, 4)])
        mark_inputs(ws, [(r, 6), (r, 10)])
        formulas = {
            5: f"=C{r}*D{r}",
            7: f"=C{r}*F{r}",
            8: f"=C{r}*{energy_rate}",
            9: f"=C{r}*{labour_rate}",
            11: f"=C{r}*J{r}",
            12: f"=E{r}+G{r}+H{r}+I{r}-K{r}",
            13: f'=IF(SUMIF($L${first}:$L${last},">0")>0,'
            f'SUMIF($L${first}:$L{r},">0")/SUMIF($L${first}:$L${last},">0"),0)',
        }
        for column, formula in formulas.items():
            ws.cell(row=r, column=column, value=formula).number_format = formats[column - 1]
    put_text(ws, end, 1, "Total")
    ws.cell(row=end, column=12, value=f"=SUM(L{first}:L{last})").number_format = INTEGER
    column_widths(ws, (34, 16, 14, 16, 14, 14, 14, 14, 14, 16, 14, 16, 12))
    ws.row_dimensions[row].height = 60
    bars = BarChart()
    bars.title = "Cost of waste by stream (Pareto)"
    bars.y_axis.title = f"Cost of waste [{currency}]"
    bars.add_data(Reference(ws, min_col=12, min_row=first - 1, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    share = LineChart()
    share.add_data(
        Reference(ws, min_col=13, min_row=first - 1, max_row=last), titles_from_data=True
    )
    share.y_axis.axId = 200
    share.y_axis.title = "Cumulative share"
    share.y_axis.number_format = "0%"
    share.y_axis.scaling.min = 0
    share.y_axis.scaling.max = 1
    share.y_axis.crosses = "max"
    bars += share
    bars.height, bars.width = 9, 20
    show_axes(bars, share)
    ws.add_chart(bars, ws.cell(row=end + 2, column=1).coordinate)
