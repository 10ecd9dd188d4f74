"""Behaviour of the flow simulation engine: conventions, release rules, statistics, runs."""

import threading
import tracemalloc

import pytest

from score_desktop.tools.vsm.distributions import Distribution as D
from score_desktop.tools.vsm.model import (
    CUSTOMER,
    SUPPLIER,
    Buffer,
    Failures,
    Flow,
    ShiftCalendar,
    Step,
    Supplier,
    ValueStreamMap,
)
from score_desktop.tools.vsm.replications import SimulationCancelled, run_replications
from score_desktop.tools.vsm.simulation import SimSettings, simulate_once
from score_desktop.tools.vsm.validation import MapError


def fixed_line(*minutes, buffers=None):
    steps = [Step(f"S{i + 1}", D.fixed(t, "min")) for i, t in enumerate(minutes)]
    for s, b in zip(steps[1:], buffers or [], strict=False):
        s.buffer = b
    return ValueStreamMap.serial("line", steps)


def exp_line(*hours, arrival=None):
    steps = [Step(f"S{i + 1}", D.exponential(t, "h")) for i, t in enumerate(hours)]
    sup = Supplier(arrival=None if arrival is None else D.exponential(arrival, "h"))
    return ValueStreamMap.serial("line", steps, supplier=sup)


def once(m, horizon=100.0, warmup=10.0, seed=1):
    return simulate_once(m, SimSettings(horizon, warmup, 1, seed, series_points=11), 0)


def test_same_seed_same_numbers_and_other_seed_other_numbers():
    m = exp_line(0.5, 0.8, 0.6, arrival=1.0)
    s = SimSettings(300, 20, 3, seed=5, workers=1)
    a = run_replications(m, s)
    b = run_replications(m, s)
    assert a.throughput_per_h == b.throughput_per_h
    assert a.lead_time_percentiles_h == b.lead_time_percentiles_h
    c = run_replications(m, SimSettings(300, 20, 3, seed=6, workers=1))
    assert c.wip_total != a.wip_total


def test_parallel_workers_give_the_same_numbers_as_one_process():
    m = exp_line(0.5, 0.8, arrival=1.0)
    seen = []
    one = run_replications(m, SimSettings(200, 10, 3, seed=2, workers=1))
    two = run_replications(
        m, SimSettings(200, 10, 3, seed=2, workers=2), progress=lambda d, t: seen.append((d, t))
    )
    assert one.throughput_per_h == two.throughput_per_h
    assert one.step_states == two.step_states
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_zero_buffer_hands_over_directly_and_blocks_after_service():
    # 1 min then 2 min with B = 0: machine 1 holds each finished part 1 min (blocked half the time)
    r = once(fixed_line(1, 2, buffers=[Buffer("fifo", 0)]))
    assert r.throughput_per_h == pytest.approx(30, abs=0.02)
    assert r.step_states["S1"]["blocked"] == pytest.approx(0.5, abs=1e-3)
    assert r.step_states["S2"]["starved"] == pytest.approx(0.0, abs=1e-3)
    assert r.wip_per_buffer["S2"] == 0.0
    assert max(r.series_wip) <= 2  # one part on each machine, none waiting


def test_finite_buffer_fills_and_bounds_wip():
    r = once(fixed_line(1, 2, buffers=[Buffer("fifo", 3)]))
    assert r.wip_per_buffer["S2"] == pytest.approx(3.0, abs=1e-3)
    assert r.wip_total == pytest.approx(5.0, abs=1e-3)  # 3 waiting + 1 blocked on S1 + 1 on S2
    assert r.lead_time_mean_h == pytest.approx(5 * 2 / 60, rel=1e-3)  # Little: 5 parts / 30 per h


def test_kanban_supermarket_limits_the_feeding_step():
    m = fixed_line(0.1, 2, buffers=[Buffer("supermarket", cards=4)])
    r = once(m)
    assert r.throughput_per_h == pytest.approx(30, abs=0.02)
    assert r.wip_per_buffer["S2"] <= 4
    assert r.wip_total == pytest.approx(5.0, abs=0.01)  # cards in circulation + the part on S2
    assert r.step_states["S1"]["starved"] > 0.9  # waits for kanban cards


def test_scrap_and_rework():
    m = exp_line(0.5, arrival=1.0)
    m.steps[0].scrap_rate = 0.2
    m.steps[0].rework_rate = 0.25
    res = run_replications(m, SimSettings(4000, 50, 4, seed=3, workers=1))
    # per visit: 20 % scrap, 25 % back, 55 % good -> a part ends good with 0.55 / 0.75
    assert res.throughput_per_h.mean == pytest.approx(0.55 / 0.75, abs=0.025)
    assert res.scrap_per_h.mean == pytest.approx(0.2 / 0.75, abs=0.025)
    # visits per part 1 / (1 - 0.25): utilisation = 1 x 0.5 / 0.75
    assert res.utilisation["S1"].mean == pytest.approx(0.5 / 0.75, abs=0.02)


def test_split_and_merge():
    m = ValueStreamMap(
        "split",
        steps=[Step("A", D.fixed(1, "min")), Step("B1", D.fixed(1.5, "min")),
               Step("B2", D.fixed(1.5, "min")), Step("C", D.fixed(0.5, "min"))],
    )  # fmt: skip
    m.flows = [
        Flow(SUPPLIER, "A"),
        Flow("A", "B1"),
        Flow("A", "B2"),
        Flow("B1", "C"),
        Flow("B2", "C"),
        Flow("C", CUSTOMER),
    ]
    r = once(m, 200, 10)
    assert r.throughput_per_h == pytest.approx(60, rel=0.01)
    assert r.utilisation["B1"] + r.utilisation["B2"] == pytest.approx(1.5, rel=0.05)


def test_shift_calendar_stops_work_off_shift():
    m = fixed_line(1)
    m.customer.calendar = ShiftCalendar(1, 8.0, ())
    r = once(m, 24 * 20, 24)
    assert r.throughput_per_h == pytest.approx(60 * 8 / 24, rel=1e-3)
    assert r.step_states["S1"]["off_shift"] == pytest.approx(2 / 3, abs=1e-3)
    assert r.utilisation["S1"] == pytest.approx(1.0, abs=1e-3)


def test_changeovers_between_families():
    # lots of 10 alternate A/B; each lot: 5 min changeover + 10 x 1 min
    m = fixed_line(1)
    m.customer.families = {"A": 1, "B": 1}
    m.steps[0].batch_size = 10
    m.steps[0].changeover = D.fixed(5, "min")
    r = once(m, 100, 1)
    assert r.throughput_per_h == pytest.approx(40, rel=0.01)
    assert r.step_states["S1"]["changeover"] == pytest.approx(1 / 3, abs=0.01)


def test_uptime_percent_with_stated_mttr():
    m = fixed_line(1)
    m.steps[0].failures = Failures(mttr=10.0, uptime_percent=90.0)
    res = run_replications(m, SimSettings(2000, 10, 4, seed=4, workers=1))
    assert res.throughput_per_h.mean == pytest.approx(54, rel=0.02)
    assert res.step_states["S1"]["down"].mean == pytest.approx(0.1, abs=0.01)


def test_bottleneck_is_the_most_active_step():
    m = exp_line(1.0, 1.5, 0.8)
    for s in m.steps[1:]:
        s.buffer = Buffer("fifo", 2)
    res = run_replications(m, SimSettings(2000, 20, 4, seed=8, workers=1))
    assert res.bottleneck == "S2"
    assert res.bottleneck_frequency["S2"] >= 0.75
    shares = res.step_states["S1"]
    assert sum(e.mean for e in shares.values()) == pytest.approx(1.0)


def test_littles_law_on_a_run():
    r = once(exp_line(0.5, 0.7, arrival=1.0), 3000, 50)
    assert r.wip_total == pytest.approx(r.throughput_per_h * r.lead_time_mean_h, rel=0.02)
    assert r.lead_time_percentiles_h["p50"] < r.lead_time_percentiles_h["p95"]


def test_time_series_has_a_fixed_number_of_points():
    r = once(exp_line(0.5, arrival=1.0), 500, 10)
    assert len(r.series_t_h) == len(r.series_wip) == len(r.series_output) == 11
    assert r.series_t_h[0] == 0 and r.series_t_h[-1] == pytest.approx(500)
    assert r.series_output == sorted(r.series_output)


def test_memory_does_not_grow_with_the_horizon():
    m = exp_line(0.05, arrival=0.1)

    def peak(hours):
        tracemalloc.start()
        once(m, hours, 1)
        size = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return size

    short, long = peak(200), peak(2000)  # about 2,000 vs 20,000 parts
    assert long < 1.3 * short + 50_000


def test_cancel_stops_the_run():
    m = exp_line(0.5, arrival=1.0)
    stop = threading.Event()
    with pytest.raises(SimulationCancelled):
        run_replications(
            m, SimSettings(200, 10, 5, workers=1), progress=lambda d, t: stop.set(), cancel=stop
        )
    with pytest.raises(SimulationCancelled):
        run_replications(m, SimSettings(1e6, 10, 4, workers=2), cancel=lambda: True)


def test_bad_settings_and_bad_maps_are_refused():
    with pytest.raises(ValueError, match="warm-up"):
        run_replications(exp_line(1.0), SimSettings(10, 20))
    with pytest.raises(ValueError, match="worker processes"):
        run_replications(exp_line(1.0), SimSettings(10, 1, workers=0))
    m = exp_line(1.0)
    m.steps[0].machines = 0
    with pytest.raises(MapError, match='step "S1": machines'):
        run_replications(m, SimSettings(10, 1, 1))


def test_initial_parts_are_counted():
    m = fixed_line(1, 1, buffers=[Buffer("fifo", 5, initial=5)])
    r = simulate_once(m, SimSettings(1, 0, 1, series_points=3), 0)
    assert r.series_wip[0] == 6  # the 5 initial parts + the part S1 releases at time 0


def test_rework_back_to_a_step_fed_by_unlimited_material():
    # S1 (1 min) -> S2 (1 min, 50 % back to S1): S1 makes 1 new part per 2 visits -> 30 parts/h
    m = fixed_line(1, 1)
    m.steps[1].rework_rate = 0.5
    m.steps[1].rework_to = "S1"
    r = once(m, 200, 10)
    assert r.throughput_per_h == pytest.approx(30, rel=0.05)
    assert r.utilisation["S1"] == pytest.approx(1.0, abs=0.01)
    assert r.wip_total < 5


def test_conwip_keeps_its_cards_with_scrap_and_rework_inside_the_loop():
    from score_desktop.tools.vsm.model import ConwipLoop

    m = exp_line(0.5, 0.6)
    m.steps[1].scrap_rate = 0.1
    m.steps[1].rework_rate = 0.2
    m.steps[1].rework_to = "S1"
    m.conwip.append(ConwipLoop("loop", "S1", "S2", 4))
    r = once(m, 500, 10)
    assert r.wip_total == pytest.approx(4.0, abs=1e-6)
    assert max(r.series_wip) == 4
    assert r.scrapped > 0


def test_warnings_for_an_overloaded_step_and_no_output():
    m = exp_line(1.2, arrival=1.0)  # 120 % load
    res = run_replications(m, SimSettings(50, 1, 2, workers=1))
    assert any('step "S1" is loaded at 120 %' in w for w in res.warnings)
    slow = fixed_line(600)  # 10 h per part, 5 h horizon
    res = run_replications(slow, SimSettings(5, 1, 2, workers=1))
    assert any("no part reached the customer in 2 of 2" in w for w in res.warnings)
    ok = run_replications(exp_line(0.5, arrival=1.0), SimSettings(50, 1, 2, workers=1))
    assert ok.warnings == []


def test_unlimited_push_buffer_filling_up_is_flagged_and_the_slow_step_is_the_bottleneck():
    # Press 30 s pushes into an unlimited buffer in front of Weld 50 s: both never stop
    m = fixed_line(0.5)
    m.add_step(Step("Weld", D.normal(50, 5)), after="S1")
    res = run_replications(m, SimSettings(100, 10, 2, workers=1))
    assert res.bottleneck == "Weld"
    assert any("WIP keeps growing" in w for w in res.warnings)


def test_finished_goods_supermarket_limits_the_last_step():
    m = fixed_line(1)
    m.customer.finished_goods = Buffer("supermarket", cards=2)
    r = once(m, 50, 1)
    assert r.throughput_per_h == pytest.approx(60, rel=0.01)  # the customer takes parts at once
