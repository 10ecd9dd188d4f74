"""The search loop of ``StationSearch`` compiled with numba, for lines without must-not-share
pairs or fixed stations (those keep the plain-Python loop in search.py, which follows the same
rules).

Sets of tasks are bitsets of 63-bit words in int64 arrays (bit 63 stays clear, so every word
is a non-negative int64 and no unsigned arithmetic is needed). All state of one search lives
in the arrays of a ``KernelRun``, so the loop can stop after a budget of work, let Python
check the time limit, the cancel flag and the memory cap, and resume where it was.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, NamedTuple

import numpy as np
from numba import njit
from numba.cpython.unsafe.numbers import trailing_zeros

from score_desktop.tools.line_balancing.packing import BUDGET, INFEASIBLE, packs, word_hash

if TYPE_CHECKING:
    from score_desktop.tools.line_balancing.search import Limits, StationSearch

BITS = 63
FULL_WORD = (1 << BITS) - 1

RUNNING, FOUND, EXHAUSTED, MEMORY, BIG_NODE = 0, 1, 2, 3, 4

# counters[...]
(NODES, TABLE, TICK, EXPANDED, TRUNCATED, GOAL, ROUND_K, PROGRESSED, POOL, PACKED, PACKED_OUT) = (
    range(11)
)
N_COUNTERS = 11
PACK_BUDGET = 20_000  # steps of a node's bin-packing check before it gives up
PACK_STEPS_PER_WORK = 200  # bin-packing steps per unit of slice work
PACK_TRIAL, PACK_RATE = 256, 16  # see _packing_pays


def to_words(mask: int, words: int) -> np.ndarray:
    """A Python-int bitset as an int64 array of 63-bit words."""
    out = np.zeros(words, dtype=np.int64)
    for w in range(words):
        out[w] = (mask >> (BITS * w)) & FULL_WORD
    return out


def from_words(words: np.ndarray) -> int:
    """The inverse of ``to_words``."""
    mask = 0
    for w in range(len(words) - 1, -1, -1):
        mask = (mask << BITS) | int(words[w])
    return mask


@njit(cache=True, inline="always")
def _popcount(x):
    x = x - ((x >> 1) & 0x5555555555555555)
    x = (x & 0x3333333333333333) + ((x >> 2) & 0x3333333333333333)
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0F
    return (x * 0x0101010101010101) >> 56 & 0xFF


@njit(cache=True)
def _count_and(a, b, W):
    s = 0
    for w in range(W):
        s += _popcount(a[w] & b[w])
    return s


@njit(cache=True)
def _lb23(left, cls, W):
    """max(LB2, LB3) of the tasks in ``left`` (cls rows: big, half, w3 >2c/3, =2c/3,
    in (c/3, 2c/3), =c/3)."""
    lb2 = (2 * _count_and(left, cls[0], W) + _count_and(left, cls[1], W) + 1) // 2
    w = (
        6 * _count_and(left, cls[2], W)
        + 4 * _count_and(left, cls[3], W)
        + 3 * _count_and(left, cls[4], W)
        + 2 * _count_and(left, cls[5], W)
    )
    lb3 = (w + 5) // 6
    return lb2 if lb2 > lb3 else lb3


@njit(cache=True)
def _fill_reach(reach, open_, times, c):
    """reach[i]: bitset of the work totals (0..c) of subsets of the open tasks numbered i
    or more (a subset-sum table, one row per task)."""
    n = times.shape[0]
    CW = reach.shape[1]
    top_mask = (1 << (c % BITS + 1)) - 1
    for w in range(CW):
        reach[n, w] = 0
    reach[n, 0] = 1
    for i in range(n - 1, -1, -1):
        if open_[i // BITS] >> (i % BITS) & 1:
            s = times[i]
            ws = s // BITS
            bs = s % BITS
            for w in range(CW - 1, ws - 1, -1):
                v = reach[i + 1, w] | ((reach[i + 1, w - ws] << bs) & FULL_WORD)
                if bs > 0 and w - ws - 1 >= 0:
                    v |= reach[i + 1, w - ws - 1] >> (BITS - bs)
                reach[i, w] = v
            for w in range(min(ws, CW)):
                reach[i, w] = reach[i + 1, w]
            reach[i, CW - 1] &= top_mask
        else:
            for w in range(CW):
                reach[i, w] = reach[i + 1, w]


@njit(cache=True)
def _dff_bound(dffw, dffden, dff_left, load, W):
    """The best u^(k) bound (stations) of the tasks left after ``load``."""
    best = 0
    for q in range(dffden.shape[0]):
        acc = dff_left[q]
        for w in range(W):
            x = load[w]
            while x:
                low = x & -x
                x ^= low
                acc -= dffw[w * BITS + trailing_zeros(low), q]
        value = (acc + dffden[q] - 1) // dffden[q]
        if value > best:
            best = value
    return best


@njit(cache=True)
def _packing_pays(counters):
    """Check this node's packing? Yes for the first PACK_TRIAL checks of a run, then only
    while at least one check in PACK_RATE has pruned (elsewhere the checks cost more than
    they cut; at Wee-mag c = 47 more than half the tight nodes are pruned this way)."""
    checks = counters[PACKED]
    return checks < PACK_TRIAL or PACK_RATE * counters[PACKED_OUT] >= checks


@njit(cache=True)
def _slot(key, W, mask):
    """The home slot of a task-set bitset in a hash table of mask + 1 slots."""
    return word_hash(key, W) & mask


@njit(cache=True)
def _find(table, keys, key, W):
    """Index of the node with bitset ``key`` in the hash table, or -1."""
    mask = table.shape[0] - 1
    i = _slot(key, W, mask)
    while True:
        node = table[i]
        if node < 0:
            return -1
        same = True
        for w in range(W):
            if keys[node, w] != key[w]:
                same = False
                break
        if same:
            return node
        i = (i + 1) & mask


@njit(cache=True)
def _insert(table, keys, node, W):
    mask = table.shape[0] - 1
    i = _slot(keys[node], W, mask)
    while table[i] >= 0:
        i = (i + 1) & mask
    table[i] = node


@njit(cache=True)
def _heap_push(hkey, hnode, base, size, key, node):
    """Push onto the binary heap stored in hkey/hnode[base : base + size]."""
    i = size
    while i > 0:
        parent = (i - 1) >> 1
        if hkey[base + parent] <= key:
            break
        hkey[base + i] = hkey[base + parent]
        hnode[base + i] = hnode[base + parent]
        i = parent
    hkey[base + i] = key
    hnode[base + i] = node


@njit(cache=True)
def _heap_pop(hkey, hnode, base, size):
    """Pop the least key of the heap in hkey/hnode[base : base + size]; returns its node."""
    node = hnode[base]
    size -= 1
    key = hkey[base + size]
    last = hnode[base + size]
    i = 0
    while True:
        child = 2 * i + 1
        if child >= size:
            break
        if child + 1 < size and hkey[base + child + 1] < hkey[base + child]:
            child += 1
        if hkey[base + child] >= key:
            break
        hkey[base + i] = hkey[base + child]
        hnode[base + i] = hnode[base + child]
        i = child
    if size > 0:
        hkey[base + i] = key
        hnode[base + i] = last
    return node


@njit(cache=True)
def _grow_heap(hkey, hnode, hstart, hcap, hsize, k, counters):
    """Move heap k to a block twice its size at the end of the pool (grown when full)."""
    cap = 2 * hcap[k]
    used = counters[POOL]
    if used + cap > hkey.shape[0]:
        size = max(2 * hkey.shape[0], used + cap)
        hkey = _grown(hkey, size)
        hnode = _grown(hnode, size)
    hkey[used : used + hsize[k]] = hkey[hstart[k] : hstart[k] + hsize[k]]
    hnode[used : used + hsize[k]] = hnode[hstart[k] : hstart[k] + hsize[k]]
    hstart[k] = used
    hcap[k] = cap
    counters[POOL] = used + cap
    return hkey, hnode


@njit(cache=True)
def _grown(a, size):
    b = np.zeros(size, dtype=np.int64)
    b[: a.shape[0]] = a
    return b


@njit(cache=True)
def _assigned(S, W):
    """Number of tasks in the bitset S."""
    count = 0
    for w in range(W):
        count += _popcount(S[w])
    return count


@njit(cache=True)
def _stored(keys, node_k, table, hkey):
    """Bytes held by the nodes (keys and three per-node numbers), the table and the heaps."""
    return keys.nbytes + 3 * node_k.nbytes + table.nbytes + 2 * hkey.nbytes


@njit(cache=True)
def _new_node(keys, node_k, node_parent, node_rest, counters, assigned, k, parent, rest):
    """Store a node (its task set, station count, parent and work left), growing the
    arrays when full; returns its index and the arrays."""
    child = counters[NODES]
    if child == keys.shape[0]:
        size = 2 * child
        grown = np.zeros((size, keys.shape[1]), dtype=np.int64)
        grown[:child] = keys
        keys = grown
        node_k = _grown(node_k, size)
        node_parent = _grown(node_parent, size)
        node_rest = _grown(node_rest, size)
    counters[NODES] = child + 1
    keys[child] = assigned
    node_k[child] = k
    node_parent[child] = parent
    node_rest[child] = rest
    return child, keys, node_k, node_parent, node_rest


@njit(cache=True, nogil=True)  # a window's GUI thread runs while a worker searches
def run(graph, target, store, heaps, counters, budget, packing):
    """Expand nodes of the cyclic best-first search for target m until their work (load
    generation steps and loads) reaches ``budget_work``.

    The arguments are the named tuples :class:`Graph`, :class:`Target`, :class:`Store`,
    :class:`Heaps`, the counters array, :class:`Budget` and the packing check's
    :class:`~.packing.Packing`. Returns (status, keys, node_k, node_parent, node_rest, table,
    hkey, hnode); the arrays are new when they had to grow. Status FOUND leaves the goal node
    in counters[GOAL].
    """
    (
        times,
        pred,
        succ_start,
        succ_list,
        fit,
        dom,
        dom_eq,
        has_succ,
        cls,
        dffw,
        dffden,
        full,
        c,
        span,
        size_of_task,
    ) = graph
    allowed, due, m, max_loads = target
    keys, node_k, node_parent, node_rest, table, hkey, hnode = store
    hstart, hcap, hsize = heaps
    budget_work, budget_calls, memory_bytes, pack_budget = budget
    n = times.shape[0]
    W = full.shape[0]
    total = 0
    for j in range(n):
        total += times[j]
    spare = m * c - total
    CW = c // BITS + 1
    reach = np.zeros((n + 1, CW), dtype=np.int64)
    S = np.zeros(W, dtype=np.int64)
    av0 = np.zeros(W, dtype=np.int64)
    open_ = np.zeros(W, dtype=np.int64)
    due_now = np.zeros(W, dtype=np.int64)
    S2 = np.zeros(W, dtype=np.int64)
    depth_max = n + 2
    st_load = np.zeros((depth_max, W), dtype=np.int64)
    st_av = np.zeros((depth_max, W), dtype=np.int64)
    st_cand = np.zeros((depth_max, W), dtype=np.int64)
    st_r = np.zeros(depth_max, dtype=np.int64)
    st_last = np.zeros(depth_max, dtype=np.int64)
    load_cap = 64
    loads = np.zeros((load_cap, W), dtype=np.int64)
    load_r = np.zeros(load_cap, dtype=np.int64)
    K = dffden.shape[0]
    dff_left = np.zeros(K, dtype=np.int64)
    cnt = np.zeros(packing.sizes.shape[0], dtype=np.int64)
    status = RUNNING
    expanded = 0
    if counters[TABLE] == 0:
        _insert(table, keys, 0, W)  # the root: no task assigned
        counters[TABLE] = 1
    work = 0
    while work < budget_work:
        if counters[ROUND_K] >= m:
            if counters[PROGRESSED] == 0:
                status = EXHAUSTED
                break
            counters[ROUND_K] = 0
            counters[PROGRESSED] = 0
        k = counters[ROUND_K]
        counters[ROUND_K] = k + 1
        if hsize[k] == 0:
            continue
        key_popped = hkey[hstart[k]]
        node = _heap_pop(hkey, hnode, hstart[k], hsize[k])
        hsize[k] -= 1
        if node_k[node] < k:
            continue  # reached again with fewer stations since it was queued
        counters[PROGRESSED] = 1
        expanded += 1
        rest = node_rest[node]
        for w in range(W):
            S[w] = keys[node, w]
            open_[w] = full[w] & ~S[w] & allowed[k, w]
            due_now[w] = due[k, w] & ~S[w]
            av0[w] = 0
        for q in range(K):
            dff_left[q] = 0
        for w in range(W):
            x = full[w] & ~S[w]
            while x:
                low = x & -x
                x ^= low
                j = w * BITS + trailing_zeros(low)
                for q in range(K):
                    dff_left[q] += dffw[j, q]
                ok = True
                for w2 in range(W):
                    if pred[j, w2] & ~S[w2]:
                        ok = False
                        break
                if ok:
                    av0[w] |= low
        least = c - (spare - (k * c - (total - rest)))
        reach_ready = False
        # Enumerate the maximal loads of station k + 1 (depth-first, tasks in increasing
        # number), pruned as in search.py.
        n_loads = 0
        calls = 0
        aborted = False
        out_of_memory = False
        d = 0
        for w in range(W):
            st_load[0, w] = 0
            st_av[0, w] = av0[w]
        st_r[0] = c
        st_last[0] = -1
        entering = True
        while d >= 0:
            if entering:
                entering = False
                calls += 1
                if calls > budget_calls:
                    aborted = True
                    break
                r = st_r[d]
                last = st_last[d]
                lw = (last + 1) // BITS
                lb = (last + 1) % BITS
                any_cand = False
                any_fit = False
                for w in range(W):
                    fr = fit[r, w] & allowed[k, w] & st_av[d, w]
                    if fr:
                        any_fit = True
                    if w < lw:
                        cnd = 0
                    elif w == lw:
                        cnd = fr & ~((1 << lb) - 1)
                    else:
                        cnd = fr
                    st_cand[d, w] = cnd
                    if cnd:
                        any_cand = True
                if not any_cand:
                    keep = not any_fit
                    if keep:
                        empty = True
                        for w in range(W):
                            if due_now[w] & ~st_load[d, w]:
                                keep = False
                            if st_load[d, w]:
                                empty = False
                        if empty:
                            keep = False
                    if keep:
                        for w in range(W):
                            x = st_load[d, w]
                            while x and keep:
                                low = x & -x
                                x ^= low
                                j = w * BITS + trailing_zeros(low)
                                rr = r + times[j]
                                for w2 in range(W):
                                    if dom[j, w2] & st_av[d, w2] & fit[rr, w2] & allowed[k, w2]:
                                        keep = False
                                        break
                            if not keep:
                                break
                    if keep:
                        with_succ = False
                        others_succ = False
                        for w in range(W):
                            if st_load[d, w] & has_succ[w]:
                                with_succ = True
                            if full[w] & ~S[w] & ~st_load[d, w] & has_succ[w]:
                                others_succ = True
                        if not with_succ and others_succ:
                            keep = False
                    if keep:
                        if n_loads == load_cap:
                            grown_bytes = 3 * load_cap * (W + 1) * 8  # old and new buffers
                            if _stored(keys, node_k, table, hkey) + grown_bytes > memory_bytes:
                                out_of_memory = True  # one station has too many loads
                                break
                            load_cap *= 2
                            grown = np.zeros((load_cap, W), dtype=np.int64)
                            grown[:n_loads] = loads[:n_loads]
                            loads = grown
                            grown_r = np.zeros(load_cap, dtype=np.int64)
                            grown_r[:n_loads] = load_r[:n_loads]
                            load_r = grown_r
                        for w in range(W):
                            loads[n_loads, w] = st_load[d, w]
                        load_r[n_loads] = r
                        n_loads += 1
                        if n_loads >= max_loads:
                            counters[TRUNCATED] = 1
                            break
                    d -= 1
                    continue
                if least > 0:
                    need = least - (c - r)
                    if need > r:
                        d -= 1
                        continue
                    if need > 0:
                        if not reach_ready:
                            _fill_reach(reach, open_, times, c)
                            reach_ready = True
                        row = last + 1
                        hit = False
                        for w in range(need // BITS, r // BITS + 1):
                            v = reach[row, w]
                            if w == need // BITS:
                                v &= ~((1 << (need % BITS)) - 1)
                            if w == r // BITS:
                                v &= (1 << (r % BITS + 1)) - 1
                            if v:
                                hit = True
                                break
                        if not hit:
                            d -= 1
                            continue
            # next candidate of level d
            j = -1
            for w in range(W):
                x = st_cand[d, w]
                if x:
                    low = x & -x
                    st_cand[d, w] = x ^ low
                    j = w * BITS + trailing_zeros(low)
                    break
            if j < 0:
                d -= 1
                continue
            wj = j // BITS
            bj = 1 << (j % BITS)
            below = bj - 1
            stop = False
            for w in range(wj + 1):
                mw = below if w == wj else FULL_WORD
                if due_now[w] & ~st_load[d, w] & mw:
                    stop = True
                    break
            if stop:
                d -= 1  # a due task below this one would be skipped for good
                continue
            skip = False
            for w in range(wj + 1):
                mw = below if w == wj else FULL_WORD
                if dom_eq[j, w] & st_av[d, w] & allowed[k, w] & mw:
                    skip = True  # an equal, dominating task was skipped: Jackson's rule
                    break
            if skip:
                continue
            e = d + 1
            for w in range(W):
                st_load[e, w] = st_load[d, w]
                st_av[e, w] = st_av[d, w]
            st_load[e, wj] |= bj
            st_av[e, wj] ^= bj
            for p in range(succ_start[j], succ_start[j + 1]):
                x = succ_list[p]
                ready = True
                for w in range(W):
                    if pred[x, w] & ~(S[w] | st_load[e, w]):
                        ready = False
                        break
                if ready:
                    st_av[e, x // BITS] |= 1 << (x % BITS)
            st_r[e] = st_r[d] - times[j]
            st_last[e] = j
            d = e
            entering = True
        work += calls + n_loads
        if out_of_memory:
            status = MEMORY
            break
        if aborted:
            _heap_push(hkey, hnode, hstart[k], hsize[k], key_popped, node)
            hsize[k] += 1
            counters[ROUND_K] = k
            status = BIG_NODE
            break
        left = m - k - 1
        for li in range(n_loads):
            r = load_r[li]
            done = True
            for w in range(W):
                S2[w] = S[w] | loads[li, w]
                if S2[w] != full[w]:
                    done = False
            rest2 = rest - (c - r)
            if not done:
                if left <= 0:
                    continue
                bound = (rest2 + c - 1) // c
                if bound > left:
                    continue
                for w in range(W):
                    open_[w] = full[w] & ~S2[w]
                bound = max(bound, _lb23(open_, cls, W))
                if bound > left:
                    continue
                bound = max(bound, _dff_bound(dffw, dffden, dff_left, loads[li], W))
                if bound > left:
                    continue
                old = _find(table, keys, S2, W)
                if old >= 0:
                    if node_k[old] <= k + 1:
                        continue
                    node_k[old] = k + 1
                    node_parent[old] = node
                    child = old
                else:
                    if (
                        pack_budget > 0
                        and left >= 2
                        and bound == left  # a spare station is seldom beyond packing
                        and _packing_pays(counters)
                    ):
                        counters[PACKED] += 1
                        cnt[:] = 0
                        for w in range(W):
                            x = open_[w]
                            while x:
                                low = x & -x
                                x ^= low
                                cnt[size_of_task[w * BITS + trailing_zeros(low)]] += 1
                        packed = packs(packing, cnt, left, pack_budget)
                        spent = pack_budget - packing.state[BUDGET]
                        work += spent // PACK_STEPS_PER_WORK
                        if packed == INFEASIBLE:
                            counters[PACKED_OUT] += 1
                            continue
                    child, keys, node_k, node_parent, node_rest = _new_node(
                        keys, node_k, node_parent, node_rest, counters, S2, k + 1, node, rest2
                    )
                    if 2 * (counters[TABLE] + 1) > table.shape[0]:
                        table = np.full(2 * table.shape[0], -1, dtype=np.int64)
                        for q in range(child):
                            _insert(table, keys, q, W)
                    _insert(table, keys, child, W)
                    counters[TABLE] += 1
                if hsize[k + 1] == hcap[k + 1]:
                    hkey, hnode = _grow_heap(hkey, hnode, hstart, hcap, hsize, k + 1, counters)
                counters[TICK] += 1
                _heap_push(
                    hkey,
                    hnode,
                    hstart[k + 1],
                    hsize[k + 1],
                    (rest2 * (n + 1) + _assigned(S2, W)) * span - counters[TICK],
                    child,
                )
                hsize[k + 1] += 1
                if _stored(keys, node_k, table, hkey) + loads.nbytes > memory_bytes:
                    status = MEMORY
                    break
            else:
                child, keys, node_k, node_parent, node_rest = _new_node(
                    keys, node_k, node_parent, node_rest, counters, S2, k + 1, node, 0
                )
                counters[GOAL] = child
                status = FOUND
                break
        if status != RUNNING:
            break
    counters[EXPANDED] += expanded
    return status, keys, node_k, node_parent, node_rest, table, hkey, hnode


def ready() -> bool:
    """True once the kernel is compiled (or loaded from numba's cache) in this process; the
    first exact search after installing compiles it (see docs/benchmarks.md)."""
    return bool(run.signatures)


class KernelInput:
    """The arrays of one ``StationSearch`` (one cycle time) that every target m shares."""

    def __init__(self, search: StationSearch) -> None:
        prep = search.prep
        n = search.n
        self.n = n
        self.words = W = n // BITS + 1
        self.c = search.c
        self.times = np.array(search.times, dtype=np.int64)
        self.pred = np.array([to_words(p, W) for p in prep.pred_mask]).reshape(n, W)
        starts = [0]
        for row in prep.succ:
            starts.append(starts[-1] + len(row))
        self.succ_start = np.array(starts, dtype=np.int64)
        self.succ_list = np.array([x for row in prep.succ for x in row], dtype=np.int64)
        self.fit = np.array([to_words(f, W) for f in search.fit]).reshape(-1, W)
        self.dom = np.array([to_words(d, W) for d in search.dominators]).reshape(n, W)
        self.dom_eq = np.array([to_words(d, W) for d in search.equal_dominators]).reshape(n, W)
        self.has_succ = to_words(sum(1 << j for j in range(n) if prep.succ[j]), W)
        b = search.bounds
        self.cls = np.array([to_words(x, W) for x in (b.big, b.half, *b.w3)])
        self.dffw = np.array([w for _, w in b.dff_rows], dtype=np.int64).reshape(-1, n).T.copy()
        self.dffden = np.array([den for den, _ in b.dff_rows], dtype=np.int64)
        self.full = to_words((1 << n) - 1, W)
        total = int(self.times.sum())
        self.total = total
        # heap keys are ((work left) (n + 1) + tasks assigned) * span - (push count): least work
        # left first, then the fewest (so the longest) tasks placed, then the newest
        self.span = 1 << max(1, 62 - (total * (n + 1)).bit_length())
        self.packing = search.packing
        self.graph = Graph(
            self.times,
            self.pred,
            self.succ_start,
            self.succ_list,
            self.fit,
            self.dom,
            self.dom_eq,
            self.has_succ,
            self.cls,
            self.dffw,
            self.dffden,
            self.full,
            self.c,
            self.span,
            self.packing.size_of_task,
        )


class Graph(NamedTuple):
    """The line at one cycle time as the kernel reads it: task times, predecessor bitsets,
    successor lists, the loads' fit and dominance bitsets, the bound classes and DFF rows,
    the full task set, the cycle time, the heap key span and the packing check's sizes."""

    times: np.ndarray
    pred: np.ndarray
    succ_start: np.ndarray
    succ_list: np.ndarray
    fit: np.ndarray
    dom: np.ndarray
    dom_eq: np.ndarray
    has_succ: np.ndarray
    cls: np.ndarray
    dffw: np.ndarray
    dffden: np.ndarray
    full: np.ndarray
    c: int
    span: int
    size_of_task: np.ndarray


class Target(NamedTuple):
    """One search's target: m stations, the tasks each station may take (``allowed``) and
    must have taken (``due``), and the cap on loads per node."""

    allowed: np.ndarray
    due: np.ndarray
    m: int
    max_loads: int


class Heaps(NamedTuple):
    """Where each station's heap starts in the pool, its capacity and its size."""

    hstart: np.ndarray
    hcap: np.ndarray
    hsize: np.ndarray


class Budget(NamedTuple):
    """What one slice may spend: work, node-expansion calls, memory (bytes) and packing steps."""

    work: int
    calls: int
    memory_bytes: int
    pack: int


class Store(NamedTuple):
    """The arrays of a search that grow (``run`` returns them, new when they grew): the
    nodes (task set, station count, parent, work left), the hash table of nodes, and the
    pool of heaps (key, node)."""

    keys: np.ndarray
    node_k: np.ndarray
    node_parent: np.ndarray
    node_rest: np.ndarray
    table: np.ndarray
    hkey: np.ndarray
    hnode: np.ndarray


class KernelRun:
    """The state of one search for target m, advanced in slices by ``advance``."""

    def __init__(
        self,
        data: KernelInput,
        m: int,
        allowed: list[int],
        due: list[int],
        max_loads: int | None,
    ) -> None:
        W = data.words
        self.data = data
        self.m = m
        self.allowed = np.array([to_words(a, W) for a in allowed]).reshape(m, W)
        self.due = np.array([to_words(d, W) for d in due]).reshape(m, W)
        self.max_loads = max_loads if max_loads is not None else 1 << 62
        node_rest = np.zeros(1024, dtype=np.int64)
        node_rest[0] = data.total
        hkey = np.zeros(64 * m, dtype=np.int64)  # a pool of one binary heap per station
        hkey[0] = data.total * (data.n + 1) * data.span
        self.store = Store(
            keys=np.zeros((1024, W), dtype=np.int64),
            node_k=np.zeros(1024, dtype=np.int64),
            node_parent=np.full(1024, -1, dtype=np.int64),
            node_rest=node_rest,
            table=np.full(2048, -1, dtype=np.int64),
            hkey=hkey,
            hnode=np.zeros(64 * m, dtype=np.int64),
        )
        self.hstart = np.arange(0, 64 * m, 64, dtype=np.int64)
        self.hcap = np.full(m, 64, dtype=np.int64)
        self.hsize = np.zeros(m, dtype=np.int64)
        self.hsize[0] = 1
        self.counters = np.zeros(N_COUNTERS, dtype=np.int64)
        self.counters[NODES] = 1
        self.counters[POOL] = 64 * m
        self.budget_work = 20_000  # load-generation steps and loads per slice
        self.budget_calls = 200_000
        self.pack_budget = PACK_BUDGET

    @property
    def truncated(self) -> bool:
        """True when some node lost loads to ``max_loads`` (a None answer is then no proof)."""
        return bool(self.counters[TRUNCATED])

    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.store) + 2 * self.store.hkey.nbytes

    def advance(self, limits: Limits, memory_bytes: int) -> int:
        """Run one slice (about 20 ms); returns RUNNING, FOUND, EXHAUSTED or MEMORY."""
        d = self.data
        before = int(self.counters[EXPANDED])
        compiling = not run.signatures  # the first call in a process compiles or loads it
        began = time.monotonic()
        status, *arrays = run(
            d.graph,
            Target(self.allowed, self.due, self.m, self.max_loads),
            self.store,
            Heaps(self.hstart, self.hcap, self.hsize),
            self.counters,
            Budget(self.budget_work, self.budget_calls, memory_bytes, self.pack_budget),
            d.packing.arrays,
        )
        self.store = Store(*arrays)
        limits.nodes += int(self.counters[EXPANDED]) - before
        spent = time.monotonic() - began
        if compiling:
            limits.deadline += spent  # preparing the solver does not count as search time
        if status == BIG_NODE:
            # One node needs more steps than the slice allowed: retry it with up to twice as
            # many, but no more than fit in the time left (at the rate just seen).
            rate = self.budget_calls / max(spent, 1e-3)
            room = max(0.0, limits.deadline - time.monotonic())
            self.budget_calls = max(self.budget_calls, min(2 * self.budget_calls, int(rate * room)))
            return RUNNING
        if spent < 0.01 and self.budget_work < 1 << 40:
            self.budget_work *= 2
        elif spent > 0.04 and self.budget_work > 1000:
            self.budget_work //= 2
        return status

    def balance(self) -> list[list[int]]:
        """The stations of the goal node (after FOUND), as lists of task numbers."""
        out = []
        node = int(self.counters[GOAL])
        while node > 0:
            parent = int(self.store.node_parent[node])
            load = from_words(self.store.keys[node]) & ~from_words(self.store.keys[parent])
            out.append([j for j in range(self.data.n) if load >> j & 1])
            node = parent
        return out[::-1]
