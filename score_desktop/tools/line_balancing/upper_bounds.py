"""Starting balances for the exact search: station-oriented priority rules, both directions."""

from __future__ import annotations

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
        n = len(times)
        best: list[list[int]] | None = None
        for backward, pm, sc, pw, nf in self.directions:
            rules: list[Callable[[int], float]] = [
                lambda j, pw=pw: pw[j],
                lambda j, nf=nf: nf[j] + times[j] / (c + 1),
                lambda j: times[j],
                lambda j, pw=pw: pw[j] / (1 + times[j]) ** 0.5,
                lambda j, nf=nf: times[j] + nf[j] * c / max(1, n),
                lambda j, back=backward: -j if back else j,
            ]
            for rule in rules:
                tick()
                stations = greedy_balance(times, pm, sc, c, rule, tick)
                if backward:
                    stations = stations[::-1]
                if best is None or len(stations) < len(best):
                    best = stations
        assert best is not None
        return best
