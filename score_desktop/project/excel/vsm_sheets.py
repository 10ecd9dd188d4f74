"""Excel sheets of the value-stream maps: a sheet per map and a comparison sheet.

A map's sheet holds the step data, the static map figures and, when the map was simulated in
the open window and has not changed since, the simulation results with 95 % confidence
intervals. The export never simulates by itself (a run takes seconds to minutes): without a
run in this session the sheet says so. The picture of the map needs Qt to draw, so it is
included only when exporting from the window (the map panel registers a PNG of each map it
showed); the command-line export has no picture. Both come through :func:`remember_results`
and :func:`remember_picture`, keyed by the map's content so that a stale run or picture of an
edited map is never exported.
"""

from __future__ import annotations

import io
import json
import math

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.drawing.image import Image
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL2,
    INTEGER,
    PERCENT,
    column_widths,
    key_values,
    put_text,
    section,
    sheet_name,
    table,
    title,
)
from score_desktop.project.links import resolver
from score_desktop.project.records import Project
from score_desktop.tools.vsm.compare import compare
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.replications import Estimate, SimulationResults
from score_desktop.tools.vsm.serialize import map_to_dict
from score_desktop.tools.vsm.static import StaticFigures, static_figures
from score_desktop.tools.vsm.validation import problems

_RESULTS: dict[str, tuple[str, SimulationResults]] = {}
_PICTURES: dict[str, tuple[str, bytes]] = {}
_IGNORED_FOR_RESULTS = ("layout", "kaizen", "notes", "name")


def _key(m: ValueStreamMap, for_results: bool) -> str:
    d = map_to_dict(m)
    if for_results:
        for k in _IGNORED_FOR_RESULTS:
            d.pop(k, None)
    return json.dumps(d, sort_keys=True)


def remember_results(m: ValueStreamMap, results: SimulationResults) -> None:
    """Offer the results of a run of ``m`` to later exports (while ``m`` stays unchanged)."""
    _RESULTS[m.name] = (_key(m, True), results)


def remember_picture(m: ValueStreamMap, png: bytes) -> None:
    """Offer a PNG picture of ``m`` (as drawn now) to later exports."""
    _PICTURES[m.name] = (_key(m, False), png)


def results_of(m: ValueStreamMap) -> SimulationResults | None:
    entry = _RESULTS.get(m.name)
    return entry[1] if entry is not None and entry[0] == _key(m, True) else None


def picture_of(m: ValueStreamMap) -> bytes | None:
    entry = _PICTURES.get(m.name)
    return entry[1] if entry is not None and entry[0] == _key(m, False) else None


def _figures(project: Project, m: ValueStreamMap) -> tuple[StaticFigures | None, list[str]]:
    found = problems(m)
    if found:
        return None, found
    try:
        return static_figures(m, resolver(project)), []
    except ValueError as exc:
        return None, [str(exc)]


def _ci_rows(label: str, e: Estimate, unit: str) -> list:
    return [label, e.mean, e.ci_low, e.ci_high, unit]


def write_value_stream(wb: Workbook, project: Project, m: ValueStreamMap, taken: set[str]) -> None:
    """One sheet "VSM <name>"."""
    ws = wb.create_sheet(sheet_name(f"VSM {m.name}", taken))
    row = title(ws, m.name, "Value-stream map")
    figures, found = _figures(project, m)
    c = m.customer
    row = section(ws, row, "Customer")
    row = key_values(
        ws,
        row,
        [
            ("Customer", c.name, "", None),
            ("Demand", figures.demand_per_day if figures else c.demand_per_day, "pcs/day", INTEGER),
            ("Demand from", c.demand_ref or "typed in", "", None),
            (
                "Available time",
                figures.available_time_per_day_s if figures else None,
                "s/day",
                INTEGER,
            ),
            ("Takt", figures.takt_s if figures else None, "s", DECIMAL1),
        ],
    )
    if found:
        row = section(ws, row + 1, "Problems (no figures until they are fixed)")
        for p in found:
            put_text(ws, row, 1, p)
            row += 1
    row = section(ws, row + 1, "Process steps")
    rows = []
    for s in m.steps:
        f = figures.step(s.name) if figures else None
        links = ", ".join(
            x
            for x in (
                s.cycle_time_ref and f"C/T from line {s.cycle_time_ref}",
                s.uptime_ref and f"uptime from OEE {s.uptime_ref}",
            )
            if x
        )
        rows.append(
            [
                s.name,
                f.cycle_time_s if f else s.cycle_time.mean_seconds(),
                s.changeover.mean_seconds(),
                f.uptime if f else s.availability(),
                s.machines,
                s.operators,
                s.batch_size,
                s.buffer.rule,
                s.buffer.inventory,
                f.inventory_days if f and math.isfinite(f.inventory_days) else None,
                f.capacity_per_day if f else None,
                f.utilisation if f else None,
                links,
            ]
        )
    headers = [
        "Step",
        "Cycle time (s)",
        "Changeover (s)",
        "Uptime",
        "Machines",
        "Operators",
        "Batch (pcs)",
        "Inventory kind",
        "Inventory in front (pcs)",
        "Inventory (days of demand)",
        "Capacity (pcs/day)",
        "Utilisation",
        "Linked",
    ]
    formats = [
        None,
        DECIMAL1,
        DECIMAL1,
        PERCENT,
        INTEGER,
        INTEGER,
        INTEGER,
        None,
        INTEGER,
        DECIMAL2,
        INTEGER,
        PERCENT,
        None,
    ]
    _, row = table(ws, row, headers, rows, formats)
    if figures is not None:
        row = section(ws, row + 1, "Map figures")
        row = key_values(
            ws,
            row,
            [
                ("Production lead time", figures.total_lead_time_days, "days", DECIMAL2),
                ("Waiting (inventory)", figures.waiting_days, "days", DECIMAL2),
                ("Processing time", figures.processing_s, "s", DECIMAL1),
                ("Value-added time", figures.value_added_s, "s", DECIMAL1),
                ("Process cycle efficiency", figures.process_cycle_efficiency, "", "0.000%"),
                ("Bottleneck (highest utilisation)", figures.bottleneck, "", None),
                ("Finished goods", figures.finished_goods_days, "days", DECIMAL2),
            ],
        )
    row = _write_results(ws, row, results_of(m))
    picture = picture_of(m)
    if picture is not None:
        image = Image(io.BytesIO(picture))
        scale = min(1.0, 900 / max(1, image.width))
        image.width, image.height = image.width * scale, image.height * scale
        ws.add_image(image, "O4")
    column_widths(ws, (30, 14, 14, 12, 10, 10, 10, 14, 14, 14, 14, 12, 30))


def _write_results(ws: Worksheet, row: int, r: SimulationResults | None) -> int:
    row = section(ws, row + 1, "Simulation (mean and 95 % confidence interval over replications)")
    if r is None:
        put_text(
            ws,
            row,
            1,
            "Not simulated in this session: press Simulate in the map window, then export again.",
        )
        return row + 1
    s = r.settings
    put_text(
        ws,
        row,
        1,
        f"{s.replications} replications of {s.horizon_h:g} h, first "
        f"{s.warmup_h:g} h warm-up, seed {s.seed}. Bottleneck: {r.bottleneck}.",
    )
    rows = [
        _ci_rows("Throughput", r.throughput_per_h, "parts/h"),
        _ci_rows("Lead time (mean)", r.lead_time_h, "h"),
        *[
            _ci_rows(f"Lead time {k[1:]}th percentile", e, "h")
            for k, e in r.lead_time_percentiles_h.items()
        ],
        _ci_rows("WIP (time average)", r.wip_total, "parts"),
    ]
    _, row = table(
        ws,
        row + 1,
        ["Measure", "Mean", "CI low", "CI high", "Unit"],
        rows,
        [None, DECIMAL2, DECIMAL2, DECIMAL2, None],
    )
    states = []
    for name, st in r.step_states.items():
        wip = r.wip_per_buffer.get(name)
        states.append(
            [
                name,
                r.utilisation[name].mean,
                *[st[k].mean for k in ("working", "blocked", "starved", "down")],
                None if wip is None else wip.mean,
            ]
        )
    _, row = table(
        ws,
        row + 1,
        ["Step", "Utilisation", "Working", "Blocked", "Starved", "Down", "WIP in front (parts)"],
        states,
        [None, PERCENT, PERCENT, PERCENT, PERCENT, PERCENT, DECIMAL1],
    )
    return row


def write_comparison(wb: Workbook, project: Project, taken: set[str]) -> None:
    """Every map side by side: static figures (always) and simulated ones (when run), with
    native bar charts and, for simulated maps, the comparison in words."""
    ws = wb.create_sheet(sheet_name("VSM comparison", taken))
    row = title(ws, "Value streams compared", "Static map figures and simulation results")
    rows = []
    for m in project.value_streams:
        f, _ = _figures(project, m)
        inventory = sum(s.buffer.inventory for s in m.steps) + m.customer.finished_goods.inventory
        rows.append(
            [
                m.name,
                f.total_lead_time_days if f else None,
                f.processing_s if f else None,
                f.process_cycle_efficiency if f else None,
                inventory,
                f.bottleneck if f else "",
            ]
        )
    row = section(ws, row, "Static map figures")
    first, row = table(
        ws,
        row,
        [
            "Map",
            "Production lead time (days)",
            "Processing time (s)",
            "PCE",
            "Inventory (pcs)",
            "Bottleneck",
        ],
        rows,
        [None, DECIMAL2, DECIMAL1, "0.000%", INTEGER, None],
    )
    chart = BarChart()
    chart.title = "Production lead time (days)"
    chart.y_axis.title = "days"
    chart.add_data(
        Reference(ws, min_col=2, min_row=first - 1, max_row=row - 1), titles_from_data=True
    )
    chart.set_categories(Reference(ws, min_col=1, min_row=first, max_row=row - 1))
    chart.legend = None
    chart.height, chart.width = 7, 12
    ws.add_chart(chart, "H4")
    simulated = [(m, r) for m in project.value_streams if (r := results_of(m)) is not None]
    row = section(ws, max(row + 1, 20), "Simulation (mean [95 % CI])")
    if len(simulated) < 2:
        put_text(
            ws,
            row,
            1,
            "Simulate at least two maps in the window to compare their "
            "simulated throughput, lead time and WIP.",
        )
        column_widths(ws, (30, 18, 18, 12, 16, 18))
        return
    sim_rows = [
        [
            m.name,
            r.throughput_per_h.mean,
            r.throughput_per_h.ci_low,
            r.throughput_per_h.ci_high,
            r.lead_time_h.mean,
            r.lead_time_h.ci_low,
            r.lead_time_h.ci_high,
            r.wip_total.mean,
            r.wip_total.ci_low,
            r.wip_total.ci_high,
        ]
        for m, r in simulated
    ]
    headers = [
        "Map",
        "Throughput (parts/h)",
        "CI low",
        "CI high",
        "Lead time (h)",
        "CI low",
        "CI high",
        "WIP (parts)",
        "CI low",
        "CI high",
    ]
    first, end = table(ws, row, headers, sim_rows, [None] + [DECIMAL2] * 9)
    for col, anchor, name in (
        (5, "H24", "Simulated lead time (h)"),
        (8, "H40", "Simulated WIP (parts)"),
    ):
        bar = BarChart()
        bar.title = name
        bar.add_data(
            Reference(ws, min_col=col, min_row=first - 1, max_row=end - 1), titles_from_data=True
        )
        bar.set_categories(Reference(ws, min_col=1, min_row=first, max_row=end - 1))
        bar.legend = None
        bar.height, bar.width = 7, 12
        ws.add_chart(bar, anchor)
    row = section(ws, end + 1, "In words")
    base_map, base = simulated[0]
    for m, r in simulated[1:]:
        put_text(ws, row, 1, f"{m.name} vs {base_map.name}: {compare(base, r).summary()}.")
        row += 1
    column_widths(ws, (30, 18, 10, 10, 14, 10, 10, 14, 10, 10))


def write_value_streams(wb: Workbook, project: Project, taken: set[str]) -> None:
    """A sheet per map, then the comparison sheet when there are two maps or more."""
    for m in project.value_streams:
        write_value_stream(wb, project, m, taken)
    if len(project.value_streams) >= 2:
        write_comparison(wb, project, taken)
