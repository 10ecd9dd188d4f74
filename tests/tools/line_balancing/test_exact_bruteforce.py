"""Exact SALBP-1/2 search against brute force on small random instances (with restrictions)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.tools.line_balancing.exact import solve_salbp1, solve_salbp2
from score_desktop.tools.line_balancing.feasibility import balance_violations
from score_desktop.tools.line_balancing.instance import Instance


def _loads(instance: Instance, done: int, station: int, cap: int | None):
    """Every valid load (any subset, empty included) of station ``station`` after ``done``."""
    n = instance.n
    todo = [j for j in range(n) if not (done >> j) & 1]
    for bits in range(1 << len(todo)):
        load = [todo[i] for i in range(len(todo)) if (bits >> i) & 1]
        lm = sum(1 << j for j in load)
        total = sum(instance.times[j] for j in load)
        if cap is not None and total > cap:
            continue
        if any((done | lm) >> p & 1 == 0 for j in load for p in instance.predecessors[j]):
            continue
        if any(
            bool(lm >> a & 1) != bool(lm >> b & 1)
            for g in instance.must_share
            for a in g
            for b in g
        ):
            continue
        if any(lm >> a & 1 and lm >> b & 1 for a, b in instance.must_not_share):
            continue
        if any((lm >> j & 1) != (k == station) for j, k in instance.fixed_station.items()):
            continue
        yield lm, total


def brute_salbp1(instance: Instance) -> int | None:
    """Fewest stations (empty stations count), by breadth-first search over assigned sets."""
    n = instance.n
    full = (1 << n) - 1
    level = {0}
    most = n + max(instance.fixed_station.values(), default=-1) + 1
    for k in range(most):
        nxt = set()
        for done in level:
            for lm, _ in _loads(instance, done, k, instance.cycle_time):
                nxt.add(done | lm)
        if full in nxt:
            return k + 1
        level = nxt
    return None


def brute_salbp2(instance: Instance, m: int) -> int | None:
    """Smallest largest station time over balances with at most m stations."""
    full = (1 << instance.n) - 1
    best = {0: 0}
    answer = None
    for k in range(m):
        nxt: dict[int, int] = {}
        for done, worst in best.items():
            for lm, total in _loads(instance, done, k, None):
                s = done | lm
                v = max(worst, total)
                if v < nxt.get(s, 1 << 60):
                    nxt[s] = v
        best = nxt
        if full in best and (answer is None or best[full] < answer):
            answer = best[full]
    return answer


@st.composite
def instances(draw, restrictions: bool):
    n = draw(st.integers(1, 7))
    times = tuple(draw(st.lists(st.integers(1, 9), min_size=n, max_size=n)))
    preds = tuple(tuple(i for i in range(j) if draw(st.integers(0, 9)) < 3) for j in range(n))
    c = draw(st.integers(max(times), max(times) + sum(times) // 2 + 1))
    share: tuple[tuple[int, ...], ...] = ()
    apart: tuple[tuple[int, int], ...] = ()
    fixed: dict[int, int] = {}
    if restrictions and n >= 2:
        pairs = st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
            lambda p: p[0] != p[1]
        )
        share = tuple(draw(st.lists(pairs, max_size=1)))
        apart = tuple(draw(st.lists(pairs, max_size=2)))
        fixed = draw(st.dictionaries(st.integers(0, n - 1), st.integers(0, 3), max_size=2))
    return Instance(
        times, preds, cycle_time=c, must_share=share, must_not_share=apart, fixed_station=fixed
    )


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check_salbp1(instance: Instance) -> None:
    expected = brute_salbp1(instance)
    result = solve_salbp1(instance, time_limit=None)
    if expected is None:
        assert result.status == "infeasible" and result.stations == []
        return
    assert result.status == "optimal" and result.proven_optimal
    assert result.station_count == expected == len(result.stations)
    assert result.lower_bound == expected
    assert balance_violations(instance, result.stations) == []


@SETTINGS
@given(instances(restrictions=False))
def test_salbp1_matches_brute_force(instance):
    _check_salbp1(instance)


@SETTINGS
@given(instances(restrictions=True))
def test_salbp1_with_restrictions_matches_brute_force(instance):
    _check_salbp1(instance)


def _check_salbp2(instance: Instance, m: int) -> None:
    inst = Instance(
        instance.times,
        instance.predecessors,
        station_count=m,
        must_share=instance.must_share,
        must_not_share=instance.must_not_share,
        fixed_station=instance.fixed_station,
    )
    expected = brute_salbp2(inst, m)
    result = solve_salbp2(inst, time_limit=None)
    if expected is None:
        assert result.status == "infeasible"
        return
    assert result.status == "optimal" and result.proven_optimal
    assert result.cycle_time == expected == result.lower_bound
    assert result.station_count <= m
    if not (instance.must_share or instance.fixed_station):
        assert result.station_count == min(m, instance.n)
    assert balance_violations(inst, result.stations, cycle_time=expected) == []


@SETTINGS
@given(instances(restrictions=False), st.integers(1, 5))
def test_salbp2_matches_brute_force(instance, m):
    _check_salbp2(instance, m)


@SETTINGS
@given(instances(restrictions=True), st.integers(1, 5))
def test_salbp2_with_restrictions_matches_brute_force(instance, m):
    _check_salbp2(instance, m)
