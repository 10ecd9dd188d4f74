"""Checks a value-stream map and explains every problem in the user's words."""

from __future__ import annotations

import math

from score_desktop.tools.vsm.model import (
    CUSTOMER,
    DEMAND_PATTERNS,
    RULES,
    SUPPLIER,
    Buffer,
    Customer,
    Failures,
    ShiftCalendar,
    Step,
    Supplier,
    ValueStreamMap,
)


class MapError(ValueError):
    """The map cannot be computed or simulated; ``problems`` lists every message."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if len(problems) == 1 else "; ".join(problems))
        self.problems = problems


def problems(m: ValueStreamMap) -> list[str]:
    """Every problem of the map, each message naming the value stream and the element."""
    where = f'value stream "{m.name}"'
    out: list[str] = []
    if not m.name.strip():
        out.append("value stream: name must not be empty")
    names = m.step_names()
    seen: set[str] = set()
    for s in m.steps:
        w = f'{where}, step "{s.name}"'
        if not s.name.strip():
            out.append(f"{where}: every step needs a name")
        elif s.name in (SUPPLIER, CUSTOMER):
            out.append(f'{w}: "{s.name}" is reserved for the map ends')
        elif s.name in seen:
            out.append(f"{w}: name is used twice")
        seen.add(s.name)
        out += [f"{w}: {p}" for p in step_problems(s, names)]
    if m.supplier.arrival is not None:
        out += [f"{where}, supplier: {p}" for p in m.supplier.arrival.problems("arrival time")]
    out += [f"{where}, supplier: {p}" for p in supplier_problems(m.supplier)]
    c = m.customer
    out += [f"{where}, customer: {p}" for p in demand_problems(c)]
    if not math.isfinite(c.demand_per_day) or c.demand_per_day < 0:
        out.append(f"{where}, customer: demand per day must be >= 0")
    if any(not math.isfinite(v) or v < 0 for v in c.families.values()):
        out.append(f"{where}, customer: product family demand must be >= 0")
    if c.families and sum(c.families.values()) <= 0:
        out.append(f"{where}, customer: product family demand must not all be 0")
    out += [f"{where}, customer: {p}" for p in calendar_problems(c.calendar)]
    out += [f"{where}, finished goods: {p}" for p in buffer_problems(c.finished_goods)]
    out += _flow_problems(m, where)
    for loop in m.conwip:
        w = f'{where}, CONWIP loop "{loop.name}"'
        if loop.first_step not in names:
            out.append(f'{w}: first step "{loop.first_step}" does not exist')
        if loop.last_step not in names:
            out.append(f'{w}: last step "{loop.last_step}" does not exist')
        if not isinstance(loop.cards, int) or loop.cards < 1:
            out.append(f"{w}: cards must be a whole number >= 1 (no part could enter)")
        known = loop.first_step in names and loop.last_step in names
        if known and loop.last_step not in _reachable(m, loop.first_step):
            out.append(f"{w}: last step cannot be reached from the first step")
    starts = [loop.first_step for loop in m.conwip]
    if len(set(starts)) < len(starts):
        out.append(f"{where}: two CONWIP loops start at the same step")
    return out


def check(m: ValueStreamMap) -> None:
    """Raise :class:`MapError` (a ValueError) listing every problem, if there is any."""
    found = problems(m)
    if found:
        raise MapError(found)


def calendar_problems(c: ShiftCalendar) -> list[str]:
    out = []
    if not isinstance(c.shifts_per_day, int) or c.shifts_per_day < 1:
        out.append("shifts per day must be a whole number >= 1")
    if not c.shift_hours > 0:
        out.append("shift length must be > 0 hours")
    elif isinstance(c.shifts_per_day, int) and c.shifts_per_day * c.shift_hours > 24 + 1e-9:
        out.append("shifts per day x shift length must not exceed 24 hours")
    if any(not b >= 0 for b in c.breaks_minutes):
        out.append("breaks must be >= 0 minutes")
    elif c.shift_hours > 0 and 60.0 * sum(c.breaks_minutes) >= c.shift_hours * 3600.0:
        out.append("breaks must leave working time in the shift")
    return out


def step_problems(s: Step, names: list[str]) -> list[str]:
    out = s.cycle_time.problems("cycle time")
    out += s.changeover.problems("changeover time", positive_mean=False)
    if not isinstance(s.machines, int) or s.machines < 1:
        out.append("machines must be a whole number >= 1 (no capacity where parts must pass)")
    if not isinstance(s.operators, int) or s.operators < 0:
        out.append("operators must be a whole number >= 0")
    if not isinstance(s.batch_size, int) or s.batch_size < 1:
        out.append("batch size must be a whole number >= 1")
    for label, rate in (("scrap rate", s.scrap_rate), ("rework rate", s.rework_rate)):
        if not 0.0 <= rate < 1.0:
            out.append(f"{label} must be in [0, 1)")
    if s.scrap_rate + s.rework_rate >= 1.0:
        out.append("scrap rate + rework rate must be < 1 (no good part would leave)")
    if s.rework_to and s.rework_to not in names:
        out.append(f'rework goes to step "{s.rework_to}" which does not exist')
    if s.failures is not None:
        out += failure_problems(s.failures)
    if s.calendar is not None:
        out += calendar_problems(s.calendar)
    out += buffer_problems(s.buffer)
    return out


def failure_problems(f: Failures) -> list[str]:
    from score_desktop.tools.vsm.distributions import UNITS

    out = []
    if f.unit not in UNITS:
        out.append(f"failure time unit must be one of {', '.join(UNITS)}")
    if not f.mttr > 0:
        out.append("MTTR must be > 0")
    if f.uptime_percent is not None:
        if not 0 < f.uptime_percent <= 100:
            out.append("uptime must be > 0 % and <= 100 % (0 % means no part can pass)")
    elif f.mtbf is None or not f.mtbf > 0:
        out.append("MTBF must be > 0 (or give an uptime %)")
    return out


def supplier_problems(s: Supplier) -> list[str]:
    """Scheduled deliveries: a whole quantity >= 0, a positive interval, not with arrivals."""
    q = s.delivery_quantity
    if isinstance(q, bool) or not isinstance(q, int) or q < 0:
        return ["delivery quantity must be a whole number >= 0 parts (0: no scheduled deliveries)"]
    if not (math.isfinite(s.delivery_every_h) and s.delivery_every_h >= 0):
        return ["time between deliveries must be a number >= 0 hours (0: no scheduled deliveries)"]
    out = []
    if q > 0:
        if s.delivery_every_h <= 0:
            out.append("time between deliveries must be > 0 hours")
        if s.arrival is not None:
            out.append("give either an arrival time or scheduled deliveries, not both")
    return out


def demand_problems(c: Customer, need_demand: bool = True) -> list[str]:
    """The customer's demand pattern: a known pattern, a whole pack size and (``need_demand``;
    not on loading, where a demand reference may still fill it in) a demand to pull."""
    if c.demand_pattern not in DEMAND_PATTERNS:
        return [f"demand pattern must be one of {', '.join(DEMAND_PATTERNS)}"]
    out = []
    p = c.pitch_parts
    if isinstance(p, bool) or not isinstance(p, int) or p < 1:
        out.append("parts per pitch (pack-out quantity) must be a whole number >= 1")
    if need_demand and c.pulls and not c.demand_per_day > 0:
        out.append(f'a "{c.demand_pattern}" demand needs a demand per day > 0 to pull at takt')
    return out


def buffer_problems(b: Buffer) -> list[str]:
    out = []
    if b.rule not in RULES:
        return [f"buffer rule must be one of {', '.join(RULES)} (got {b.rule!r})"]
    if b.rule == "fifo" and (not isinstance(b.capacity, int) or b.capacity < 0):
        out.append("FIFO lane maximum must be a whole number >= 0")
    if b.rule == "supermarket" and (not isinstance(b.cards, int) or b.cards < 1):
        out.append("supermarket needs a whole number of kanban cards >= 1 (no part could pass)")
    if not b.inventory >= 0:
        out.append("inventory must be >= 0")
    if not isinstance(b.initial, int) or b.initial < 0:
        out.append("initial parts must be a whole number >= 0")
    elif b.rule == "fifo" and isinstance(b.capacity, int) and b.initial > b.capacity:
        out.append("initial parts must not exceed the FIFO lane maximum")
    elif b.rule == "supermarket" and isinstance(b.cards, int) and b.initial > b.cards:
        out.append("initial parts must not exceed the kanban cards")
    return out


def _flow_problems(m: ValueStreamMap, where: str) -> list[str]:
    out = []
    nodes = {SUPPLIER, CUSTOMER, *m.step_names()}
    for f in m.flows:
        w = f'{where}, flow "{f.source}" -> "{f.target}"'
        if f.source not in nodes:
            out.append(f'{w}: "{f.source}" does not exist')
        if f.target not in nodes:
            out.append(f'{w}: "{f.target}" does not exist')
        if f.source == CUSTOMER or f.target == SUPPLIER:
            out.append(f"{w}: flows go from the supplier towards the customer")
        if f.source == f.target:
            out.append(f"{w}: a step cannot feed itself (use the rework rate)")
        if not f.share > 0:
            out.append(f"{w}: share must be > 0")
    if out:
        return out
    if not m.successors(SUPPLIER):
        out.append(f"{where}: no flow leaves the supplier")
    if not m.predecessors(CUSTOMER):
        out.append(f"{where}: no flow reaches the customer")
    from_supplier = _reachable(m, SUPPLIER)
    for s in m.steps:
        w = f'{where}, step "{s.name}"'
        if not m.predecessors(s.name):
            out.append(f"{w}: no flow comes into this step (a merge or step without inputs)")
        elif s.name not in from_supplier:
            out.append(f"{w}: cannot be reached from the supplier")
        if CUSTOMER not in _reachable(m, s.name):
            out.append(f"{w}: the flow has no path from here to the customer")
        fed = [f.source for f in m.predecessors(s.name)]
        if m.supplier.unlimited and SUPPLIER in fed and len(fed) > 1:
            out.append(
                f"{w}: a step fed by unlimited raw material cannot also take parts from other "
                "steps (give the supplier an arrival time)"
            )
        if s.buffer.rule == "supermarket":
            for f in m.predecessors(s.name):
                if f.source == SUPPLIER or len(m.successors(f.source)) != 1:
                    out.append(
                        f"{w}: a supermarket must be fed by steps that feed only it "
                        f'("{f.source}" does not)'
                    )
    if _has_cycle(m):
        out.append(f"{where}: the flows form a loop (model loops with a rework rate)")
    return out


def _reachable(m: ValueStreamMap, start: str) -> set[str]:
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for f in m.successors(node):
            if f.target not in seen:
                seen.add(f.target)
                todo.append(f.target)
    return seen


def _has_cycle(m: ValueStreamMap) -> bool:
    state: dict[str, int] = {}

    def visit(node: str) -> bool:
        state[node] = 1
        for f in m.successors(node):
            mark = state.get(f.target, 0)
            if mark == 1 or (mark == 0 and visit(f.target)):
                return True
        state[node] = 2
        return False

    return any(state.get(n, 0) == 0 and visit(n) for n in [SUPPLIER, *m.step_names()])
