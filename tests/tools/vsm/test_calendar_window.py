"""Shift calendars: the measured window is whole calendar days, so figures are unbiased.

On a map whose steps work in shifts, the output rate swings within the day. A measured window
that is not a whole number of days over- or under-weights part of the day: with the command's
defaults (1000 h, warm-up 200 h = 33 1/3 days measured) a line working 8 h a day counted
34 shifts in 33 1/3 days (+2 %). The engine extends the warm-up (by less than a day) so that
the measured time is whole days, and says so in the results.
"""

import math

import pytest

from score_desktop.tools.vsm.distributions import Distribution as D
from score_desktop.tools.vsm.model import Buffer, ShiftCalendar, Step, ValueStreamMap
from score_desktop.tools.vsm.replications import estimate, run_replications
from score_desktop.tools.vsm.simulation import SimSettings, measured_window, simulate_once

ONE_SHIFT = ShiftCalendar(1, 8.0, ())
TWO_SHIFTS = ShiftCalendar(2, 8.0, (10.0, 10.0))  # 15 h 20 min of work a day


def single(cycle: D, calendar: ShiftCalendar) -> ValueStreamMap:
    m = ValueStreamMap.serial("shifts", [Step("Press", cycle)])
    m.customer.calendar = calendar
    return m


def test_the_command_defaults_measure_whole_days():
    settings = SimSettings()
    assert (settings.horizon_h, settings.warmup_h) == (1000.0, 200.0)
    warmup, measured = measured_window(single(D.fixed(1.0, "h"), ONE_SHIFT), settings)
    assert (warmup, measured) == pytest.approx((208.0, 792.0))  # 33 whole days
    around_the_clock = single(D.fixed(1.0, "h"), ShiftCalendar(3, 8.0, ()))
    assert measured_window(around_the_clock, settings) == (200.0, 800.0)  # nothing to align


def test_a_deterministic_machine_in_one_shift_gives_exactly_a_third_of_its_rate():
    """1 h per part, 8 h a day: exactly 8 parts per 24 h = 1/3 part/h for any window of whole
    days. The old 800 h window (33 days + 16 h with a full shift in it) gave 272/800 = 0.34."""
    m = single(D.fixed(1.0, "h"), ONE_SHIFT)
    for horizon, warmup in ((1000.0, 200.0), (777.0, 50.0), (500.5, 100.25)):
        r = simulate_once(m, SimSettings(horizon, warmup, 1, 1, series_points=5))
        assert r.throughput_per_h == pytest.approx(1 / 3, abs=1e-12)
        assert r.measured_h == pytest.approx(24.0 * round(r.measured_h / 24.0))
        assert r.step_states["Press"]["off_shift"] == pytest.approx(2 / 3, abs=1e-9)


def test_throughput_ci_covers_the_exact_rate_at_the_defaults():
    """A saturated exponential machine (1 min per part) working 2 x 8 h with two 10-min breaks:
    long-run TH = (920 / 1440) x 60 parts/h exactly (memoryless work paused off shift), at the
    command's defaults (1000 h, 200 h warm-up, 10 replications)."""
    m = single(D.exponential(1.0, "min"), TWO_SHIFTS)
    r = run_replications(m, SimSettings(workers=1))
    exact = 920.0 / 1440.0 * 60.0
    th = r.throughput_per_h
    # the old window was biased by +2 % (34 days' work in 33 1/3 days), ~5 half-widths
    assert th.ci_low <= exact <= th.ci_high
    assert th.half_width < 0.005 * exact
    assert r.measured_h == pytest.approx(792.0) and r.warmup_used_h == pytest.approx(208.0)
    assert "33 whole calendar days" in r.window and "extended" in r.window


def test_littles_law_within_the_ci_at_the_defaults():
    """Two machines with a FIFO lane of 3 in two shifts: WIP - TH x lead time per replication
    has a CI that covers 0 (parts stay on the line over night)."""
    steps = [
        Step("Press", D.exponential(1.0, "min")),
        Step("Pack", D.lognormal(0.9, 0.5, "min"), buffer=Buffer("fifo", 3)),
    ]
    m = ValueStreamMap.serial("shifts", steps)
    m.customer.calendar = TWO_SHIFTS
    r = run_replications(m, SimSettings(workers=1))
    gap = estimate([x.wip_total - x.throughput_per_h * x.lead_time_mean_h for x in r.runs])
    assert gap.ci_low <= 0.0 <= gap.ci_high
    wip = r.wip_total
    little = r.throughput_per_h.mean * r.lead_time_h.mean
    assert wip.ci_low - wip.half_width <= little <= wip.ci_high + wip.half_width


def test_a_window_shorter_than_a_day_is_kept_and_warned_about():
    m = single(D.fixed(1.0, "h"), ONE_SHIFT)
    r = run_replications(m, SimSettings(30.0, 10.0, 1, 1, series_points=3, workers=1))
    assert r.measured_h == 20.0 and r.warmup_used_h == 10.0
    assert any("shorter than one calendar day" in w for w in r.warnings)
    assert math.isfinite(r.throughput_per_h.mean)
