"""map_to_dict / map_from_dict: JSON-safe round trip and errors that name the place."""

import json

import pytest

from score_desktop.tools.vsm.examples import (
    current_state_simulation,
    future_state_simulation,
    learning_to_see_current_state,
)
from score_desktop.tools.vsm.model import ConwipLoop, ShiftCalendar
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict


@pytest.mark.parametrize(
    "build", [learning_to_see_current_state, current_state_simulation, future_state_simulation]
)
def test_round_trip_through_json(build):
    m = build()
    m.steps[0].calendar = ShiftCalendar(1, 10.0, (15.0,))
    m.conwip.append(ConwipLoop("loop", m.steps[0].name, m.steps[-1].name, 20))
    d = map_to_dict(m)
    text = json.dumps(d, allow_nan=False)
    assert map_from_dict(json.loads(text), "value_streams[0]") == m


def test_error_names_value_stream_and_step():
    d = map_to_dict(learning_to_see_current_state())
    d["steps"][1]["cycle_time"]["mean"] = 0
    d["steps"][1]["name"] = "Welding"
    with pytest.raises(ValueError) as err:
        map_from_dict(d, "value_streams[0]")
    assert (
        str(err.value)
        == 'value stream "Current state", step "Welding": cycle time mean must be > 0'
    )


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.pop("name"), r"^value_streams\[3\]: name is missing"),
        (
            lambda d: d["steps"][0].update(machines="two"),
            r'step "Stamping": machines must be a whole',
        ),
        (lambda d: d["steps"][0]["buffer"].update(rule="heap"), r'step "Stamping": buffer rule'),
        (
            lambda d: d["customer"].update(demand_per_day=-1),
            r"customer: demand per day must be >= 0",
        ),
        (lambda d: d["customer"]["calendar"].update(shifts_per_day=4), r"calendar: shifts per day"),
        (lambda d: d["flows"][0].update(share="x"), r"flow 1: share must be a number"),
        (lambda d: d.update(steps={}), r'value stream "Current state": steps must be a list'),
        (
            lambda d: d["steps"][2]["failures"].update(mttr=0),
            r'step "S. Weld II": MTTR must be > 0',
        ),
    ],
)
def test_malformed_input(edit, message):
    d = map_to_dict(learning_to_see_current_state())
    edit(d)
    with pytest.raises(ValueError, match=message):
        map_from_dict(d, "value_streams[3]")


def test_unfinished_flow_can_still_be_loaded():
    d = map_to_dict(learning_to_see_current_state())
    d["flows"] = []
    assert map_from_dict(d, "x").flows == []
