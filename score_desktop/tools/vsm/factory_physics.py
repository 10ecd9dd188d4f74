"""Factory Physics teaching view: best, worst and practical worst case of a serial line against
WIP (Hopp & Spearman), with a simulated CONWIP sweep of the same line drawn on top.

For stations i with effective process time t_i (mean cycle time / availability, hours) and m_i
parallel machines: bottleneck rate r_b = min m_i / t_i, raw process time T0 = sum t_i, critical
WIP W0 = r_b T0 (*Factory Physics* 3rd ed., §7.3, pp. 233-247). At WIP w:

- best case: TH = min(w/T0, r_b), CT = max(T0, w/r_b);
- worst case: TH = 1/T0, CT = w T0;
- practical worst case: TH = w/(W0 + w - 1) r_b, CT = T0 + (w - 1)/r_b;
- exponential line: the exact closed-line (CONWIP) solution for exponential stations with the
  same times and machines (mean value analysis / convolution, :func:`theory.mva_closed_line`),
  which equals the practical worst case for a balanced line of single machines.

The simulated sweep runs the map's own steps (their cycle-time distributions, machines and
failures; optionally exponential times with the same means) in one CONWIP loop from the first to
the last step with w cards, unlimited buffers inside the loop, raw material always there, and no
shift calendar, scrap, rework or changeovers -- the line the curves describe.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from score_desktop.tools.vsm import theory
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    CUSTOMER,
    SUPPLIER,
    Buffer,
    ConwipLoop,
    Customer,
    ShiftCalendar,
    Step,
    Supplier,
    ValueStreamMap,
)
from score_desktop.tools.vsm.replications import Estimate, run_replications
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled

HOUR = 3600.0
MAX_WIP = 10_000  # the curves are tabulated for w = 1..max_wip


@dataclass(frozen=True)
class Station:
    """One station of a serial line: effective process time per part per machine (hours)."""

    name: str
    process_time_h: float
    machines: int = 1


@dataclass(frozen=True)
class LineCurves:
    """The Factory Physics cases of a line for WIP w = 1..len(wip); rates per hour, times in h."""

    stations: tuple[Station, ...]
    bottleneck_rate: float
    raw_process_time: float
    critical_wip: float
    wip: tuple[int, ...]
    best_th: tuple[float, ...]
    worst_th: tuple[float, ...]
    practical_worst_th: tuple[float, ...]
    exponential_th: tuple[float, ...]
    best_ct: tuple[float, ...]
    worst_ct: tuple[float, ...]
    practical_worst_ct: tuple[float, ...]
    exponential_ct: tuple[float, ...]
    notes: tuple[str, ...] = ()

    @property
    def bottleneck(self) -> str:
        return min(self.stations, key=lambda s: s.machines / s.process_time_h).name


@dataclass(frozen=True)
class ConwipPoint:
    """The simulated line with ``wip`` CONWIP cards."""

    wip: int
    throughput_per_h: Estimate
    cycle_time_h: Estimate


def line_curves(stations: Sequence[Station], max_wip: int, notes: Sequence[str] = ()) -> LineCurves:
    """Best, worst, practical worst case and exact exponential curves for w = 1..max_wip."""
    if not stations:
        raise ValueError("Factory Physics view: the line has no station")
    for s in stations:
        if not (math.isfinite(s.process_time_h) and s.process_time_h > 0):
            raise ValueError(f'station "{s.name}": process time must be > 0 hours')
        if not isinstance(s.machines, int) or s.machines < 1:
            raise ValueError(f'station "{s.name}": machines must be a whole number >= 1')
    if not isinstance(max_wip, int) or not 1 <= max_wip <= MAX_WIP:
        raise ValueError(f"largest WIP must be a whole number from 1 to {MAX_WIP} parts")
    times = [s.process_time_h for s in stations]
    machines = [s.machines for s in stations]
    rb = min(m / t for t, m in zip(times, machines, strict=True))
    t0 = sum(times)
    cases = [theory.hopp_spearman_cases(rb, t0, w) for w in range(1, max_wip + 1)]
    exact = theory.mva_closed_line(times, max_wip, machines).throughput_by_population
    wip = tuple(range(1, max_wip + 1))
    return LineCurves(
        stations=tuple(stations),
        bottleneck_rate=rb,
        raw_process_time=t0,
        critical_wip=rb * t0,
        wip=wip,
        best_th=tuple(c.best_case_th for c in cases),
        worst_th=tuple(c.worst_case_th for c in cases),
        practical_worst_th=tuple(c.practical_worst_case_th for c in cases),
        exponential_th=tuple(exact),
        best_ct=tuple(c.best_case_ct for c in cases),
        worst_ct=tuple(c.worst_case_ct for c in cases),
        practical_worst_ct=tuple(c.practical_worst_case_ct for c in cases),
        exponential_ct=tuple(w / x for w, x in zip(wip, exact, strict=True)),
        notes=tuple(notes),
    )


def serial_steps(m: ValueStreamMap) -> list[Step]:
    """The steps of a serial map in flow order; ValueError naming the step where it branches."""
    where = f'value stream "{m.name}"'
    order: list[Step] = []
    node = SUPPLIER
    seen = {SUPPLIER}
    while True:
        outs = m.successors(node)
        label = "the supplier" if node == SUPPLIER else f'step "{node}"'
        if len(outs) != 1:
            raise ValueError(
                f"{where}: the Factory Physics view needs a serial line (one path from supplier "
                f"to customer), but {label} has {len(outs)} outgoing flows"
            )
        node = outs[0].target
        if node == CUSTOMER:
            break
        if node in seen or node not in m.step_names():
            raise ValueError(f"{where}: the flow from {label} does not lead to the customer")
        if len(m.predecessors(node)) != 1:
            raise ValueError(
                f'{where}: the Factory Physics view needs a serial line, but step "{node}" '
                f"merges {len(m.predecessors(node))} flows"
            )
        seen.add(node)
        order.append(m.step(node))
    if len(order) != len(m.steps):
        raise ValueError(f"{where}: some steps are not on the line from supplier to customer")
    return order


def map_curves(m: ValueStreamMap, max_wip: int | None = None) -> LineCurves:
    """The curves of a serial map: t_i = mean cycle time / availability (te, failures counted).

    ``max_wip`` defaults to 3 x W0 rounded up (at least 10). Scrap, rework, changeovers and
    shift calendars are left out of the curves; ``notes`` names those the map has."""
    steps = serial_steps(m)
    stations = [
        Station(s.name, s.cycle_time.mean_seconds() / s.availability() / HOUR, s.machines)
        for s in steps
    ]
    notes = []
    if any(s.scrap_rate > 0 or s.rework_rate > 0 for s in steps):
        notes.append("scrap and rework")
    if any(s.changeover.mean_seconds() > 0 for s in steps):
        notes.append("changeovers")
    if any(not (s.calendar or m.customer.calendar).always_working for s in steps):
        notes.append("shift calendars (times are working hours)")
    if max_wip is None:
        rb = min(s.machines / s.process_time_h for s in stations)
        w0 = rb * sum(s.process_time_h for s in stations)
        max_wip = max(10, math.ceil(3 * w0))
    return line_curves(stations, max_wip, notes)


def conwip_map(m: ValueStreamMap, cards: int, exponential: bool = False) -> ValueStreamMap:
    """The map's serial line in one CONWIP loop of ``cards`` cards, as the curves describe it."""
    steps = []
    for s in serial_steps(m):
        ct = s.cycle_time
        if exponential:
            ct = Distribution.exponential(ct.mean_seconds() / ct.scale, ct.unit)
        steps.append(
            Step(
                s.name,
                copy.deepcopy(ct),
                machines=s.machines,
                failures=copy.deepcopy(s.failures),
                buffer=Buffer(),
            )
        )
    out = ValueStreamMap.serial(
        f"{m.name} (CONWIP {cards})",
        steps,
        supplier=Supplier(),
        customer=Customer(calendar=ShiftCalendar(3, 8.0, ())),
    )
    out.conwip.append(ConwipLoop("CONWIP", steps[0].name, steps[-1].name, cards))
    return out


def sweep_settings(curves: LineCurves, parts: int = 3000, replications: int = 5) -> SimSettings:
    """Settings for a sweep: about ``parts`` parts per replication at the bottleneck rate after
    a warm-up of 20 raw process times."""
    warmup = 20.0 * curves.raw_process_time
    return SimSettings(
        horizon_h=warmup + parts / curves.bottleneck_rate,
        warmup_h=warmup,
        replications=replications,
        series_points=2,
    )


def conwip_sweep(
    m: ValueStreamMap,
    wips: Sequence[int],
    settings: SimSettings,
    exponential: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[ConwipPoint]:
    """Simulate the line at each WIP level (cards); same seed at every level (common random
    numbers). ``progress(done, total)`` after each level; ``cancel()`` True stops the sweep."""
    levels = list(wips)
    if not levels or any(not isinstance(w, int) or w < 1 for w in levels):
        raise ValueError("WIP levels must be whole numbers >= 1 part")
    points = []
    for i, w in enumerate(levels):
        if cancel is not None and cancel():
            raise SimulationCancelled("simulation cancelled")
        r = run_replications(conwip_map(m, w, exponential), settings, cancel=cancel)
        points.append(ConwipPoint(w, r.throughput_per_h, r.lead_time_h))
        if progress is not None:
            progress(i + 1, len(levels))
    return points


def default_levels(curves: LineCurves, count: int = 8) -> list[int]:
    """About ``count`` WIP levels from 1 to the largest WIP of the curves, W0 among them."""
    top = curves.wip[-1]
    levels = {1, top, min(top, max(1, round(curves.critical_wip)))}
    for k in range(count):
        levels.add(max(1, round(1 + k * (top - 1) / max(1, count - 1))))
    return sorted(levels)
