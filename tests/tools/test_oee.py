"""OEE formulas against published worked examples, invalid input, and properties."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.oee import OeeInputError, compute_oee, iso22400_oee

# --- Published worked examples ---------------------------------------------------------


def test_oee_com_worked_example_in_minutes():
    """Vorne Industries, "Calculating OEE", http://www.oee.com/calculating-oee.html (and the
    Vorne OEE worksheet): shift 480 min, two 15-min breaks and a 30-min meal -> planned
    production time 420 min; down time 47 min -> run time 373 min; ideal run rate 60 ppm
    (ideal cycle time 1.0 s); total count 19,271; rejects 423 -> good 18,848.
    Published: availability 88.81 %, performance 86.11 %, quality 97.80 %, OEE 74.79 %.
    (Exact values: quality 0.978050, OEE 0.747937; some retellings round these to
    97.81 % / 74.80 %.)
    """
    r = compute_oee(
        planned_time=480 - 2 * 15 - 30,
        stop_time=47,
        ideal_cycle_time=1.0 / 60,
        total_count=19_271,
        good_count=19_271 - 423,
    )
    assert r.run_time == 373
    assert round(r.availability, 4) == 0.8881
    assert round(r.performance, 4) == 0.8611
    assert round(r.quality, 4) == 0.9780
    assert round(r.oee, 4) == 0.7479
    assert r.oee == pytest.approx(18_848 * (1.0 / 60) / 420, rel=1e-12)
    assert r.teep is None and r.ooe is None


def test_oee_com_example_in_seconds_gives_the_same_factors():
    r = compute_oee(
        planned_time=420 * 60,
        stop_time=47 * 60,
        ideal_cycle_time=1.0,
        total_count=19_271,
        good_count=18_848,
    )
    assert (round(r.availability, 4), round(r.performance, 4)) == (0.8881, 0.8611)
    assert round(r.oee, 4) == 0.7479
    assert r.performance_loss_time == pytest.approx(373 * 60 - 19_271)
    assert r.quality_loss_time == pytest.approx(423)


def test_mobley_table_18_2_world_class_baseline():
    """R. K. Mobley, An Introduction to Predictive Maintenance, 2nd ed. (Butterworth-
    Heinemann 2002), ch. 18, Table 18-2: net available run time 6,950 min, downtime
    695 min -> 6,255 min, availability 90 %; output 54,516 units at a design cycle time
    of 0.109 min/unit -> 95 %; 545 rejects -> 99 %; OEE 85 %.
    """
    r = compute_oee(
        planned_time=7_200 - 250,
        stop_time=695,
        ideal_cycle_time=0.109,
        total_count=54_516,
        good_count=54_516 - 545,
    )
    assert r.run_time == 6_255
    assert round(r.availability, 2) == 0.90
    assert round(r.performance, 2) == 0.95
    assert round(r.quality, 2) == 0.99
    assert round(r.oee, 2) == 0.85


def test_willmott_mccarthy_miller_201_example():
    """P. Willmott and D. McCarthy, TPM - A Route to World-Class Performance (Butterworth-
    Heinemann 2001), "Example OEE calculation", p. 127: planned availability 910 min,
    downtime 115 + 12 = 127 min -> uptime 783 min, availability 86.0 %; standard cycle
    time 3 min, 203 completed cycles of 261 planned -> performance "77.7 %" (the book
    truncates 203/261 = 0.7778). Only availability and performance are checked here.
    """
    r = compute_oee(
        planned_time=910, stop_time=115 + 12, ideal_cycle_time=3, total_count=203, good_count=203
    )
    assert r.run_time == 783
    assert round(r.availability, 3) == 0.860
    assert r.performance == pytest.approx(203 / 261, rel=1e-12)
    assert math.floor(r.performance * 1000) / 1000 == 0.777


def test_ge_proficy_plant_applications_example():
    """GE Vernova Proficy Plant Applications, "OEE Calculation Example" (base calculations):
    loading time 125 min, unplanned downtime 5 min, ideal rate 10 units/min, total
    production 1,050, good 1,043 -> availability 96.00 %, performance 87.50 %, quality
    99.33 %, OEE 83.44 %.
    """
    r = compute_oee(
        planned_time=125, stop_time=5, ideal_cycle_time=0.1, total_count=1_050, good_count=1_043
    )
    assert round(r.availability, 4) == 0.9600
    assert round(r.performance, 4) == 0.8750
    assert round(r.quality, 4) == 0.9933
    assert round(r.oee, 4) == 0.8344


def test_teep_and_ooe_use_their_explicit_denominators():
    r = compute_oee(
        planned_time=420,
        stop_time=47,
        ideal_cycle_time=1 / 60,
        total_count=19_271,
        good_count=18_848,
        calendar_time=1_440,
        shift_time=480,
    )
    assert r.teep == pytest.approx(r.oee * 420 / 1_440)
    assert r.ooe == pytest.approx(r.oee * 420 / 480)
    assert r.utilization == pytest.approx(420 / 1_440)


def test_edge_cases_no_parts_and_no_run_time():
    r = compute_oee(
        planned_time=100, stop_time=100, ideal_cycle_time=1, total_count=0, good_count=0
    )
    assert (r.availability, r.performance, r.quality, r.oee) == (0.0, 1.0, 1.0, 0.0)
    r = compute_oee(planned_time=100, stop_time=0, ideal_cycle_time=1, total_count=0, good_count=0)
    assert (r.availability, r.performance, r.quality, r.oee) == (1.0, 0.0, 1.0, 0.0)


def test_performance_of_exactly_100_percent_with_float_noise_is_accepted():
    r = compute_oee(
        planned_time=0.3, stop_time=0.0, ideal_cycle_time=0.1, total_count=3, good_count=3
    )
    assert r.performance == 1.0 and r.oee == pytest.approx(1.0)


# --- Invalid input -------------------------------------------------------------------

GOOD = dict(planned_time=420, stop_time=47, ideal_cycle_time=1 / 60, total_count=100, good_count=90)


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (dict(planned_time=0), "planned_time", "greater than zero"),
        (dict(planned_time=-5), "planned_time", "greater than zero"),
        (dict(stop_time=-1), "stop_time", "must not be negative"),
        (dict(stop_time=421), "stop_time", "exceeds the planned production time"),
        (dict(ideal_cycle_time=0), "ideal_cycle_time", "greater than zero"),
        (dict(total_count=-1), "total_count", "must not be negative"),
        (dict(good_count=101), "good_count", "exceeds total count"),
        (dict(good_count=-1), "good_count", "must not be negative"),
        (dict(planned_time=math.nan), "planned_time", "finite"),
        (dict(stop_time=math.inf), "stop_time", "finite"),
        (dict(total_count="100"), "total_count", "must be a number"),
        (dict(good_count=True), "good_count", "must be a number"),
        (dict(calendar_time=400), "calendar_time", "shorter than the planned"),
        (dict(shift_time=100), "shift_time", "shorter than the planned"),
        (dict(calendar_time=450, shift_time=480), "calendar_time", "shorter than the shift"),
        (dict(stop_time=420, total_count=5, good_count=5), "total_count", "no run time"),
    ],
)
def test_invalid_input_names_the_field_and_the_rule(change, field, words):
    with pytest.raises(ValueError, match=words) as info:
        compute_oee(**{**GOOD, **change})
    assert isinstance(info.value, OeeInputError)
    assert info.value.field == field


def test_performance_above_100_percent_blames_the_ideal_cycle_time():
    with pytest.raises(OeeInputError) as info:
        compute_oee(
            planned_time=6_000,
            stop_time=1_000,
            ideal_cycle_time=1.0,
            total_count=5_600,
            good_count=5_500,
            time_unit="s",
        )
    message = str(info.value)
    assert info.value.field == "ideal_cycle_time"
    assert message.startswith("Performance would be 112 %")
    assert "1 s × 5,600 parts" in message and "run time 5,000 s" in message
    assert "ideal cycle time is probably too long" in message


# --- ISO 22400-2 -----------------------------------------------------------------------


def test_iso22400_formulas_and_uncapped_effectiveness():
    """ISO 22400-2:2014 (as restated in OPC 40001-1 / OPC UA MachineTool annex C.2.4):
    Availability = APT/PBT, Effectiveness = PRI x PQ / APT, Quality rate = GQ / PQ."""
    r = iso22400_oee(
        planned_busy_time=400,
        actual_production_time=350,
        planned_runtime_per_unit=1.0,
        produced_quantity=380,
        good_quantity=370,
        actual_unit_processing_time=370,
    )
    assert r.availability == pytest.approx(0.875)
    assert r.effectiveness == pytest.approx(380 / 350)
    assert r.effectiveness > 1  # faster than planned: reported, never capped
    assert r.quality_ratio == pytest.approx(370 / 380)
    assert r.oee_index == pytest.approx(370 * 1.0 / 400)
    assert r.nee == pytest.approx(370 / 400 * (380 / 350) * (370 / 380))


def test_iso22400_without_aupt_has_no_nee():
    r = iso22400_oee(
        planned_busy_time=10,
        actual_production_time=8,
        planned_runtime_per_unit=1,
        produced_quantity=6,
        good_quantity=6,
    )
    assert r.nee is None and r.actual_unit_processing_time is None


ISO_GOOD = dict(
    planned_busy_time=400,
    actual_production_time=350,
    planned_runtime_per_unit=1.0,
    produced_quantity=380,
    good_quantity=370,
)


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (dict(planned_busy_time=0), "planned_busy_time"),
        (dict(actual_production_time=-1), "actual_production_time"),
        (dict(actual_production_time=401), "actual_production_time"),
        (dict(planned_runtime_per_unit=0), "planned_runtime_per_unit"),
        (dict(produced_quantity=-3), "produced_quantity"),
        (dict(good_quantity=381), "good_quantity"),
        (dict(actual_production_time=0), "produced_quantity"),
        (dict(actual_unit_processing_time=300), "actual_unit_processing_time"),
        (dict(actual_unit_processing_time=500), "actual_unit_processing_time"),
    ],
)
def test_iso22400_invalid_input_names_the_field(change, field):
    with pytest.raises(OeeInputError) as info:
        iso22400_oee(**{**ISO_GOOD, **change})
    assert info.value.field == field


# --- Properties ------------------------------------------------------------------------


@st.composite
def oee_inputs(draw):
    planned = draw(st.floats(1.0, 1e5, allow_nan=False))
    stop = planned * draw(st.floats(0.0, 1.0))
    ict = draw(st.floats(1e-3, 50.0))
    run = planned - stop
    max_total = min(int(run / ict), 10_000_000)
    total = draw(st.integers(0, max_total))
    good = draw(st.integers(0, total))
    shift = planned * draw(st.floats(1.0, 3.0))
    calendar = shift * draw(st.floats(1.0, 3.0))
    return dict(
        planned_time=planned,
        stop_time=stop,
        ideal_cycle_time=ict,
        total_count=total,
        good_count=good,
        calendar_time=calendar,
        shift_time=shift,
    )


@settings(max_examples=300, deadline=None)
@given(oee_inputs())
def test_properties_of_shop_floor_oee(kw):
    r = compute_oee(**kw)
    for factor in (r.availability, r.performance, r.quality, r.oee):
        assert 0.0 <= factor <= 1.0
    expected = kw["good_count"] * kw["ideal_cycle_time"] / kw["planned_time"]
    assert r.oee == pytest.approx(expected, rel=1e-9, abs=1e-12)
    assert r.oee == pytest.approx(r.availability * r.performance * r.quality, rel=1e-12)
    assert r.teep <= r.ooe * (1 + 1e-12) <= r.oee * (1 + 1e-9)
    losses = r.availability_loss_time + r.performance_loss_time + r.quality_loss_time
    assert losses + r.fully_productive_time == pytest.approx(r.planned_time, rel=1e-9)
    assert min(r.availability_loss_time, r.performance_loss_time, r.quality_loss_time) >= 0


@settings(max_examples=200, deadline=None)
@given(oee_inputs())
def test_iso22400_agrees_with_shop_floor_when_performance_is_at_most_one(kw):
    shop = compute_oee(**kw)
    iso = iso22400_oee(
        planned_busy_time=kw["planned_time"],
        actual_production_time=shop.run_time,
        planned_runtime_per_unit=kw["ideal_cycle_time"],
        produced_quantity=kw["total_count"],
        good_quantity=kw["good_count"],
    )
    assert iso.availability == pytest.approx(shop.availability)
    assert iso.quality_ratio == pytest.approx(shop.quality)
    assert iso.oee_index == pytest.approx(shop.oee, rel=1e-9, abs=1e-12)


@settings(max_examples=100, deadline=None)
@given(st.floats(1.01, 5.0), st.floats(1.0, 1e4))
def test_performance_above_one_always_raises(excess, run):
    ict = 1.0
    total = math.ceil(run * excess / ict)
    with pytest.raises(OeeInputError, match="ideal cycle time is probably too long"):
        compute_oee(
            planned_time=run, stop_time=0, ideal_cycle_time=ict, total_count=total, good_count=0
        )
