"""Takt time, pitch, planned cycle time and minimum operators from customer demand.

    takt                = available working time / customer demand   (breaks excluded)
    pitch               = takt x pack-out quantity
    planned cycle time  = takt x efficiency   (efficiency a fraction, often the OEE)
    minimum operators   = ceil(work content / takt)

The free functions take times in any one unit; :func:`compute_takt` works from a demand
record (minutes in, seconds out).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from score_desktop.tools.inputs import InputError, NumberChecks

#: Quotients within this relative distance of an integer count as that integer, so that
#: 180 / 60 (or 0.3 / 0.1) gives 3 operators, not 4.
_INTEGER_TOL = 1e-12


class TaktInputError(InputError):
    """Invalid takt input; ``field`` names the offending input."""


_check = NumberChecks(TaktInputError)


class Period(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def takt_time(available_time: float, demand: float) -> float:
    """Available working time per period / customer demand per period (same period)."""
    available_time = _check.number("available_time", "Available time", available_time)
    if available_time <= 0:
        raise TaktInputError(
            "available_time",
            f"Available time must be greater than zero, got {available_time:g}: "
            "check the shift length, breaks and working days.",
        )
    demand = _check.number("demand", "Customer demand", demand)
    if demand <= 0:
        raise TaktInputError(
            "demand",
            f"Customer demand must be greater than zero, got {demand:g}: "
            "takt time is only defined for a positive demand.",
        )
    return available_time / demand


def ceil_tolerant(value: float) -> int:
    """``ceil`` that treats values within floating-point noise of an integer as that integer."""
    nearest = round(value)
    if abs(value - nearest) <= _INTEGER_TOL * max(1.0, abs(value)):
        return int(nearest)
    return math.ceil(value)


def min_operators(work_content: float, takt: float) -> int:
    """Minimum operators (or stations): ceil(total work content / takt), same time unit."""
    work_content = _check.non_negative("work_content", "Work content", work_content)
    takt = _check.positive("takt", "Takt time", takt)
    return ceil_tolerant(work_content / takt)


def pitch(takt: float, pack_out_quantity: float) -> float:
    """Pitch: the time to make one pack-out container (takt x pack-out quantity)."""
    takt = _check.positive("takt", "Takt time", takt)
    quantity = _check.positive("pack_out_quantity", "Pack-out quantity", pack_out_quantity)
    return takt * quantity


def planned_cycle_time(takt: float, efficiency: float) -> float:
    """Planned cycle time: takt x efficiency (a fraction in (0, 1], often the OEE)."""
    takt = _check.positive("takt", "Takt time", takt)
    efficiency = _check.positive("efficiency", "Efficiency", efficiency)
    if efficiency > 1:
        raise TaktInputError(
            "efficiency",
            f"Efficiency {efficiency:g} is above 1: give it as a fraction "
            f"({efficiency / 100:g} for {efficiency:g} %), at most 1 (100 %).",
        )
    return takt * efficiency


def capacity(available_time: float, cycle_time: float, efficiency: float = 1.0) -> float:
    """Units per period: available time x efficiency / cycle time (same time unit)."""
    available_time = _check.non_negative("available_time", "Available time", available_time)
    cycle_time = _check.positive("cycle_time", "Cycle time", cycle_time)
    efficiency = _check.positive("efficiency", "Efficiency", efficiency)
    if efficiency > 1:
        raise TaktInputError("efficiency", f"Efficiency {efficiency:g} is above 1 (100 %).")
    return available_time * efficiency / cycle_time


class DemandLike(Protocol):
    """What :func:`compute_takt` reads (read-only, so frozen records fit)."""

    @property
    def demand(self) -> float: ...
    @property
    def period(self) -> str: ...
    @property
    def shifts_per_day(self) -> int: ...
    @property
    def shift_length_min(self) -> float: ...
    @property
    def breaks_per_shift_min(self) -> float: ...
    @property
    def working_days_per_period(self) -> float: ...


@dataclass(frozen=True)
class DemandSettings:
    """Customer demand per period and the shift calendar that serves it.

    For ``period`` "day", ``working_days_per_period`` is not used (a day is one day).
    """

    demand: float = 1000.0
    period: str = Period.DAY
    shifts_per_day: int = 1
    shift_length_min: float = 480.0
    breaks_per_shift_min: float = 30.0
    working_days_per_period: float = 1.0


@dataclass(frozen=True)
class TaktResult:
    """Takt figures for one demand record (times in seconds unless the name says otherwise)."""

    period: str
    demand: float
    working_days: float
    available_time_s: float
    takt_s: float
    demand_per_day: float
    demand_per_shift: float
    planned_cycle_time_s: float | None = None
    efficiency: float | None = None
    min_operators: int | None = None
    work_content_s: float | None = None
    pitch_s: float | None = None
    pack_out_quantity: float | None = None

    @property
    def takt_min(self) -> float:
        return self.takt_s / 60.0

    @property
    def units_per_hour(self) -> float:
        """The customer rate: units per hour of working time."""
        return 3600.0 / self.takt_s

    @property
    def units_per_minute(self) -> float:
        return 60.0 / self.takt_s

    @property
    def available_time_per_day_s(self) -> float:
        return self.available_time_s / self.working_days


def available_time_s(settings: DemandLike) -> float:
    """Working seconds per period: days x shifts x (shift length - breaks)."""
    try:
        Period(str(settings.period))
    except ValueError:
        raise TaktInputError(
            "period", f"Period must be day, week or month, got {settings.period!r}."
        ) from None
    shifts = _check.number("shifts_per_day", "Shifts per day", settings.shifts_per_day)
    if shifts <= 0 or not shifts.is_integer():
        raise TaktInputError(
            "shifts_per_day",
            f"Shifts per day must be a whole number of at least 1, got {shifts:g}.",
        )
    length = _check.positive("shift_length_min", "Shift length", settings.shift_length_min)
    if length > 1440:
        raise TaktInputError(
            "shift_length_min", f"Shift length {length:g} min is longer than a day (1440 min)."
        )
    breaks = _check.non_negative(
        "breaks_per_shift_min", "Breaks per shift", settings.breaks_per_shift_min
    )
    if breaks >= length:
        raise TaktInputError(
            "breaks_per_shift_min",
            f"Breaks per shift ({breaks:g} min) must be shorter than the shift "
            f"({length:g} min): no working time would be left.",
        )
    if shifts * length > 1440:
        raise TaktInputError(
            "shifts_per_day",
            f"{shifts:g} shifts of {length:g} min add up to more than a day (1440 min).",
        )
    days = working_days(settings)
    return days * shifts * (length - breaks) * 60.0


def working_days(settings: DemandLike) -> float:
    """Working days in the demand period (1 for a day)."""
    if str(settings.period) == Period.DAY:
        return 1.0
    return _check.positive(
        "working_days_per_period", "Working days per period", settings.working_days_per_period
    )


def compute_takt(
    settings: DemandLike,
    efficiency: float | None = None,
    work_content_s: float | None = None,
    pack_out_quantity: float | None = None,
) -> TaktResult:
    """Takt time and what follows from it for one demand record.

    ``efficiency`` (a fraction, e.g. the OEE of the line) gives the planned cycle time,
    ``work_content_s`` (total manual work per unit, seconds) the minimum operators, and
    ``pack_out_quantity`` the pitch. Leave one as None (or 0 work content) to skip it.
    """
    available = available_time_s(settings)
    demand = _check.number("demand", "Customer demand", settings.demand)
    takt = takt_time(available_time=available, demand=demand)
    days = working_days(settings)
    per_day = demand / days
    pct = None if efficiency is None else planned_cycle_time(takt, efficiency)
    operators = None
    if work_content_s:
        operators = min_operators(work_content=work_content_s, takt=takt)
    pitch_s = None if pack_out_quantity is None else pitch(takt, pack_out_quantity)
    return TaktResult(
        period=str(settings.period),
        demand=demand,
        working_days=days,
        available_time_s=available,
        takt_s=takt,
        demand_per_day=per_day,
        demand_per_shift=per_day / settings.shifts_per_day,
        planned_cycle_time_s=pct,
        efficiency=efficiency,
        min_operators=operators,
        work_content_s=work_content_s or None,
        pitch_s=pitch_s,
        pack_out_quantity=pack_out_quantity,
    )
