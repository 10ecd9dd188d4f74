"""Factory Physics teaching view against Hopp & Spearman's Penny Fab examples.

Source: W. J. Hopp & M. L. Spearman, *Factory Physics*, 3rd ed. (2008), ch. 7: Penny Fab One,
four stations of one machine at 2 h each: r_b = 0.5 part/h, T0 = 8 h, W0 = 4 (p. 233); best case
Table 7.2 (p. 238); worst case w = 4: CT = 32 h, TH = 1/8 (pp. 242-243); practical worst case
(p. 247). Penny Fab Two (Table 7.1, p. 234): 2, 5, 10, 3 h with 1, 2, 6, 2 machines: r_b = 0.4
part/h, T0 = 20 h, W0 = 8.
"""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.vsm.distributions import Distribution as D
from score_desktop.tools.vsm.factory_physics import (
    Station,
    conwip_map,
    conwip_sweep,
    default_levels,
    line_curves,
    map_curves,
    serial_steps,
    sweep_settings,
)
from score_desktop.tools.vsm.model import Failures, Flow, Step, ValueStreamMap


def penny_fab_one() -> ValueStreamMap:
    steps = [Step(n, D.fixed(2.0, "h")) for n in ("Head", "Stamp", "Rim", "Deburr")]
    return ValueStreamMap.serial("Penny Fab One", steps)


def penny_fab_two() -> ValueStreamMap:
    data = (("Head", 2.0, 1), ("Stamp", 5.0, 2), ("Rim", 10.0, 6), ("Deburr", 3.0, 2))
    steps = [Step(n, D.fixed(t, "h"), machines=k) for n, t, k in data]
    return ValueStreamMap.serial("Penny Fab Two", steps)


def test_penny_fab_one_parameters_and_cases():
    c = map_curves(penny_fab_one(), 12)
    assert c.bottleneck_rate == pytest.approx(0.5)
    assert c.raw_process_time == pytest.approx(8.0)
    assert c.critical_wip == pytest.approx(4.0)
    assert c.wip == tuple(range(1, 13))
    # Table 7.2 (best case): w = 1..6 -> TH 0.125, 0.25, 0.375, 0.5, 0.5, 0.5; CT 8, 8, 8, 8, 10, 12
    assert c.best_th[:6] == pytest.approx((0.125, 0.25, 0.375, 0.5, 0.5, 0.5))
    assert c.best_ct[:6] == pytest.approx((8.0, 8.0, 8.0, 8.0, 10.0, 12.0))
    # worst case at w = 4: CT = 32 h, TH = 1/8
    assert c.worst_ct[3] == pytest.approx(32.0) and c.worst_th[3] == pytest.approx(0.125)
    # practical worst case: TH = w/(W0 + w - 1) r_b, CT = T0 + (w - 1)/r_b; at w = 4: 2/7, 14 h
    assert c.practical_worst_th[3] == pytest.approx(2 / 7)
    assert c.practical_worst_ct[3] == pytest.approx(14.0)
    # a balanced line of exponential single machines IS the practical worst case (exact MVA)
    assert c.exponential_th == pytest.approx(c.practical_worst_th, rel=1e-12)
    assert c.exponential_ct == pytest.approx(c.practical_worst_ct, rel=1e-12)
    assert c.bottleneck in {"Head", "Stamp", "Rim", "Deburr"}


def test_penny_fab_two_parameters():
    c = map_curves(penny_fab_two())
    assert c.bottleneck_rate == pytest.approx(0.4)
    assert c.raw_process_time == pytest.approx(20.0)
    assert c.critical_wip == pytest.approx(8.0)
    assert c.bottleneck == "Stamp"  # 2 machines x 1/5 h
    assert len(c.wip) == 24  # 3 x W0
    assert c.best_th[7] == pytest.approx(0.4) and c.best_ct[7] == pytest.approx(20.0)
    # parallel machines do better than the practical worst case (p. 248)
    above = [e > p for e, p in zip(c.exponential_th[1:], c.practical_worst_th[1:], strict=True)]
    assert all(above)
    assert c.exponential_th[0] == pytest.approx(c.practical_worst_th[0])  # one job: T0 each way


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0.1, 10.0), st.integers(1, 4)),
        min_size=1,
        max_size=6,
    ),
    st.integers(1, 30),
)
def test_the_curves_are_ordered_for_any_line(line, w):
    c = line_curves([Station(f"S{i}", t, k) for i, (t, k) in enumerate(line)], w)
    for i in range(w):
        assert c.worst_th[i] <= c.practical_worst_th[i] * (1 + 1e-9)
        assert c.practical_worst_th[i] <= c.best_th[i] * (1 + 1e-9)
        assert c.exponential_th[i] <= c.best_th[i] * (1 + 1e-9)
        assert c.best_ct[i] <= c.practical_worst_ct[i] * (1 + 1e-9)
        assert c.practical_worst_ct[i] <= c.worst_ct[i] * (1 + 1e-9) or i == 0
        # Little's law on every curve: CT = w / TH
        assert c.best_ct[i] == pytest.approx(c.wip[i] / c.best_th[i])
        assert c.practical_worst_ct[i] == pytest.approx(c.wip[i] / c.practical_worst_th[i])


def test_failures_enter_as_effective_process_time():
    m = penny_fab_one()
    m.steps[2].failures = Failures(mttr=1.0, uptime_percent=80.0, unit="h")
    c = map_curves(m)
    assert c.stations[2].process_time_h == pytest.approx(2.5)  # te = t0 / A
    assert c.bottleneck == "Rim" and c.bottleneck_rate == pytest.approx(0.4)
    assert c.raw_process_time == pytest.approx(8.5)


def test_a_map_that_is_not_a_line_is_refused_with_the_place():
    m = penny_fab_one()
    m.flows.append(Flow("Stamp", "Deburr"))
    with pytest.raises(ValueError, match='step "Stamp" has 2 outgoing flows'):
        serial_steps(m)
    with pytest.raises(ValueError, match="largest WIP"):
        line_curves([Station("A", 1.0)], 0)
    with pytest.raises(ValueError, match='station "A": process time'):
        line_curves([Station("A", 0.0)], 3)


def test_notes_say_what_the_curves_leave_out():
    m = penny_fab_one()
    m.steps[0].scrap_rate = 0.01
    m.steps[1].changeover = D.fixed(5.0, "min")
    assert map_curves(m).notes == ("scrap and rework", "changeovers")


def test_conwip_map_is_the_line_in_one_loop():
    m = penny_fab_two()
    m.steps[1].scrap_rate = 0.1
    c = conwip_map(m, 6, exponential=True)
    assert [s.name for s in c.steps] == ["Head", "Stamp", "Rim", "Deburr"]
    assert [s.machines for s in c.steps] == [1, 2, 6, 2]
    assert all(s.cycle_time.kind == "exponential" for s in c.steps)
    assert c.steps[1].scrap_rate == 0.0
    assert c.conwip[0].cards == 6 and (c.conwip[0].first_step, c.conwip[0].last_step) == (
        "Head",
        "Deburr",
    )
    assert c.customer.calendar.always_working


def test_simulated_sweep_lies_on_the_best_case_for_fixed_times_and_on_mva_for_exponential():
    """Penny Fab One with fixed 2-hour times gives the best case exactly (Table 7.2); with
    exponential times it gives the exact closed-line (= practical worst case) curve."""
    m = penny_fab_one()
    c = map_curves(m, 8)
    fixed = conwip_sweep(m, [2, 4, 6], sweep_settings(c, parts=400, replications=2))
    for p in fixed:
        assert p.throughput_per_h.mean == pytest.approx(c.best_th[p.wip - 1], rel=0.01)
        assert p.cycle_time_h.mean == pytest.approx(c.best_ct[p.wip - 1], rel=0.01)
    done = []
    expo = conwip_sweep(
        m,
        [4],
        sweep_settings(c, parts=4000, replications=5),
        exponential=True,
        progress=lambda k, n: done.append((k, n)),
    )
    th = expo[0].throughput_per_h
    assert done == [(1, 1)]
    assert th.ci_low - th.half_width <= c.practical_worst_th[3] <= th.ci_high + th.half_width
    assert th.half_width < 0.05 * th.mean


def test_default_levels_include_one_w0_and_the_top():
    c = map_curves(penny_fab_two())
    levels = default_levels(c)
    assert levels[0] == 1 and levels[-1] == 24 and 8 in levels
    assert levels == sorted(set(levels))
