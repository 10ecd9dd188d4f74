"""A shift's stop log: minor-stop classification, six big losses, downtime Pareto, OEE trend.

Times in the log and the shift are minutes; the ideal cycle time is seconds.

Rules (documented for users in docs/oee-and-takt.md):

- **Availability losses** are the logged stops of category ``breakdown`` and
  ``setup_adjustment``; their total is the stop time.
- **Minor-stop threshold.** When ``minor_stop_threshold_min`` is set (> 0), every
  unplanned stop (logged as ``breakdown`` or ``minor_stop``) shorter than the threshold
  counts as a minor stop and every one at least as long counts as a breakdown, whatever
  was logged. Setups/adjustments are never reclassified. ``None`` or 0 keeps the
  categories as logged.
- **Performance losses**: minor stops are the logged minor-stop minutes (they lie
  within run time); reduced speed is the rest of the performance loss measured by the
  counts (run time - ideal cycle time x total count - minor stops).
- **Quality losses** come from the counts, valued at the ideal cycle time: start-up
  rejects x ideal cycle time, and defects = (total - good - start-up rejects) x ideal
  cycle time.
- Entries logged as ``reduced_speed``, ``defects`` or ``startup_rejects`` are notes:
  the machine kept running, so they are not downtime, do not enter the stop time or the
  downtime Pareto, and the waterfall takes those losses from the counts.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol

from score_desktop.tools.oee import (
    Iso22400Result,
    OeeInputError,
    OeeResult,
    compute_oee,
    iso22400_oee,
    performance_error,
)


class LossCategory(StrEnum):
    """Nakajima's six big losses, as stored in a stop log."""

    BREAKDOWN = "breakdown"
    SETUP_ADJUSTMENT = "setup_adjustment"
    MINOR_STOP = "minor_stop"
    REDUCED_SPEED = "reduced_speed"
    DEFECTS = "defects"
    STARTUP_REJECTS = "startup_rejects"


#: Short user-facing labels, in waterfall order.
LOSS_LABELS: dict[str, str] = {
    LossCategory.BREAKDOWN: "Breakdowns",
    LossCategory.SETUP_ADJUSTMENT: "Setup & adjustment",
    LossCategory.MINOR_STOP: "Minor stops",
    LossCategory.REDUCED_SPEED: "Reduced speed",
    LossCategory.DEFECTS: "Defects",
    LossCategory.STARTUP_REJECTS: "Start-up rejects",
}

#: Categories that stop the machine (downtime); the others are notes.
DOWNTIME_CATEGORIES: frozenset[str] = frozenset(
    {LossCategory.BREAKDOWN, LossCategory.SETUP_ADJUSTMENT, LossCategory.MINOR_STOP}
)


class StopLike(Protocol):
    """One stop as :func:`evaluate_shift` reads it (read-only, so frozen records fit)."""

    @property
    def start_min(self) -> float: ...
    @property
    def duration_min(self) -> float: ...
    @property
    def reason(self) -> str: ...
    @property
    def category(self) -> str: ...


class ShiftLike(Protocol):
    """What :func:`evaluate_shift` reads (an :class:`OeeShift` or the project's OEE record)."""

    @property
    def shift_length_min(self) -> float: ...
    @property
    def planned_breaks_min(self) -> float: ...
    @property
    def ideal_cycle_time_s(self) -> float: ...
    @property
    def total_count(self) -> int: ...
    @property
    def good_count(self) -> int: ...
    @property
    def startup_rejects(self) -> int: ...
    @property
    def minor_stop_threshold_min(self) -> float | None: ...
    @property
    def calendar_time_min(self) -> float | None: ...
    @property
    def stops(self) -> Sequence[StopLike]: ...


@dataclass(frozen=True)
class Stop:
    """One entry of a stop log: start (minutes from shift start), duration, reason, category."""

    start_min: float = 0.0
    duration_min: float = 0.0
    reason: str = ""
    category: str = LossCategory.BREAKDOWN


@dataclass(frozen=True)
class OeeShift:
    """One shift (or day, or machine) of production data.

    OOE uses ``shift_length_min`` as its denominator; TEEP needs ``calendar_time_min``
    (e.g. 1440 for a day).
    """

    shift_length_min: float = 480.0
    planned_breaks_min: float = 0.0
    ideal_cycle_time_s: float = 1.0
    total_count: int = 0
    good_count: int = 0
    startup_rejects: int = 0
    minor_stop_threshold_min: float | None = None
    calendar_time_min: float | None = None
    stops: tuple[Stop, ...] = ()
    name: str = ""


@dataclass(frozen=True)
class SixBigLosses:
    """Minutes lost to each of Nakajima's six big losses."""

    breakdowns: float
    setup_adjustment: float
    minor_stops: float
    reduced_speed: float
    defects: float
    startup_rejects: float

    def items(self) -> list[tuple[str, float]]:
        """(label, minutes) in waterfall order."""
        values = (
            self.breakdowns,
            self.setup_adjustment,
            self.minor_stops,
            self.reduced_speed,
            self.defects,
            self.startup_rejects,
        )
        return list(zip(LOSS_LABELS.values(), values, strict=True))

    @property
    def total(self) -> float:
        return math.fsum(v for _, v in self.items())


@dataclass(frozen=True)
class WaterfallBar:
    """One bar of the loss waterfall: a total (from 0) or a loss (from ``top`` down)."""

    label: str
    minutes: float
    kind: str  # "total" or "loss"
    top: float  # the level the bar hangs from (totals: their own height)

    @property
    def bottom(self) -> float:
        return self.top - self.minutes if self.kind == "loss" else 0.0


@dataclass(frozen=True)
class ShiftOee:
    """The evaluation of one shift: OEE (minutes), classified log, losses, waterfall."""

    name: str
    planned_time_min: float
    stops: tuple[Stop, ...]
    result: OeeResult
    losses: SixBigLosses

    def waterfall(self) -> tuple[WaterfallBar, ...]:
        """Planned time, the six losses and subtotals, down to fully productive time."""
        lo = self.losses
        r = self.result
        bars: list[WaterfallBar] = [WaterfallBar("Planned time", r.planned_time, "total", 0.0)]
        level = r.planned_time

        def loss(label: str, minutes: float) -> None:
            nonlocal level
            bars.append(WaterfallBar(label, minutes, "loss", level))
            level -= minutes

        loss("Breakdowns", lo.breakdowns)
        loss("Setup & adjustment", lo.setup_adjustment)
        bars.append(WaterfallBar("Run time", r.run_time, "total", r.run_time))
        loss("Minor stops", lo.minor_stops)
        loss("Reduced speed", lo.reduced_speed)
        bars.append(WaterfallBar("Net run time", r.net_run_time, "total", r.net_run_time))
        loss("Defects", lo.defects)
        loss("Start-up rejects", lo.startup_rejects)
        bars.append(
            WaterfallBar(
                "Fully productive time", r.fully_productive_time, "total", r.fully_productive_time
            )
        )
        return tuple(bars)


@dataclass(frozen=True)
class ParetoBar:
    """One reason of a downtime Pareto: minutes, occurrences, share and cumulative share."""

    reason: str
    minutes: float
    occurrences: int
    share: float
    cumulative_share: float


@dataclass(frozen=True)
class TrendPoint:
    label: str
    availability: float
    performance: float
    quality: float
    oee: float


def _category(value: str, index: int) -> LossCategory:
    try:
        return LossCategory(str(value))
    except ValueError:
        allowed = ", ".join(c.value for c in LossCategory)
        raise OeeInputError(
            "stops", f"Stop {index + 1}: unknown category {value!r} (use one of {allowed})."
        ) from None


def _check_minutes(value: float, what: str, field: str = "stops") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise OeeInputError(field, f"{what} must be a finite number, got {value!r}.")
    if value < 0:
        raise OeeInputError(field, f"{what} must not be negative, got {value:g}.")
    return float(value)


def classify_stops(
    stops: Iterable[StopLike], minor_stop_threshold_min: float | None
) -> tuple[Stop, ...]:
    """The log with unplanned stops reclassified by the minor-stop threshold (module doc)."""
    threshold = minor_stop_threshold_min
    if threshold is not None:
        threshold = _check_minutes(threshold, "Minor-stop threshold", "minor_stop_threshold_min")
    out = []
    for i, s in enumerate(stops):
        category = _category(s.category, i)
        duration = _check_minutes(s.duration_min, f"Stop {i + 1} ({s.reason!r}): duration")
        start = _check_minutes(s.start_min, f"Stop {i + 1} ({s.reason!r}): start")
        if threshold and category in (LossCategory.BREAKDOWN, LossCategory.MINOR_STOP):
            category = LossCategory.MINOR_STOP if duration < threshold else LossCategory.BREAKDOWN
        out.append(Stop(start, duration, str(s.reason), category))
    return tuple(out)


def _minutes_of(stops: Iterable[Stop], category: LossCategory) -> float:
    return math.fsum(s.duration_min for s in stops if s.category == category)


def evaluate_shift(shift: ShiftLike, name: str | None = None) -> ShiftOee:
    """OEE (in minutes) and the six big losses of one shift from its stop log and counts.

    Raises :class:`OeeInputError` (a ``ValueError``) naming the field and the rule.
    """
    label = name if name is not None else str(getattr(shift, "name", ""))
    length = _check_minutes(shift.shift_length_min, "Shift length", "shift_length_min")
    breaks = _check_minutes(shift.planned_breaks_min, "Planned breaks", "planned_breaks_min")
    if breaks >= length:
        raise OeeInputError(
            "planned_breaks_min",
            f"Planned breaks {breaks:g} min are not shorter than the shift length {length:g} "
            "min: no planned production time is left.",
        )
    planned = length - breaks
    ict_s = shift.ideal_cycle_time_s
    if isinstance(ict_s, bool) or not isinstance(ict_s, int | float) or not ict_s > 0:
        raise OeeInputError(
            "ideal_cycle_time_s", f"Ideal cycle time must be greater than zero, got {ict_s!r}."
        )
    ict_min = ict_s / 60.0
    stops = classify_stops(shift.stops, shift.minor_stop_threshold_min)
    breakdowns = _minutes_of(stops, LossCategory.BREAKDOWN)
    setups = _minutes_of(stops, LossCategory.SETUP_ADJUSTMENT)
    minor = _minutes_of(stops, LossCategory.MINOR_STOP)
    stop_time = breakdowns + setups
    if stop_time > planned:
        raise OeeInputError(
            "stops",
            f"Breakdowns and setups in the stop log add up to {stop_time:g} min, more than the "
            f"planned production time {planned:g} min (shift length minus planned breaks).",
        )
    total, good = shift.total_count, shift.good_count
    try:
        result = compute_oee(
            planned_time=planned,
            stop_time=stop_time,
            ideal_cycle_time=ict_min,
            total_count=total,
            good_count=good,
            calendar_time=shift.calendar_time_min,
            shift_time=length,
            time_unit="min",
        )
    except OeeInputError as exc:
        if exc.field == "ideal_cycle_time":  # say it in seconds, as the user typed it
            run_s = (planned - stop_time) * 60
            raise performance_error(ict_s, total, run_s, "s", "ideal_cycle_time_s") from None
        if exc.field == "calendar_time":
            raise OeeInputError("calendar_time_min", str(exc)) from None
        raise
    if minor > result.performance_loss_time * (1 + 1e-9) + 1e-12:
        raise OeeInputError(
            "stops",
            f"Minor stops add up to {minor:g} min but the counts leave only "
            f"{result.performance_loss_time:.1f} min of performance loss (run time "
            f"{result.run_time:g} min - {total:,} parts × {ict_s:g} s): the ideal cycle time is "
            "probably too long, or the counts or the minor stops are wrong.",
        )
    minor = min(minor, result.performance_loss_time)
    startup = _check_minutes(shift.startup_rejects, "Start-up rejects", "startup_rejects")
    rejects = result.total_count - result.good_count
    if startup > rejects:
        raise OeeInputError(
            "startup_rejects",
            f"Start-up rejects {startup:,.0f} exceed the rejects {rejects:,.0f} (total count "
            "minus good count): start-up rejects are part of the rejected parts.",
        )
    startup_loss = min(startup * ict_min, result.quality_loss_time)
    losses = SixBigLosses(
        breakdowns=breakdowns,
        setup_adjustment=setups,
        minor_stops=minor,
        reduced_speed=result.performance_loss_time - minor,
        defects=result.quality_loss_time - startup_loss,
        startup_rejects=startup_loss,
    )
    return ShiftOee(label, planned, stops, result, losses)


def iso22400_for_shift(
    shift: ShiftLike, planned_runtime_per_unit_s: float | None = None
) -> Iso22400Result:
    """The ISO 22400-2 view of a shift (times in minutes).

    PBT = shift length - planned breaks; APT = PBT - breakdowns - setups/adjustments
    (classified by the minor-stop threshold; minor stops stay inside APT, as in the
    shop-floor run time); AUPT = APT + setups/adjustments; PRU = the planned runtime per
    unit if given, else the ideal cycle time. With PRU = ideal cycle time the OEE index
    equals the shop-floor OEE.
    """
    length = _check_minutes(shift.shift_length_min, "Shift length", "shift_length_min")
    breaks = _check_minutes(shift.planned_breaks_min, "Planned breaks", "planned_breaks_min")
    if breaks >= length:
        raise OeeInputError(
            "planned_breaks_min",
            f"Planned breaks {breaks:g} min are not shorter than the shift length {length:g} "
            "min: no planned busy time is left.",
        )
    pbt = length - breaks
    stops = classify_stops(shift.stops, shift.minor_stop_threshold_min)
    setups = _minutes_of(stops, LossCategory.SETUP_ADJUSTMENT)
    down = _minutes_of(stops, LossCategory.BREAKDOWN) + setups
    if down > pbt:
        raise OeeInputError(
            "stops",
            f"Breakdowns and setups in the stop log add up to {down:g} min, more than the "
            f"planned busy time {pbt:g} min (shift length minus planned breaks).",
        )
    pru_s = (
        shift.ideal_cycle_time_s
        if planned_runtime_per_unit_s is None
        else (planned_runtime_per_unit_s)
    )
    field = (
        "ideal_cycle_time_s" if planned_runtime_per_unit_s is None else "planned_runtime_per_unit_s"
    )
    if isinstance(pru_s, bool) or not isinstance(pru_s, int | float) or not pru_s > 0:
        raise OeeInputError(
            field, f"Planned runtime per unit must be greater than zero, got {pru_s!r}."
        )
    apt = pbt - down
    try:
        return iso22400_oee(
            planned_busy_time=pbt,
            actual_production_time=apt,
            planned_runtime_per_unit=pru_s / 60.0,
            produced_quantity=shift.total_count,
            good_quantity=shift.good_count,
            actual_unit_processing_time=min(apt + setups, pbt),
        )
    except OeeInputError as exc:
        renamed = {"produced_quantity": "total_count", "good_quantity": "good_count"}
        raise OeeInputError(renamed.get(exc.field, exc.field), str(exc)) from None


def downtime_pareto(
    stops: Iterable[StopLike], categories: Iterable[str] = DOWNTIME_CATEGORIES
) -> tuple[ParetoBar, ...]:
    """Downtime minutes by reason, largest first, with cumulative share.

    Reasons are grouped ignoring case and surrounding spaces (the first spelling is
    shown); an empty reason shows as "(no reason)". Ties sort by reason. Only stops in
    ``categories`` count (by default the downtime categories); zero-minute stops are
    left out.
    """
    wanted = {str(c) for c in categories}
    minutes: dict[str, float] = {}
    counts: dict[str, int] = {}
    shown: dict[str, str] = {}
    for i, s in enumerate(stops):
        category = _category(s.category, i)
        duration = _check_minutes(s.duration_min, f"Stop {i + 1} ({s.reason!r}): duration")
        if category not in wanted or duration == 0:
            continue
        text = str(s.reason).strip() or "(no reason)"
        key = text.casefold()
        shown.setdefault(key, text)
        minutes[key] = minutes.get(key, 0.0) + duration
        counts[key] = counts.get(key, 0) + 1
    total = math.fsum(minutes.values())
    order = sorted(minutes, key=lambda k: (-minutes[k], shown[k].casefold()))
    bars = []
    running = 0.0
    for k in order:
        running += minutes[k]
        bars.append(ParetoBar(shown[k], minutes[k], counts[k], minutes[k] / total, running / total))
    if bars:  # the last cumulative share is exactly 100 %
        bars[-1] = replace(bars[-1], cumulative_share=1.0)
    return tuple(bars)


def oee_trend(
    shifts: Iterable[ShiftLike | ShiftOee], labels: Sequence[str] | None = None
) -> tuple[TrendPoint, ...]:
    """OEE and its factors per record, in the given order (labels default to record names)."""
    points = []
    for i, shift in enumerate(shifts):
        evaluated = shift if isinstance(shift, ShiftOee) else evaluate_shift(shift)
        if labels is not None:
            label = labels[i]
        else:
            label = evaluated.name or str(getattr(shift, "name", "")) or f"#{i + 1}"
        r = evaluated.result
        points.append(TrendPoint(label, r.availability, r.performance, r.quality, r.oee))
    return tuple(points)


def overall_oee(shifts: Iterable[ShiftLike | ShiftOee], label: str = "All") -> TrendPoint:
    """OEE of several records together, from summed times (never the mean of OEEs).

    A = sum run time / sum planned time, P = sum net run time / sum run time,
    Q = sum fully productive time / sum net run time, OEE = their product (= sum fully
    productive time / sum planned time); correct across machines with different speeds.
    """
    results = [(s if isinstance(s, ShiftOee) else evaluate_shift(s)).result for s in shifts]
    if not results:
        raise OeeInputError("records", "No OEE records to combine.")
    planned = math.fsum(r.planned_time for r in results)
    run = math.fsum(r.run_time for r in results)
    net = math.fsum(r.net_run_time for r in results)
    productive = math.fsum(r.fully_productive_time for r in results)
    availability = run / planned
    performance = net / run if run > 0 else 1.0
    quality = productive / net if net > 0 else 1.0
    return TrendPoint(label, availability, performance, quality, productive / planned)
