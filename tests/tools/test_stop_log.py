"""Stop log: minor-stop threshold, six big losses, waterfall, downtime Pareto, trend."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.oee import OeeInputError
from score_desktop.tools.stop_log import (
    LossCategory,
    OeeShift,
    ShiftOee,
    Stop,
    classify_stops,
    downtime_pareto,
    evaluate_shift,
    iso22400_for_shift,
    oee_trend,
    overall_oee,
)

B, S, M = "breakdown", "setup_adjustment", "minor_stop"


def oee_com_shift(**changes) -> OeeShift:
    """The oee.com worked example as a shift with a stop log adding up to 47 min down time."""
    shift = OeeShift(
        shift_length_min=480,
        planned_breaks_min=60,
        ideal_cycle_time_s=1.0,
        total_count=19_271,
        good_count=18_848,
        startup_rejects=123,
        minor_stop_threshold_min=None,
        stops=(
            Stop(15, 20, "Hydraulic leak", B),
            Stop(95, 15, "Die change", S),
            Stop(200, 12, "Jam at infeed", B),
            Stop(300, 4, "Jam at infeed", M),
            Stop(310, 2, "Sensor blocked", M),
            Stop(330, 30, "Slow running, new material", "reduced_speed"),
            Stop(400, 5, "Scrap sorting", "defects"),
        ),
        name="Press 1 Mon",
    )
    return replace(shift, **changes)


def test_shift_from_a_stop_log_reproduces_the_oee_com_example():
    """oee.com "Calculating OEE" example (see test_oee.py): 420 min planned, 47 min down."""
    e = evaluate_shift(oee_com_shift())
    r = e.result
    assert e.planned_time_min == 420
    assert r.stop_time == 47 and r.run_time == 373
    assert round(r.availability, 4) == 0.8881
    assert round(r.performance, 4) == 0.8611
    assert round(r.quality, 4) == 0.9780
    assert round(r.oee, 4) == 0.7479
    assert r.ooe == pytest.approx(r.oee * 420 / 480)  # OOE over the shift length
    assert r.teep is None


def test_six_big_losses_in_minutes():
    lo = evaluate_shift(oee_com_shift()).losses
    assert lo.breakdowns == 32 and lo.setup_adjustment == 15
    assert lo.minor_stops == 6
    speed_loss = 373 - 19_271 / 60  # run time minus ideal time of all parts
    assert lo.reduced_speed == pytest.approx(speed_loss - 6)
    assert lo.startup_rejects == pytest.approx(123 / 60)
    assert lo.defects == pytest.approx((423 - 123) / 60)
    assert lo.total == pytest.approx(420 - 18_848 / 60)


def test_waterfall_adds_up_from_planned_to_fully_productive_time():
    bars = evaluate_shift(oee_com_shift()).waterfall()
    labels = [b.label for b in bars]
    assert labels == [
        "Planned time",
        "Breakdowns",
        "Setup & adjustment",
        "Run time",
        "Minor stops",
        "Reduced speed",
        "Net run time",
        "Defects",
        "Start-up rejects",
        "Fully productive time",
    ]
    level = bars[0].minutes
    for b in bars[1:]:
        if b.kind == "loss":
            assert b.top == pytest.approx(level)
            level -= b.minutes
        else:
            assert b.minutes == pytest.approx(level, rel=1e-12)
    assert bars[-1].minutes == pytest.approx(18_848 / 60)


def test_notes_categories_do_not_count_as_downtime():
    e = evaluate_shift(oee_com_shift())
    pareto = downtime_pareto(e.stops)
    reasons = {p.reason for p in pareto}
    assert "Slow running, new material" not in reasons and "Scrap sorting" not in reasons
    assert sum(p.minutes for p in pareto) == 20 + 15 + 12 + 4 + 2


@pytest.mark.parametrize(
    ("logged", "duration", "threshold", "expected"),
    [
        (B, 3, 5, M),  # shorter than the threshold: minor stop
        (B, 5, 5, B),  # exactly the threshold: stays a breakdown
        (M, 7, 5, B),  # a long "minor" stop is a breakdown
        (M, 4.99, 5, M),
        (S, 2, 5, S),  # setups are never reclassified
        (B, 3, None, B),  # no threshold: as logged
        (M, 30, 0, M),  # 0 means no threshold
        ("defects", 1, 5, "defects"),
    ],
)
def test_minor_stop_threshold_rule(logged, duration, threshold, expected):
    (stop,) = classify_stops([Stop(0, duration, "x", logged)], threshold)
    assert stop.category == expected


def test_threshold_moves_time_between_availability_and_performance_not_oee():
    as_logged = evaluate_shift(oee_com_shift())
    reclassified = evaluate_shift(oee_com_shift(minor_stop_threshold_min=15))
    # 12-min jam becomes a minor stop, 4 + 2 min stay minor: 20-min leak stays a breakdown
    assert reclassified.losses.breakdowns == 20
    assert reclassified.losses.minor_stops == 18
    assert reclassified.result.availability > as_logged.result.availability
    assert reclassified.result.oee == pytest.approx(as_logged.result.oee, rel=1e-12)


def test_teep_from_calendar_time():
    r = evaluate_shift(oee_com_shift(calendar_time_min=1440)).result
    assert r.teep == pytest.approx(r.oee * 420 / 1440)
    assert r.teep <= r.ooe <= r.oee


@dataclass(frozen=True)
class RecordLike:
    """Shaped like the project's OEE record (extra fields, stops of another class)."""

    name: str
    machine: str = "Press 2"
    shift_length_min: float = 480.0
    planned_breaks_min: float = 30.0
    ideal_cycle_time_s: float = 2.0
    total_count: int = 10_000
    good_count: int = 9_900
    startup_rejects: int = 40
    minor_stop_threshold_min: float = 5.0
    calendar_time_min: float | None = None
    stops: tuple = ()
    notes: str = ""


@dataclass(frozen=True)
class EntryLike:
    start_min: float
    duration_min: float
    reason: str
    category: str


def test_accepts_project_records_by_attribute():
    rec = RecordLike("Tue", stops=(EntryLike(0, 30, "Leak", B), EntryLike(50, 3, "Jam", B)))
    e = evaluate_shift(rec)
    assert e.name == "Tue"
    assert e.losses.breakdowns == 30 and e.losses.minor_stops == 3  # 3 min < 5 min threshold
    assert e.result.oee == pytest.approx(9_900 * 2 / 60 / 450)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        (dict(planned_breaks_min=480), "planned_breaks_min", "not shorter than the shift"),
        (dict(shift_length_min=-1), "shift_length_min", "must not be negative"),
        (dict(ideal_cycle_time_s=0), "ideal_cycle_time_s", "greater than zero"),
        (dict(good_count=20_000), "good_count", "exceeds total count"),
        (dict(startup_rejects=500), "startup_rejects", "exceed the rejects"),
        (dict(startup_rejects=-1), "startup_rejects", "must not be negative"),
        (dict(ideal_cycle_time_s=1.25), "ideal_cycle_time_s", "probably too long"),
        (dict(stops=(Stop(0, 400, "Flood", B), Stop(0, 30, "Die", S))), "stops", "more than"),
        (dict(stops=(Stop(0, -5, "Leak", B),)), "stops", "must not be negative"),
        (dict(stops=(Stop(0, 5, "Leak", "coffee"),)), "stops", "unknown category"),
        (dict(stops=(Stop(0, 100, "Many jams", M),)), "stops", "Minor stops add up"),
        (dict(minor_stop_threshold_min=-2), "minor_stop_threshold_min", "must not be negative"),
        (dict(calendar_time_min=400), "calendar_time_min", "shorter than"),
    ],
)
def test_invalid_shift_names_the_field(changes, field, words):
    with pytest.raises(OeeInputError, match=words) as info:
        evaluate_shift(oee_com_shift(**changes))
    assert info.value.field == field


def test_performance_message_for_a_shift_is_in_seconds():
    with pytest.raises(OeeInputError) as info:
        evaluate_shift(oee_com_shift(ideal_cycle_time_s=1.25))
    assert "ideal cycle time 1.25 s × 19,271 parts" in str(info.value)
    assert "run time 22,380 s" in str(info.value)


def test_downtime_pareto_groups_sorts_and_accumulates():
    stops = [
        Stop(0, 10, "Jam", B),
        Stop(0, 25, "Die change", S),
        Stop(0, 5, " jam ", M),
        Stop(0, 15, "Leak", B),
        Stop(0, 15, "Air pressure", B),
        Stop(0, 0, "Nothing", B),
        Stop(0, 40, "Slow", "reduced_speed"),
        Stop(0, 2, "", M),
    ]
    bars = downtime_pareto(stops)
    assert [b.reason for b in bars] == ["Die change", "Air pressure", "Jam", "Leak", "(no reason)"]
    assert [b.minutes for b in bars] == [25, 15, 15, 15, 2]
    assert bars[2].occurrences == 2
    total = 72
    assert [b.share for b in bars] == pytest.approx([m / total for m in (25, 15, 15, 15, 2)])
    assert [b.cumulative_share for b in bars] == pytest.approx(
        [25 / 72, 40 / 72, 55 / 72, 70 / 72, 1]
    )
    assert bars[-1].cumulative_share == 1.0
    assert downtime_pareto([]) == ()


def test_pareto_can_include_other_categories():
    bars = downtime_pareto([Stop(0, 40, "Slow", "reduced_speed")], categories=list(LossCategory))
    assert [(b.reason, b.minutes) for b in bars] == [("Slow", 40)]


def test_trend_keeps_order_and_matches_each_evaluation():
    shifts = [
        oee_com_shift(name="Mon"),
        oee_com_shift(name="Tue", good_count=18_000, startup_rejects=0),
        RecordLike("Wed"),
    ]
    points = oee_trend(shifts)
    assert [p.label for p in points] == ["Mon", "Tue", "Wed"]
    for p, s in zip(points, shifts, strict=True):
        r = evaluate_shift(s).result
        assert (p.availability, p.performance, p.quality, p.oee) == (
            r.availability,
            r.performance,
            r.quality,
            r.oee,
        )
    assert oee_trend([evaluate_shift(shifts[0])], labels=["W47"])[0].label == "W47"
    assert isinstance(evaluate_shift(shifts[0]), ShiftOee)


@st.composite
def shifts(draw):
    length = draw(st.floats(60, 1440))
    breaks = length * draw(st.floats(0, 0.5))
    planned = length - breaks
    durations = draw(st.lists(st.floats(0, 60), max_size=12))
    cats = draw(
        st.lists(st.sampled_from([B, S, M]), min_size=len(durations), max_size=len(durations))
    )
    stops = [
        Stop(0, d, f"r{i % 4}", c) for i, (d, c) in enumerate(zip(durations, cats, strict=True))
    ]
    threshold = draw(st.one_of(st.none(), st.floats(0, 30)))
    classified = classify_stops(stops, threshold)
    down = math.fsum(s.duration_min for s in classified if s.category in (B, S))
    minor = math.fsum(s.duration_min for s in classified if s.category == M)
    if down + minor > planned:
        stops, classified, down, minor = [], (), 0.0, 0.0
    ict_s = draw(st.floats(0.5, 120))
    max_total = int((planned - down - minor) * 60 / ict_s * (1 - 1e-9))
    total = draw(st.integers(0, max(0, max_total)))
    good = draw(st.integers(0, total))
    startup = draw(st.integers(0, total - good))
    return OeeShift(length, breaks, ict_s, total, good, startup, threshold, None, tuple(stops))


@settings(max_examples=200, deadline=None)
@given(shifts())
def test_waterfall_always_sums_to_planned_time(shift):
    e = evaluate_shift(shift)
    lo = e.losses
    assert min(v for _, v in lo.items()) >= -1e-9
    assert lo.total + e.result.fully_productive_time == pytest.approx(e.planned_time_min, rel=1e-9)
    bars = e.waterfall()
    assert bars[0].minutes == e.planned_time_min
    final = bars[0].minutes - math.fsum(b.minutes for b in bars if b.kind == "loss")
    assert final == pytest.approx(bars[-1].minutes, rel=1e-9, abs=1e-9)
    assert e.result.oee == pytest.approx(
        shift.good_count * shift.ideal_cycle_time_s / 60 / e.planned_time_min, rel=1e-9, abs=1e-12
    )


def test_iso22400_view_of_a_shift_matches_shop_floor_with_ideal_runtime():
    shift = oee_com_shift(calendar_time_min=None)
    iso = iso22400_for_shift(shift)
    shop = evaluate_shift(shift).result
    assert iso.planned_busy_time == 420
    assert iso.actual_production_time == 420 - 32 - 15
    assert iso.actual_unit_processing_time == 420 - 32  # APT + setup
    assert iso.oee_index == pytest.approx(shop.oee, rel=1e-12)
    assert iso.nee == pytest.approx(388 / 420 * iso.effectiveness * iso.quality_ratio)


def test_iso22400_view_with_a_planned_runtime_reports_effectiveness_above_one():
    iso = iso22400_for_shift(oee_com_shift(), planned_runtime_per_unit_s=1.2)
    assert iso.effectiveness == pytest.approx(19_271 * 1.2 / 60 / 373)
    assert iso.effectiveness > 1


@pytest.mark.parametrize(
    ("changes", "kwargs", "field"),
    [
        (dict(good_count=20_000), {}, "good_count"),
        (dict(planned_breaks_min=500), {}, "planned_breaks_min"),
        (dict(stops=(Stop(0, 500, "Flood", B),)), {}, "stops"),
        ({}, dict(planned_runtime_per_unit_s=0), "planned_runtime_per_unit_s"),
    ],
)
def test_iso22400_view_invalid_input(changes, kwargs, field):
    with pytest.raises(OeeInputError) as info:
        iso22400_for_shift(oee_com_shift(**changes), **kwargs)
    assert info.value.field == field


def test_overall_oee_sums_times_instead_of_averaging():
    fast = OeeShift(480, 30, 1.0, 20_000, 19_000, 0, None, None, (Stop(0, 60, "Leak", B),))
    slow = OeeShift(300, 0, 60.0, 200, 100, 0, None, None, (Stop(0, 50, "Leak", B),))
    total = overall_oee([fast, evaluate_shift(slow)])
    assert total.label == "All"
    assert total.availability == pytest.approx((390 + 250) / (450 + 300))
    assert total.performance == pytest.approx((20_000 / 60 + 200) / (390 + 250))
    assert total.oee == pytest.approx((19_000 / 60 + 100) / (450 + 300))
    assert total.oee == pytest.approx(total.availability * total.performance * total.quality)
    mean = (evaluate_shift(fast).result.oee + evaluate_shift(slow).result.oee) / 2
    assert abs(total.oee - mean) > 0.01
    same = overall_oee([fast, fast])
    assert same.oee == pytest.approx(evaluate_shift(fast).result.oee)
    with pytest.raises(OeeInputError, match="No OEE records"):
        overall_oee([])
