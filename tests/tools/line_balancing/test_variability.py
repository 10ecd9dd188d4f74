"""Task-time spread: three-point formulas, station overrun probabilities (normal approximation
checked by Monte Carlo), and the chance-constrained balance against brute force."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing.importers import parse_csv
from score_desktop.tools.line_balancing.spread_import import spread_from_rows
from score_desktop.tools.line_balancing.variability import (
    Spread,
    chance_constrained_balance,
    line_overrun_probability,
    overrun_probability,
    pert,
    station_risks,
    triangular,
)


def test_three_point_formulas():
    mean, sd = triangular(1, 2, 6)
    assert mean == pytest.approx(3.0)
    assert sd**2 == pytest.approx((1 + 4 + 36 - 2 - 6 - 12) / 18)
    assert pert(1, 2, 6) == pytest.approx((15 / 6, 5 / 6))  # (1 + 4 * 2 + 6) / 6
    with pytest.raises(ValueError, match="min 3"):
        triangular(3, 2, 6)


def test_overrun_probability_known_values():
    # mean 10, sd 2, c = 10 -> 50 %; c = 12 (one sd) -> 15.87 %; c = 13.92 (1.96 sd) -> 2.5 %
    assert overrun_probability(10, 2, 10) == pytest.approx(0.5)
    assert overrun_probability(10, 2, 12) == pytest.approx(0.158655, abs=1e-6)
    assert overrun_probability(10, 2, 13.92) == pytest.approx(0.025, abs=1e-4)
    assert overrun_probability(10, 0, 9) == 1.0 and overrun_probability(10, 0, 10) == 0.0


def test_station_risk_matches_monte_carlo():
    rng = random.Random(7)
    spread = Spread((3.0, 4.0, 2.5, 1.0), (0.8, 1.1, 0.5, 0.3))
    stations = [[0, 1], [2, 3]]
    c = 8.0
    risks = station_risks(stations, spread, c)
    runs = 40_000
    for load, risk in zip(stations, risks, strict=True):
        over = sum(
            sum(rng.gauss(spread.means[j], spread.sds[j]) for j in load) > c for _ in range(runs)
        )
        p = over / runs
        se = math.sqrt(risk.overrun_probability * (1 - risk.overrun_probability) / runs)
        assert abs(p - risk.overrun_probability) < 4 * se + 1e-4
    assert line_overrun_probability(risks) == pytest.approx(
        1 - (1 - risks[0].overrun_probability) * (1 - risks[1].overrun_probability)
    )


def test_normal_approximation_of_triangular_tasks_by_monte_carlo():
    # 12 triangular tasks in one station: the sum is close to normal (central limit theorem)
    rng = random.Random(11)
    three = [(1, 2, 4), (0.5, 1, 3), (2, 2.5, 3)] * 4
    stats = [triangular(*t) for t in three]
    spread = Spread(tuple(m for m, _ in stats), tuple(s for _, s in stats))
    c = sum(spread.means) + 1.0
    (risk,) = station_risks([list(range(12))], spread, c)
    runs = 30_000
    over = sum(sum(rng.triangular(a, b, m) for a, m, b in three) > c for _ in range(runs))
    assert over / runs == pytest.approx(risk.overrun_probability, abs=0.01)


def _brute(preds, spread, c, alpha) -> int:
    from statistics import NormalDist

    z = NormalDist().inv_cdf(1 - alpha)
    n = len(spread.means)
    full = (1 << n) - 1

    def ok(load):
        mu = sum(spread.means[j] for j in load)
        sd = math.sqrt(sum(spread.sds[j] ** 2 for j in load))
        return mu + z * sd <= c + 1e-9

    level = {0}
    for k in range(1, n + 1):
        nxt = set()
        for done in level:
            todo = [j for j in range(n) if not done >> j & 1]
            for bits in range(1, 1 << len(todo)):
                load = [todo[i] for i in range(len(todo)) if bits >> i & 1]
                lm = sum(1 << j for j in load)
                if all((done | lm) >> p & 1 for j in load for p in preds[j]) and ok(load):
                    nxt.add(done | lm)
        if full in nxt:
            return k
        level = nxt
    raise AssertionError


@st.composite
def spread_cases(draw):
    n = draw(st.integers(1, 6))
    means = tuple(float(draw(st.integers(1, 6))) for _ in range(n))
    sds = tuple(draw(st.sampled_from([0.0, 0.3, 0.7, 1.2])) for _ in range(n))
    preds = [
        tuple(i for i in range(j) if draw(st.booleans()) and draw(st.booleans())) for j in range(n)
    ]
    alpha = draw(st.sampled_from([0.01, 0.05, 0.2, 0.5]))
    c = float(draw(st.integers(10, 16)))
    return preds, Spread(means, sds), c, alpha


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spread_cases())
def test_chance_constrained_balance_matches_brute_force(case):
    preds, spread, c, alpha = case
    result = chance_constrained_balance(preds, spread, c, alpha, time_limit=None)
    assert result.proven_optimal
    assert result.station_count == _brute(preds, spread, c, alpha)
    assert all(r.overrun_probability <= alpha + 1e-9 for r in result.risks)
    where = {j: k for k, s in enumerate(result.stations) for j in s}
    assert all(where[p] <= where[j] for j in where for p in preds[j])


def test_a_tighter_overrun_probability_never_needs_fewer_stations():
    rng = random.Random(5)
    n = 14
    spread = Spread(
        tuple(float(rng.randint(2, 9)) for _ in range(n)),
        tuple(rng.choice([0.5, 1.0, 2.0]) for _ in range(n)),
    )
    preds = [tuple(i for i in range(max(0, j - 3), j) if rng.random() < 0.4) for j in range(n)]
    counts = [
        chance_constrained_balance(preds, spread, 20.0, a, time_limit=None).station_count
        for a in (0.5, 0.2, 0.05, 0.01)
    ]
    assert counts == sorted(counts)
    assert counts[0] >= math.ceil(sum(spread.means) / 20.0)


def test_bad_probability_and_a_task_too_risky_alone_are_named():
    spread = Spread((5.0, 9.0), (0.0, 2.0))
    with pytest.raises(ValueError, match="at most 50 %"):
        chance_constrained_balance([(), ()], spread, 10, 0.6)
    with pytest.raises(ValueError, match="task B alone overruns"):
        chance_constrained_balance([(), ()], spread, 10, 0.05, labels=["A", "B"])


def test_spread_columns_are_read_from_the_table():
    text = "task,time,predecessors,min,max\nA,2,,1,6\nB,3,A,,\n"
    line = parse_csv(text.encode())
    rows = [(i, r.split(",")) for i, r in enumerate(text.splitlines(), 1)]
    spread = spread_from_rows(rows, line)
    assert spread.means == pytest.approx((3.0, 3.0))
    assert spread.sds[1] == 0.0
    text = "task,time,predecessors,sd\nA,2,,0.5\nB,3,A,1\n"
    line = parse_csv(text.encode())
    rows = [(i, r.split(",")) for i, r in enumerate(text.splitlines(), 1)]
    assert spread_from_rows(rows, line) == Spread((2.0, 3.0), (0.5, 1.0))
