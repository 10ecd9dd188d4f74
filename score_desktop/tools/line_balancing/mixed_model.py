"""Mixed-model lines: several models on one line, each with its own task times, and a model
mix (shares or daily demands).

The line is balanced on the **weighted average** task time t̄_j = Σ_m q_m t_mj (q_m the share
of model m): every station's average time must fit the cycle time, as on a single-model line
(Thomopoulos 1970; Scholl 1999, ch. 6). Optionally a **cap** limits every model's own station
time (peak or horizontal balancing): a station may then not exceed the cap for any model,
so no model overloads a station by more than cap - c. The result gives each model's station
times and its overload over the cycle time, max(0, S_mk - c).

Times are turned into whole numbers (a power of ten) and the shares into fractions with a
common denominator D, so the average rule Σ D t̄_j <= D c is checked exactly.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from fractions import Fraction

from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.mixed_import import MixedLine
from score_desktop.tools.line_balancing.model import MAX_DECIMALS, _decimals
from score_desktop.tools.line_balancing.prepared import validate
from score_desktop.tools.line_balancing.priorities import positional_weights
from score_desktop.tools.line_balancing.rule_search import (
    STRAIGHT,
    Limits,
    RuleSearch,
    StationRules,
)

_TOL = 1e-6


class MixError(ValueError):
    """A model mix that cannot be used; the message names the models."""


@dataclass(frozen=True)
class ModelMix:
    """Shares of the models (summing to 1); ``demands`` when the mix was given as demands."""

    shares: Mapping[str, float]
    demands: Mapping[str, float] | None = None


def parse_mix(text: str) -> dict[str, float]:
    """``"A=0.6,B=0.4"`` or ``"A=60%,B=40%"`` or ``"A=120,B=80"`` -> {model: value}."""
    out: dict[str, float] = {}
    for part in (p for p in text.replace(";", ",").split(",") if p.strip()):
        if "=" not in part:
            raise MixError(f"{part.strip()!r}: write each model as MODEL=VALUE (A=0.6,B=0.4)")
        name, value = (x.strip() for x in part.rsplit("=", 1))
        percent = value.endswith("%")
        try:
            number = float(value.rstrip("%").replace(",", "."))
        except ValueError:
            raise MixError(f"model {name!r}: {value!r} is not a number") from None
        if not math.isfinite(number) or number < 0:
            raise MixError(f"model {name!r}: {value!r} must be zero or more")
        if name in out:
            raise MixError(f"model {name!r} is given twice")
        out[name] = number / 100 if percent else number
    if not out:
        raise MixError("the model mix is empty")
    return out


def mix_from_shares(models: Sequence[str], shares: Mapping[str, float]) -> ModelMix:
    """Check shares against the table's models: every model once, summing to 100 %."""
    _same_models(models, shares)
    total = sum(shares.values())
    if abs(total - 1) > _TOL:
        listed = ", ".join(f"{m} {100 * shares[m]:g} %" for m in models)
        raise MixError(f"the model mix sums to {100 * total:g} % ({listed}), not 100 %")
    return ModelMix({m: shares[m] for m in models})


def mix_from_demands(models: Sequence[str], demands: Mapping[str, float]) -> ModelMix:
    """Shares from daily demands (any unit): q_m = d_m / Σ d."""
    _same_models(models, demands)
    total = sum(demands.values())
    if total <= 0:
        raise MixError("the demands of " + ", ".join(models) + " are all zero")
    return ModelMix({m: demands[m] / total for m in models}, {m: demands[m] for m in models})


def _same_models(models: Sequence[str], given: Mapping[str, float]) -> None:
    unknown = [m for m in given if m not in models]
    if unknown:
        raise MixError(
            f"the mix names model{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}, "
            f"not in the task table (models: {', '.join(models)})"
        )
    missing = [m for m in models if m not in given]
    if missing:
        plural = "s" if len(missing) > 1 else ""
        raise MixError(f"the mix has no share for model{plural} {', '.join(missing)}")


@dataclass(frozen=True)
class MixedBalance:
    """A mixed-model balance. Times are in the table's unit.

    ``model_station_times[m][k]``: station k's time for model m; ``average_station_times``
    the weighted average; ``overloads[m][k]`` = max(0, model time - cycle time).
    ``lower_bound`` is in stations.
    """

    stations: list[list[int]]
    models: tuple[str, ...]
    shares: tuple[float, ...]
    cycle_time: float
    cap: float | None
    average_station_times: list[float]
    model_station_times: dict[str, list[float]]
    overloads: dict[str, list[float]]
    lower_bound: int
    proven_optimal: bool
    status: str
    message: str
    seconds: float

    @property
    def station_count(self) -> int:
        return len(self.stations)


def _scale(mixed: MixedLine, numbers: Sequence[float]) -> int:
    values = [t for row in mixed.model_times for t in row] + list(numbers)
    return 10 ** min(MAX_DECIMALS, max((_decimals(v) for v in values), default=0))


def balance_mixed(
    mixed: MixedLine,
    mix: ModelMix,
    cycle_time: float,
    *,
    cap: float | None = None,
    time_limit: float | None = 10.0,
    cancel: Callable[[], bool] | None = None,
) -> MixedBalance:
    """Fewest stations with every station's weighted-average time <= ``cycle_time`` and, with
    ``cap``, every model's station time <= ``cap``. Exact search within ``time_limit``."""
    from score_desktop.tools.line_balancing.validation import LineValidationError, validate_line

    started = time.monotonic()
    problems = [p for p in validate_line(mixed.line) if "cycle time" not in p.message]
    if problems:
        raise LineValidationError(problems)
    if cycle_time <= 0 or (cap is not None and cap <= 0):
        raise ValueError("the cycle time and the cap must be above zero")
    models = mixed.models
    # shares as fractions of denominator at most 1000 (0.6 -> 3/5, 0.333333 -> 1/3), so that
    # the whole-number cycle time D c stays small enough for the search
    shares = [Fraction(str(mix.shares[m])).limit_denominator(1000) for m in models]
    den = math.lcm(*(s.denominator for s in shares))
    weights = [int(s * den) for s in shares]
    scale = _scale(mixed, [cycle_time] + ([cap] if cap is not None else []))
    mt = [[round(t * scale) for t in row] for row in mixed.model_times]
    n = len(mixed.line.tasks)
    avg = tuple(sum(w * mt[m][j] for m, w in enumerate(weights)) for j in range(n))
    c_int = round(cycle_time * scale)
    index = mixed.line.index_of()
    preds = tuple(tuple(index[p] for p in t.predecessors) for t in mixed.line.tasks)
    ids = mixed.line.task_ids
    too_long = [ids[j] for j in range(n) if avg[j] > den * c_int]
    if too_long:
        raise ValueError(
            f"task {too_long[0]} takes longer on average than the cycle time {cycle_time:g}"
        )
    vectors: list[tuple[int, ...]] = [avg]
    limits = [den * c_int]
    if cap is not None:
        cap_int = round(cap * scale)
        for m, model in enumerate(models):
            over = [ids[j] for j in range(n) if mt[m][j] > cap_int]
            if over:
                raise ValueError(
                    f"task {over[0]} of model {model} takes longer than the cap {cap:g} alone"
                )
            vectors.append(tuple(mt[m]))
            limits.append(cap_int)
    rules = StationRules(tuple(vectors), tuple(limits))
    instance = Instance(tuple(max(1, a) for a in avg), preds, cycle_time=den * c_int)
    validate(instance)
    best, lb, proven, status = _solve(instance, rules, cap is not None, time_limit, cancel)
    unit = mixed.line.time_unit
    u = f" {unit}" if unit else ""
    if proven:
        message = f"Optimal: {len(best)} stations for the model mix, proven by the search."
    else:
        why = {"time_limit": "The time limit was reached", "cancelled": "The search was cancelled"}
        message = (
            f"{why.get(status, 'The search stopped')}; best {len(best)} stations, and at "
            f"least {lb} are needed."
        )
    model_times = {
        model: [sum(mt[m][j] for j in s) / scale for s in best] for m, model in enumerate(models)
    }
    average = [sum(avg[j] for j in s) / (den * scale) for s in best]
    overloads = {
        model: [max(0.0, t - cycle_time) for t in times] for model, times in model_times.items()
    }
    worst = max(((max(v), k) for k, v in overloads.items()), default=(0.0, ""))
    if worst[0] > 0:
        message += f" Model {worst[1]} overloads a station by {worst[0]:g}{u}."
    return MixedBalance(
        best,
        models,
        tuple(float(s) for s in shares),
        cycle_time,
        cap,
        average,
        model_times,
        overloads,
        lb,
        proven,
        "optimal" if proven else status,
        message,
        time.monotonic() - started,
    )


def _greedy(instance: Instance, rules: StationRules) -> list[list[int]]:
    """Ranked positional weight (on the average times) under every station rule."""
    n = instance.n
    weights = positional_weights(instance)
    waiting = [len(set(p)) for p in instance.predecessors]
    succ = instance.successors()
    placed: set[int] = set()
    stations: list[list[int]] = [[]]
    while len(placed) < n:
        avail = [j for j in range(n) if j not in placed and waiting[j] == 0]
        avail.sort(key=lambda j: (-weights[j], -instance.times[j], j))
        pick = next((j for j in avail if rules.station_ok([*stations[-1], j])), None)
        if pick is None:
            stations.append([])
            continue
        stations[-1].append(pick)
        placed.add(pick)
        for s in set(succ[pick]):
            waiting[s] -= 1
    return stations


def _solve(
    instance: Instance,
    rules: StationRules,
    capped: bool,
    time_limit: float | None,
    cancel: Callable[[], bool] | None,
) -> tuple[list[list[int]], int, bool, str]:
    if not capped and (instance.cycle_time or 0) <= 5_000_000:
        # the average alone: the compiled straight-line search (its tables grow with c)
        from score_desktop.tools.line_balancing.exact import solve_salbp1

        res = solve_salbp1(instance, time_limit=time_limit, cancel=cancel)
        return [list(s) for s in res.stations], res.lower_bound, res.proven_optimal, res.status
    limits = Limits(time_limit, cancel)
    best = _greedy(instance, rules)
    search = RuleSearch(instance.n, instance.predecessors, rules, STRAIGHT, limits)
    lb = search.lower_bound((1 << instance.n) - 1)
    best, lb, status = search.fewest_stations(best, lb)
    return best, lb, len(best) == lb, status
