"""Can the tasks left at a node fit in the stations left, ignoring precedence? An exact
bin-packing check for the compiled search, as BB&R uses one at every node (Sewell & Jacobson
2012).

The check is bin completion (Korf 2003): the largest task left opens a station, and every
undominated way to fill the rest of that station is tried in turn (fullest first), so a
station's idle time is known the moment it is closed and the idle-time budget of the
stations left cuts the search early. Tasks of equal time are one size with a count, so no
two branches differ only by which of two equal tasks they took. A fill is skipped when a
task left would still fit (it is not maximal) or when a chosen task could be swapped for a
longer one left (Korf's dominance with single swaps).

Results are remembered per multiset of task times (the "remember" of BB&R): the most
stations proven too few, the fewest proven enough, and the station count and step budget with
which a check last ran out (an unknown answer, which never prunes; a larger budget tries again).
"""

from __future__ import annotations

import numpy as np
from numba import njit

from score_desktop.tools.line_balancing.bounds import dff_weights

FEASIBLE, INFEASIBLE, UNKNOWN = 1, 0, -1

# state[...]
ENTRIES, BUDGET, GIVEN = 0, 1, 2  # GIVEN: the budget of the running check

_DFF_KS = range(1, 9)
_NONE = 1 << 40  # "no station count proven enough yet"
_BUDGET_FIELD = (1 << 32) - 1
_MAX_FILLS = 64  # fills tried per station; beyond that, a failure is no proof
_HASH_MULT = -7046029254386353131
_SCRATCH_BYTES = 16 << 20  # fills per open station; more stations left: no check


class PackingMemo:
    """The sizes of one cycle time's tasks and the remembered packing results (the arrays
    are used in place by the kernel)."""

    def __init__(self, times: np.ndarray, c: int, capacity: int = 1 << 18) -> None:
        self.c = c
        sizes, index, counts = np.unique(-times, return_inverse=True, return_counts=True)
        self.sizes = (-sizes).astype(np.int64)  # longest first
        # Fekete & Schepers' u^(k) (k = 1 .. 8) of every size, in 1 / (k (k + 1)) stations
        self.dff = np.array([dff_weights(self.sizes, c, k) for k in _DFF_KS], dtype=np.int64).T
        self.dff_den = np.array([k * (k + 1) for k in _DFF_KS], dtype=np.int64)
        ratio = self.dff / self.sizes[:, None]
        self.by_ratio = np.argsort(-ratio, axis=0, kind="stable").T.astype(np.int64).copy()
        self.size_of_task = index.astype(np.int64)
        self.field_word = np.zeros(len(sizes), dtype=np.int64)
        self.field_shift = np.zeros(len(sizes), dtype=np.int64)
        word = shift = 0
        for q, count in enumerate(counts):
            width = int(count).bit_length()
            if shift + width > 63:
                word, shift = word + 1, 0
            self.field_word[q], self.field_shift[q] = word, shift
            shift += width
        self.keys = np.zeros((capacity, word + 1), dtype=np.int64)
        self.infeasible = np.zeros(capacity, dtype=np.int64)  # most stations proven too few
        self.feasible = np.full(capacity, _NONE, dtype=np.int64)  # fewest proven enough
        # stations (high 32 bits) and budget (low 32 bits) of the last check that ran out
        self.unknown = np.zeros(capacity, dtype=np.int64)
        self.used = np.zeros(capacity, dtype=np.bool_)
        self.state = np.zeros(3, dtype=np.int64)
        levels = min(len(times), _SCRATCH_BYTES // (_MAX_FILLS * len(sizes) * 8))
        self.fills = np.zeros((max(2, levels), _MAX_FILLS, len(sizes)), dtype=np.int64)

    def check(self, tasks: np.ndarray, stations: int, budget: int) -> int:
        """FEASIBLE, INFEASIBLE or UNKNOWN: do the tasks numbered in ``tasks`` fit in
        ``stations`` stations, ignoring precedence (``budget``: steps at most, see ``packs``)?"""
        cnt = np.bincount(self.size_of_task[tasks], minlength=len(self.sizes)).astype(np.int64)
        return int(
            packs(
                cnt,
                stations,
                self.c,
                budget,
                self.sizes,
                self.dff,
                self.dff_den,
                self.field_word,
                self.field_shift,
                self.keys,
                self.infeasible,
                self.feasible,
                self.unknown,
                self.used,
                self.state,
                self.fills,
                self.by_ratio,
            )
        )

    @property
    def nbytes(self) -> int:
        arrays = (self.keys, self.infeasible, self.feasible, self.unknown, self.used, self.fills)
        return sum(a.nbytes for a in arrays)


@njit(cache=True)
def _key(cnt, field_word, field_shift, out):
    for w in range(out.shape[0]):
        out[w] = 0
    for q in range(cnt.shape[0]):
        out[field_word[q]] |= cnt[q] << field_shift[q]


@njit(cache=True)
def _slot(keys, used, key):
    """The slot holding ``key``, or the empty slot where it would go."""
    mask = used.shape[0] - 1
    h = 0
    for w in range(key.shape[0]):
        h = (h ^ key[w]) * _HASH_MULT
    h ^= (h >> 31) & 0x1FFFFFFFF
    i = h & mask
    while used[i]:
        same = True
        for w in range(key.shape[0]):
            if keys[i, w] != key[w]:
                same = False
                break
        if same:
            return i
        i = (i + 1) & mask
    return i


@njit(cache=True)
def _remember(
    cnt, bins, result, field_word, field_shift, keys, infeasible, feasible, unknown, used, state
):
    key = np.empty(keys.shape[1], dtype=np.int64)
    _key(cnt, field_word, field_shift, key)
    if 2 * (state[ENTRIES] + 1) > used.shape[0]:
        used[:] = False  # full: forget everything and start again
        state[ENTRIES] = 0
    i = _slot(keys, used, key)
    if not used[i]:
        used[i] = True
        keys[i] = key
        infeasible[i] = 0
        feasible[i] = _NONE
        unknown[i] = 0
        state[ENTRIES] += 1
    if result == INFEASIBLE:
        infeasible[i] = max(infeasible[i], bins)
    elif result == FEASIBLE:
        feasible[i] = min(feasible[i], bins)
    else:
        unknown[i] = (bins << 32) | min(state[GIVEN], _BUDGET_FIELD)


@njit(cache=True)
def _undominated(sizes, cnt, take, residual):
    """True when no task left fits in ``residual`` and no chosen task can be swapped for a
    longer task left (sizes are longest first)."""
    D = sizes.shape[0]
    for p in range(D - 1, -1, -1):
        if cnt[p] > take[p]:
            if sizes[p] <= residual:
                return False  # the shortest task left still fits: not maximal
            break
    for a in range(D):
        if take[a] > 0:
            for p in range(a):
                if cnt[p] > take[p] and sizes[p] - sizes[a] <= residual:
                    return False
    return True


@njit(cache=True)
def _dff_waste_fits(dff, dff_den, opener, take, dff_slack):
    """True when no u^(k) bound is left with less than nothing by a station holding the
    task of size ``opener`` and the tasks counted in ``take``."""
    for k in range(dff_den.shape[0]):
        waste = dff_den[k] - dff[opener, k]
        for q in range(take.shape[0]):
            waste -= take[q] * dff[q, k]
        if waste > dff_slack[k]:
            return False
    return True


@njit(cache=True)
def _fills(sizes, cnt, first, room, slack, dff, dff_den, dff_slack, out, state):
    """Write to ``out`` the undominated fills of ``room`` by the tasks counted in ``cnt``
    (sizes from index ``first`` on) beside a task of size index ``first``, that leave at most
    ``slack`` idle and at most ``dff_slack`` of each u^(k) bound unused, fullest first, as
    rows of counts; returns the number of rows, or -1 when ``out`` is full and more fills
    exist or the step budget in ``state`` is spent."""
    D = sizes.shape[0]
    suffix = np.zeros(D + 1, dtype=np.int64)  # the most work sizes q on can still add
    for q in range(D - 1, first - 1, -1):
        suffix[q] = suffix[q + 1] + cnt[q] * sizes[q]
    take = np.zeros(D, dtype=np.int64)
    rest = np.zeros(D + 1, dtype=np.int64)  # room left before deciding size q
    n_out = 0
    q = first
    rest[q] = room
    down = True
    while q >= first:
        state[BUDGET] -= 1
        if state[BUDGET] < 0:
            return -1
        if down:
            if rest[q] - suffix[q] > slack:
                down = False  # even every task left would leave too much idle
                q -= 1
                continue
            if q == D:
                if _undominated(sizes, cnt, take, rest[q]) and _dff_waste_fits(
                    dff, dff_den, first, take, dff_slack
                ):
                    if n_out == out.shape[0]:
                        return -1
                    out[n_out] = take
                    n_out += 1
                down = False
                q -= 1
                continue
            take[q] = min(cnt[q], rest[q] // sizes[q])
        elif take[q] > 0:
            take[q] -= 1
        else:
            q -= 1
            continue
        rest[q + 1] = rest[q] - take[q] * sizes[q]
        q += 1
        down = True
    return n_out


_ENTER, _NEXT = -2, -3


@njit(cache=True)
def _dff_slack(cnt, bins, dff, dff_den, out):
    """Write to ``out`` how much of each u^(k) bound ``bins`` stations leave unused by the
    tasks counted in ``cnt`` (in the bound's units); False when one is negative."""
    for k in range(dff_den.shape[0]):
        total = 0
        for q in range(cnt.shape[0]):
            total += cnt[q] * dff[q, k]
        out[k] = bins * dff_den[k] - total
        if out[k] < 0:
            return False
    return True


@njit(cache=True)
def _stranded(cnt, sizes, c, dff, dff_den, dff_slack, by_ratio):
    """True when some task left cannot be in any station without wasting more of a u^(k)
    bound than ``dff_slack`` allows: the most u^(k) that can join it is bounded by the
    fractional knapsack of the other tasks (``by_ratio[k]``: sizes by u^(k) per unit of time,
    highest first)."""
    D = sizes.shape[0]
    for k in range(dff_den.shape[0]):
        for x in range(D):
            if cnt[x] == 0 or dff_den[k] - dff[x, k] <= dff_slack[k]:
                continue
            room = c - sizes[x]
            most = 0
            for p in range(D):
                q = by_ratio[k, p]
                have = cnt[q] - (1 if q == x else 0)
                if have <= 0 or dff[q, k] == 0:
                    continue
                whole = min(have, room // sizes[q])
                most += whole * dff[q, k]
                room -= whole * sizes[q]
                if whole < have:
                    most += (dff[q, k] * room + sizes[q] - 1) // sizes[q]
                    break
            if dff_den[k] - dff[x, k] - most > dff_slack[k]:
                return True
    return False  # costs up to D * D * K steps: checked only for the whole question


@njit(cache=True)
def packs(
    cnt,
    bins,
    c,
    budget,
    sizes,
    dff,
    dff_den,
    fw,
    fs,
    keys,
    infeasible,
    feasible,
    unknown,
    used,
    state,
    fills,
    by_ratio,
):
    """Can the tasks counted by size in ``cnt`` fill ``bins`` stations of capacity c?
    FEASIBLE, INFEASIBLE, or UNKNOWN once ``budget`` steps (about one loop pass each) are
    spent, or when ``bins`` exceeds the levels of ``fills``, the scratch rows of fills per
    open station."""
    D = sizes.shape[0]
    work = 0
    for q in range(D):
        work += cnt[q] * sizes[q]
    if work > bins * c:
        return INFEASIBLE
    if bins > fills.shape[0]:
        return UNKNOWN
    n_fill = np.zeros(bins, dtype=np.int64)
    at = np.zeros(bins, dtype=np.int64)  # the next fill to try at each level
    opener = np.zeros(bins, dtype=np.int64)
    outcome = np.zeros(bins, dtype=np.int64)
    slack = np.zeros(bins + 1, dtype=np.int64)  # idle time the stations left may still have
    slack[0] = bins * c - work
    dff_slack = np.zeros((bins, dff_den.shape[0]), dtype=np.int64)
    key = np.empty(keys.shape[1], dtype=np.int64)
    state[BUDGET] = budget
    state[GIVEN] = budget
    d = 0
    r = _ENTER
    while True:
        if r == _ENTER:  # level d: bins - d stations for the tasks counted in cnt
            b = bins - d
            i = 0
            while i < D and cnt[i] == 0:
                i += 1
            r = _NEXT
            if i == D or b == 1:
                r = FEASIBLE  # the idle-time budget is never negative: one station holds all
            else:
                _key(cnt, fw, fs, key)
                s = _slot(keys, used, key)
                if used[s] and infeasible[s] >= b:
                    r = INFEASIBLE
                elif used[s] and feasible[s] <= b:
                    r = FEASIBLE
                elif (
                    used[s]
                    and unknown[s] >> 32 == b
                    and unknown[s] & _BUDGET_FIELD >= min(budget, _BUDGET_FIELD)
                ):
                    r = UNKNOWN
                else:
                    state[BUDGET] -= D * dff_den.shape[0]
                    if not _dff_slack(cnt, b, dff, dff_den, dff_slack[d]) or (
                        d == 0 and _stranded(cnt, sizes, c, dff, dff_den, dff_slack[d], by_ratio)
                    ):
                        r = INFEASIBLE
                        _remember(
                            cnt, b, r, fw, fs, keys, infeasible, feasible, unknown, used, state
                        )
                    elif state[BUDGET] <= 0:
                        r = UNKNOWN
            if r == _NEXT:
                cnt[i] -= 1
                opener[d] = i
                n = _fills(
                    sizes,
                    cnt,
                    i,
                    c - sizes[i],
                    slack[d],
                    dff,
                    dff_den,
                    dff_slack[d],
                    fills[d],
                    state,
                )
                outcome[d] = INFEASIBLE
                if n < 0:
                    n = fills.shape[1]
                    outcome[d] = UNKNOWN  # not every fill is tried: a failure proves nothing
                n_fill[d] = n
                at[d] = 0
            elif d == 0:
                return r
            else:
                d -= 1
        if r != _NEXT:  # the answer r of the child of level d
            f = at[d] - 1
            for q in range(D):
                cnt[q] += fills[d, f, q]
            if r == FEASIBLE:
                outcome[d] = FEASIBLE
                at[d] = n_fill[d]
            elif r == UNKNOWN:
                outcome[d] = UNKNOWN
        if at[d] < n_fill[d]:
            f = at[d]
            at[d] = f + 1
            idle = c - sizes[opener[d]]
            for q in range(D):
                idle -= fills[d, f, q] * sizes[q]
                cnt[q] -= fills[d, f, q]
            slack[d + 1] = slack[d] - idle
            d += 1
            r = _ENTER
            continue
        cnt[opener[d]] += 1
        r = outcome[d]
        _remember(cnt, bins - d, r, fw, fs, keys, infeasible, feasible, unknown, used, state)
        if d == 0:
            return r
        d -= 1
