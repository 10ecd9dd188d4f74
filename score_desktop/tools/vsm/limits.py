"""Bounds on a simulation run, derived from the work it involves, checked before any run starts.

A run is refused (:class:`SimulationLimitError`, a ValueError) with a message naming the
figure that is too large and the range that works, instead of hanging or running out of
memory: the horizon, the replications, parallel machines, cards and initial parts (each one
is an object in memory), time parameters too small or too spread to draw from, and the
expected number of events, horizon x event rates x replications.
"""

from __future__ import annotations

import math

from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.simulation import SimSettings

MAX_HORIZON_H = 1_000_000.0  # about 114 years per replication
MAX_REPLICATIONS = 10_000
MAX_MACHINES = 1_000  # parallel machines of one step
MAX_PARTS = 1_000_000  # cards of a loop or supermarket, initial parts of a buffer
MIN_TIME_S = 1e-6  # a positive time (mean, MTBF, MTTR) shorter than a microsecond
MAX_CV = 1_000.0  # standard deviation / mean of a normal or lognormal time
MAX_EVENTS = 1e9  # expected events of the whole run (hours of computing beyond this)
EVENTS_PER_PART = 6  # start, finish, hand-over and queue events of one part at one step


class SimulationLimitError(ValueError):
    """A run that would not end in reasonable time or memory; the message says what works."""


def check_limits(m: ValueStreamMap, settings: SimSettings) -> float:
    """Raise :class:`SimulationLimitError` for a run beyond the limits; return its events."""
    if not math.isfinite(settings.horizon_h) or settings.horizon_h > MAX_HORIZON_H:
        raise SimulationLimitError(
            f"the horizon of {settings.horizon_h:g} h is too long; use up to {MAX_HORIZON_H:g} h"
        )
    if settings.replications > MAX_REPLICATIONS:
        raise SimulationLimitError(
            f"{settings.replications:,} replications are too many; use 1 to {MAX_REPLICATIONS:,}"
        )
    rate = 0.0  # events per second of simulated time, an upper bound
    for s in m.steps:
        where = f'step "{s.name}"'
        if s.machines > MAX_MACHINES:
            raise SimulationLimitError(
                f"{where}: {s.machines:,} parallel machines are too many; use 1 to {MAX_MACHINES:,}"
            )
        for figure, value in (("cards", s.buffer.cards), ("initial parts", s.buffer.initial)):
            _parts(f"{where}: {figure}", value)
        for what, d in (("cycle time", s.cycle_time), ("changeover time", s.changeover)):
            _time(f"{where}: {what}", d.mean_seconds())
            if d.kind in ("normal", "lognormal") and d.mean > 0 and d.sd / d.mean > MAX_CV:
                raise SimulationLimitError(
                    f"{where}: {what} standard deviation {d.sd:g} is more than {MAX_CV:g} "
                    f"times its mean {d.mean:g}; use a coefficient of variation up to {MAX_CV:g}"
                )
        rate += EVENTS_PER_PART * s.machines / s.cycle_time.mean_seconds()
        if s.failures is not None:
            mttr, mtbf = s.failures.mttr_seconds(), s.failures.mtbf_seconds()
            _time(f"{where}: repair time (MTTR)", mttr)
            _time(f"{where}: time between failures (MTBF)", mtbf)
            if mtbf + mttr > 0 and math.isfinite(mtbf):
                rate += 2 * s.machines / (mtbf + mttr)
    for loop in m.conwip:
        _parts(f'CONWIP loop "{loop.name}": cards', loop.cards)
    _parts("finished goods: cards", m.customer.finished_goods.cards)
    events = rate * settings.horizon_h * 3600.0 * settings.replications
    if events > MAX_EVENTS:
        raise SimulationLimitError(
            f"the run would take about {events:.2g} events (horizon {settings.horizon_h:g} h x "
            f"event rate {rate * 3600:.3g} per h x {settings.replications:,} replications); "
            f"keep it under {MAX_EVENTS:.0e}: shorten the horizon or use fewer replications"
        )
    return events


def _parts(what: str, value: int) -> None:
    if value > MAX_PARTS:
        raise SimulationLimitError(f"{what}: {value:,} is too many; use up to {MAX_PARTS:,}")


def _time(what: str, seconds: float) -> None:
    if 0 < seconds < MIN_TIME_S:
        raise SimulationLimitError(
            f"{what}: {seconds:g} s is too short to simulate; use 0 or at least {MIN_TIME_S:g} s"
        )
