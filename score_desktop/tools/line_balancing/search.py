"""Branch, bound and remember: is there a balance with at most m stations for cycle time c?

Station-oriented depth-first search in the spirit of SALOME (Scholl & Klein 1997) and BB&R
(Sewell & Jacobson 2012; Morrison, Sewell & Jacobson 2014):

* a node is the set S of tasks already assigned (a bitset) after k stations;
* its children are the maximal station loads of station k+1 (no further available task
  fits), generated once each by adding tasks in increasing topological number;
* loads are pruned by Jackson's dominance rule (a load holding j but not an available
  task i that is at least as long, has every successor of j, and still fits, is dominated);
* a child is pruned when k + 1 + max(LB1, LB2, LB3) of the remaining tasks exceeds m, when
  a task is past its latest station, or when S was already explored with at least as many
  stations left (the memo of visited subsets: "remember").

Must-not-share pairs and fixed stations switch to a plainer, slower rule set (no Jackson
dominance, empty stations allowed, memo cleared per target) that stays exact.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from score_desktop.tools.line_balancing.bounds import BinBounds, increment_times, sum_of
from score_desktop.tools.line_balancing.prepared import Prepared


@dataclass(frozen=True)
class SearchProgress:
    """A progress report: value = stations (SALBP-1) or cycle time (SALBP-2)."""

    elapsed: float
    nodes: int
    best_value: int | None
    lower_bound: int


class SearchStopped(Exception):
    """The search stopped early; ``reason`` is "time_limit", "cancelled" or "memory_limit"."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Limits:
    """Time limit, cancel flag, progress callback and memory cap shared by one solve."""

    def __init__(
        self,
        time_limit: float | None,
        cancel: Callable[[], bool] | None,
        progress: Callable[[SearchProgress], None] | None,
        memory_limit_mb: int,
    ) -> None:
        self.start = time.monotonic()
        self.deadline = float("inf") if time_limit is None else self.start + max(0.0, time_limit)
        self.cancel = cancel
        self.progress = progress
        self.memory_bytes = memory_limit_mb * 1024 * 1024
        self.nodes = 0
        self.best_value: int | None = None
        self.lower_bound = 0
        self._last_report = self.start

    def elapsed(self) -> float:
        return time.monotonic() - self.start

    def check(self, memo_entries: int = 0, entry_bytes: int = 0) -> None:
        """Raise SearchStopped when the time is up, the user cancelled or memory is full."""
        now = time.monotonic()
        if now >= self.deadline:
            raise SearchStopped("time_limit")
        if self.cancel is not None and self.cancel():
            raise SearchStopped("cancelled")
        if memo_entries * entry_bytes > self.memory_bytes:
            raise SearchStopped("memory_limit")
        if self.progress is not None and now - self._last_report >= 0.1:
            self._last_report = now
            self.report()

    def report(self) -> None:
        if self.progress is not None:
            self.progress(
                SearchProgress(self.elapsed(), self.nodes, self.best_value, self.lower_bound)
            )


def _bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        mask ^= low
        out.append(low.bit_length() - 1)
    return out


class StationSearch:
    """The search for one cycle time; ``find(m)`` may be called for several targets m and
    reuses what it has remembered."""

    def __init__(self, prep: Prepared, c: int, limits: Limits) -> None:
        self.prep = prep
        self.c = c
        self.limits = limits
        self.n = n = prep.n
        self.restricted = prep.restricted
        self.times = t = increment_times(prep.times, c, prep.conflict)
        self.total = sum(t)
        self.bounds = BinBounds(t, c)
        # fit[r]: bitset of tasks with time <= r
        order = sorted(range(n), key=lambda j: t[j])
        fit = [0] * (c + 1)
        mask = 0
        k = 0
        for r in range(c + 1):
            while k < n and t[order[k]] <= r:
                mask |= 1 << order[k]
                k += 1
            fit[r] = mask
        self.fit = fit
        self.earliest = [self.bounds.lb(prep.head[j] | (1 << j)) - 1 for j in range(n)]
        self.tail_need = [self.bounds.lb(prep.tail[j] | (1 << j)) for j in range(n)]
        for j, k2 in prep.fixed.items():
            self.earliest[j] = max(self.earliest[j], k2)
            for s in _bits(prep.tail[j]):
                self.earliest[s] = max(self.earliest[s], k2)
        self.dominators = [0] * n if self.restricted else self._dominators()
        self.memo: dict[int, int] = {}
        self.entry_bytes = 120 + n // 6
        self.lower_bound = max(self.bounds.lb((1 << n) - 1, self.total), max(self.earliest) + 1)

    def _dominators(self) -> list[int]:
        """dom[j]: tasks i unrelated to j with t_i >= t_j and every successor of j (Jackson)."""
        t, head, tail = self.times, self.prep.head, self.prep.tail
        dom = [0] * self.n
        for j in range(self.n):
            related = head[j] | tail[j] | (1 << j)
            d = 0
            for i in range(self.n):
                if (related >> i) & 1 or t[i] < t[j] or tail[j] & ~tail[i]:
                    continue
                if t[i] == t[j] and tail[i] == tail[j] and i > j:
                    continue
                d |= 1 << i
            dom[j] = d
        return dom

    def _windows(self, m: int) -> tuple[list[int], list[int]] | None:
        """allowed[s] (tasks that may go to station s) and due[s] (tasks that must be
        assigned by the end of station s) for target m; None if some window is empty."""
        n = self.n
        latest = [m - self.tail_need[j] for j in range(n)]
        for j, k in self.prep.fixed.items():
            latest[j] = min(latest[j], k)
            for p in _bits(self.prep.head[j]):
                latest[p] = min(latest[p], k)
        if any(self.earliest[j] > latest[j] for j in range(n)):
            return None
        starts = [0] * (m + 1)
        ends = [0] * (m + 1)
        for j in range(n):
            starts[self.earliest[j]] |= 1 << j
            ends[latest[j]] |= 1 << j
        allowed, due = [], []
        begun = done = 0
        for s in range(m):
            begun |= starts[s]
            done |= ends[s]
            allowed.append(begun & ~(done & ~ends[s]))
            due.append(done)
        return allowed, due

    def find(self, m: int) -> list[list[int]] | None:
        """A balance of the search tasks with at most m stations, or None if there is none.

        Raises SearchStopped when a limit is hit.
        """
        if m < self.lower_bound:
            return None
        windows = self._windows(m)
        if windows is None:
            return None
        allowed, due = windows
        n, c = self.n, self.c
        t = self.times
        pred = self.prep.pred_mask
        succ = self.prep.succ
        conflict = self.prep.conflict
        fit = self.fit
        dom = self.dominators
        restricted = self.restricted
        bounds = self.bounds
        lb23 = bounds.lb23
        limits = self.limits
        full = (1 << n) - 1
        if restricted:
            self.memo = {}
        memo = self.memo
        memo_get = memo.get
        entry_bytes = self.entry_bytes
        path: list[int] = []
        found: list[list[int]] = []
        loads: list[tuple[int, int, int]] = []
        state = [0, 0, 0]  # S, allowed at this station, tasks due by its end and not yet in S
        calls = 0

        def extend(load: int, last: int, r: int, av: int, lconf: int) -> None:
            nonlocal calls
            calls += 1
            if calls & 1023 == 0:
                limits.check(len(memo), entry_bytes)
            fr = fit[r] & state[1] & ~lconf
            cand = av & fr & ~((2 << last) - 1) if last >= 0 else av & fr
            if not cand:
                if av & fr:
                    return  # not maximal: a skipped task still fits
                if state[2] & ~load:
                    return  # a task due in this station is missing
                if not restricted:
                    if not load:
                        return
                    x = load
                    while x:
                        low = x & -x
                        x ^= low
                        j = low.bit_length() - 1
                        d = dom[j] & av
                        if d and d & fit[r + t[j]] & state[1]:
                            return  # Jackson: swapping j for a dominating task is as good
                loads.append((r, load, av))
                return
            S = state[0]
            due_now = state[2]
            while cand:
                low = cand & -cand
                cand ^= low
                if due_now & ~load & (low - 1):
                    break  # a due task below this one would be skipped for good
                j = low.bit_length() - 1
                nl = load | low
                nav = av ^ low
                done = S | nl
                for x in succ[j]:
                    if not pred[x] & ~done:
                        nav |= 1 << x
                extend(nl, j, r - t[j], nav, lconf | conflict[j])

        def visit(S: int, k: int, av: int, rest: int) -> bool:
            limits.nodes += 1
            state[0] = S
            state[1] = allowed[k]
            state[2] = due[k] & ~S
            start = len(loads)
            extend(0, -1, c, av, 0)
            kids = loads[start:]
            del loads[start:]
            kids.sort(key=lambda kid: kid[0])
            left = m - k - 1
            for r, load, nav in kids:
                S2 = S | load
                rest2 = rest - (c - r)
                path.append(load)
                if S2 == full:
                    found.extend(_bits(x) for x in path)
                    return True
                if left <= 0:
                    path.pop()
                    continue
                need = -(-rest2 // c)
                if need > left or lb23(full & ~S2) > left:
                    path.pop()
                    continue
                seen = memo_get(S2)
                if seen is not None and (seen >= left if not restricted else seen <= k + 1):
                    path.pop()
                    continue
                if visit(S2, k + 1, nav, rest2):
                    return True
                path.pop()
            if restricted:
                memo[S] = k
            elif memo_get(S, -1) < m - k:
                memo[S] = m - k
            return False

        av0 = sum(1 << j for j in range(n) if pred[j] == 0)
        limit = sys.getrecursionlimit()
        if limit < 4 * n + 200:
            sys.setrecursionlimit(4 * n + 200)
        if visit(0, 0, av0, self.total):
            return found
        return None
