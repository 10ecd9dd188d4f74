"""A station-oriented branch-and-bound for lines the compiled kernel does not cover: U-lines
(a task may be taken from the front or from the back of the precedence graph) and stations
with more than one time rule (several models with a cap, a chance constraint).

The search fills stations one after the other. A *state* is the set of tasks already in
closed stations (a bitset). On a straight line a task may join the open station when all its
predecessors are placed; on a U-line also when all its successors are placed (it is then done
on the way back). Only *maximal* loads are tried (a load to which no task could still be
added): removing a task from a feasible balance keeps it feasible under every rule here, so a
maximal load is never worse. Loads are listed without repeats (a task branched on and then
skipped is excluded from the later siblings, and a load that could still take an excluded
task is not maximal). States reached before with no more stations used are not searched again
(the "remember" of Sewell & Jacobson's BB&R), and a state is cut when the stations used plus a
lower bound for the tasks left exceed the target.

Why one set of placed tasks is enough on a U-line: a task next to an unplaced task has only
one possible side (a predecessor of an unplaced task must have been taken from the front, a
successor from the back), so what may come next depends only on the set, not on the sides.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

STRAIGHT, U_SHAPED = "straight", "u"
MEMO_CAP = 1_500_000  # states remembered per target; beyond that the search forgets nothing
# new (it stays correct, only slower)


class Stopped(Exception):
    """The search hit its time limit or was cancelled."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class StationRules:
    """What a station may hold: for every rule r, the sum of ``vectors[r]`` over the
    station's tasks is at most ``limits[r]``; with ``chance`` = (means, variances, z, c),
    also mean + z * standard deviation of the station time is at most c."""

    vectors: tuple[tuple[int, ...], ...]
    limits: tuple[int, ...]
    chance: tuple[tuple[float, ...], tuple[float, ...], float, float] | None = None

    def task_fits_alone(self, j: int) -> bool:
        if any(v[j] > lim for v, lim in zip(self.vectors, self.limits, strict=True)):
            return False
        if self.chance is not None:
            mean, var, z, c = self.chance
            return mean[j] + z * math.sqrt(var[j]) <= c + 1e-9
        return True

    def station_ok(self, tasks: Sequence[int]) -> bool:
        for v, lim in zip(self.vectors, self.limits, strict=True):
            if sum(v[j] for j in tasks) > lim:
                return False
        if self.chance is not None:
            mean, var, z, c = self.chance
            mu = sum(mean[j] for j in tasks)
            sd = math.sqrt(sum(var[j] for j in tasks))
            return mu + z * sd <= c + 1e-9
        return True


class Limits:
    """A deadline and a cancel flag, checked every few thousand steps."""

    def __init__(self, time_limit: float | None, cancel: Callable[[], bool] | None) -> None:
        self.start = time.monotonic()
        self.deadline = math.inf if time_limit is None else self.start + time_limit
        self.cancel = cancel
        self.nodes = 0

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise Stopped("time_limit")
        if self.cancel is not None and self.cancel():
            raise Stopped("cancelled")

    def elapsed(self) -> float:
        return time.monotonic() - self.start


def masks(n: int, predecessors: Sequence[Sequence[int]]) -> tuple[list[int], list[int]]:
    """Bitsets of the direct predecessors and direct successors of every task."""
    pred = [0] * n
    succ = [0] * n
    for j, ps in enumerate(predecessors):
        for i in ps:
            pred[j] |= 1 << i
            succ[i] |= 1 << j
    return pred, succ


class RuleSearch:
    """``find(m)``: a balance with at most m stations under ``rules``, or None if none exists.

    ``order`` ranks the tasks for branching (first = tried first). Raises :class:`Stopped`.
    """

    def __init__(
        self,
        n: int,
        predecessors: Sequence[Sequence[int]],
        rules: StationRules,
        layout: str,
        limits: Limits,
        order: Sequence[int] | None = None,
    ) -> None:
        self.n = n
        self.pred, self.succ = masks(n, predecessors)
        self.rules = rules
        self.u = layout == U_SHAPED
        self.limits = limits
        self.order = list(order) if order is not None else list(range(n))
        self.full = (1 << n) - 1
        self.totals = [sum(v) for v in rules.vectors]
        self.mean_total = sum(rules.chance[0]) if rules.chance else 0.0
        self.rank = {j: k for k, j in enumerate(self.order)}

    def lower_bound(self, left: int) -> int:
        """Stations needed for the tasks in ``left`` by every rule's sum (LB1 per rule)."""
        best = 1 if left else 0
        for v, lim in zip(self.rules.vectors, self.rules.limits, strict=True):
            s = sum(v[j] for j in _bits(left))
            best = max(best, -(-s // lim))
        if self.rules.chance is not None:
            mean, _, _, c = self.rules.chance
            total = math.fsum(mean[j] for j in _bits(left))
            best = max(best, math.ceil(total / c - 1e-9))
        return best

    def available(self, placed: int) -> int:
        """Tasks not placed whose predecessors (or, on a U-line, successors) are all placed."""
        out = 0
        for j in range(self.n):
            b = 1 << j
            if placed & b:
                continue
            if not (self.pred[j] & ~placed) or (self.u and not (self.succ[j] & ~placed)):
                out |= b
        return out

    def newly_available(self, done: int, j: int) -> int:
        """Tasks that become available when task j joins the placed set ``done``."""
        out = 0
        for s in _bits(self.succ[j] & ~done):
            if not (self.pred[s] & ~done):
                out |= 1 << s
        if self.u:
            for p in _bits(self.pred[j] & ~done):
                if not (self.succ[p] & ~done):
                    out |= 1 << p
        return out

    def _loads(self, placed: int, avail: int) -> Iterator[tuple[int, int, list[int], float]]:
        """Every maximal load of the next station: (load, tasks available after it, rule
        sums of the load, mean of the load), in branching order."""
        rules = self.rules
        vectors, caps = rules.vectors, rules.limits
        chance = rules.chance
        r = len(vectors)
        rank = self.rank
        limits = self.limits

        def fits(j: int, sums: list[int], mu: float, var: float) -> bool:
            for q in range(r):
                if sums[q] + vectors[q][j] > caps[q]:
                    return False
            if chance is not None:
                mean, variance, z, c = chance
                return mu + mean[j] + z * math.sqrt(var + variance[j]) <= c + 1e-9
            return True

        def grow(
            load: int, av: int, sums: list[int], mu: float, var: float, ex: int
        ) -> Iterator[tuple[int, int, list[int], float]]:
            limits.nodes += 1
            if limits.nodes & 1023 == 0:
                limits.check()
            cand = [j for j in _bits(av) if fits(j, sums, mu, var)]
            if not cand:
                yield load, av, sums, mu
                return
            free = sorted((j for j in cand if not (ex >> j) & 1), key=rank.__getitem__)
            if not free:
                return  # an excluded task still fits: a subset of a load listed before
            done = placed | load
            for j in free:
                bit = 1 << j
                nav = (av & ~bit) | self.newly_available(done | bit, j)
                new = [sums[q] + vectors[q][j] for q in range(r)]
                if chance is not None:
                    yield from grow(load | bit, nav, new, mu + chance[0][j], var + chance[1][j], ex)
                else:
                    yield from grow(load | bit, nav, new, mu, var, ex)
                ex |= bit

        yield from grow(0, avail, [0] * r, 0.0, 0.0, 0)

    def fewest_stations(
        self, best: list[list[int]], lower_bound: int
    ) -> tuple[list[list[int]], int, str]:
        """Starting from the balance ``best``, ask for one station less until no balance
        exists or the limits stop the search: (best balance, lower bound, status), the status
        "optimal" or the reason the search stopped."""
        try:
            while len(best) > lower_bound:
                found = self.find(len(best) - 1)
                if found is None:
                    return best, len(best), "optimal"
                best = found
        except Stopped as stop:
            return best, lower_bound, stop.reason
        return best, lower_bound, "optimal"

    def find(self, m: int) -> list[list[int]] | None:
        """A balance with at most m stations (lists of task indices), or None."""
        memo: dict[int, int] = {}
        limits = self.limits
        path: list[int] = []
        rules = self.rules
        r = len(rules.vectors)
        chance = rules.chance

        def bound(left_sums: list[int], left_mu: float) -> int:
            best = 1
            for q in range(r):
                b = -(-left_sums[q] // rules.limits[q])
                if b > best:
                    best = b
            if chance is not None:
                best = max(best, math.ceil(left_mu / chance[3] - 1e-9))
            return best

        def visit(placed: int, avail: int, k: int, left_sums: list[int], left_mu: float) -> bool:
            if placed == self.full:
                return True
            limits.check()
            if k + bound(left_sums, left_mu) > m:
                return False
            seen = memo.get(placed)
            if seen is not None and seen <= k:
                return False
            if len(memo) < MEMO_CAP:
                memo[placed] = k
            for load, av, sums, mu in self._loads(placed, avail):
                if not load:
                    continue
                path.append(load)
                rest = [left_sums[q] - sums[q] for q in range(r)]
                if visit(placed | load, av, k + 1, rest, left_mu - mu):
                    return True
                path.pop()
            return False

        import sys

        old = sys.getrecursionlimit()
        sys.setrecursionlimit(max(old, 4 * self.n + 1000))
        try:
            found = visit(0, self.available(0), 0, list(self.totals), self.mean_total)
        finally:
            sys.setrecursionlimit(old)
        if not found:
            return None
        return [sorted(_bits(load)) for load in path]


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out
