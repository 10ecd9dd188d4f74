"""Branch, bound and remember: is there a balance with at most m stations for cycle time c?

Station-oriented cyclic best-first search in the spirit of SALOME (Scholl & Klein 1997) and
BB&R (Sewell & Jacobson 2012; Morrison, Sewell & Jacobson 2014):

* a node is the set S of tasks already assigned (a bitset) after k stations;
* its children are the maximal station loads of station k+1 (no further available task
  fits), generated once each by adding tasks in increasing topological number;
* loads are pruned by Jackson's dominance rule (a load holding j but not an available
  task i that is at least as long, has every successor of j, and still fits, is dominated);
* BB&R's rule: a load of tasks without successors is dominated while tasks with
  successors remain (that station can go last);
* a load is cut short when no set of the remaining tasks can fill the station to the
  least load the idle-time budget of target m allows (a subset-sum table per node);
* a child is pruned when k + 1 + max(LB1, LB2, LB3, Fekete & Schepers' u^(k) bounds) of the
  remaining tasks exceeds m, when a task is past its latest station, or when S was already
  reached with as few stations (the memo of visited subsets: "remember");
* where those bounds are tight, an exact bin-packing check of the remaining tasks
  (packing.py) prunes the child when they do not fit in the stations left even without
  precedence; it runs for the whole line before the search, and at the nodes while it
  prunes often enough (kernel.py).

The loop runs compiled with numba (kernel.py). Must-not-share pairs and fixed stations switch
to a plainer rule set in plain Python (no dominance rules, empty stations allowed, states
keyed by (S, k)) that stays exact.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Generator
from dataclasses import dataclass
from heapq import heappop, heappush

import numpy as np

from score_desktop.tools.line_balancing import kernel
from score_desktop.tools.line_balancing.bounds import (
    BinBounds,
    increment_times,
    martello_toth_l2,
)
from score_desktop.tools.line_balancing.kernel import KernelInput, KernelRun
from score_desktop.tools.line_balancing.packing import INFEASIBLE, PackingMemo, packs
from score_desktop.tools.line_balancing.prepared import Prepared

# The bin-packing check of all tasks may use about 5 % of the time left, at roughly
# 120 million steps a second, and never more than about a second.
ROOT_PACK_SHARE = 0.05
ROOT_PACK_STEPS = (1_000_000, 120_000_000)


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

    def check(self, memory_in_use: int = 0) -> None:
        """Raise SearchStopped when the time is up, the user cancelled or ``memory_in_use``
        (bytes) exceeds the cap."""
        now = time.monotonic()
        if now >= self.deadline:
            raise SearchStopped("time_limit")
        if self.cancel is not None and self.cancel():
            raise SearchStopped("cancelled")
        if memory_in_use > self.memory_bytes:
            raise SearchStopped("memory_limit")
        if self.progress is not None and now - self._last_report >= 0.1:
            self._last_report = now
            self.report()

    def report(self) -> None:
        if self.progress is not None:
            self._last_report = time.monotonic()
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
        self.times = t = increment_times(prep.times, c, prep.conflict, limits.check)
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
        self.earliest: list[int] = []
        self.tail_need: list[int] = []
        for j in range(n):
            if j & 63 == 63:
                limits.check()
            self.earliest.append(self.bounds.lb(prep.head[j] | (1 << j)) - 1)
            self.tail_need.append(self.bounds.lb(prep.tail[j] | (1 << j)))
        for j, k2 in prep.fixed.items():
            self.earliest[j] = max(self.earliest[j], k2)
            for s in _bits(prep.tail[j]):
                self.earliest[s] = max(self.earliest[s], k2)
        self.dominators = [0] * n if self.restricted else self._dominators()
        self.equal_dominators = [
            sum(1 << i for i in _bits(d) if t[i] == t[j]) for j, d in enumerate(self.dominators)
        ]
        self.live_memos: list = []  # memo dicts / KernelRuns of all running searches
        self.packing = PackingMemo(np.array(t, dtype=np.int64), c)
        self.packing_bound = 0  # stations the packing check of all tasks proved necessary
        self._kernel_input: KernelInput | None = None
        self.entry_bytes = 260 + n // 3
        self.lower_bound = max(
            self.bounds.lb((1 << n) - 1, self.total),
            martello_toth_l2(t, c),
            max(self.earliest) + 1,
        )

    def _dominators(self) -> list[int]:
        """dom[j]: tasks i unrelated to j with t_i >= t_j and every successor of j (Jackson)."""
        t, head, tail = self.times, self.prep.head, self.prep.tail
        dom = [0] * self.n
        for j in range(self.n):
            if j & 31 == 31:
                self.limits.check()
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

    def _packs(self, m: int) -> bool:
        """False when the exact bin-packing check proves that the tasks do not fit in m
        stations even without precedence (BB&R's bin-packing bound at the root); the lower
        bound is then raised to m + 1. An undecided check (step budget spent) says True."""
        began = time.monotonic()
        compiling = not packs.signatures  # the first call in a process compiles or loads it
        low, high = ROOT_PACK_STEPS
        room = self.limits.deadline - began
        budget = high if room == float("inf") else int(ROOT_PACK_SHARE * room * high)
        answer = self.packing.check(np.arange(self.n), m, min(high, max(low, budget)))
        if compiling:
            self.limits.deadline += time.monotonic() - began
        if answer == INFEASIBLE:
            self.lower_bound = max(self.lower_bound, m + 1)
            self.packing_bound = max(self.packing_bound, m + 1)
            return False
        return True

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

    def find(self, m: int, max_loads: int | None = None) -> list[list[int]] | None:
        """A balance of the search tasks with at most m stations, or None if there is none
        (with ``max_loads``: none found by the capped dive). Raises SearchStopped when a
        limit is hit.
        """
        steps = self.steps(m, max_loads)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def steps(
        self, m: int, max_loads: int | None = None, truncated: list[bool] | None = None
    ) -> Generator[None, None, list[list[int]] | None]:
        """The search for target m as a generator: it yields after every few hundred nodes
        and returns the balance or None.

        With ``max_loads``, each node keeps only the first loads generated (a fast,
        incomplete dive that finds balances early); ``truncated[0]`` is then set when a
        node lost loads, that is when a None answer is not a proof. Lines with restrictions
        ignore ``max_loads``: their search is always complete.
        """
        cut = truncated if truncated is not None else [False]
        every = 7
        if m < self.lower_bound or not self._packs(m):
            return None
        windows = self._windows(m)
        if windows is None:
            return None
        allowed, due = windows
        if not self.restricted:
            return (yield from self._compiled(m, allowed, due, cut, max_loads))
        seen: dict[int, tuple[int, int]] = {}  # key -> (stations when first reached, previous)
        live = self.live_memos
        live.append(seen)
        try:
            return (yield from self._restricted(m, allowed, due, seen, every))
        finally:
            live[:] = [d for d in live if d is not seen]

    def _compiled(
        self,
        m: int,
        allowed: list[int],
        due: list[int],
        cut: list[bool],
        max_loads: int | None,
    ) -> Generator[None, None, list[list[int]] | None]:
        """The search for a line without restrictions, run by the compiled kernel in slices
        of about 20 ms between the limit checks."""
        if self._kernel_input is None:
            self._kernel_input = KernelInput(self)
        run = KernelRun(self._kernel_input, m, allowed, due, max_loads)
        live = self.live_memos
        live.append(run)
        try:
            while True:
                # the packing memo is shared by every run of this search: counted once
                others = self.packing.nbytes + sum(x.nbytes() for x in live if x is not run)
                status = run.advance(self.limits, self.limits.memory_bytes - others)
                self.limits.check(others + run.nbytes())
                if run.truncated:
                    cut[0] = True
                if status == kernel.FOUND:
                    return run.balance()
                if status == kernel.EXHAUSTED:
                    return None
                if status == kernel.MEMORY:
                    raise SearchStopped("memory_limit")
                yield None
        finally:
            live[:] = [x for x in live if x is not run]

    def _restricted(
        self,
        m: int,
        allowed: list[int],
        due: list[int],
        seen: dict[int, tuple[int, int]],
        every: int,
    ) -> Generator[None, None, list[list[int]] | None]:
        """The search of the kernel in plain Python, for lines with must-not-share pairs or
        fixed stations: no dominance rules, empty stations allowed, states keyed by (S, k)."""
        n, c = self.n, self.c
        t = self.times
        pred = self.prep.pred_mask
        succ = self.prep.succ
        conflict = self.prep.conflict
        fit = self.fit
        lb23 = self.bounds.lb23
        dff = self.bounds.dff_bound
        limits = self.limits
        full = (1 << n) - 1
        live = self.live_memos
        seen_get = seen.get
        entry_bytes = self.entry_bytes
        loads: list[tuple[int, int, int]] = []
        # S, allowed at this station, tasks due by its end and not yet in S, least load,
        # reach[i]: bitset of the work totals reachable with unassigned allowed tasks numbered
        # i or more (a subset-sum table: the load must still be fillable to the least fill)
        state: list = [0, 0, 0, 0, None]
        calls = 0

        def extend(load: int, last: int, r: int, av: int, lconf: int) -> None:
            nonlocal calls
            calls += 1
            if calls & 1023 == 0:
                limits.check(sum(map(len, live)) * entry_bytes)
            fr = fit[r] & state[1] & ~lconf
            cand = av & fr & ~((2 << last) - 1) if last >= 0 else av & fr
            if not cand:
                if av & fr:
                    return  # not maximal: a skipped task still fits
                if state[2] & ~load:
                    return  # a task due in this station is missing
                loads.append((r, load, av))
                return
            need = state[3] - (c - r)
            if need > r or (
                need > 0 and not (state[4][last + 1] >> need) & ((2 << (r - need)) - 1)
            ):
                return  # no set of later tasks fills the station to its least fill
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

        def path_to(key: int) -> list[list[int]]:
            out = []
            while key:
                prev = seen[key][1]
                out.append(_bits(key & full & ~prev))
                key = prev
            return out[::-1]

        # Cyclic best-first search (Kao, Sewell & Jacobson 2009): one heap of open states
        # per station count, visited in turn; in each, the state with the least work left.
        heaps: list[list[tuple[int, int, int, int, int]]] = [[] for _ in range(m)]
        av0 = sum(1 << j for j in range(n) if pred[j] == 0)
        heaps[0].append((self.total, 0, 0, av0, 0))
        seen[0] = (0, 0)
        spare = m * c - self.total  # idle time the whole line may have
        cap_mask = (2 << c) - 1
        tick = 0
        limits.check(sum(map(len, live)) * entry_bytes)
        while True:
            progressed = False
            for k in range(m):
                heap = heaps[k]
                if not heap:
                    continue
                rest, _, S, av, key = heappop(heap)
                if seen[key][0] < k:
                    continue  # reached again with fewer stations since it was queued
                progressed = True
                limits.nodes += 1
                tick += 1
                if tick & every == 0:
                    yield None
                state[0] = S
                state[1] = allowed[k]
                state[2] = due[k] & ~S
                state[3] = c - (spare - (k * c - (self.total - rest)))
                open_ = full & ~S & allowed[k]
                reach = [1] * (n + 1)
                acc = 1
                for i in range(n - 1, -1, -1):
                    if (open_ >> i) & 1:
                        acc |= (acc << t[i]) & cap_mask
                    reach[i] = acc
                state[4] = reach
                extend(0, -1, c, av, 0)
                left = m - k - 1
                for r, load, nav in loads:
                    S2 = S | load
                    key2 = S2 | ((k + 1) << n)
                    if full == S2:
                        seen[key2] = (k + 1, key)
                        loads.clear()
                        return path_to(key2)
                    if left <= 0:
                        continue
                    rest2 = rest - (c - r)
                    if -(-rest2 // c) > left or lb23(full & ~S2) > left or dff(full & ~S2) > left:
                        continue
                    old = seen_get(key2)
                    if old is not None and old[0] <= k + 1:
                        continue
                    seen[key2] = (k + 1, key)
                    tick += 1
                    heappush(heaps[k + 1], (rest2, -tick, S2, nav, key2))
                loads.clear()
            if not progressed:
                return None
