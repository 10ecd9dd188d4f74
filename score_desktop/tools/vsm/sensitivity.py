"""Sensitivity: vary one parameter of one step over a range and simulate each value.

Parameters (``PARAMETERS``): the capacity of the FIFO lane in front of a step (a push buffer
becomes a FIFO lane of that size), the number of parallel machines (with their operators), the
mean time to repair (MTTR, in the step's failure unit, uptime kept), and the kanban cards of a
supermarket. Each value is simulated with the same settings and seed (common random numbers),
so the differences between points are not noise from different random streams.
"""

from __future__ import annotations

import copy
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from score_desktop.tools.vsm.model import Failures, Resolver, ValueStreamMap
from score_desktop.tools.vsm.replications import Estimate, run_replications
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled

# name -> (label, unit, whole numbers only, smallest allowed value)
PARAMETERS: dict[str, tuple[str, str, bool, float]] = {
    "buffer_capacity": ("FIFO lane size in front of the step", "parts", True, 0),
    "machines": ("parallel machines (operators)", "machines", True, 1),
    "mttr": ("mean time to repair", "", False, 0),
    "cards": ("kanban cards", "cards", True, 1),
}


@dataclass(frozen=True)
class SweepPoint:
    value: float
    throughput_per_h: Estimate
    lead_time_h: Estimate
    wip: Estimate


@dataclass(frozen=True)
class Sweep:
    map_name: str
    step: str
    parameter: str
    label: str
    unit: str
    points: tuple[SweepPoint, ...]


def parameter_unit(m: ValueStreamMap, step: str, parameter: str) -> str:
    if parameter == "mttr":
        f = m.step(step).failures
        return f.unit if f is not None else "min"
    return PARAMETERS[parameter][1]


def with_parameter(m: ValueStreamMap, step: str, parameter: str, value: float) -> ValueStreamMap:
    """A copy of ``m`` with ``parameter`` of ``step`` set to ``value``; ValueError when the
    parameter does not apply to that step (e.g. cards of a step without a supermarket)."""
    if parameter not in PARAMETERS:
        raise ValueError(f'sensitivity: unknown parameter "{parameter}"')
    label, _, whole, lowest = PARAMETERS[parameter]
    if not math.isfinite(value) or value < lowest or (whole and value != int(value)):
        kind = "a whole number" if whole else "a number"
        raise ValueError(f"sensitivity: {label} must be {kind} >= {lowest:g}, not {value:g}")
    out = copy.deepcopy(m)
    try:
        s = out.step(step)
    except KeyError:
        raise ValueError(f'sensitivity: step "{step}" is not in the map') from None
    if parameter == "buffer_capacity":
        if s.buffer.rule == "supermarket":
            raise ValueError(
                f'sensitivity: step "{step}" is fed by a supermarket; vary its kanban cards'
            )
        s.buffer.rule, s.buffer.capacity = "fifo", int(value)
        s.buffer.initial = min(s.buffer.initial, int(value))
    elif parameter == "machines":
        s.machines = s.operators = int(value)
    elif parameter == "mttr":
        f = s.failures
        if f is None or f.availability() >= 1.0:
            raise ValueError(f'sensitivity: step "{step}" has no breakdowns to vary MTTR of')
        if f.uptime_percent is not None:
            s.failures = Failures(mttr=value, uptime_percent=f.uptime_percent, unit=f.unit)
        else:
            s.failures = Failures(mttr=value, mtbf=f.mtbf, unit=f.unit)
    else:
        if s.buffer.rule != "supermarket":
            raise ValueError(f'sensitivity: step "{step}" is not fed by a kanban supermarket')
        s.buffer.cards = int(value)
        s.buffer.initial = min(s.buffer.initial, int(value))
    return out


def value_range(low: float, high: float, count: int, whole: bool) -> list[float]:
    """``count`` evenly spaced values from ``low`` to ``high`` (rounded and unique when whole)."""
    if count < 1:
        raise ValueError("sensitivity: number of values must be >= 1")
    if not (math.isfinite(low) and math.isfinite(high)) or high < low:
        raise ValueError("sensitivity: the range must go from a low to a higher value")
    step = (high - low) / (count - 1) if count > 1 else 0.0
    values = [low + step * i for i in range(count)]
    if whole:
        values = sorted({float(round(v)) for v in values})
    return values


def sweep(
    m: ValueStreamMap,
    step: str,
    parameter: str,
    values: Sequence[float],
    settings: SimSettings,
    progress: Callable[[float, str], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    resolver: Resolver | None = None,
) -> Sweep:
    """Simulate the map once per value; ``progress(fraction, text)`` after each replication.

    Raises ValueError for a parameter that does not apply (before any simulation) and
    SimulationCancelled when ``cancel()`` turns true."""
    if not values:
        raise ValueError("sensitivity: give at least one value")
    maps = [with_parameter(m, step, parameter, v) for v in values]
    points = []
    n = len(maps)
    for i, (value, variant) in enumerate(zip(values, maps, strict=True)):
        if cancel is not None and cancel():
            raise SimulationCancelled("sensitivity cancelled")

        def report(done: int, total: int, i: int = i, value: float = value) -> None:
            if progress is not None:
                progress((i + done / total) / n, f"value {i + 1} of {n} ({value:g})")

        r = run_replications(variant, settings, report, cancel, resolver)
        points.append(SweepPoint(float(value), r.throughput_per_h, r.lead_time_h, r.wip_total))
    label = PARAMETERS[parameter][0]
    return Sweep(m.name, step, parameter, label, parameter_unit(m, step, parameter), tuple(points))
