"""Where a demand record's planning efficiency comes from: typed, or a linked OEE record."""

from dataclasses import replace

import pytest

from score_desktop.project import DemandRecord, OeeRecord, Project
from score_desktop.project.links import demand_efficiency

# oee.com's worked example: OEE = 18,848 parts x 1.0 s / (420 min x 60 s) = 74.79 %
PRESS = OeeRecord(
    name="Press",
    shift_length_min=480,
    planned_breaks_min=60,
    ideal_cycle_time_s=1.0,
    total_count=19271,
    good_count=18848,
)


def project(demand: DemandRecord, *oee: OeeRecord) -> Project:
    return Project(oee_records=oee, demands=(demand,))


def test_typed_linked_missing_and_invalid():
    demand = DemandRecord(name="D", efficiency=0.8)
    assert demand_efficiency(project(demand), demand).source == "typed"
    linked = replace(demand, efficiency_oee_record="Press")
    result = demand_efficiency(project(linked, PRESS), linked)
    assert result.source == "linked" and result.oee_record == PRESS
    assert result.value == pytest.approx(18848 / 25200)
    missing = demand_efficiency(project(linked), linked)
    assert (missing.source, missing.value) == ("missing", 0.8)
    broken = replace(PRESS, ideal_cycle_time_s=2.0)  # performance would exceed 100 %
    invalid = demand_efficiency(project(linked, broken), linked)
    assert (invalid.source, invalid.value) == ("invalid", 0.8)
