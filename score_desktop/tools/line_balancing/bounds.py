"""Lower bounds for SALBP-1/2 and the task-time incrementing rule, on integer times and bitsets.

References: Scholl & Klein (1997), SALOME: LB1 = ceil(sum t / c); LB2 counts tasks longer
than c/2 as 1 and tasks of exactly c/2 as 1/2; LB3 weighs tasks > 2c/3 as 1, = 2c/3 as 2/3,
in (c/3, 2c/3) as 1/2 and = c/3 as 1/3 (bin-packing bounds of Martello & Toth / Johnson).
LB2 and LB3 are the dual feasible functions u^(1) and u^(2) of Fekete & Schepers (2001,
"New classes of fast lower bounds for bin packing problems", Math. Programming 91): a task of
time t counts as u^(k)(t) = t when (k+1)t is a multiple of c, else floor((k+1)t/c) c/k, and
ceil(sum u^(k) / c) is a bound for every k; ``BinBounds`` also uses k = 3 .. 8.
Earliest and latest stations of a task follow from these bounds on its predecessors and
successors.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence


class BinBounds:
    """LB1, LB2, LB3 of any set of tasks (a bitset) for a fixed cycle time."""

    def __init__(self, times: Sequence[int], c: int) -> None:
        self.c = c
        self.times = times
        big = half = w3_1 = w3_23 = w3_12 = w3_13 = 0
        for j, t in enumerate(times):
            b = 1 << j
            if 2 * t > c:
                big |= b
            elif 2 * t == c:
                half |= b
            if 3 * t > 2 * c:
                w3_1 |= b
            elif 3 * t == 2 * c:
                w3_23 |= b
            elif 3 * t > c:
                w3_12 |= b
            elif 3 * t == c:
                w3_13 |= b
        self.big, self.half = big, half
        self.w3 = (w3_1, w3_23, w3_12, w3_13)
        self.dff_rows = [(k * (k + 1), dff_weights(times, c, k)) for k in DFF_KS]

    def dff_bound(self, mask: int) -> int:
        """max over k in DFF_KS of ceil(sum of u^(k) / c) for the tasks in ``mask``."""
        best = 0
        for den, weights in self.dff_rows:
            value = -(-sum_of(weights, mask) // den)
            if value > best:
                best = value
        return best

    def lb23(self, mask: int) -> int:
        """max(LB2, LB3) of the tasks in ``mask``."""
        lb2 = (2 * (mask & self.big).bit_count() + (mask & self.half).bit_count() + 1) // 2
        a, b, d, e = self.w3
        w = (
            6 * (mask & a).bit_count()
            + 4 * (mask & b).bit_count()
            + 3 * (mask & d).bit_count()
            + 2 * (mask & e).bit_count()
        )
        lb3 = (w + 5) // 6
        return lb2 if lb2 > lb3 else lb3

    def lb(self, mask: int, total: int | None = None) -> int:
        """max(LB1, LB2, LB3, the u^(k) bounds); ``total`` is the work content of ``mask``
        when already known."""
        if total is None:
            total = sum_of(self.times, mask)
        lb1 = -(-total // self.c)
        return max(lb1, self.lb23(mask), self.dff_bound(mask))


DFF_KS = range(3, 9)


def dff_weights(times: Sequence[int], c: int, k: int) -> list[int]:
    """u^(k)(t) / c of every task in units of 1 / (k (k + 1)) stations (integers)."""
    out = []
    for t in times:
        q = (k + 1) * t // c
        out.append(q * k if (k + 1) * t % c == 0 else q * (k + 1))
    return out


def martello_toth_l2(times: Sequence[int], c: int) -> int:
    """Martello & Toth's bin-packing bound L2 (1990): for every a in [0, c/2], with
    J1 = {t > c - a}, J2 = {c/2 < t <= c - a}, J3 = {a <= t <= c/2},
    L(a) = |J1| + |J2| + max(0, ceil((sum J3 - (|J2| c - sum J2)) / c)); L2 = max L(a)."""
    ts = sorted(times)
    prefix = [0]
    for t in ts:
        prefix.append(prefix[-1] + t)
    n = len(ts)

    def count_le(x: float) -> int:  # tasks with t <= x
        return bisect_right(ts, x)

    def count_lt(x: float) -> int:
        return bisect_left(ts, x)

    best = 0
    half = c / 2
    for a in sorted({0, *(t for t in ts if t <= half)}):
        j1 = n - count_le(c - a)
        lo2, hi2 = count_le(half), count_le(c - a)
        j2, s2 = hi2 - lo2, prefix[hi2] - prefix[lo2]
        lo3, hi3 = count_lt(a), count_le(half)
        s3 = prefix[hi3] - prefix[lo3]
        extra = s3 - (j2 * c - s2)
        value = j1 + j2 + (max(0, -(-extra // c)))
        best = max(best, value)
    return best


def sum_of(times: Sequence[int], mask: int) -> int:
    """Sum of the times of the tasks in a bitset."""
    s = 0
    while mask:
        low = mask & -mask
        mask ^= low
        s += times[low.bit_length() - 1]
    return s


def increment_times(
    times: Sequence[int],
    c: int,
    conflict: Sequence[int],
    tick: Callable[[], None] = lambda: None,
) -> list[int]:
    """Task-time incrementing (Scholl & Klein): raise t_j to c - s_j, where s_j is the
    largest total of other tasks (not in conflict with j) that fits beside j. ``tick`` is
    called now and then (a cancel or time check may raise there).

    Applied one task at a time on the already-raised times, so every station load that
    fits with the original times still fits: the rule changes no feasible balance.
    """
    out = list(times)
    n = len(out)
    total = sum(out)
    for j in range(n):
        if j & 15 == 15:
            tick()
        room = c - out[j]
        others = [out[i] for i in range(n) if i != j and not (conflict[j] >> i) & 1]
        if total - out[j] <= room and not conflict[j]:
            best = total - out[j]
        else:
            full = (1 << (room + 1)) - 1
            reach = 1
            for t in others:
                if t <= room:
                    reach |= (reach << t) & full
                    if reach >> room:
                        break
            best = reach.bit_length() - 1
        if c - best > out[j]:
            total += c - best - out[j]
            out[j] = c - best
    return out


def cycle_time_lower_bound(times: Sequence[int], m: int) -> int:
    """SALBP-2 lower bound for m stations: max(t_max, ceil(sum t / m), and for k = 1, 2, ...
    the k+1 shortest of the k*m+1 longest tasks, since some station holds k+1 of them)."""
    desc = sorted(times, reverse=True)
    lb = max(desc[0], -(-sum(desc) // m))
    k = 1
    while k * m < len(desc):
        lb = max(lb, sum(desc[k * m - k : k * m + 1]))
        k += 1
    return lb
