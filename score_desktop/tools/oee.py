"""OEE: the shop-floor definition (Vorne / oee.com) and the ISO 22400-2 KPIs.

All times in one call share one unit (minutes, seconds, hours: the caller's choice);
counts are pieces. Factors are fractions (0.85 means 85 %).

Shop-floor definition (see docs/oee-and-takt.md)::

    run time          = planned time - stop time
    availability      = run time / planned time
    performance       = ideal cycle time x total count / run time      (must be <= 1)
    quality           = good count / total count
    OEE               = A x P x Q = good count x ideal cycle time / planned time
    TEEP              = OEE x planned time / calendar time
    OOE               = OEE x planned time / shift time

ISO 22400-2 (2014): availability = APT / PBT, effectiveness = PRU x PQ / APT (never
capped), quality ratio = GQ / PQ, OEE index = their product, NEE = AUPT / PBT x
effectiveness x quality ratio.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.tools.inputs import InputError, NumberChecks

#: World-class OEE as commonly quoted (90 % x 95 % x 99.9 %), for reference lines.
WORLD_CLASS_OEE = 0.85
WORLD_CLASS_FACTORS = {"availability": 0.90, "performance": 0.95, "quality": 0.999}

#: Relative tolerance for "performance exactly 100 %" against floating-point noise.
_REL_TOL = 1e-9


class OeeInputError(InputError):
    """Invalid OEE input; ``field`` is the keyword name of the offending input."""


_check = NumberChecks(OeeInputError)


@dataclass(frozen=True)
class OeeResult:
    """Shop-floor OEE with the time each loss category costs (in the input time unit).

    ``availability_loss_time`` is the stop time, ``performance_loss_time`` the run time
    not explained by parts made at the ideal cycle time, ``quality_loss_time`` the ideal
    time spent on rejected parts. ``planned_time`` minus the three losses is
    ``fully_productive_time`` (= good count x ideal cycle time).

    When no parts were made, quality is 1.0 (no part was rejected); when there was no
    run time (and so no parts), performance is 1.0 (no speed loss). OEE is 0 either way.
    """

    planned_time: float
    stop_time: float
    ideal_cycle_time: float
    total_count: float
    good_count: float
    run_time: float
    net_run_time: float
    fully_productive_time: float
    availability: float
    performance: float
    quality: float
    oee: float
    availability_loss_time: float
    performance_loss_time: float
    quality_loss_time: float
    calendar_time: float | None = None
    shift_time: float | None = None
    teep: float | None = None
    ooe: float | None = None

    @property
    def utilization(self) -> float | None:
        """Planned time / calendar time (the TEEP schedule factor), None without calendar."""
        if self.calendar_time is None:
            return None
        return self.planned_time / self.calendar_time


@dataclass(frozen=True)
class Iso22400Result:
    """ISO 22400-2 OEE index; ``effectiveness`` may exceed 1 and is never capped."""

    planned_busy_time: float
    actual_production_time: float
    planned_runtime_per_unit: float
    produced_quantity: float
    good_quantity: float
    availability: float
    effectiveness: float
    quality_ratio: float
    oee_index: float
    actual_unit_processing_time: float | None = None
    nee: float | None = None


def _fmt(value: float) -> str:
    """A number for a message: thousands separators, at most 4 significant decimals."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.1f}"


def _counts(total: float, good: float, total_field: str, good_field: str) -> tuple[float, float]:
    total = _check.non_negative(total_field, "Total count", total)
    good = _check.non_negative(good_field, "Good count", good)
    if good > total:
        raise OeeInputError(
            good_field,
            f"Good count {_fmt(good)} exceeds total count {_fmt(total)}: "
            "the total count includes the good parts and the rejects.",
        )
    return total, good


def _time_ratio(
    field: str, label: str, value: float, planned_time: float, planned_label: str
) -> float:
    value = _check.positive(field, label, value)
    if value < planned_time * (1 - _REL_TOL):
        raise OeeInputError(
            field,
            f"{label} {_fmt(value)} is shorter than the {planned_label} {_fmt(planned_time)}: "
            f"the {planned_label} is part of the {label.lower()}.",
        )
    return value


def performance_error(
    ideal_cycle_time: float,
    total_count: float,
    run_time: float,
    unit: str = "",
    field: str = "ideal_cycle_time",
) -> OeeInputError:
    """The error for performance above 100 %, explaining that the ideal cycle time is suspect."""
    u = f" {unit}" if unit else ""
    if run_time <= 0:
        return OeeInputError(
            "total_count",
            f"Total count {_fmt(total_count)} parts but no run time (stop time equals the "
            "planned time): parts cannot be made while the machine is stopped; check the "
            "stop time and the counts.",
        )
    ideal = ideal_cycle_time * total_count
    pct = 100 * ideal / run_time
    return OeeInputError(
        field,
        f"Performance would be {pct:,.0f} % (ideal cycle time {_fmt(ideal_cycle_time)}{u} × "
        f"{_fmt(total_count)} parts = {_fmt(ideal)}{u} > run time {_fmt(run_time)}{u}): "
        "the ideal cycle time is probably too long (it must be the fastest possible cycle, "
        "in the same time unit as the planned time), or the total count or the stop time "
        "is wrong.",
    )


def compute_oee(
    planned_time: float,
    stop_time: float,
    ideal_cycle_time: float,
    total_count: float,
    good_count: float,
    calendar_time: float | None = None,
    shift_time: float | None = None,
    *,
    time_unit: str = "",
) -> OeeResult:
    """Shop-floor OEE (Vorne / oee.com) from planned time, stop time, ideal cycle time, counts.

    ``calendar_time`` (all time, for TEEP) and ``shift_time`` (staffed time, for OOE) are
    optional and must be at least the planned time. ``time_unit`` only labels messages.
    Raises :class:`OeeInputError` (a ``ValueError``) naming the field and the rule.
    """
    planned_time = _check.positive("planned_time", "Planned production time", planned_time)
    stop_time = _check.non_negative("stop_time", "Stop time", stop_time)
    if stop_time > planned_time:
        raise OeeInputError(
            "stop_time",
            f"Stop time {_fmt(stop_time)} exceeds the planned production time "
            f"{_fmt(planned_time)}: stops count only within planned time.",
        )
    ideal_cycle_time = _check.positive("ideal_cycle_time", "Ideal cycle time", ideal_cycle_time)
    total_count, good_count = _counts(total_count, good_count, "total_count", "good_count")
    if shift_time is not None:
        shift_time = _time_ratio(
            "shift_time", "Shift time", shift_time, planned_time, "planned production time"
        )
    if calendar_time is not None:
        calendar_time = _time_ratio(
            "calendar_time", "Calendar time", calendar_time, planned_time, "planned production time"
        )
        if shift_time is not None and calendar_time < shift_time * (1 - _REL_TOL):
            raise OeeInputError(
                "calendar_time",
                f"Calendar time {_fmt(calendar_time)} is shorter than the shift time "
                f"{_fmt(shift_time)}: shifts are part of the calendar time.",
            )

    run_time = planned_time - stop_time
    net_run_time = ideal_cycle_time * total_count
    if net_run_time > run_time * (1 + _REL_TOL):
        raise performance_error(ideal_cycle_time, total_count, run_time, time_unit)
    net_run_time = min(net_run_time, run_time)  # absorb rounding noise at exactly 100 %
    fully_productive_time = min(ideal_cycle_time * good_count, net_run_time)

    availability = run_time / planned_time
    performance = net_run_time / run_time if run_time > 0 else 1.0
    quality = good_count / total_count if total_count > 0 else 1.0
    oee = availability * performance * quality
    teep = None if calendar_time is None else oee * planned_time / calendar_time
    ooe = None if shift_time is None else oee * planned_time / shift_time
    return OeeResult(
        planned_time=planned_time,
        stop_time=stop_time,
        ideal_cycle_time=ideal_cycle_time,
        total_count=total_count,
        good_count=good_count,
        run_time=run_time,
        net_run_time=net_run_time,
        fully_productive_time=fully_productive_time,
        availability=availability,
        performance=performance,
        quality=quality,
        oee=oee,
        availability_loss_time=stop_time,
        performance_loss_time=run_time - net_run_time,
        quality_loss_time=net_run_time - fully_productive_time,
        calendar_time=calendar_time,
        shift_time=shift_time,
        teep=teep,
        ooe=ooe,
    )


def iso22400_oee(
    planned_busy_time: float,
    actual_production_time: float,
    planned_runtime_per_unit: float,
    produced_quantity: float,
    good_quantity: float,
    actual_unit_processing_time: float | None = None,
) -> Iso22400Result:
    """OEE index per ISO 22400-2: availability x effectiveness x quality ratio.

    PBT = planned busy time (planned operation time minus planned downtime), APT = actual
    production time (setup and delays are outside it), PRU = planned runtime per unit,
    PQ / GQ = produced / good quantity. Effectiveness may exceed 1 (faster than planned)
    and is not capped. NEE needs AUPT, the actual unit processing time (APT plus setup),
    which lies between APT and PBT. With no production time and no parts, effectiveness
    is 1.0; with no parts, the quality ratio is 1.0 (the OEE index is 0 either way).
    """
    pbt = _check.positive("planned_busy_time", "Planned busy time", planned_busy_time)
    apt = _check.non_negative(
        "actual_production_time", "Actual production time", actual_production_time
    )
    if apt > pbt:
        raise OeeInputError(
            "actual_production_time",
            f"Actual production time {_fmt(apt)} exceeds the planned busy time {_fmt(pbt)}: "
            "production time is part of the busy time.",
        )
    pru = _check.positive(
        "planned_runtime_per_unit", "Planned runtime per unit", planned_runtime_per_unit
    )
    pq, gq = _counts(produced_quantity, good_quantity, "produced_quantity", "good_quantity")
    if apt == 0 and pq > 0:
        raise OeeInputError(
            "produced_quantity",
            f"Produced quantity {_fmt(pq)} but the actual production time is 0: "
            "parts need production time.",
        )
    aupt = None
    if actual_unit_processing_time is not None:
        aupt = _check.non_negative(
            "actual_unit_processing_time",
            "Actual unit processing time",
            actual_unit_processing_time,
        )
        if aupt < apt * (1 - _REL_TOL) or aupt > pbt * (1 + _REL_TOL):
            raise OeeInputError(
                "actual_unit_processing_time",
                f"Actual unit processing time {_fmt(aupt)} must lie between the actual "
                f"production time {_fmt(apt)} and the planned busy time {_fmt(pbt)} "
                "(it is production time plus setup time).",
            )
    availability = apt / pbt
    effectiveness = pru * pq / apt if apt > 0 else 1.0
    quality_ratio = gq / pq if pq > 0 else 1.0
    oee_index = availability * effectiveness * quality_ratio
    nee = None if aupt is None else aupt / pbt * effectiveness * quality_ratio
    return Iso22400Result(
        planned_busy_time=pbt,
        actual_production_time=apt,
        planned_runtime_per_unit=pru,
        produced_quantity=pq,
        good_quantity=gq,
        availability=availability,
        effectiveness=effectiveness,
        quality_ratio=quality_ratio,
        oee_index=oee_index,
        actual_unit_processing_time=aupt,
        nee=nee,
    )
