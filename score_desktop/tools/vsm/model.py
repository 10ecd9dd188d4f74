"""The value-stream model: supplier, customer, process steps, buffers, flows and CONWIP loops.

Times inside the model carry their unit (see :mod:`.distributions`); every computation converts
to seconds. Flows connect node names: ``SUPPLIER``, a step name, or ``CUSTOMER``. Each step (and
the customer) has one inventory/buffer in front of it, fed by all its incoming flows (a merge).
A step with several outgoing flows sends each part along one of them at random with
probability proportional to the flow's ``share`` (a split). Rework is a step property: after
service a part is sent back to the step ``rework_to`` (default: the same step) with probability
``rework_rate`` and scrapped with probability ``scrap_rate``.
"""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field

from score_desktop.tools.vsm.distributions import UNITS, Distribution

SUPPLIER = "supplier"
CUSTOMER = "customer"
RULES = ("push", "fifo", "supermarket")
# how the customer takes parts: "none" = every good part at once (no finished goods simulated);
# "steady" = one part every takt; "random" = Poisson demand, on average one part per takt;
# "levelled" = a pack of ``pitch_parts`` every pitch (takt x pack), heijunka.
DEMAND_PATTERNS = ("none", "steady", "random", "levelled")
DAY = 86400.0

# resolver(kind, name) -> number. Kinds: "line_balance" -> largest station time in seconds,
# "oee" -> availability as a fraction in (0, 1], "demand" -> customer demand in parts per day,
# optionally "takt" -> takt of the demand settings in seconds (static figures use it when given).
Resolver = Callable[[str, str], float]


@dataclass
class ShiftCalendar:
    """Working time of one day: shifts back to back from midnight, breaks spread in each shift."""

    shifts_per_day: int = 3
    shift_hours: float = 8.0
    breaks_minutes: tuple[float, ...] = ()

    def available_seconds_per_shift(self) -> float:
        return self.shift_hours * 3600.0 - 60.0 * sum(self.breaks_minutes)

    def available_seconds_per_day(self) -> float:
        return self.shifts_per_day * self.available_seconds_per_shift()

    @property
    def always_working(self) -> bool:
        return self.available_seconds_per_day() >= DAY

    def working_periods(self) -> list[tuple[float, float]]:
        """Working periods ``(start, end)`` in seconds from midnight; ``k`` breaks of a shift sit
        at ``1/(k+1), 2/(k+1), ...`` of the shift."""
        periods: list[tuple[float, float]] = []
        length = self.shift_hours * 3600.0
        k = len(self.breaks_minutes)
        for s in range(self.shifts_per_day):
            start = s * length
            t = start
            for i, minutes in enumerate(self.breaks_minutes):
                centre = start + length * (i + 1) / (k + 1)
                b0, b1 = centre - 30.0 * minutes, centre + 30.0 * minutes
                if b0 > t:
                    periods.append((t, b0))
                t = max(t, b1)
            if start + length > t:
                periods.append((t, start + length))
        return periods


@dataclass
class Failures:
    """Breakdowns: either ``mtbf`` or ``uptime_percent`` together with a stated ``mttr``.

    Times in ``unit``. Time between failures counts operating time only (operation-dependent);
    both times to failure and repair times are exponential."""

    mttr: float = 0.0
    mtbf: float | None = None
    uptime_percent: float | None = None
    unit: str = "min"

    def mttr_seconds(self) -> float:
        return self.mttr * UNITS[self.unit]

    def availability(self) -> float:
        """A = MTBF / (MTBF + MTTR)."""
        if self.uptime_percent is not None:
            return self.uptime_percent / 100.0
        if self.mtbf is None or self.mtbf + self.mttr <= 0:
            return 1.0
        return self.mtbf / (self.mtbf + self.mttr)

    def mtbf_seconds(self) -> float:
        """MTBF in seconds; from uptime A: MTBF = MTTR x A / (1 - A)."""
        if self.mtbf is not None:
            return self.mtbf * UNITS[self.unit]
        a = self.availability()
        return float("inf") if a >= 1.0 else self.mttr_seconds() * a / (1.0 - a)


@dataclass
class Buffer:
    """Inventory in front of a step (or of the customer: finished goods).

    ``rule``: ``push`` (no limit), ``fifo`` (a FIFO lane holding at most ``capacity`` waiting
    parts, 0 allowed: direct hand-over) or ``supermarket`` (kanban: the feeding step starts a part
    only against one of ``cards`` free cards; a card comes back when the part is taken out).
    ``inventory`` is the observed count for the static map; ``initial`` the parts in it when a
    simulation starts."""

    rule: str = "push"
    capacity: int | None = None
    cards: int = 0
    inventory: float = 0.0
    initial: int = 0

    def limit(self) -> int | None:
        """Most parts it can hold while simulating (None: no limit)."""
        if self.rule == "fifo":
            return self.capacity
        return None


@dataclass
class Step:
    """A process box: cycle time per part per machine, parallel machines, data-box figures."""

    name: str
    cycle_time: Distribution = field(default_factory=lambda: Distribution.fixed(60.0))
    machines: int = 1
    operators: int = 1
    changeover: Distribution = field(default_factory=lambda: Distribution.fixed(0.0, "min"))
    batch_size: int = 1
    failures: Failures | None = None
    scrap_rate: float = 0.0
    rework_rate: float = 0.0
    rework_to: str = ""
    buffer: Buffer = field(default_factory=Buffer)
    calendar: ShiftCalendar | None = None
    value_added: bool = True
    cycle_time_ref: str = ""
    uptime_ref: str = ""

    def availability(self) -> float:
        return 1.0 if self.failures is None else self.failures.availability()


@dataclass
class Flow:
    source: str
    target: str
    share: float = 1.0


@dataclass
class ConwipLoop:
    """At most ``cards`` parts between the start of ``first_step`` and the end of ``last_step``."""

    name: str
    first_step: str
    last_step: str
    cards: int


@dataclass
class Supplier:
    """Raw material: renewal ``arrival`` of single parts, or scheduled deliveries (a truck or milk
    run bringing ``delivery_quantity`` parts every ``delivery_every_h`` hours, the first at time
    0), or neither: material is always there when the first step wants it."""

    name: str = "Supplier"
    arrival: Distribution | None = None
    delivery_quantity: int = 0
    delivery_every_h: float = 0.0

    @property
    def unlimited(self) -> bool:
        """True when raw material is always there (no arrivals, no scheduled deliveries)."""
        return self.arrival is None and self.delivery_quantity == 0

    def rate_per_s(self) -> float | None:
        """Parts per second the supplier brings (None: unlimited)."""
        if self.arrival is not None:
            return 1.0 / self.arrival.mean_seconds()
        if self.delivery_quantity > 0 and self.delivery_every_h > 0:
            return self.delivery_quantity / (self.delivery_every_h * 3600.0)
        return None


@dataclass
class Customer:
    """Demand per day with a product-family mix (weights, e.g. parts per day per family).

    With a ``demand_pattern`` other than "none" the customer pulls finished goods at takt
    (steady, random or levelled by pitch, during its calendar's working time): a demand is
    filled at once from finished goods, or waits (a backorder) until a part arrives; a kanban
    card on a finished part (a finished-goods supermarket) goes back when the customer takes
    the part."""

    name: str = "Customer"
    demand_per_day: float = 0.0
    families: dict[str, float] = field(default_factory=dict)
    calendar: ShiftCalendar = field(default_factory=ShiftCalendar)
    finished_goods: Buffer = field(default_factory=Buffer)
    demand_ref: str = ""
    demand_pattern: str = "none"
    pitch_parts: int = 1

    @property
    def pulls(self) -> bool:
        """True when the customer's demand is simulated (it pulls from finished goods)."""
        return self.demand_pattern != "none"

    def takt_seconds(self) -> float:
        """Available working time per day / demand per day (inf without demand)."""
        d = self.demand_per_day
        return self.calendar.available_seconds_per_day() / d if d > 0 else float("inf")

    def family_mix(self) -> dict[str, float]:
        total = sum(self.families.values())
        if not self.families or total <= 0:
            return {"": 1.0}
        return {name: w / total for name, w in self.families.items()}


@dataclass
class KaizenBurst:
    """A note on the map (an improvement idea on a future state), placed at ``x``, ``y``."""

    text: str
    x: float = 0.0
    y: float = 0.0


@dataclass
class ValueStreamMap:
    """One value stream (e.g. "Current state"); editable step by step.

    ``layout`` keeps where the map editor drew each icon: node name (a step, ``SUPPLIER``,
    ``CUSTOMER``) -> (x, y) in scene units; a node without a position is auto-placed.
    ``kaizen`` holds the kaizen bursts (notes) drawn on the map."""

    name: str
    supplier: Supplier = field(default_factory=Supplier)
    customer: Customer = field(default_factory=Customer)
    steps: list[Step] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    conwip: list[ConwipLoop] = field(default_factory=list)
    notes: str = ""
    layout: dict[str, tuple[float, float]] = field(default_factory=dict)
    kaizen: list[KaizenBurst] = field(default_factory=list)

    @classmethod
    def serial(cls, name: str, steps: list[Step], **kwargs: object) -> ValueStreamMap:
        """A straight line supplier -> steps in order -> customer."""
        m = cls(name, steps=list(steps), **kwargs)  # type: ignore[arg-type]
        names = [SUPPLIER, *(s.name for s in steps), CUSTOMER]
        m.flows = [Flow(a, b) for a, b in itertools.pairwise(names)]
        return m

    def step(self, name: str) -> Step:
        for s in self.steps:
            if s.name == name:
                return s
        raise KeyError(name)

    def step_names(self) -> list[str]:
        return [s.name for s in self.steps]

    def add_step(self, step: Step, after: str | None = None) -> None:
        """Add a step; with ``after``, insert it into the flow right behind that node."""
        if step.name in self.step_names() or step.name in (SUPPLIER, CUSTOMER):
            raise ValueError(f'step "{step.name}": name is already used')
        self.steps.append(step)
        if after is not None:
            outgoing = [f for f in self.flows if f.source == after]
            for f in outgoing:
                f.source = step.name
            self.flows.append(Flow(after, step.name))

    def remove_step(self, name: str) -> None:
        """Remove a step; its predecessors are connected to its successors."""
        self.step(name)
        ins = [f for f in self.flows if f.target == name]
        outs = [f for f in self.flows if f.source == name]
        self.steps = [s for s in self.steps if s.name != name]
        self.flows = [f for f in self.flows if name not in (f.source, f.target)]
        for a in ins:
            for b in outs:
                if not any(f.source == a.source and f.target == b.target for f in self.flows):
                    self.flows.append(Flow(a.source, b.target, a.share * b.share))
        self.conwip = [c for c in self.conwip if name not in (c.first_step, c.last_step)]
        self.layout.pop(name, None)
        for s in self.steps:
            if s.rework_to == name:
                s.rework_to = ""

    def rename_step(self, old: str, new: str) -> None:
        if new in self.step_names() or new in (SUPPLIER, CUSTOMER):
            raise ValueError(f'step "{new}": name is already used')
        self.step(old).name = new
        if old in self.layout:
            self.layout[new] = self.layout.pop(old)
        for f in self.flows:
            f.source = new if f.source == old else f.source
            f.target = new if f.target == old else f.target
        for s in self.steps:
            if s.rework_to == old:
                s.rework_to = new
        for c in self.conwip:
            c.first_step = new if c.first_step == old else c.first_step
            c.last_step = new if c.last_step == old else c.last_step

    def connect(self, source: str, target: str, share: float = 1.0) -> None:
        self.flows.append(Flow(source, target, share))

    def disconnect(self, source: str, target: str) -> None:
        """Remove every flow from ``source`` to ``target``."""
        self.flows = [f for f in self.flows if (f.source, f.target) != (source, target)]

    def successors(self, node: str) -> list[Flow]:
        return [f for f in self.flows if f.source == node]

    def predecessors(self, node: str) -> list[Flow]:
        return [f for f in self.flows if f.target == node]

    def copy(self) -> ValueStreamMap:
        return copy.deepcopy(self)


def resolve(m: ValueStreamMap, resolver: Resolver | None) -> ValueStreamMap:
    """A copy with references to other tools replaced by numbers from ``resolver``.

    A cycle time taken from a line balance keeps its kind and coefficient of variation (every
    parameter is scaled, triangular and empirical included) and gets the referenced mean; an
    uptime from an OEE record replaces the step's availability (keeping its stated MTTR); the
    customer's demand per day comes from the demand settings."""
    out = m.copy()
    if resolver is None:
        return out
    for s in out.steps:
        if s.cycle_time_ref:
            seconds = float(resolver("line_balance", s.cycle_time_ref))
            s.cycle_time = s.cycle_time.with_mean_seconds(seconds)
        if s.uptime_ref:
            a = float(resolver("oee", s.uptime_ref))
            mttr = s.failures.mttr if s.failures else 30.0
            unit = s.failures.unit if s.failures else "min"
            s.failures = Failures(mttr=mttr, uptime_percent=100.0 * a, unit=unit)
    if out.customer.demand_ref:
        out.customer.demand_per_day = float(resolver("demand", out.customer.demand_ref))
    return out
