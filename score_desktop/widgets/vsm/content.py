"""What the map shows, as plain data: data-box rows with units, buffer labels, the ladder, layout.

Qt-free (the canvas only draws what this module works out), so it can be tested without a
display and reused by exports.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from score_desktop.tools.vsm.model import CUSTOMER, SUPPLIER, Step, ValueStreamMap, resolve
from score_desktop.tools.vsm.replications import SimulationResults
from score_desktop.tools.vsm.static import StaticFigures, static_figures
from score_desktop.tools.vsm.validation import MapError

# Scene geometry (scene units ~ pixels at 100 % zoom)
GRID = 10.0
COLUMN = 250.0  # distance between process boxes
BOX_W, TITLE_H, ROW_H = 150.0, 40.0, 15.0
TOP_Y = 0.0  # supplier, production control, customer
PROCESS_Y = 230.0
BRANCH_DY = 250.0  # parallel steps stacked below each other
STATES = ("working", "changeover", "down", "blocked", "starved", "off_shift")


@dataclass(frozen=True)
class DataRow:
    label: str
    value: str
    linked: str = ""  # where the value comes from ("line Frame welding"), empty when typed in
    broken: bool = False  # the link cannot be resolved


@dataclass(frozen=True)
class StepView:
    name: str
    rows: tuple[DataRow, ...]
    operators: int
    machines: int
    buffer_rule: str
    buffer_lines: tuple[str, ...]
    utilisation: float | None = None  # simulated, fraction
    states: dict[str, float] | None = None  # simulated shares
    simulated_wip: float | None = None
    bottleneck: bool = False


@dataclass(frozen=True)
class MapView:
    steps: dict[str, StepView]
    supplier: tuple[str, ...]
    customer: tuple[str, ...]
    customer_linked: str
    finished_goods: tuple[str, ...]
    ladder: tuple[tuple[str, str, str], ...]  # (step, waiting text, processing text)
    totals: tuple[str, ...]
    takt: str
    problems: tuple[str, ...]
    simulated: bool
    figures: StaticFigures | None = None
    finished_goods_wip: float | None = None
    links: dict[str, str] = field(default_factory=dict)


def number(x: float, decimals: int = 1) -> str:
    if not math.isfinite(x):
        return "∞"
    if abs(x) >= 1000 or (x == int(x) and decimals <= 1):
        return f"{x:,.0f}"
    return f"{x:,.{decimals}f}"


def days_text(d: float) -> str:
    text = number(d)
    return f"{text} day" if text == "1" else f"{text} days"


def seconds_text(s: float) -> str:
    """A time with its unit: 39 s, 2.5 min, 1.2 h."""
    if not math.isfinite(s):
        return "∞"
    if s < 120:
        return f"{number(s)} s"
    if s < 7200:
        return f"{number(s / 60)} min"
    return f"{number(s / 3600)} h"


def _link_values(m: ValueStreamMap, resolver: Callable | None) -> tuple[dict[str, str], set[str]]:
    """Linked fields ("Step/ct", "Step/uptime", "customer/demand") -> source text; and broken."""
    links, broken = {}, set()
    for s in m.steps:
        for attr, kind, key, what in (
            ("cycle_time_ref", "line_balance", "ct", "line"),
            ("uptime_ref", "oee", "uptime", "OEE record"),
        ):
            ref = getattr(s, attr)
            if ref:
                links[f"{s.name}/{key}"] = f"{what} {ref}"
                if resolver is None:
                    broken.add(f"{s.name}/{key}")
                else:
                    try:
                        resolver(kind, ref)
                    except (ValueError, KeyError):
                        broken.add(f"{s.name}/{key}")
    if m.customer.demand_ref:
        links["customer/demand"] = f"demand {m.customer.demand_ref}"
        try:
            if resolver is None:
                raise ValueError
            resolver("demand", m.customer.demand_ref)
        except (ValueError, KeyError):
            broken.add("customer/demand")
    return links, broken


def _step_rows(s: Step, links: dict[str, str], broken: set[str]) -> tuple[DataRow, ...]:
    ct = s.cycle_time
    ct_text = seconds_text(ct.mean_seconds())
    if ct.kind != "fixed":
        ct_text += f" ({ct.kind})"
    rows = [DataRow("C/T", ct_text, links.get(f"{s.name}/ct", ""), f"{s.name}/ct" in broken)]
    rows.append(DataRow("C/O", seconds_text(s.changeover.mean_seconds())))
    up = 100.0 * s.availability()
    rows.append(
        DataRow(
            "Uptime",
            f"{number(up)} %",
            links.get(f"{s.name}/uptime", ""),
            f"{s.name}/uptime" in broken,
        )
    )
    if s.machines > 1:
        rows.append(DataRow("Machines", str(s.machines)))
    if s.batch_size > 1:
        rows.append(DataRow("Batch", f"{s.batch_size} pcs"))
    if s.scrap_rate or s.rework_rate:
        rows.append(
            DataRow("Scrap/rework", f"{number(100 * s.scrap_rate)}/{number(100 * s.rework_rate)} %")
        )
    if s.calendar is not None:
        rows.append(
            DataRow("Shifts", f"{s.calendar.shifts_per_day} × {s.calendar.shift_hours:g} h")
        )
    return tuple(rows)


def _buffer_lines(s: Step, figures: StaticFigures | None) -> tuple[str, ...]:
    b = s.buffer
    days = ""
    if figures is not None:
        d = figures.step(s.name).inventory_days
        days = days_text(d) if math.isfinite(d) else ""
    count = f"{number(b.inventory)} pcs"
    if b.rule == "fifo":
        cap = "∞" if b.capacity is None else str(b.capacity)
        return (f"max {cap} pcs", count, days)
    if b.rule == "supermarket":
        return (f"{b.cards} cards", count, days)
    return (count, days)


def map_view(
    m: ValueStreamMap,
    resolver: Callable | None = None,
    results: SimulationResults | None = None,
) -> MapView:
    """Everything the canvas writes on map ``m`` (and the simulated figures when given)."""
    links, broken = _link_values(m, resolver)
    issues: tuple[str, ...] = ()
    figures = None
    try:
        figures = static_figures(m, resolver)
    except MapError as exc:
        issues = tuple(exc.problems)
    except (ValueError, KeyError, ArithmeticError) as exc:
        issues = (str(exc).strip("'\""),)
    shown = m
    if links and len(broken) < len(links):  # show the linked numbers in the data boxes
        try:
            shown = resolve(m, resolver)
        except (ValueError, KeyError, ArithmeticError):
            shown = m
    steps = {}
    for s in shown.steps:
        sim_util = sim_states = wip = None
        if results is not None and s.name in results.utilisation:
            sim_util = results.utilisation[s.name].mean
            sim_states = {k: e.mean for k, e in results.step_states[s.name].items()}
            w = results.wip_per_buffer.get(s.name)
            wip = None if w is None else w.mean
        steps[s.name] = StepView(
            s.name,
            _step_rows(s, links, broken),
            s.operators,
            s.machines,
            s.buffer.rule,
            _buffer_lines(s, figures),
            sim_util,
            sim_states,
            wip,
            results is not None and results.bottleneck == s.name,
        )
    c = shown.customer
    cal = c.calendar
    customer = [f"{number(c.demand_per_day)} pcs/day"]
    if c.families:
        customer.append(" · ".join(f"{k} {number(v)}" for k, v in c.families.items()))
    customer.append(f"{cal.shifts_per_day} shifts × {cal.shift_hours:g} h")
    supplier = []
    if shown.supplier.arrival is not None:
        supplier.append(f"every {seconds_text(shown.supplier.arrival.mean_seconds())}")
    ladder: tuple[tuple[str, str, str], ...] = ()
    totals: tuple[str, ...] = ()
    takt = ""
    fg = (f"{number(c.finished_goods.inventory)} pcs",)
    if figures is not None:
        takt = f"Takt {seconds_text(figures.takt_s)}"
        ladder = tuple(
            (r.name, days_text(r.waiting_days), seconds_text(r.processing_s))
            for r in figures.ladder
        )
        totals = (
            f"Production lead time = {days_text(figures.total_lead_time_days)}",
            f"Processing time = {seconds_text(figures.processing_s)}",
            f"PCE = {100 * figures.process_cycle_efficiency:.3g} %",
        )
        if math.isfinite(figures.finished_goods_days):
            fg = (*fg, days_text(figures.finished_goods_days))
    fg_wip = None
    if results is not None:
        e = results.wip_per_buffer.get(CUSTOMER)
        fg_wip = None if e is None else e.mean
    return MapView(
        steps=steps,
        supplier=tuple(supplier),
        customer=tuple(customer),
        customer_linked=links.get("customer/demand", ""),
        finished_goods=fg,
        ladder=ladder,
        totals=totals,
        takt=takt,
        problems=issues,
        simulated=results is not None,
        figures=figures,
        finished_goods_wip=fg_wip,
        links=links,
    )


def depths(m: ValueStreamMap) -> dict[str, int]:
    """Column of each step: the longest flow path from the supplier (rework loops ignored)."""
    depth: dict[str, int] = {}
    names = set(m.step_names())
    pending = [(f.target, 0) for f in m.successors(SUPPLIER) if f.target in names]
    guard = 0
    while pending and guard < 100_000:
        guard += 1
        node, d = pending.pop()
        if depth.get(node, -1) >= d or d > len(names):
            continue
        depth[node] = d
        pending += [(f.target, d + 1) for f in m.successors(node) if f.target in names]
    next_free = max(depth.values(), default=-1) + 1
    for name in m.step_names():  # not connected yet: after the others
        if name not in depth:
            depth[name] = next_free
            next_free += 1
    return depth


def auto_layout(m: ValueStreamMap) -> dict[str, tuple[float, float]]:
    """Learning-to-See placement: steps left to right by flow depth, parallel steps stacked,
    supplier top left, customer top right."""
    depth = depths(m)
    columns: dict[int, list[str]] = {}
    for name in m.step_names():
        columns.setdefault(depth[name], []).append(name)
    out: dict[str, tuple[float, float]] = {}
    for d, names in columns.items():
        for i, name in enumerate(names):
            out[name] = (COLUMN * (d + 1), PROCESS_Y + BRANCH_DY * i)
    last = max(columns, default=0)
    out[SUPPLIER] = (0.0, TOP_Y)
    out[CUSTOMER] = (COLUMN * (last + 2), TOP_Y)
    return out


def positions(m: ValueStreamMap) -> dict[str, tuple[float, float]]:
    """The saved position of each node, auto-placed where none is saved."""
    auto = auto_layout(m)
    return {node: m.layout.get(node, xy) for node, xy in auto.items()}


def snap(value: float) -> float:
    return round(value / GRID) * GRID


def utilisation_colour(u: float | None) -> str:
    """Process box fill by simulated utilisation: calm below 70 %, amber to 90 %, red above."""
    if u is None:
        return "#ffffff"
    if u < 0.7:
        return "#d9f0d3"
    if u < 0.9:
        return "#fde9b6"
    return "#f7c4c0"
