"""Task times with a spread: the chance that a station overruns the cycle time, and a balance
that keeps every station under a chosen overrun probability (chance-constrained).

Each task time is a random variable with mean μ_j and standard deviation σ_j, given directly
or from three points (min a, most likely m, max b): triangular (mean (a + m + b) / 3,
variance (a² + m² + b² - am - ab - mb) / 18) or PERT (mean (a + 4m + b) / 6, sd (b - a) / 6).
Task times are taken as independent, so a station time S_k has mean Σ μ_j and variance
Σ σ_j²; the **normal approximation** (central limit theorem) gives

    P(S_k > c) = 1 - Φ((c - Σ μ_j) / √Σ σ_j²).

A chance-constrained balance (Carraway 1989; Liu, Ong & Huang 2005) asks P(S_k > c) <= α in
every station, i.e. Σ μ_j + z_(1-α) √Σ σ_j² <= c; for α <= 50 % (z >= 0) this rule only gets
harder when a task is added, so the station-oriented search applies.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from statistics import NormalDist

from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.prepared import validate
from score_desktop.tools.line_balancing.priorities import positional_weights
from score_desktop.tools.line_balancing.rule_search import (
    STRAIGHT,
    Limits,
    RuleSearch,
    StationRules,
)

_NORMAL = NormalDist()


@dataclass(frozen=True)
class Spread:
    """Mean and standard deviation of every task time (in the line's unit)."""

    means: tuple[float, ...]
    sds: tuple[float, ...]


def triangular(a: float, m: float, b: float) -> tuple[float, float]:
    """Mean and standard deviation of a triangular time (min a, most likely m, max b)."""
    _check_three(a, m, b)
    mean = (a + m + b) / 3
    var = (a * a + m * m + b * b - a * m - a * b - m * b) / 18
    return mean, math.sqrt(max(var, 0.0))


def pert(a: float, m: float, b: float) -> tuple[float, float]:
    """Mean and standard deviation of a PERT time: (a + 4m + b) / 6 and (b - a) / 6."""
    _check_three(a, m, b)
    return (a + 4 * m + b) / 6, (b - a) / 6


def _check_three(a: float, m: float, b: float) -> None:
    if not (0 <= a <= m <= b):
        raise ValueError(f"min {a:g}, most likely {m:g}, max {b:g}: need 0 <= min <= likely <= max")


def overrun_probability(mean: float, sd: float, cycle_time: float) -> float:
    """P(station time > cycle time) under the normal approximation."""
    if sd <= 0:
        return 1.0 if mean > cycle_time else 0.0
    return 1.0 - _NORMAL.cdf((cycle_time - mean) / sd)


@dataclass(frozen=True)
class StationRisk:
    """A station's mean time, standard deviation and chance of overrunning the cycle time."""

    mean: float
    sd: float
    overrun_probability: float


def station_risks(
    stations: Sequence[Sequence[int]], spread: Spread, cycle_time: float
) -> list[StationRisk]:
    """The overrun risk of every station of a balance (stations of task indices)."""
    out = []
    for load in stations:
        mean = sum(spread.means[j] for j in load)
        sd = math.sqrt(sum(spread.sds[j] ** 2 for j in load))
        out.append(StationRisk(mean, sd, overrun_probability(mean, sd, cycle_time)))
    return out


def line_overrun_probability(risks: Sequence[StationRisk]) -> float:
    """P(at least one station overruns) = 1 - Π (1 - p_k), stations independent."""
    keep = 1.0
    for r in risks:
        keep *= 1.0 - r.overrun_probability
    return 1.0 - keep


@dataclass(frozen=True)
class ChanceBalance:
    """A balance in which every station overruns with probability at most ``max_overrun``."""

    stations: list[list[int]]
    risks: list[StationRisk]
    cycle_time: float
    max_overrun: float
    lower_bound: int
    proven_optimal: bool
    status: str
    message: str
    seconds: float

    @property
    def station_count(self) -> int:
        return len(self.stations)


def chance_constrained_balance(
    predecessors: Sequence[Sequence[int]],
    spread: Spread,
    cycle_time: float,
    max_overrun: float,
    *,
    layout: str = STRAIGHT,
    time_limit: float | None = 10.0,
    cancel: Callable[[], bool] | None = None,
    labels: Sequence[str] | None = None,
) -> ChanceBalance:
    """Fewest stations with P(S_k > c) <= ``max_overrun`` in every station (0 < α <= 0.5),
    on a straight or U-shaped (``layout="u"``) line; exact within ``time_limit``."""
    n = len(spread.means)
    names = list(labels) if labels is not None else [str(j + 1) for j in range(n)]
    if not 0 < max_overrun <= 0.5:
        raise ValueError(
            f"the overrun probability must be above 0 and at most 50 %, not {100 * max_overrun:g} %"
        )
    if cycle_time <= 0:
        raise ValueError("the cycle time must be above zero")
    started = time.monotonic()
    z = _NORMAL.inv_cdf(1.0 - max_overrun)
    var = tuple(s * s for s in spread.sds)
    rules = StationRules((), (), (tuple(spread.means), var, z, cycle_time))
    alone = [names[j] for j in range(n) if not rules.task_fits_alone(j)]
    if alone:
        raise ValueError(
            f"task {alone[0]} alone overruns the cycle time {cycle_time:g} with more than "
            f"{100 * max_overrun:g} % probability"
        )
    validate(Instance(tuple(1 for _ in range(n)), tuple(tuple(p) for p in predecessors)))
    best = _greedy(predecessors, spread, rules)
    limits = Limits(time_limit, cancel)
    search = RuleSearch(n, predecessors, rules, layout, limits, _order(predecessors, spread))
    lb = search.lower_bound((1 << n) - 1)
    best, lb, status = search.fewest_stations(best, lb)
    proven = len(best) == lb
    risks = station_risks(best, spread, cycle_time)
    worst = max(r.overrun_probability for r in risks)
    if proven:
        message = (
            f"Optimal: {len(best)} stations, each overruns with at most "
            f"{100 * max_overrun:g} % probability (highest {100 * worst:.2f} %)."
        )
    else:
        why = {"time_limit": "The time limit was reached", "cancelled": "The search was cancelled"}
        message = (
            f"{why.get(status, 'The search stopped')}; best {len(best)} stations, and at "
            f"least {lb} are needed."
        )
    return ChanceBalance(
        best,
        risks,
        cycle_time,
        max_overrun,
        lb,
        proven,
        "optimal" if proven else status,
        message,
        time.monotonic() - started,
    )


def _order(predecessors: Sequence[Sequence[int]], spread: Spread) -> list[int]:
    inst = _mean_instance(predecessors, spread)
    w = positional_weights(inst)
    return sorted(range(inst.n), key=lambda j: (-w[j], -inst.times[j], j))


def _mean_instance(predecessors: Sequence[Sequence[int]], spread: Spread) -> Instance:
    times = tuple(max(1, round(1000 * m)) for m in spread.means)  # ranking only
    return Instance(times, tuple(tuple(p) for p in predecessors))


def _greedy(
    predecessors: Sequence[Sequence[int]], spread: Spread, rules: StationRules
) -> list[list[int]]:
    """Ranked positional weight on the mean times, under the chance rule."""
    inst = _mean_instance(predecessors, spread)
    order = _order(predecessors, spread)
    rank = {j: k for k, j in enumerate(order)}
    waiting = [len(set(p)) for p in inst.predecessors]
    succ = inst.successors()
    placed: set[int] = set()
    stations: list[list[int]] = [[]]
    while len(placed) < inst.n:
        avail = sorted(
            (j for j in range(inst.n) if j not in placed and waiting[j] == 0),
            key=rank.__getitem__,
        )
        pick = next((j for j in avail if rules.station_ok([*stations[-1], j])), None)
        if pick is None:
            stations.append([])
            continue
        stations[-1].append(pick)
        placed.add(pick)
        for s in set(succ[pick]):
            waiting[s] -= 1
    return stations
