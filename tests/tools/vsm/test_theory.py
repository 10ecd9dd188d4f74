"""Exact queueing results: published worked examples, independent Markov chains, properties."""

import itertools
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.vsm.theory import (
    breakdown_effective_time,
    deterministic_line_throughput,
    hopp_spearman_cases,
    jackson_tandem,
    kingman_gg1,
    littles_law,
    mg1,
    mm1,
    mmc,
    mva_closed_line,
    two_machine_finite_buffer,
)

rel = pytest.approx


# ----------------------------------------------------------------------------- independent CTMCs


def stationary(generator: np.ndarray) -> np.ndarray:
    """Solve pi Q = 0, sum pi = 1 (one balance equation replaced by the normalisation)."""
    a = generator.T.copy()
    a[-1, :] = 1.0
    b = np.zeros(generator.shape[0])
    b[-1] = 1.0
    return np.linalg.solve(a, b)


def closed_line_ctmc(times, servers, population):
    """Throughput and mean queue lengths of a closed serial line by enumerating every state."""
    m = len(times)
    states = [s for s in itertools.product(range(population + 1), repeat=m) if sum(s) == population]
    index = {s: i for i, s in enumerate(states)}
    q = np.zeros((len(states), len(states)))
    for s, i in index.items():
        for st_ in range(m):
            if s[st_]:
                rate = min(s[st_], servers[st_]) / times[st_]
                t = list(s)
                t[st_] -= 1
                t[(st_ + 1) % m] += 1
                q[i, index[tuple(t)]] += rate
                q[i, i] -= rate
    pi = stationary(q)
    last = m - 1
    th = sum(p * min(s[last], servers[last]) / times[last] for s, p in zip(states, pi, strict=True))
    wip = [sum(p * s[k] for s, p in zip(states, pi, strict=True)) for k in range(m)]
    return th, wip


def two_machine_ctmc(mu1, mu2, buffer):
    """Physical states (machine 1 blocked?, parts in buffer, machine 2 busy?) and their rates."""
    states = [(0, 0, 0)] + [(0, n, 1) for n in range(buffer + 1)] + [(1, buffer, 1)]
    index = {s: i for i, s in enumerate(states)}
    q = np.zeros((len(states), len(states)))

    def add(a, b, rate):
        q[index[a], index[b]] += rate
        q[index[a], index[a]] -= rate

    for blocked, n, busy in states:
        if not blocked:  # machine 1 finishes a part
            if not busy:
                add((0, n, 0), (0, 0, 1), mu1)
            elif n < buffer:
                add((0, n, 1), (0, n + 1, 1), mu1)
            else:
                add((0, n, 1), (1, n, 1), mu1)
        if busy:  # machine 2 finishes a part
            if blocked:  # buffer full: a buffered part (or the blocked one if B = 0) moves on
                add((1, n, 1), (0, n, 1), mu2)
            elif n > 0:
                add((0, n, 1), (0, n - 1, 1), mu2)
            else:
                add((0, 0, 1), (0, 0, 0), mu2)
    pi = stationary(q)
    p = dict(zip(states, pi, strict=True))
    th = mu2 * sum(v for s, v in p.items() if s[2])
    return th, sum(v * s[1] for s, v in p.items()), p[(1, buffer, 1)], p[(0, 0, 0)]


def breakdown_queue_ctmc(lam, t0, mtbf, mttr, max_jobs=600):
    """M/PH/1: exponential work, operation-dependent exponential failures, exponential repairs."""
    states = [(0, 0)] + [(n, d) for n in range(1, max_jobs + 1) for d in (0, 1)]
    index = {s: i for i, s in enumerate(states)}
    q = np.zeros((len(states), len(states)))

    def add(a, b, rate):
        q[index[a], index[b]] += rate
        q[index[a], index[a]] -= rate

    for n, down in states:
        if n < max_jobs:
            add((n, down), (n + 1, down), lam)
        if n and not down:
            add((n, 0), (n - 1, 0) if n > 1 else (0, 0), 1.0 / t0)
            add((n, 0), (n, 1), 1.0 / mtbf)
        if down:
            add((n, 1), (n, 0), 1.0 / mttr)
    pi = stationary(q)
    return sum(p * s[0] for s, p in zip(states, pi, strict=True))


# ----------------------------------------------------------------------------- M/M/1, M/M/c, M/G/1


def test_mm1_bronson_23_3():
    # Bronson, Schaum's Outline of Operations Research (1982), problem 23.3, as tabulated by
    # M. Casquilho, web.ist.utl.pt/mcasquilho/compute/or/Fx-queuevars.php: lambda = 24/h,
    # mu = 30/h -> L = 4, W = 1/6 h, p0 = 0.2.
    r = mm1(24, 30)
    assert r.wip == rel(4)
    assert r.lead_time == rel(1 / 6)
    assert r.prob_empty == rel(0.2)


def test_mm1_bronson_23_14():
    # Bronson (1982) problem 23.14 (same source): lambda = 30/h, mean service 1.5 min ->
    # Lq = 2.25, Wq = 4.5 min, p0 = 0.25.
    r = mm1(30 / 60, 1 / 1.5)
    assert r.queue_wip == rel(2.25)
    assert r.queue_time == rel(4.5)
    assert r.prob_empty == rel(0.25)


def test_mmc_bronson_24_6():
    # Bronson (1982) problem 24.6 (same source): s = 3, lambda = 300/yr, mu = 182.5/yr ->
    # Lq = 0.352, L = 1.996, Wq = 0.001175 yr, W = 0.006654 yr, p0 = 0.17754.
    r = mmc(300, 182.5, 3)
    assert r.queue_wip == rel(0.352, abs=5e-4)
    assert r.wip == rel(1.996, abs=5e-4)
    assert r.queue_time == rel(0.001175, abs=5e-7)
    assert r.lead_time == rel(0.006654, abs=5e-7)
    assert r.prob_empty == rel(0.17754, abs=5e-6)


def test_mmc_render_two_servers():
    # Render, Stair & Hanna, Quantitative Analysis for Management 10th ed., instructor's manual,
    # alternative example 14.3: lambda = 20/h, mu = 30/h, M = 2 -> P0 = 1/2, L = 3/4.
    r = mmc(20, 30, 2)
    assert r.prob_empty == rel(0.5)
    assert r.wip == rel(0.75)


def test_erlang_c_closed_form():
    # Erlang C for a = 2 erlang, c = 3: (a^c/c!)(c/(c-a)) / (sum_{k<c} a^k/k! + same) = 4/9,
    # evaluated by hand from the formula (Kleinrock 1975, §3.5).
    assert mmc(2, 1, 3).prob_wait == rel(4 / 9)


@settings(deadline=None)
@given(lam=st.floats(0.01, 100), rho=st.floats(0.01, 0.99), c=st.integers(1, 60))
def test_mmc_littles_law_and_consistency(lam, rho, c):
    r = mmc(lam, lam / (rho * c), c)
    assert r.wip == rel(r.throughput * r.lead_time)
    assert r.queue_wip == rel(r.throughput * r.queue_time)
    assert r.wip == rel(r.queue_wip + rho * c)  # L = Lq + a
    assert 0 <= r.prob_wait <= 1 and 0 <= r.prob_empty <= 1
    assert r.utilisation == rel(rho)


@settings(deadline=None)
@given(lam=st.floats(0.01, 100), rho=st.floats(0.01, 0.99))
def test_mmc_with_one_server_is_mm1(lam, rho):
    a, b = mmc(lam, lam / rho, 1), mm1(lam, lam / rho)
    for field in ("wip", "queue_wip", "lead_time", "queue_time", "prob_wait", "prob_empty"):
        assert getattr(a, field) == rel(getattr(b, field))


def test_mmc_large_server_count_does_not_overflow():
    r = mmc(900, 1, 1000)
    assert 0 < r.prob_wait < 1e-3 and r.queue_time >= 0


@settings(deadline=None)
@given(lam=st.floats(0.01, 10), rho=st.floats(0.01, 0.99))
def test_mg1_with_exponential_service_is_mm1_and_kingman_is_exact_for_poisson(lam, rho):
    t = rho / lam
    assert mg1(lam, t, 1.0).queue_time == rel(mm1(lam, 1 / t).queue_time)
    assert kingman_gg1(lam, 1.0, t, 0.3).queue_time == rel(mg1(lam, t, 0.3).queue_time)
    assert not kingman_gg1(lam, 0.5, t, 0.3).exact


def test_md1_waits_half_of_mm1():
    # P-K with deterministic service (c^2 = 0): Wq(M/D/1) = Wq(M/M/1)/2 (Kleinrock 1975, ch. 5).
    assert mg1(0.8, 1.0, 0.0).queue_time == rel(mm1(0.8, 1.0).queue_time / 2)


@pytest.mark.parametrize(
    "call",
    [
        lambda: mm1(1, 1),
        lambda: mm1(2, 1),
        lambda: mm1(0, 1),
        lambda: mm1(1, -1),
        lambda: mm1(float("nan"), 1),
        lambda: mmc(2, 1, 2),
        lambda: mmc(1, 1, 0),
        lambda: mmc(1, 1, 1.5),
        lambda: mg1(1, 1, 0.5),
        lambda: mg1(0.5, 1, -0.1),
    ],
)
def test_impossible_queues_are_refused(call):
    with pytest.raises(ValueError):
        call()


def test_unstable_message_names_the_rule():
    with pytest.raises(ValueError, match="utilisation"):
        mmc(3, 1, 2)


# ----------------------------------------------------------------------------- Jackson tandem


def test_jackson_tandem_is_a_sum_of_mm1_queues():
    # Burke (1956) / Jackson (1957): each station is an independent M/M/1 with the same lambda.
    r = jackson_tandem(1.0, [2.0, 3.0, 4.0])
    assert r.wip == rel(1 / 1 + 1 / 2 + 1 / 3)
    assert r.lead_time == rel(1 / 1 + 1 / 2 + 1 / 3)
    assert r.throughput == 1.0
    assert r.wip == rel(r.throughput * r.lead_time)


def test_jackson_tandem_multi_server_and_errors():
    r = jackson_tandem(1.5, [1.0, 2.0], servers=[2, 1])
    assert r.stations[0].wip == rel(mmc(1.5, 1.0, 2).wip)
    with pytest.raises(ValueError, match="station 2"):
        jackson_tandem(1.0, [2.0, 1.0])
    with pytest.raises(ValueError):
        jackson_tandem(1.0, [])
    with pytest.raises(ValueError):
        jackson_tandem(1.0, [2.0], servers=[1, 1])


# ----------------------------------------------------------------------------- closed CONWIP line


def test_penny_fab_one_practical_worst_case():
    # Hopp & Spearman, Factory Physics 3rd ed. (2008), §7.2.3 p. 233 and §7.3.3 p. 247: Penny Fab
    # One has r_b = 0.5/h, T0 = 8 h, W0 = 4; PWC CT = T0 + (w-1)/r_b, TH = w/(W0+w-1) r_b, and the
    # PWC is the balanced single-machine exponential line, i.e. the MVA of four 2-hour stations.
    for w in range(1, 13):
        cases = hopp_spearman_cases(0.5, 8.0, w)
        assert cases.critical_wip == 4.0
        assert cases.practical_worst_case_ct == rel(8 + 2 * (w - 1))
        assert cases.practical_worst_case_th == rel(w / (3 + w) * 0.5)
        line = mva_closed_line([2.0] * 4, w)
        assert line.throughput == rel(cases.practical_worst_case_th)
        assert line.cycle_time == rel(cases.practical_worst_case_ct)


def test_penny_fab_one_best_and_worst_case():
    # Factory Physics 3rd ed., Table 7.2 p. 238 (best case, w = 1..10) and §7.3.2 pp. 242-243
    # (worst case w = 4: CT = 32 h, TH = 1/8 job/h).
    table = {1: (8, 0.125), 2: (8, 0.25), 3: (8, 0.375), 4: (8, 0.5), 5: (10, 0.5), 10: (20, 0.5)}
    for w, (ct, th) in table.items():
        cases = hopp_spearman_cases(0.5, 8.0, w)
        assert (cases.best_case_ct, cases.best_case_th) == (rel(ct), rel(th))
    worst = hopp_spearman_cases(0.5, 8.0, 4)
    assert (worst.worst_case_ct, worst.worst_case_th) == (32, 0.125)


def test_penny_fab_two_parameters_and_exponential_line_beats_pwc():
    # Factory Physics 3rd ed., Table 7.1 p. 234: Penny Fab Two has r_b = 0.4, T0 = 20, W0 = 8; with
    # exponential times it lies above the PWC (Figures 7.12-7.13, p. 249).
    times, machines = [2.0, 5.0, 10.0, 3.0], [1, 2, 6, 2]
    assert deterministic_line_throughput(times, machines) == rel(0.4)
    for w in range(2, 25):
        cases = hopp_spearman_cases(0.4, 20.0, w)
        line = mva_closed_line(times, w, machines)
        assert cases.practical_worst_case_th < line.throughput <= cases.best_case_th + 1e-12
    assert hopp_spearman_cases(0.4, 20.0, 8).critical_wip == rel(8)


def test_parallel_machines_shorten_cycle_time():
    # Factory Physics 3rd ed., p. 248: merging rimming and deburring of exponential Penny Fab One
    # into one station of two 4-hour machines keeps r_b and T0 but shortens cycle time at every WIP.
    for w in range(2, 15):
        merged = mva_closed_line([2.0, 2.0, 4.0], w, [1, 1, 2])
        assert merged.cycle_time < mva_closed_line([2.0] * 4, w).cycle_time


@pytest.mark.parametrize(
    ("times", "servers", "population"),
    [
        ([1.0, 2.0, 1.5], [1, 1, 1], 4),
        ([3.0, 1.0], [1, 1], 6),
        ([2.0, 5.0, 10.0, 3.0], [1, 2, 6, 2], 5),
        ([1.0, 4.0, 2.0], [1, 3, 2], 6),
    ],
)
def test_closed_line_matches_brute_force_markov_chain(times, servers, population):
    th, wip = closed_line_ctmc(times, servers, population)
    r = mva_closed_line(times, population, servers)
    assert r.throughput == rel(th, rel=1e-9)
    assert list(r.station_wip) == rel(wip, rel=1e-8)
    assert sum(r.station_wip) == rel(population)


@pytest.mark.parametrize(("jobs", "machines"), [(20, 20), (20, 300), (600, 900)])
def test_station_with_a_machine_per_job_is_the_machine_repairman_model(jobs, machines):
    # A station with at least as many machines as jobs is a pure delay, so the loop is the
    # finite-source M/M/1//N queue (Kleinrock, Queueing Systems Vol. 1, 1975, §3.8; Gross & Harris,
    # machine-repair model): P0 = 1 / sum_k N!/(N-k)! (s/Z)^k, TH = (1 - P0)/s.
    s, z = 1.0, 30.0
    logs = [
        math.lgamma(jobs + 1) - math.lgamma(jobs - k + 1) + k * math.log(s / z)
        for k in range(jobs + 1)
    ]
    top = max(logs)
    p0 = math.exp(-top) / math.fsum(math.exp(v - top) for v in logs)
    r = mva_closed_line([s, z], jobs, [1, machines])
    assert r.throughput == rel((1 - p0) / s, rel=1e-9)
    assert r.station_wip[1] == rel(r.throughput * z, rel=1e-9)


def test_convolution_and_mva_agree_on_single_machine_lines():
    from score_desktop.tools.vsm import theory

    s, c = np.array([1.0, 2.5, 0.7, 2.5]), np.array([1, 1, 1, 1])
    q_mva, x_mva = theory._mva_single_server(s, 300)
    q_conv, x_conv = theory._convolution(s, c, 300)
    assert x_conv == rel(x_mva, rel=1e-9)
    assert list(q_conv) == rel(list(q_mva), rel=1e-7)


times_st = st.lists(st.floats(0.1, 10.0), min_size=1, max_size=6)


@settings(max_examples=60, deadline=None)
@given(times=times_st, population=st.integers(1, 40), data=st.data())
def test_closed_line_properties(times, population, data):
    servers = data.draw(st.lists(st.integers(1, 3), min_size=len(times), max_size=len(times)))
    r = mva_closed_line(times, population, servers)
    rb = deterministic_line_throughput(times, servers)
    t0 = sum(times)
    curve = r.throughput_by_population
    assert all(b >= a * (1 - 1e-12) for a, b in itertools.pairwise(curve))  # TH grows with N
    assert 1 / t0 * (1 - 1e-9) <= r.throughput <= min(population / t0, rb) * (1 + 1e-9)
    assert r.cycle_time == rel(sum(r.station_wip) / r.throughput)  # Little, whole line
    for q, t in zip(r.station_wip, r.station_time, strict=True):
        assert q == rel(r.throughput * t)  # Little, each station
    assert max(r.station_utilisation) <= 1 + 1e-9


@settings(max_examples=40, deadline=None)
@given(times=times_st, population=st.integers(1, 60))
def test_single_machine_exponential_line_is_never_worse_than_pwc(times, population):
    # Factory Physics 3rd ed. §7.3.3 pp. 247-248: the PWC (balanced line) is the worst
    # single-machine exponential line for given r_b and T0; unbalancing only helps.
    r = mva_closed_line(times, population)
    cases = hopp_spearman_cases(1 / max(times), sum(times), population)
    assert r.throughput >= cases.practical_worst_case_th * (1 - 1e-9)


def test_closed_line_tends_to_bottleneck_rate():
    r = mva_closed_line([1.0, 2.0, 1.5, 2.0], 2000)
    assert r.throughput == rel(0.5, rel=2e-3) and r.throughput < 0.5
    r = mva_closed_line([1.0, 4.0, 2.0], 400, [1, 3, 2])
    assert r.throughput == rel(0.75, rel=1e-3)


@pytest.mark.parametrize(
    "call",
    [
        lambda: mva_closed_line([], 3),
        lambda: mva_closed_line([1.0, 0.0], 3),
        lambda: mva_closed_line([1.0], 0),
        lambda: mva_closed_line([1.0], 2.5),
        lambda: mva_closed_line([1.0, 1.0], 2, [1]),
        lambda: mva_closed_line([1.0, 1.0], 2, [1, 0]),
        lambda: hopp_spearman_cases(0.5, 8, 0.5),
        lambda: hopp_spearman_cases(0.5, 1, 3),
        lambda: hopp_spearman_cases(0, 8, 3),
    ],
)
def test_impossible_lines_are_refused(call):
    with pytest.raises(ValueError):
        call()


# ----------------------------------------------------------------------------- two machines, buffer


def test_two_machine_mm1b_course_example():
    # Worked M/M/1/b blocking example after Factory Physics ch. 8 (Universidad de Chile course
    # solution, "Problema 1 parte b"): machine 1 every 21 min, machine 2 every 20 min (exponential),
    # b = 4 buffer places + 2 machines -> TH = 0.04177 jobs/min, L = 2.805 jobs, where the M/M/1/b
    # L counts the parts past machine 1's processing (our wip minus the part machine 1 works on).
    r = two_machine_finite_buffer(1 / 21, 1 / 20, 4)
    assert r.throughput == rel(0.04177, abs=5e-6)
    assert r.wip - (1 - r.prob_blocked) == rel(2.805, abs=5e-4)


def test_two_equal_machines_without_buffer():
    # Equal rates, B = 0: three equally likely states, TH = 2/3 of the machine rate, M1 blocked and
    # M2 starved a third of the time each (FP's b/(b+1) r for u = 1 with b = 2).
    r = two_machine_finite_buffer(1.0, 1.0, 0)
    assert r.throughput == rel(2 / 3)
    assert r.prob_blocked == rel(1 / 3) and r.prob_starved == rel(1 / 3)
    assert r.buffer_wip == 0.0


@pytest.mark.parametrize(
    ("mu1", "mu2", "b"), [(1.0, 1.0, 0), (2.0, 1.0, 0), (1.0, 3.0, 2), (3.0, 1.5, 2), (0.9, 1.0, 7)]
)
def test_two_machine_matches_physical_markov_chain(mu1, mu2, b):
    th, buffer_wip, blocked, starved = two_machine_ctmc(mu1, mu2, b)
    r = two_machine_finite_buffer(mu1, mu2, b)
    assert r.throughput == rel(th, rel=1e-9)
    assert r.buffer_wip == rel(buffer_wip, rel=1e-9, abs=1e-12)
    assert r.prob_blocked == rel(blocked, rel=1e-9)
    assert r.prob_starved == rel(starved, rel=1e-9)


@settings(deadline=None)
@given(mu1=st.floats(0.05, 20.0), mu2=st.floats(0.05, 20.0), b=st.integers(0, 50))
def test_two_machine_properties(mu1, mu2, b):
    r, bigger = two_machine_finite_buffer(mu1, mu2, b), two_machine_finite_buffer(mu1, mu2, b + 1)
    assert bigger.throughput >= r.throughput * (1 - 1e-12)
    assert r.throughput <= min(mu1, mu2) * (1 + 1e-12)
    assert r.throughput == rel(mu1 * r.utilisation1) == rel(mu2 * r.utilisation2)
    assert r.wip == rel(r.throughput * r.lead_time)
    assert r.buffer_wip == rel(r.throughput * r.buffer_time)
    assert sum(r.state_probabilities) == rel(1.0)


@settings(deadline=None)
@given(mu1=st.floats(0.05, 20.0), ratio=st.floats(1.05, 10.0))
def test_two_machine_long_buffer_becomes_mm1(mu1, ratio):
    # B -> infinity: machine 2 sees Poisson arrivals at rate1, an M/M/1 queue; the buffer holds Lq.
    mu2 = mu1 * ratio
    b = int(60 / math.log(ratio)) + 10
    r, q = two_machine_finite_buffer(mu1, mu2, b), mm1(mu1, mu2)
    assert r.throughput == rel(mu1, rel=1e-9)
    assert r.buffer_wip == rel(q.queue_wip, rel=1e-6)
    assert r.prob_starved == rel(1 - mu1 / mu2, rel=1e-9)


def test_two_machine_very_long_buffer_is_finite():
    r = two_machine_finite_buffer(2.0, 1.0, 100_000)
    assert r.throughput == rel(1.0) and math.isfinite(r.wip)


@pytest.mark.parametrize(
    "args", [(0.0, 1.0, 1), (1.0, -1.0, 1), (1.0, 1.0, -1), (1.0, 1.0, 1.5), (1.0, 1.0, True)]
)
def test_two_machine_refuses_impossible_input(args):
    with pytest.raises(ValueError):
        two_machine_finite_buffer(*args)


# ----------------------------------------------------------------------------- breakdowns


def test_factory_physics_hare_and_tortoise():
    # Hopp & Spearman, Factory Physics 3rd ed., §8.4.2 and §8.6 (Briar Patch Manufacturing), as
    # summarised in a public study wiki: t0 = 15 min, c0^2 = 0.05, A = 0.75, c_r = 1; Hare X19
    # mf = 744, mr = 248 -> te = 20, ce^2 = 6.25; Tortoise 2000 mf = 114, mr = 38 -> ce^2 = 1.0;
    # demand 69 jobs/day (u = 0.9583): CTq(Hare) = 1667.5 min, CTq(Tortoise) = 7.67 h.
    demand = 69 / (24 * 60)
    hare = breakdown_effective_time(15.0, 744.0, 248.0, math.sqrt(0.05), demand)
    assert hare.availability == rel(0.75)
    assert hare.effective_time == rel(20.0)
    assert hare.effective_scv == rel(6.25)
    assert hare.queue.queue_time == rel(1667.5)
    assert hare.queue.exact
    tortoise = breakdown_effective_time(15.0, 114.0, 38.0, math.sqrt(0.05), demand)
    assert tortoise.effective_scv == rel(1.0)
    assert tortoise.queue.queue_time / 60 == rel(7.67, abs=5e-3)


@pytest.mark.parametrize(
    ("lam", "t0", "mtbf", "mttr"), [(0.5, 1.0, 10.0, 2.0), (0.2, 2.0, 5.0, 1.0)]
)
def test_breakdown_mg1_matches_markov_chain(lam, t0, mtbf, mttr):
    # Exponential work, exponential time to failure counted while working, exponential repair:
    # the queue is a quasi-birth-death chain; its exact L must equal P-K with the FP c_e^2.
    r = breakdown_effective_time(t0, mtbf, mttr, 1.0, lam, cv_repair=1.0)
    assert r.queue.wip == rel(breakdown_queue_ctmc(lam, t0, mtbf, mttr), rel=1e-6)


@settings(deadline=None)
@given(
    t0=st.floats(0.1, 10),
    c0=st.floats(0, 3),
    mf=st.floats(0.5, 100),
    mr=st.floats(0.01, 50),
    cr=st.floats(0, 3),
)
def test_breakdown_second_moment_from_the_compound_poisson_sum(t0, c0, mf, mr, cr):
    # Independent of the c_e^2 formula: T = T0 + R_1 + ... + R_N with N | T0 ~ Poisson(T0/mf), so
    # E[T^2] = E[T0^2] + 2 mr E[N T0] + E[N] E[R^2] + E[N(N-1)] mr^2, E[N T0] = E[N(N-1)] = ...
    e_t0_sq = t0 * t0 * (1 + c0 * c0)
    e_n, e_n_t0, e_n_n1 = t0 / mf, e_t0_sq / mf, e_t0_sq / (mf * mf)
    expected = e_t0_sq + 2 * mr * e_n_t0 + e_n * mr * mr * (1 + cr * cr) + e_n_n1 * mr * mr
    r = breakdown_effective_time(t0, mf, mr, c0, cv_repair=cr)
    assert r.second_moment == rel(expected, rel=1e-9)
    assert r.effective_time == rel(t0 + e_n * mr)


def test_breakdown_kingman_is_flagged_approximate():
    r = breakdown_effective_time(1.0, 10.0, 2.0, 0.5, 0.5, arrival_cv=0.5)
    assert not r.queue.exact and r.queue.prob_wait is None
    assert r.queue.wip == rel(r.queue.throughput * r.queue.lead_time)


@settings(deadline=None)
@given(t0=st.floats(0.1, 10), c0=st.floats(0, 3), rho=st.floats(0.05, 0.95))
def test_breakdown_without_repairs_is_the_natural_process(t0, c0, rho):
    r = breakdown_effective_time(t0, 100.0, 0.0, c0, rho / t0)
    assert r.availability == 1.0 and r.effective_time == rel(t0)
    assert r.effective_scv == rel(c0 * c0)
    assert r.queue.queue_time == rel(mg1(rho / t0, t0, c0 * c0).queue_time)


def test_breakdown_refuses_impossible_input():
    for args in [(0, 10, 1), (1, 0, 1), (1, 10, -1), (1, 10, 1, -0.5)]:
        with pytest.raises(ValueError):
            breakdown_effective_time(*args)
    with pytest.raises(ValueError, match="unstable"):
        breakdown_effective_time(1.0, 3.0, 1.0, 1.0, 0.75)  # te = 4/3, u = 1


# ----------------------------------------------------------------------------- small laws


def test_deterministic_line_and_littles_law():
    assert deterministic_line_throughput([2.0, 3.0, 2.5]) == rel(1 / 3)
    assert littles_law(throughput=0.5, lead_time=8.0) == 4.0  # Factory Physics Table 7.2, w = 4
    assert littles_law(wip=500, throughput=100) == 5.0  # FP §7.3.1 p. 240: 500 crankcases, 5 days
    assert littles_law(wip=4, lead_time=32) == 0.125
    for bad in [{}, {"wip": 1.0}, {"wip": 1, "throughput": 1, "lead_time": 1}]:
        with pytest.raises(ValueError):
            littles_law(**bad)
    with pytest.raises(ValueError):
        littles_law(wip=1.0, throughput=0.0)
    with pytest.raises(ValueError):
        deterministic_line_throughput([])
    with pytest.raises(ValueError):
        deterministic_line_throughput([1.0, 2.0], [1])
