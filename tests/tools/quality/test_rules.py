"""Run rules: each rule fires on its own pattern and names itself; sets and custom lists."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.rules import (
    RULE_SETS,
    RULES,
    evaluate_rules,
    fired,
    first_signal,
    parse_rules,
)


def hits(z, code):
    return [int(i) for i in np.flatnonzero(fired(np.asarray(z, float), code))]


def test_beyond_three_sigma():
    assert hits([0, 3.0, 3.01, -3.5], "N1") == [2, 3]


def test_nine_and_eight_on_one_side():
    z = [0.5] * 9 + [-0.1]
    assert hits(z, "N2") == [8]
    assert hits(z, "WE4") == [7, 8]
    assert hits([0.5] * 4 + [0.0] + [0.5] * 8, "N2") == []  # a point on the centre breaks it


def test_six_in_a_row_trending():
    assert hits([0, 0.1, 0.2, 0.3, 0.4, 0.5], "N3") == [5]
    assert hits([0, 0.1, 0.2, 0.3, 0.4], "N3") == []
    assert hits([0, -0.1, -0.2, -0.3, -0.4, -0.5, -0.6], "N3") == [5, 6]
    assert hits([0, 0.1, 0.1, 0.3, 0.4, 0.5], "N3") == []  # a tie is not an increase


def test_fourteen_alternating():
    z = [(-1) ** i * 0.5 for i in range(14)]
    assert hits(z, "N4") == [13]
    assert hits(z[:13], "N4") == []


def test_two_of_three_beyond_two_sigma():
    assert hits([2.5, 0, 2.1], "N5") == [2]
    assert hits([2.5, 0, -2.1], "N5") == []  # not on the same side
    assert hits([2.5, 2.1, 0], "WE2") == [1]  # the completing point itself is beyond


def test_four_of_five_beyond_one_sigma():
    assert hits([1.5, 1.2, 0, 1.1, 1.9], "N6") == [4]
    assert hits([1.5, 1.2, 0, -1.1, 1.9], "WE3") == []


def test_fifteen_hugging_and_eight_avoiding_the_centre():
    assert hits([0.2, -0.3] * 7 + [0.9], "N7") == [14]
    assert hits([1.5, -1.5] * 4, "N8") == [7]
    assert hits([1.5, -1.5] * 3 + [0.5, 1.5], "N8") == []


def test_nan_points_never_complete_a_pattern():
    z = [np.nan] + [0.5] * 8
    assert hits(z, "N2") == []
    assert hits([np.nan, 4.0], "N1") == [1]


def test_rule_sets_and_lists():
    assert parse_rules("we") == RULE_SETS["we"]
    assert parse_rules("nelson") == tuple(f"N{i}" for i in range(1, 9))
    assert parse_rules("n1, N5,n1") == ("N1", "N5")
    with pytest.raises(QualityInputError, match="unknown run rule"):
        parse_rules("N9")


def test_every_signal_names_its_rule():
    z = np.array([0.5] * 8 + [3.5])
    signals = evaluate_rules(z, parse_rules("we"))
    assert [(s.index, s.rule) for s in signals] == [(7, "WE4"), (8, "WE1"), (8, "WE4")]
    assert all(s.description == RULES[s.rule].description for s in signals)
    assert first_signal(z, ("N1",)) == 8


@given(st.lists(st.floats(-5, 5, allow_nan=False), max_size=40))
def test_every_rule_is_symmetric_about_the_centre(values):
    z = np.asarray(values, float)
    for code in RULES:
        assert np.array_equal(fired(z, code), fired(-z, code)), code


@given(st.lists(st.floats(-2.9, 2.9, allow_nan=False), max_size=40))
def test_nothing_within_three_sigma_breaks_rule_one(values):
    assert hits(values, "N1") == []
