"""Value-stream maps to and from JSON-safe plain dicts (the project file's ``value_streams``).

``map_from_dict`` checks types and every per-element rule (distribution parameters, rates,
buffers, calendars) and raises ValueError naming the place, e.g.
``value stream "Current state", step "Welding": cycle time mean must be > 0``. Whether the flows
connect supplier to customer is left to :func:`validation.problems`, so that a map still being
drawn can be saved and opened again.
"""

from __future__ import annotations

from typing import Any

from score_desktop.tools.vsm import distributions as dist
from score_desktop.tools.vsm.model import (
    Buffer,
    ConwipLoop,
    Customer,
    Failures,
    Flow,
    KaizenBurst,
    ShiftCalendar,
    Step,
    Supplier,
    ValueStreamMap,
)
from score_desktop.tools.vsm.validation import (
    buffer_problems,
    calendar_problems,
    demand_problems,
    step_problems,
    supplier_problems,
)


def map_to_dict(m: ValueStreamMap) -> dict:
    """The map as plain JSON types (dict, list, str, float, int, bool, None)."""
    c = m.customer
    return {
        "name": m.name,
        "notes": m.notes,
        "supplier": {
            "name": m.supplier.name,
            "arrival": None if m.supplier.arrival is None else dist.to_dict(m.supplier.arrival),
            "delivery_quantity": m.supplier.delivery_quantity,
            "delivery_every_h": m.supplier.delivery_every_h,
        },
        "customer": {
            "name": c.name,
            "demand_per_day": c.demand_per_day,
            "families": dict(c.families),
            "calendar": _calendar_to_dict(c.calendar),
            "finished_goods": _buffer_to_dict(c.finished_goods),
            "demand_ref": c.demand_ref,
            "demand_pattern": c.demand_pattern,
            "pitch_parts": c.pitch_parts,
        },
        "steps": [_step_to_dict(s) for s in m.steps],
        "flows": [{"from": f.source, "to": f.target, "share": f.share} for f in m.flows],
        "conwip": [
            {"name": k.name, "first_step": k.first_step, "last_step": k.last_step, "cards": k.cards}
            for k in m.conwip
        ],
        "layout": {node: [x, y] for node, (x, y) in m.layout.items()},
        "kaizen": [{"text": k.text, "x": k.x, "y": k.y} for k in m.kaizen],
    }


def map_from_dict(d: dict, where: str = "value stream") -> ValueStreamMap:
    """Parse :func:`map_to_dict` output; ``where`` names the place until the map's name is read."""
    r = _Reader(d, where)
    name = r.text("name")
    loc = f'value stream "{name}"'
    r.where = loc
    sup = _Reader(r.obj("supplier", {}), f"{loc}, supplier")
    arrival_raw = sup.data.get("arrival")
    arrival = None
    if arrival_raw is not None:
        arrival = dist.from_dict(arrival_raw, f"{loc}, supplier, arrival time")
        _raise(arrival.problems("arrival time"), f"{loc}, supplier")
    supplier = Supplier(
        sup.text("name", "Supplier"),
        arrival,
        sup.integer("delivery_quantity", 0),
        sup.number("delivery_every_h", 0.0),
    )
    _raise(supplier_problems(supplier), f"{loc}, supplier")
    cr = _Reader(r.obj("customer", {}), f"{loc}, customer")
    families = cr.obj("families", {})
    for key, value in families.items():
        if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
            raise ValueError(f'{loc}, customer: family "{key}" demand must be a number >= 0')
    calendar = _calendar(cr.obj("calendar", {}), f"{loc}, customer")
    fg = _buffer(cr.obj("finished_goods", {}), f"{loc}, finished goods")
    demand = cr.number("demand_per_day", 0.0)
    if demand < 0:
        raise ValueError(f"{loc}, customer: demand per day must be >= 0")
    customer = Customer(
        cr.text("name", "Customer"),
        demand,
        {str(k): float(v) for k, v in families.items()},
        calendar,
        fg,
        cr.text("demand_ref", ""),
        cr.text("demand_pattern", "none"),
        cr.integer("pitch_parts", 1),
    )
    _raise(demand_problems(customer, need_demand=False), f"{loc}, customer")
    raw_steps = r.array("steps")
    names = [s.get("name") if isinstance(s, dict) else None for s in raw_steps]
    steps = [_step(s, loc, i, [str(n) for n in names]) for i, s in enumerate(raw_steps)]
    flows = []
    for i, f in enumerate(r.array("flows")):
        fr = _Reader(f, f"{loc}, flow {i + 1}")
        flows.append(Flow(fr.text("from"), fr.text("to"), fr.number("share", 1.0)))
    loops = []
    for i, k in enumerate(r.array("conwip")):
        kr = _Reader(k, f"{loc}, CONWIP loop {i + 1}")
        cards = kr.integer("cards")
        if cards < 1:
            raise ValueError(f"{kr.where}: cards must be >= 1")
        loops.append(
            ConwipLoop(kr.text("name"), kr.text("first_step"), kr.text("last_step"), cards)
        )
    layout = {}
    for node, xy in r.obj("layout", {}).items():
        if (
            not isinstance(xy, list)
            or len(xy) != 2
            or any(isinstance(v, bool) or not isinstance(v, int | float) for v in xy)
        ):
            raise ValueError(
                f'{loc}, layout: position of "{node}" must be a pair of numbers [x, y]'
            )
        layout[str(node)] = (float(xy[0]), float(xy[1]))
    kaizen = []
    for i, k in enumerate(r.array("kaizen")):
        kr = _Reader(k, f"{loc}, kaizen burst {i + 1}")
        kaizen.append(KaizenBurst(kr.text("text"), kr.number("x", 0.0), kr.number("y", 0.0)))
    return ValueStreamMap(
        name, supplier, customer, steps, flows, loops, r.text("notes", ""), layout, kaizen
    )


def _step_to_dict(s: Step) -> dict:
    f = s.failures
    return {
        "name": s.name,
        "cycle_time": dist.to_dict(s.cycle_time),
        "machines": s.machines,
        "operators": s.operators,
        "changeover": dist.to_dict(s.changeover),
        "batch_size": s.batch_size,
        "failures": None
        if f is None
        else {"mttr": f.mttr, "mtbf": f.mtbf, "uptime_percent": f.uptime_percent, "unit": f.unit},
        "scrap_rate": s.scrap_rate,
        "rework_rate": s.rework_rate,
        "rework_to": s.rework_to,
        "buffer": _buffer_to_dict(s.buffer),
        "calendar": None if s.calendar is None else _calendar_to_dict(s.calendar),
        "value_added": s.value_added,
        "cycle_time_ref": s.cycle_time_ref,
        "uptime_ref": s.uptime_ref,
    }


def _step(d: Any, loc: str, index: int, names: list[str]) -> Step:
    r = _Reader(d, f"{loc}, step {index + 1}")
    name = r.text("name")
    w = f'{loc}, step "{name}"'
    r.where = w
    f = r.data.get("failures")
    failures = None
    if f is not None:
        fr = _Reader(f, f"{w}, failures")
        mtbf = fr.data.get("mtbf")
        up = fr.data.get("uptime_percent")
        failures = Failures(
            fr.number("mttr"),
            None if mtbf is None else fr.number("mtbf"),
            None if up is None else fr.number("uptime_percent"),
            fr.text("unit", "min"),
        )
    cal = r.data.get("calendar")
    step = Step(
        name=name,
        cycle_time=dist.from_dict(r.data.get("cycle_time"), f"{w}, cycle time"),
        machines=r.integer("machines", 1),
        operators=r.integer("operators", 1),
        changeover=dist.from_dict(
            r.data.get("changeover", {"kind": "fixed", "mean": 0}), f"{w}, changeover time"
        ),
        batch_size=r.integer("batch_size", 1),
        failures=failures,
        scrap_rate=r.number("scrap_rate", 0.0),
        rework_rate=r.number("rework_rate", 0.0),
        rework_to=r.text("rework_to", ""),
        buffer=_buffer(r.obj("buffer", {}), f"{w}, buffer", check=False),
        calendar=None if cal is None else _calendar(cal, w, check=False),
        value_added=r.boolean("value_added", True),
        cycle_time_ref=r.text("cycle_time_ref", ""),
        uptime_ref=r.text("uptime_ref", ""),
    )
    _raise(step_problems(step, names), w)
    return step


def _buffer_to_dict(b: Buffer) -> dict:
    return {
        "rule": b.rule,
        "capacity": b.capacity,
        "cards": b.cards,
        "inventory": b.inventory,
        "initial": b.initial,
    }


def _buffer(d: Any, where: str, check: bool = True) -> Buffer:
    r = _Reader(d, where)
    cap = r.data.get("capacity")
    b = Buffer(
        r.text("rule", "push"),
        None if cap is None else r.integer("capacity"),
        r.integer("cards", 0),
        r.number("inventory", 0.0),
        r.integer("initial", 0),
    )
    if check:
        _raise(buffer_problems(b), where)
    return b


def _calendar_to_dict(c: ShiftCalendar) -> dict:
    return {
        "shifts_per_day": c.shifts_per_day,
        "shift_hours": c.shift_hours,
        "breaks_minutes": list(c.breaks_minutes),
    }


def _calendar(d: Any, where: str, check: bool = True) -> ShiftCalendar:
    r = _Reader(d, f"{where}, calendar")
    breaks = r.array("breaks_minutes")
    if any(isinstance(b, bool) or not isinstance(b, int | float) for b in breaks):
        raise ValueError(f"{where}, calendar: breaks must be numbers of minutes")
    c = ShiftCalendar(
        r.integer("shifts_per_day", 3),
        r.number("shift_hours", 8.0),
        tuple(float(b) for b in breaks),
    )
    if check:
        _raise(calendar_problems(c), f"{where}, calendar")
    return c


def _raise(problems: list[str], where: str) -> None:
    if problems:
        raise ValueError(f"{where}: {problems[0]}")


class _Reader:
    """Typed access to one JSON object, with errors that name the place."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{where}: must be an object")
        self.data = data
        self.where = where

    def _get(self, key: str, default: Any) -> Any:
        if key not in self.data or self.data[key] is None:
            if default is _MISSING:
                raise ValueError(f"{self.where}: {key} is missing")
            return default
        return self.data[key]

    def text(self, key: str, default: Any = None) -> str:
        v = self._get(key, _MISSING if default is None else default)
        if not isinstance(v, str):
            raise ValueError(f"{self.where}: {key} must be text")
        return v

    def number(self, key: str, default: Any = None) -> float:
        v = self._get(key, _MISSING if default is None else default)
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise ValueError(f"{self.where}: {key} must be a number")
        return float(v)

    def integer(self, key: str, default: Any = None) -> int:
        v = self._get(key, _MISSING if default is None else default)
        if isinstance(v, float) and v.is_integer():
            v = int(v)
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError(f"{self.where}: {key} must be a whole number")
        return v

    def boolean(self, key: str, default: bool) -> bool:
        v = self._get(key, default)
        if not isinstance(v, bool):
            raise ValueError(f"{self.where}: {key} must be true or false")
        return v

    def obj(self, key: str, default: Any = None) -> dict:
        v = self._get(key, _MISSING if default is None else default)
        if not isinstance(v, dict):
            raise ValueError(f"{self.where}: {key} must be an object")
        return v

    def array(self, key: str) -> list:
        v = self._get(key, [])
        if not isinstance(v, list):
            raise ValueError(f"{self.where}: {key} must be a list")
        return v


_MISSING = object()
