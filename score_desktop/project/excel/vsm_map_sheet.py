"""The live sheet of one value-stream map: step data as inputs, map figures as formulas.

The customer's demand, the available time, each step's cycle time, changeover, uptime,
machines, inventory and available time are input cells. Load, capacity, utilisation,
inventory days, the lead-time ladder, processing time, value-added time, PCE and the
bottleneck are formulas over them (definitions in ``tools/vsm/static.py``), so a consultant
who changes an inventory or a cycle time sees the ladder and PCE follow. Two things stay
values, labelled as such: the parts each step processes per part delivered (the flow shares,
scrap and rework solved by the app) and the path of the ladder (the longest path at export).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL2,
    DECIMAL3,
    INTEGER,
    PERCENT,
    column_widths,
    new_sheet,
    put,
    put_text,
    section,
    sheet_count,
    sheet_name,
    title,
)
from score_desktop.project.excel.live import (
    excel_table,
    formula,
    input_cell,
    name_cell,
    quoted,
    validation,
)
from score_desktop.tools.vsm.model import CUSTOMER, ValueStreamMap
from score_desktop.tools.vsm.static import StaticFigures, visit_ratios

#: The step table's columns: (header, number format, kind) - kind "in" is an input cell.
STEP_COLUMNS = (
    ("Step", None, "text"),
    ("Cycle time (s)", DECIMAL1, "in"),
    ("Changeover (s)", DECIMAL1, "in"),
    ("Uptime", PERCENT, "in"),
    ("Machines", INTEGER, "in"),
    ("Operators", INTEGER, "value"),
    ("Batch (pcs)", INTEGER, "value"),
    ("Inventory kind", None, "text"),
    ("Inventory in front (pcs)", INTEGER, "in"),
    ("Available time (s/day)", INTEGER, "in"),
    ("Parts per part delivered (app)", DECIMAL3, "value"),
    ("Load (pcs/day)", DECIMAL1, "formula"),
    ("Inventory (days of demand)", DECIMAL2, "formula"),
    ("Capacity (pcs/day)", INTEGER, "formula"),
    ("Utilisation", PERCENT, "formula"),
    ("Linked", None, "text"),
)
COL = {header: i for i, (header, _, _) in enumerate(STEP_COLUMNS, start=1)}


def _c(header: str) -> str:
    return get_column_letter(COL[header])


@dataclass
class MapCells:
    """Where a map's figures are (for the comparison sheet's references)."""

    sheet: str
    cells: dict[str, str] = field(default_factory=dict)

    def ref(self, key: str) -> str | None:
        cell = self.cells.get(key)
        return None if cell is None else "'" + self.sheet.replace("'", "''") + "'!" + cell


def _finite(x: Any) -> Any:
    """The engine's value as a formula shows it: a blank where the engine has infinity."""
    return None if isinstance(x, float) and not math.isfinite(x) else x


def write_map_sheet(
    wb: Workbook,
    m: ValueStreamMap,
    figures: StaticFigures | None,
    found: list[str],
    taken: set[str],
) -> tuple[Worksheet, int, MapCells]:
    """The sheet "VSM <name>" up to its map figures; returns (sheet, next row, cells)."""
    ws = new_sheet(wb, sheet_name(f"VSM {m.name}", taken))
    out = MapCells(ws.title)
    title(ws, m.name, "Value-stream map (orange cells may be changed)")
    ws.freeze_panes = "A4"
    row = _customer(ws, 4, m, figures, out)
    if found:
        row = section(ws, row + 1, "Problems (no figures until they are fixed)")
        for p in found:
            put_text(ws, row, 1, p)
            row += 1
    row, rows = _steps(wb, ws, row + 1, m, figures)
    if figures is not None:
        row = _ladder(ws, row + 1, m, figures, rows, out)
    column_widths(ws, (30, 14, 14, 12, 10, 10, 10, 14, 14, 14, 14, 12, 14, 14, 12, 30))
    return ws, row, out


def _customer(
    ws: Worksheet, row: int, m: ValueStreamMap, f: StaticFigures | None, out: MapCells
) -> int:
    c = m.customer
    row = section(ws, row, "Customer")
    positive = validation(ws, "decimal", "greaterThan", "0", message="Enter a value above 0.")
    count = validation(ws, "decimal", "greaterThanOrEqual", "0", message="Enter 0 or more.")
    put_text(ws, row, 1, "Customer")
    put_text(ws, row, 2, c.name)
    row += 1
    put_text(ws, row, 1, "Demand")
    demand = f.demand_per_day if f else c.demand_per_day
    out.cells["demand"] = input_cell(ws, row, 2, demand, INTEGER, name="Demand", validation=count)
    put_text(ws, row, 3, "pcs/day")
    row += 1
    put_text(ws, row, 1, "Demand from")
    put_text(ws, row, 2, c.demand_ref or "typed in")
    row += 1
    put_text(ws, row, 1, "Available time")
    day_s = f.available_time_per_day_s if f else c.calendar.available_seconds_per_day()
    input_cell(ws, row, 2, day_s, INTEGER, name="AvailableTime", validation=positive)
    put_text(ws, row, 3, "s/day (the customer's calendar)")
    row += 1
    put_text(ws, row, 1, "Takt")
    if f is None:
        put(ws, row, 2, None)
    elif f.demand_per_day > 0 and math.isclose(
        f.takt_s, f.available_time_per_day_s / f.demand_per_day, rel_tol=1e-12
    ):
        formula(ws, row, 2, '=IF(Demand>0,AvailableTime/Demand,"")', f.takt_s, DECIMAL1)
    else:
        put(ws, row, 2, _finite(f.takt_s), DECIMAL1)
        put_text(ws, row, 4, "value: the takt of the linked demand settings")
    put_text(ws, row, 3, "s")
    row += 1
    put_text(ws, row, 1, "Finished goods")
    input_cell(
        ws, row, 2, c.finished_goods.inventory, INTEGER, name="FinishedGoods", validation=count
    )
    put_text(ws, row, 3, "pcs")
    row += 1
    put_text(ws, row, 1, "Finished goods (days of demand)")
    if f is not None:
        out.cells["fg_days"] = formula(
            ws,
            row,
            2,
            '=IF(Demand>0,FinishedGoods/Demand,IF(FinishedGoods=0,0,""))',
            _finite(f.finished_goods_days),
            DECIMAL2,
        )
        name_cell(ws, "FinishedGoodsDays", row)
    put_text(ws, row, 3, "days")
    return row + 1


def _steps(
    wb: Workbook, ws: Worksheet, row: int, m: ValueStreamMap, f: StaticFigures | None
) -> tuple[int, dict[str, int]]:
    """The step table (an Excel table); returns (next row, step name -> its row)."""
    row = section(ws, row, "Process steps")
    headers = [h for h, _, _ in STEP_COLUMNS]
    first, last = excel_table(ws, f"Steps{sheet_count(wb)}", row, headers, len(m.steps))
    positive = validation(ws, "decimal", "greaterThan", "0", message="Enter a value above 0.")
    share = validation(ws, "decimal", "between", "0.000001", "1", "Uptime: above 0 up to 100 %.")
    machines = validation(ws, "whole", "greaterThanOrEqual", "1", message="At least 1 machine.")
    count = validation(ws, "decimal", "greaterThanOrEqual", "0", message="Enter 0 or more.")
    rules = {
        "Cycle time (s)": positive,
        "Changeover (s)": count,
        "Uptime": share,
        "Machines": machines,
        "Inventory in front (pcs)": count,
        "Available time (s/day)": positive,
    }
    visits, delivered = visit_ratios(m) if f is not None else ({}, 0.0)
    rows: dict[str, int] = {}
    for i, s in enumerate(m.steps):
        r = first + i
        rows[s.name] = r
        sf = f.step(s.name) if f is not None else None
        linked = ", ".join(
            x
            for x in (
                s.cycle_time_ref and f"C/T from line {s.cycle_time_ref}",
                s.uptime_ref and f"uptime from OEE {s.uptime_ref}",
            )
            if x
        )
        calendar = s.calendar or m.customer.calendar
        values: dict[str, Any] = {
            "Step": s.name,
            "Cycle time (s)": sf.cycle_time_s if sf else s.cycle_time.mean_seconds(),
            "Changeover (s)": s.changeover.mean_seconds(),
            "Uptime": sf.uptime if sf else s.availability(),
            "Machines": s.machines,
            "Operators": s.operators,
            "Batch (pcs)": s.batch_size,
            "Inventory kind": s.buffer.rule,
            "Inventory in front (pcs)": s.buffer.inventory,
            "Available time (s/day)": calendar.available_seconds_per_day(),
            "Parts per part delivered (app)": (
                visits[s.name] / delivered if sf and delivered > 0 else None
            ),
            "Linked": linked,
        }
        ct, up, mc = (f"{_c(h)}{r}" for h in ("Cycle time (s)", "Uptime", "Machines"))
        load, cap = f"{_c('Load (pcs/day)')}{r}", f"{_c('Capacity (pcs/day)')}{r}"
        inv, avail = f"{_c('Inventory in front (pcs)')}{r}", f"{_c('Available time (s/day)')}{r}"
        formulas = {
            "Load (pcs/day)": (
                f"=Demand*{_c('Parts per part delivered (app)')}{r}",
                sf.load_per_day if sf else None,
            ),
            "Inventory (days of demand)": (
                f'=IF({load}>0,{inv}/{load},"")',
                _finite(sf.inventory_days) if sf else None,
            ),
            "Capacity (pcs/day)": (f"={avail}*{up}*{mc}/{ct}", sf.capacity_per_day if sf else None),
            "Utilisation": (f"={load}/{cap}", sf.utilisation if sf else None),
        }
        for column, (header, fmt, kind) in enumerate(STEP_COLUMNS, start=1):
            if kind == "in":
                input_cell(ws, r, column, values[header], fmt, validation=rules[header])
            elif kind == "formula":
                if sf is not None:
                    formula(ws, r, column, formulas[header][0], formulas[header][1], fmt)
            elif kind == "text":
                put_text(ws, r, column, str(values[header] or ""))
            else:
                put(ws, r, column, values[header], fmt)
    if f is not None and m.steps:
        u = _c("Utilisation")
        _name_range(ws, "StepNames", f"$A${first}:$A${last}")
        _name_range(ws, "Utilisations", f"${u}${first}:${u}${last}")
    return last + 1, rows


def _name_range(ws: Worksheet, name: str, ref: str) -> None:
    ws.defined_names[name] = DefinedName(name, attr_text=f"{quoted(ws)}{ref}")


def _ladder(
    ws: Worksheet,
    row: int,
    m: ValueStreamMap,
    f: StaticFigures,
    rows: dict[str, int],
    out: MapCells,
) -> int:
    row = section(ws, row, "Lead-time ladder (the longest path from supplier to customer)")
    headers = ("Waiting in front of", "Waiting (days)", "Processing (s)", "Value added")
    for column, header in enumerate(headers, start=1):
        put_text(ws, row, column, header)
    first = row + 1
    inv_days, ct = _c("Inventory (days of demand)"), _c("Cycle time (s)")
    for i, rung in enumerate(f.ladder):
        r = first + i
        if rung.name == CUSTOMER:
            put_text(ws, r, 1, "Customer (finished goods)")
            formula(ws, r, 2, "=FinishedGoodsDays", _finite(rung.waiting_days), DECIMAL2)
            put(ws, r, 3, 0.0, DECIMAL1)
            put_text(ws, r, 4, "no")
            continue
        put_text(ws, r, 1, rung.name)
        src = rows[rung.name]
        formula(ws, r, 2, f"={inv_days}{src}", _finite(rung.waiting_days), DECIMAL2)
        formula(ws, r, 3, f"={ct}{src}", rung.processing_s, DECIMAL1)
        put_text(ws, r, 4, "yes" if m.step(rung.name).value_added else "no")
    last = first + len(f.ladder) - 1
    row = section(ws, last + 2, "Map figures")
    waiting, processing, added = (f"{x}{first}:{x}{last}" for x in ("B", "C", "D"))
    inv = _c("Inventory in front (pcs)")
    inventory = (
        f"=SUM({inv}{min(rows.values())}:{inv}{max(rows.values())})+FinishedGoods"
        if rows
        else "=FinishedGoods"
    )
    on_map = sum(s.buffer.inventory for s in m.steps) + m.customer.finished_goods.inventory
    lines = [
        ("waiting", "Waiting (inventory)", f"=SUM({waiting})", f.waiting_days, "days", DECIMAL2,
         "Waiting"),
        ("processing", "Processing time", f"=SUM({processing})", f.processing_s, "s", DECIMAL1,
         "Processing"),
        ("lead_time", "Production lead time", "=Waiting+Processing/AvailableTime",
         f.total_lead_time_days, "days", DECIMAL2, "LeadTime"),
        ("value_added", "Value-added time", f'=SUMIF({added},"yes",{processing})',
         f.value_added_s, "s", DECIMAL1, "ValueAdded"),
        ("pce", "Process cycle efficiency",
         "=IF(LeadTime>0,ValueAdded/(LeadTime*AvailableTime),0)", f.process_cycle_efficiency,
         "", "0.000%", None),
        ("inventory", "Inventory on the map", inventory, on_map, "pcs", INTEGER, None),
        ("bottleneck", "Bottleneck (highest utilisation)",
         "=INDEX(StepNames,MATCH(MAX(Utilisations),Utilisations,0))", f.bottleneck, "", None,
         None),
    ]  # fmt: skip
    for key, label, text, expected, unit, fmt, cell_name in lines:
        put_text(ws, row, 1, label)
        if key == "bottleneck" and not m.steps:
            put_text(ws, row, 2, "")
        else:
            out.cells[key] = formula(ws, row, 2, text, _finite(expected), fmt)
        put_text(ws, row, 3, unit)
        if cell_name:
            name_cell(ws, cell_name, row)
        row += 1
    return row
