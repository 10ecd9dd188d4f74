"""Sensitivity sweeps: parameter changes on copies, ranges, and a sweep against exact theory."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.vsm import Buffer, Distribution, Failures, Step, ValueStreamMap
from score_desktop.tools.vsm.sensitivity import sweep, value_range, with_parameter
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled
from score_desktop.tools.vsm.theory import two_machine_finite_buffer


def two_machines() -> ValueStreamMap:
    """Exponential machines at 1.0 and 1.2 parts per hour with a FIFO lane between them."""
    return ValueStreamMap.serial(
        "pair",
        [
            Step("M1", Distribution.exponential(1.0, "h")),
            Step("M2", Distribution.exponential(1 / 1.2, "h"), buffer=Buffer("fifo", 1)),
        ],
    )


def test_buffer_sweep_reproduces_the_birth_death_chain():
    # Exact throughput of two exponential machines with a buffer of B parts: Hopp & Spearman,
    # Factory Physics 3rd ed., ch. 8 (M/M/1/b blocking, b = B + 2); see theory.py.
    seen = []
    result = sweep(
        two_machines(),
        "M2",
        "buffer_capacity",
        [0, 2, 6],
        SimSettings(horizon_h=3000, warmup_h=100, replications=4, seed=3, workers=1),
        progress=lambda f, text: seen.append(f),
    )
    assert [p.value for p in result.points] == [0, 2, 6]
    for p in result.points:
        exact = two_machine_finite_buffer(1.0, 1.2, int(p.value)).throughput
        tolerance = max(3 * p.throughput_per_h.half_width, 0.03 * exact)
        assert abs(p.throughput_per_h.mean - exact) < tolerance
    th = [p.throughput_per_h.mean for p in result.points]
    assert th[0] < th[1] < th[2]  # a bigger buffer decouples the machines
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)
    assert result.unit == "parts" and result.step == "M2"


def test_more_machines_at_the_bottleneck_raise_throughput_and_cut_lead_time():
    m = two_machines()
    m.supplier.arrival = Distribution.exponential(1 / 0.9, "h")  # 0.9 parts per hour arrive
    m.step("M2").buffer = Buffer("push")
    m.step("M1").cycle_time = Distribution.exponential(1 / 0.95, "h")
    result = sweep(m, "M1", "machines", [1, 2], SimSettings(1500, 100, 3, seed=5, workers=1))
    one, two = result.points
    assert two.lead_time_h.mean < one.lead_time_h.mean / 2


def test_with_parameter_changes_a_copy_only():
    m = two_machines()
    m.step("M2").failures = Failures(mttr=30, uptime_percent=90)
    out = with_parameter(m, "M2", "mttr", 60)
    assert out.step("M2").failures.mttr == 60
    assert out.step("M2").failures.availability() == pytest.approx(0.9)  # uptime kept
    assert m.step("M2").failures.mttr == 30
    out = with_parameter(m, "M1", "buffer_capacity", 5)
    assert (out.step("M1").buffer.rule, out.step("M1").buffer.capacity) == ("fifo", 5)
    assert m.step("M1").buffer.rule == "push"
    assert with_parameter(m, "M1", "machines", 3).step("M1").machines == 3


@pytest.mark.parametrize(
    ("step", "parameter", "value", "message"),
    [
        ("M1", "cards", 5, "not fed by a kanban supermarket"),
        ("M1", "mttr", 5, "no breakdowns"),
        ("M1", "machines", 0, "must be a whole number >= 1"),
        ("M1", "machines", 1.5, "must be a whole number"),
        ("X", "machines", 2, 'step "X" is not in the map'),
        ("M1", "speed", 2, "unknown parameter"),
    ],
)
def test_parameters_that_do_not_apply_are_refused(step, parameter, value, message):
    with pytest.raises(ValueError, match=message):
        with_parameter(two_machines(), step, parameter, value)


def test_cancel_stops_the_sweep():
    with pytest.raises(SimulationCancelled):
        sweep(two_machines(), "M2", "buffer_capacity", [0, 1], SimSettings(100, 10, 2),
              cancel=lambda: True)  # fmt: skip


@given(st.floats(0, 50), st.floats(0, 50), st.integers(1, 12), st.booleans())
def test_value_range_spans_low_to_high(a, b, count, whole):
    low, high = min(a, b), max(a, b)
    values = value_range(low, high, count, whole)
    assert values == sorted(values)
    assert len(values) <= count
    last = high if count > 1 else low
    if whole:
        assert all(v == int(v) for v in values)
        assert math.isclose(values[0], round(low)) and math.isclose(values[-1], round(last))
    else:
        assert values[0] == low and math.isclose(values[-1], last) and len(values) == count


def test_value_range_refuses_a_reversed_range():
    with pytest.raises(ValueError, match="range"):
        value_range(5, 1, 3, False)
