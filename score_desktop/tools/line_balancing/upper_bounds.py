"""Starting balances for the exact search: station-oriented priority rules, both directions."""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence

from score_desktop.tools.line_balancing.bounds import sum_of


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        mask ^= low
        out.append(low.bit_length() - 1)
    return out


def greedy_balance(
    times: Sequence[int],
    pred_mask: Sequence[int],
    succ: Sequence[Sequence[int]],
    c: int,
    priority: Callable[[int], float],
    tick: Callable[[], None] = lambda: None,
) -> list[list[int]]:
    """Fill one station after the other with the available task of highest priority that fits
    (ties: lower index). Needs every time <= c."""
    n = len(times)
    full = (1 << n) - 1
    done = 0
    avail = sum(1 << j for j in range(n) if pred_mask[j] == 0)
    stations: list[list[int]] = []
    while done != full:
        r = c
        load: list[int] = []
        while True:
            best = -1
            best_p = 0.0
            for j in _bits(avail):
                if times[j] <= r:
                    p = priority(j)
                    if best < 0 or p > best_p:
                        best, best_p = j, p
            if best < 0:
                break
            load.append(best)
            r -= times[best]
            done |= 1 << best
            avail &= ~(1 << best)
            for x in succ[best]:
                if pred_mask[x] & ~done == 0:
                    avail |= 1 << x
        stations.append(load)
        if len(stations) & 15 == 0:
            tick()
    return stations


class PriorityRules:
    """Several priority rules (positional weight, successors, time, ...), forwards and on
    the reversed graph; ``best(c)`` is the fewest-station balance among them."""

    def __init__(
        self,
        times: Sequence[int],
        pred_mask: Sequence[int],
        succ: Sequence[Sequence[int]],
        head: Sequence[int],
        tail: Sequence[int],
        tick: Callable[[], None] = lambda: None,
    ) -> None:
        n = len(times)
        self.times = times
        succ_mask = [sum(1 << s for s in ss) for ss in succ]
        pred_list = [_bits(p) for p in pred_mask]
        self.directions = []
        for backward in (False, True):
            if backward:
                pm, sc, after = succ_mask, pred_list, head
            else:
                pm, sc, after = list(pred_mask), [list(x) for x in succ], tail
            pw = []
            for j in range(n):
                pw.append(times[j] + sum_of(times, after[j]))
                if j & 63 == 63:
                    tick()
            nf = [after[j].bit_count() for j in range(n)]
            self.directions.append((backward, pm, sc, pw, nf))

    def best(self, c: int, tick: Callable[[], None] = lambda: None) -> list[list[int]]:
        """The fewest-station balance of the rules; ``tick`` is called between rules (a
        cancel or time check may raise there)."""
        times = self.times
        best: list[list[int]] | None = None
        for backward, pm, sc, pw, nf in self.directions:
            for rule in _priority_rules(times, pw, nf, c, backward):
                tick()
                stations = greedy_balance(times, pm, sc, c, rule, tick)
                if backward:
                    stations = stations[::-1]
                if best is None or len(stations) < len(best):
                    best = stations
        assert best is not None
        return best


def _priority_rules(
    times: Sequence[int], pw: Sequence[int], nf: Sequence[int], c: int, backward: bool
) -> list[Callable[[int], float]]:
    """The priority rules of :meth:`PriorityRules.best` for one direction of the graph."""
    n = len(times)
    return [
        lambda j: pw[j],
        lambda j: nf[j] + times[j] / (c + 1),
        lambda j: times[j],
        lambda j: pw[j] / (1 + times[j]) ** 0.5,
        lambda j: times[j] + nf[j] * c / max(1, n),
        lambda j: -j if backward else j,
    ]


def _least_idle_load(
    times: Sequence[int],
    pred_mask: Sequence[int],
    succ: Sequence[Sequence[int]],
    c: int,
    rank: Sequence[int],
    done: int,
    cands: list[int],
    node_cap: int,
) -> list[int]:
    """The load with the least idle time among the first ``node_cap`` loads enumerated
    depth-first from the available tasks ``cands`` (``done`` = tasks already assigned)."""
    best_load: list[int] = []
    best_idle = c + 1
    load: list[int] = []
    nodes = 0

    def grow(cands: list[int], r: int, inside: int) -> bool:
        nonlocal best_idle, nodes
        nodes += 1
        if load and r < best_idle:
            best_idle = r
            best_load[:] = load
            if r == 0:
                return True
        if nodes >= node_cap and best_load:
            return True
        for i, j in enumerate(cands):
            if times[j] > r:
                continue
            load.append(j)
            now = inside | 1 << j
            nxt = cands[i + 1 :]
            for s in succ[j]:
                if pred_mask[s] & ~(done | now) == 0:
                    nxt.append(s)
            nxt.sort(key=rank.__getitem__)
            stop = grow(nxt, r - times[j], now)
            load.pop()
            if stop:
                return True
        return False

    grow(cands, c, 0)
    return best_load


def least_idle_balance(
    times: Sequence[int],
    pred_mask: Sequence[int],
    succ: Sequence[Sequence[int]],
    c: int,
    order: Sequence[int],
    node_cap: int,
    target: int,
    tick: Callable[[], None] = lambda: None,
) -> list[list[int]] | None:
    """Hoffmann's rule: each station gets the feasible load with the least idle time found
    among at most ``node_cap`` enumerated loads (tasks tried in ``order``); a full station
    stops the enumeration. Returns None as soon as ``target`` stations cannot hold the rest."""
    n = len(times)
    full = (1 << n) - 1
    rank = [0] * n
    for i, j in enumerate(order):
        rank[j] = i
    done = 0
    avail = [j for j in range(n) if pred_mask[j] == 0]
    stations: list[list[int]] = []
    left = sum(times)
    while done != full:
        if left > (target - len(stations)) * c:
            return None
        cands = sorted(avail, key=rank.__getitem__)
        best_load = _least_idle_load(times, pred_mask, succ, c, rank, done, cands, node_cap)
        if not best_load:
            return None
        stations.append(list(best_load))
        for j in best_load:
            done |= 1 << j
            left -= times[j]
        avail = [j for j in avail if not done >> j & 1]
        for j in best_load:
            for s in succ[j]:
                if pred_mask[s] & ~done == 0 and not done >> s & 1 and s not in avail:
                    avail.append(s)
        tick()
    return stations


def least_idle_search(
    rules: PriorityRules,
    c: int,
    target: int,
    seconds: float,
    tick: Callable[[], None] = lambda: None,
    node_cap: int = 1500,
) -> list[list[int]] | None:
    """Restarts of :func:`least_idle_balance`, forwards and on the reversed graph, first in
    positional-weight order, then with randomly perturbed weights (fixed seed), until a
    balance with ``target`` stations is found or ``seconds`` have passed."""
    rng = random.Random(12345)
    end = time.monotonic() + seconds
    n = len(rules.times)
    attempt = 0
    while time.monotonic() < end:
        for backward, pm, sc, pw, _nf in rules.directions:
            if attempt == 0:
                keys = [-float(w) for w in pw]
            else:
                spread = 0.05 + 0.3 * rng.random()
                keys = [-w * (1.0 + spread * rng.random()) for w in pw]
            order = sorted(range(n), key=keys.__getitem__)
            stations = least_idle_balance(rules.times, pm, sc, c, order, node_cap, target, tick)
            if stations is not None and len(stations) <= target:
                return stations[::-1] if backward else stations
            if time.monotonic() >= end:
                break
        attempt += 1
    return None
