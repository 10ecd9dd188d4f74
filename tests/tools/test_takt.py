"""Takt time, pitch, planned cycle time and minimum operators."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.takt import (
    DemandSettings,
    TaktInputError,
    available_time_s,
    capacity,
    ceil_tolerant,
    compute_takt,
    min_operators,
    pitch,
    planned_cycle_time,
    takt_time,
)

#: Rother & Shook, Learning to See (Lean Enterprise Institute, 1999), Acme Stamping:
#: 18,400 brackets a month, 20 working days, two 8-hour shifts with two 10-minute breaks
#: each -> 27,600 s available per shift, 460 pieces per shift, takt 60 s; brackets leave
#: in trays of 20 -> pitch 20 min.
ACME = DemandSettings(
    demand=18_400,
    period="month",
    shifts_per_day=2,
    shift_length_min=8 * 60,
    breaks_per_shift_min=2 * 10,
    working_days_per_period=20,
)


def test_learning_to_see_takt_per_shift():
    assert takt_time(available_time=27_600, demand=460) == 60.0


def test_learning_to_see_acme_from_the_demand_record():
    r = compute_takt(ACME, efficiency=0.85, work_content_s=180, pack_out_quantity=20)
    assert r.available_time_s == 20 * 2 * 27_600
    assert r.available_time_per_day_s == 2 * 27_600
    assert r.demand_per_day == 920 and r.demand_per_shift == 460
    assert r.takt_s == pytest.approx(60.0)
    assert r.takt_min == pytest.approx(1.0)
    assert r.units_per_hour == pytest.approx(60.0)
    assert r.units_per_minute == pytest.approx(1.0)
    assert r.pitch_s == pytest.approx(20 * 60)
    assert r.planned_cycle_time_s == pytest.approx(51.0)
    assert r.min_operators == 3


def test_day_and_week_periods():
    day = compute_takt(replace(ACME, demand=920, period="day", working_days_per_period=99))
    assert day.working_days == 1 and day.takt_s == pytest.approx(60.0)
    week = compute_takt(replace(ACME, demand=4_600, period="week", working_days_per_period=5))
    assert week.takt_s == pytest.approx(60.0)
    assert week.min_operators is None and week.pitch_s is None and week.planned_cycle_time_s is None


@pytest.mark.parametrize(
    ("work", "takt", "expected"),
    [
        (180, 60, 3),
        (180.00001, 60, 4),  # a real excess, however small, needs one more
        (181, 60, 4),
        (0.3, 0.1, 3),  # 0.3 / 0.1 = 2.9999999999999996 in floating point
        (0.7, 0.1, 7),  # 0.7 / 0.1 = 6.999999999999999
        (1.1, 0.1, 11),  # 1.1 / 0.1 = 11.000000000000002
        (59, 60, 1),
        (0, 60, 0),
    ],
)
def test_min_operators_is_an_exact_ceiling(work, takt, expected):
    assert min_operators(work_content=work, takt=takt) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 500), st.floats(0.01, 1e4))
def test_min_operators_of_whole_multiples(k, takt):
    assert min_operators(work_content=k * takt, takt=takt) == k


@settings(max_examples=300, deadline=None)
@given(st.floats(0.001, 1e6), st.floats(0.01, 1e4))
def test_min_operators_is_the_smallest_sufficient_count(work, takt):
    n = min_operators(work_content=work, takt=takt)
    assert n * takt >= work * (1 - 1e-9)
    assert (n - 1) * takt < work


def test_ceil_tolerant():
    assert ceil_tolerant(2.0000000000000004) == 2
    assert ceil_tolerant(2.001) == 3
    assert ceil_tolerant(-0.0) == 0


def test_pitch_and_planned_cycle_time_and_capacity():
    assert pitch(60, 20) == 1200
    assert planned_cycle_time(60, 0.85) == pytest.approx(51)
    assert planned_cycle_time(60, 1) == 60
    assert capacity(available_time=1_104_000, cycle_time=60) == pytest.approx(18_400)
    assert capacity(available_time=1_104_000, cycle_time=51, efficiency=0.85) == pytest.approx(
        18_400
    )


@pytest.mark.parametrize(
    ("call", "field", "words"),
    [
        (lambda: takt_time(27_600, 0), "demand", "greater than zero"),
        (lambda: takt_time(27_600, -5), "demand", "greater than zero"),
        (lambda: takt_time(0, 460), "available_time", "greater than zero"),
        (lambda: takt_time(math.nan, 460), "available_time", "finite"),
        (lambda: takt_time(27_600, "460"), "demand", "must be a number"),
        (lambda: min_operators(-1, 60), "work_content", "must not be negative"),
        (lambda: min_operators(180, 0), "takt", "greater than zero"),
        (lambda: pitch(60, 0), "pack_out_quantity", "greater than zero"),
        (lambda: planned_cycle_time(60, 0), "efficiency", "greater than zero"),
        (lambda: planned_cycle_time(60, 85), "efficiency", "as a fraction"),
        (lambda: capacity(100, 0), "cycle_time", "greater than zero"),
    ],
)
def test_invalid_free_function_input(call, field, words):
    with pytest.raises(ValueError, match=words) as info:
        call()
    assert isinstance(info.value, TaktInputError) and info.value.field == field


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        (dict(demand=0), "demand", "greater than zero"),
        (dict(demand=-100), "demand", "greater than zero"),
        (dict(breaks_per_shift_min=480), "breaks_per_shift_min", "shorter than the shift"),
        (dict(breaks_per_shift_min=500), "breaks_per_shift_min", "shorter than the shift"),
        (dict(breaks_per_shift_min=-5), "breaks_per_shift_min", "must not be negative"),
        (dict(shift_length_min=0), "shift_length_min", "greater than zero"),
        (dict(shift_length_min=1500), "shift_length_min", "longer than a day"),
        (dict(shifts_per_day=0), "shifts_per_day", "at least 1"),
        (dict(shifts_per_day=1.5), "shifts_per_day", "whole number"),
        (dict(shifts_per_day=4), "shifts_per_day", "more than a day"),
        (dict(working_days_per_period=0), "working_days_per_period", "greater than zero"),
        (dict(period="year"), "period", "day, week or month"),
    ],
)
def test_invalid_demand_record_names_the_field(changes, field, words):
    with pytest.raises(TaktInputError, match=words) as info:
        compute_takt(replace(ACME, **changes))
    assert info.value.field == field


@dataclass(frozen=True)
class DemandRecordLike:
    """Shaped like the project's demand record (extra fields are ignored)."""

    name: str = "Brackets"
    demand: float = 920.0
    period: str = "day"
    shifts_per_day: int = 2
    shift_length_min: float = 480.0
    breaks_per_shift_min: float = 20.0
    working_days_per_period: float = 1.0
    pack_out_quantity: int = 20
    efficiency: float = 0.85


def test_accepts_project_records_by_attribute():
    rec = DemandRecordLike()
    assert available_time_s(rec) == 2 * 27_600
    r = compute_takt(rec, efficiency=rec.efficiency, pack_out_quantity=rec.pack_out_quantity)
    assert r.takt_s == pytest.approx(60.0) and r.pitch_s == pytest.approx(1200)
