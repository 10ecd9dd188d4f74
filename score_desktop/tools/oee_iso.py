"""A shift's stop log and counts read the ISO 22400-2 way (OEE index and NEE).

Mapping (times in minutes, then seconds per unit for the runtime):

- planned busy time PBT = shift length - planned breaks (the planned down time PDOT);
- actual setup time ASUT = the setup/adjustment stops;
- actual production time APT = PBT - breakdowns - setups - minor stops: in ISO 22400-2
  setups (ASUT) and delays (ADET, here breakdowns and minor stops) lie outside APT;
- planned runtime per unit PRU = the ideal cycle time; produced quantity PQ = total
  count; good quantity GQ = good count;
- actual unit processing time AUPT = APT + ASUT, for NEE.

Unlike the shop-floor performance, effectiveness is never capped and may exceed 100 %.
"""

from __future__ import annotations

import math

from score_desktop.tools.oee import Iso22400Result, OeeInputError, iso22400_oee
from score_desktop.tools.stop_log import LossCategory, ShiftLike, classify_stops


def evaluate_shift_iso22400(shift: ShiftLike) -> Iso22400Result:
    """The ISO 22400-2 OEE index, its factors and NEE of one shift (times in minutes)."""
    planned = shift.shift_length_min - shift.planned_breaks_min
    if planned <= 0:
        raise OeeInputError(
            "planned_breaks_min",
            f"Planned breaks {shift.planned_breaks_min:g} min are not shorter than the shift "
            f"length {shift.shift_length_min:g} min: no planned busy time is left.",
        )
    stops = classify_stops(shift.stops, shift.minor_stop_threshold_min)

    def minutes(category: LossCategory) -> float:
        return math.fsum(s.duration_min for s in stops if s.category == category)

    setup = minutes(LossCategory.SETUP_ADJUSTMENT)
    delays = minutes(LossCategory.BREAKDOWN) + minutes(LossCategory.MINOR_STOP)
    production = planned - setup - delays
    if production <= 0:
        raise OeeInputError(
            "stops",
            f"Setups and delays in the stop log add up to {setup + delays:g} min, leaving no "
            f"actual production time in the planned busy time of {planned:g} min.",
        )
    return iso22400_oee(
        planned_busy_time=planned,
        actual_production_time=production,
        planned_runtime_per_unit=shift.ideal_cycle_time_s / 60.0,
        produced_quantity=shift.total_count,
        good_quantity=shift.good_count,
        actual_unit_processing_time=production + setup,
    )
