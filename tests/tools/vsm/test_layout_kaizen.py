"""Icon positions and kaizen bursts: saved with the map, defaults for older files, kept on edits."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from score_desktop.resources import schema_path
from score_desktop.tools.vsm import map_from_dict, map_to_dict
from score_desktop.tools.vsm.examples import current_state_simulation
from score_desktop.tools.vsm.model import KaizenBurst

SCHEMA = json.loads(schema_path().read_text())

STREAM = Draft202012Validator({"$defs": SCHEMA["$defs"], "$ref": "#/$defs/value_stream"})


def test_a_map_saved_before_positions_existed_loads_with_empty_defaults():
    d = map_to_dict(current_state_simulation())
    del d["layout"], d["kaizen"]
    m = map_from_dict(d)
    assert m.layout == {} and m.kaizen == []


def test_positions_and_bursts_round_trip_and_follow_the_schema():
    m = current_state_simulation()
    m.layout = {"Stamping": (120.0, 80.0), "supplier": (0.0, 0.0)}
    m.kaizen = [KaizenBurst("Quick die change", 300.5, -40.0)]
    d = json.loads(json.dumps(map_to_dict(m)))
    assert d["layout"]["Stamping"] == [120.0, 80.0]
    assert map_from_dict(d) == m
    assert STREAM.is_valid(d)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("layout", {"Stamping": [1]}, 'position of "Stamping" must be a pair of numbers'),
        ("layout", {"Stamping": [1, "a"]}, "pair of numbers"),
        ("layout", [], "layout must be an object"),
        ("kaizen", [{"x": 1}], "kaizen burst 1: text is missing"),
        ("kaizen", [{"text": "a", "x": "left"}], "x must be a number"),
    ],
)
def test_bad_positions_and_bursts_are_refused_by_loader_and_schema(field, value, message):
    d = map_to_dict(current_state_simulation())
    d[field] = value
    with pytest.raises(ValueError, match=message):
        map_from_dict(d)
    assert not STREAM.is_valid(d)


def test_renaming_and_removing_a_step_keep_the_layout_in_step():
    m = current_state_simulation()
    m.layout = {"Stamping": (1.0, 2.0), "S. Weld I": (3.0, 4.0)}
    m.rename_step("Stamping", "Press")
    assert m.layout["Press"] == (1.0, 2.0) and "Stamping" not in m.layout
    m.remove_step("S. Weld I")
    assert "S. Weld I" not in m.layout
