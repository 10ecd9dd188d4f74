"""Excel sheets of the value-stream maps: a sheet per map and a comparison sheet.

A map's sheet holds the step data, the static map figures and, when the export's session
has a run of the map as it is now, the simulation results with 95 % confidence intervals.
The export never simulates by itself (a run takes seconds to minutes): without a run the
sheet says so. The picture of the map needs Qt to draw, so it too comes in the session
(:class:`~score_desktop.project.session.ExportSession`), drawn by the window's scene code
offscreen for both the window's and the command line's export.
"""

from __future__ import annotations

import io
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
    new_sheet,
    put_text,
    section,
    sheet_name,
    table,
    title,
)
from score_desktop.project.excel.live import formula
from score_desktop.project.excel.vsm_map_sheet import MapCells, write_map_sheet
from score_desktop.project.links import resolver
from score_desktop.project.records import Project
from score_desktop.project.session import ExportSession, RecordExtras
from score_desktop.tools.vsm.compare import compare
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.replications import Estimate, SimulationResults
from score_desktop.tools.vsm.static import StaticFigures, static_figures
from score_desktop.tools.vsm.validation import problems


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


def write_value_stream(
    wb: Workbook,
    project: Project,
    m: ValueStreamMap,
    taken: set[str],
    extras: RecordExtras | None = None,
) -> MapCells:
    """One sheet "VSM <name>": live step data and figures, then the simulation (values) and
    the picture in ``extras`` when there are."""
    extras = extras or RecordExtras()
    figures, found = _figures(project, m)
    ws, row, cells = write_map_sheet(wb, m, figures, found, taken)
    row = _write_results(ws, row, extras.results, extras.stale)
    picture = extras.picture
    if picture is not None:
        image = Image(io.BytesIO(picture))
        scale = min(1.0, 900 / max(1, image.width))
        image.width, image.height = image.width * scale, image.height * scale
        ws.add_image(image, "R4")
    return cells


def _write_results(
    ws: Worksheet, row: int, r: SimulationResults | None, stale: bool = False
) -> int:
    row = section(ws, row + 1, "Simulation (mean and 95 % confidence interval over replications)")
    if r is None:
        text = (
            "The map changed after its last simulation, so those results are not shown: "
            "press Simulate in the map window, then export again."
            if stale
            else "Not simulated in this session: press Simulate in the map window, then export "
            "again."
        )
        put_text(ws, row, 1, text)
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
        ["Measure (simulated: values)", "Mean", "CI low", "CI high", "Unit"],
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


def write_comparison(
    wb: Workbook,
    project: Project,
    taken: set[str],
    cells: list[MapCells],
    session: ExportSession | None = None,
) -> None:
    """Every map side by side: static figures (references to each map's sheet, so they
    follow its inputs) and simulated ones (values, when run), with native bar charts and,
    for simulated maps, the comparison in words."""
    ws = new_sheet(wb, sheet_name("VSM comparison", taken))
    row = title(ws, "Value streams compared", "Static map figures and simulation results")
    row = section(ws, row, "Static map figures (linked to each map's sheet)")
    first, _ = table(
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
        [],
    )
    row = first
    formats = (DECIMAL2, DECIMAL1, "0.000%", INTEGER, None)
    keys = ("lead_time", "processing", "pce", "inventory", "bottleneck")
    for m, where in zip(project.value_streams, cells, strict=True):
        f, _ = _figures(project, m)
        put_text(ws, row, 1, m.name)
        if f is not None:
            inventory = sum(s.buffer.inventory for s in m.steps)
            expected = (
                f.total_lead_time_days,
                f.processing_s,
                f.process_cycle_efficiency,
                inventory + m.customer.finished_goods.inventory,
                f.bottleneck,
            )
            for column, (key, fmt, want) in enumerate(
                zip(keys, formats, expected, strict=True), start=2
            ):
                ref = where.ref(key)
                if ref is not None:
                    formula(
                        ws,
                        row,
                        column,
                        f"={ref}",
                        None if isinstance(want, float) and not math.isfinite(want) else want,
                        fmt,
                    )
        row += 1
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
    session = session or ExportSession()
    simulated = [
        (m, r)
        for i, m in enumerate(project.value_streams)
        if (r := session.extras("value_streams", i).results) is not None
    ]
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


def write_value_streams(
    wb: Workbook, project: Project, taken: set[str], session: ExportSession | None = None
) -> None:
    """A sheet per map, then the comparison sheet when there are two maps or more."""
    session = session or ExportSession()
    cells = [
        write_value_stream(wb, project, m, taken, session.extras("value_streams", i))
        for i, m in enumerate(project.value_streams)
    ]
    if len(project.value_streams) >= 2:
        write_comparison(wb, project, taken, cells, session)
