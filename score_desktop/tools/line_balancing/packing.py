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

Every station closed must also leave unused no more of a Fekete & Schepers u^(k) bound than
the stations left can spare, and for the whole question a task that cannot share a station
without wasting more than that is proof enough.

Results are remembered per multiset of task times (the "remember" of BB&R): the most
stations proven too few, the fewest proven enough, and the station count and step budget with
which a check last ran out (an unknown answer, which never prunes; a larger budget tries again).
"""

from __future__ import annotations

from typing import NamedTuple

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
_OUT_OF_STEPS = -2
_HASH_MULT = -7046029254386353131
_SCRATCH_BYTES = 16 << 20  # fills per open station; more stations left: no check


class Packing(NamedTuple):
    """The arrays of one cycle time's packing checks, used in place by compiled code."""

    c: int
    sizes: np.ndarray  # the distinct task times, longest first
    dff: np.ndarray  # u^(k) of each size for k = 1 .. 8, in 1 / (k (k + 1)) stations
    dff_den: np.ndarray  # k (k + 1)
    by_ratio: np.ndarray  # by_ratio[k]: sizes by u^(k) per unit of time, highest first
    field_word: np.ndarray  # where each size's count sits in a memo key
    field_shift: np.ndarray
    keys: np.ndarray  # the memo: multisets (packed counts) ...
    infeasible: np.ndarray  # ... the most stations proven too few
    feasible: np.ndarray  # ... the fewest stations proven enough
    unknown: np.ndarray  # ... stations << 32 | budget of the last check that ran out
    used: np.ndarray
    state: np.ndarray  # ENTRIES, BUDGET, GIVEN
    fills: np.ndarray  # scratch: the fills tried at each open station


class PackingMemo:
    """The packing checks of one cycle time: ``check`` from Python, ``arrays`` for the
    kernel (with ``size_of_task`` to count a node's tasks by size)."""

    def __init__(self, times: np.ndarray, c: int, capacity: int = 1 << 18) -> None:
        values, index, counts = np.unique(-times, return_inverse=True, return_counts=True)
        sizes = (-values).astype(np.int64)
        dff = np.array(
            [dff_weights(sizes.tolist(), c, k) for k in _DFF_KS], dtype=np.int64
        ).T.copy()
        by_ratio = np.argsort(-(dff / sizes[:, None]), axis=0, kind="stable").T
        field_word = np.zeros(len(sizes), dtype=np.int64)
        field_shift = np.zeros(len(sizes), dtype=np.int64)
        word = shift = 0
        for q, count in enumerate(counts):
            width = int(count).bit_length()
            if shift + width > 63:
                word, shift = word + 1, 0
            field_word[q], field_shift[q] = word, shift
            shift += width
        levels = min(len(times), _SCRATCH_BYTES // (_MAX_FILLS * len(sizes) * 8))
        self.size_of_task = index.astype(np.int64)
        self.arrays = Packing(
            c=c,
            sizes=sizes,
            dff=dff,
            dff_den=np.array([k * (k + 1) for k in _DFF_KS], dtype=np.int64),
            by_ratio=by_ratio.astype(np.int64).copy(),
            field_word=field_word,
            field_shift=field_shift,
            keys=np.zeros((capacity, word + 1), dtype=np.int64),
            infeasible=np.zeros(capacity, dtype=np.int64),
            feasible=np.full(capacity, _NONE, dtype=np.int64),
            unknown=np.zeros(capacity, dtype=np.int64),
            used=np.zeros(capacity, dtype=np.bool_),
            state=np.zeros(3, dtype=np.int64),
            fills=np.zeros((max(2, levels), _MAX_FILLS, len(sizes)), dtype=np.int64),
        )

    def check(self, tasks: np.ndarray, stations: int, budget: int) -> int:
        """FEASIBLE, INFEASIBLE or UNKNOWN: do the tasks numbered in ``tasks`` fit in
        ``stations`` stations, ignoring precedence (``budget``: steps at most, see ``packs``)?"""
        sizes = len(self.arrays.sizes)
        cnt = np.bincount(self.size_of_task[tasks], minlength=sizes).astype(np.int64)
        return int(packs(self.arrays, cnt, stations, budget))

    @property
    def nbytes(self) -> int:
        return sum(a.nbytes for a in self.arrays if isinstance(a, np.ndarray))

    @property
    def entries(self) -> int:
        """Multisets remembered."""
        return int(self.arrays.state[ENTRIES])


@njit(cache=True)
def word_hash(key, W):
    """A 64-bit hash of the first W words of ``key`` (also the kernel's)."""
    h = 0
    for w in range(W):
        h = (h ^ key[w]) * _HASH_MULT
    return h ^ ((h >> 31) & 0x1FFFFFFFF)


@njit(cache=True)
def _key(p, cnt, out):
    out[:] = 0
    for q in range(cnt.shape[0]):
        out[p.field_word[q]] |= cnt[q] << p.field_shift[q]


@njit(cache=True)
def _slot(p, key):
    """The memo slot holding ``key``, or the empty slot where it would go."""
    mask = p.used.shape[0] - 1
    i = word_hash(key, key.shape[0]) & mask
    while p.used[i]:
        same = True
        for w in range(key.shape[0]):
            if p.keys[i, w] != key[w]:
                same = False
                break
        if same:
            return i
        i = (i + 1) & mask
    return i


@njit(cache=True)
def _remember(p, cnt, bins, result, key):
    """Store ``result`` for the multiset ``cnt`` and ``bins`` stations (``key``: scratch)."""
    _key(p, cnt, key)
    if 2 * (p.state[ENTRIES] + 1) > p.used.shape[0]:
        p.used[:] = False  # full: forget everything and start again
        p.state[ENTRIES] = 0
    i = _slot(p, key)
    if not p.used[i]:
        p.used[i] = True
        p.keys[i] = key
        p.infeasible[i] = 0
        p.feasible[i] = _NONE
        p.unknown[i] = 0
        p.state[ENTRIES] += 1
    if result == INFEASIBLE:
        p.infeasible[i] = max(p.infeasible[i], bins)
    elif result == FEASIBLE:
        p.feasible[i] = min(p.feasible[i], bins)
    else:
        p.unknown[i] = (bins << 32) | min(p.state[GIVEN], _BUDGET_FIELD)


@njit(cache=True)
def _undominated(sizes, cnt, take, residual):
    """True when no task left fits in ``residual`` and no chosen task can be swapped for a
    longer task left (sizes are longest first)."""
    D = sizes.shape[0]
    for q in range(D - 1, -1, -1):
        if cnt[q] > take[q]:
            if sizes[q] <= residual:
                return False  # the shortest task left still fits: not maximal
            break
    for a in range(D):
        if take[a] > 0:
            for q in range(a):
                if cnt[q] > take[q] and sizes[q] - sizes[a] <= residual:
                    return False
    return True


@njit(cache=True)
def _dff_waste_fits(p, opener, take, dff_slack):
    """True when a station holding the task of size ``opener`` and the tasks counted in
    ``take`` leaves unused no more of any u^(k) bound than ``dff_slack``."""
    for k in range(p.dff_den.shape[0]):
        waste = p.dff_den[k] - p.dff[opener, k]
        for q in range(take.shape[0]):
            waste -= take[q] * p.dff[q, k]
        if waste > dff_slack[k]:
            return False
    return True


@njit(cache=True)
def _fills(p, cnt, first, slack, dff_slack, out):
    """Write to ``out`` the undominated fills of a station opened by a task of size index
    ``first`` with the tasks counted in ``cnt`` (sizes from ``first`` on) that leave at most
    ``slack`` idle and at most ``dff_slack`` of each u^(k) bound unused, fullest first, as
    rows of counts. Returns the number of rows; -1 when ``out`` is full and more fills exist
    (every row is valid), _OUT_OF_STEPS when the step budget is spent."""
    sizes = p.sizes
    D = sizes.shape[0]
    suffix = np.zeros(D + 1, dtype=np.int64)  # the most work sizes q on can still add
    for q in range(D - 1, first - 1, -1):
        suffix[q] = suffix[q + 1] + cnt[q] * sizes[q]
    take = np.zeros(D, dtype=np.int64)
    rest = np.zeros(D + 1, dtype=np.int64)  # room left before deciding size q
    n_out = 0
    q = first
    rest[q] = p.c - sizes[first]
    down = True
    while q >= first:
        p.state[BUDGET] -= 1
        if p.state[BUDGET] < 0:
            return _OUT_OF_STEPS
        if down:
            if rest[q] - suffix[q] > slack:
                down = False  # even every task left would leave too much idle
                q -= 1
                continue
            if q == D:
                if _undominated(sizes, cnt, take, rest[q]) and _dff_waste_fits(
                    p, first, take, dff_slack
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


@njit(cache=True)
def _dff_slack(p, cnt, bins, out):
    """Write to ``out`` how much of each u^(k) bound ``bins`` stations leave unused by the
    tasks counted in ``cnt`` (in the bound's units); False when one is negative."""
    for k in range(p.dff_den.shape[0]):
        total = 0
        for q in range(cnt.shape[0]):
            total += cnt[q] * p.dff[q, k]
        out[k] = bins * p.dff_den[k] - total
        if out[k] < 0:
            return False
    return True


@njit(cache=True)
def _stranded(p, cnt, dff_slack):
    """True when some task left cannot be in any station without wasting more of a u^(k)
    bound than ``dff_slack`` allows: the most u^(k) that can join it is bounded by the
    fractional knapsack of the other tasks. Costs up to D * D * K steps, so it is checked
    only for the whole question."""
    sizes, dff = p.sizes, p.dff
    D = sizes.shape[0]
    for k in range(p.dff_den.shape[0]):
        for x in range(D):
            if cnt[x] == 0 or p.dff_den[k] - dff[x, k] <= dff_slack[k]:
                continue
            room = p.c - sizes[x]
            most = 0
            for i in range(D):
                q = p.by_ratio[k, i]
                have = cnt[q] - (1 if q == x else 0)
                if have <= 0 or dff[q, k] == 0:
                    continue
                whole = min(have, room // sizes[q])
                most += whole * dff[q, k]
                room -= whole * sizes[q]
                if whole < have:
                    most += (dff[q, k] * room + sizes[q] - 1) // sizes[q]
                    break
            if p.dff_den[k] - dff[x, k] - most > dff_slack[k]:
                return True
    return False


_ENTER, _NEXT = -2, -3


@njit(cache=True)
def _known(p, cnt, bins, budget, key):
    """The remembered answer for ``bins`` stations, or _NEXT."""
    _key(p, cnt, key)
    s = _slot(p, key)
    if not p.used[s]:
        return _NEXT
    if p.infeasible[s] >= bins:
        return INFEASIBLE
    if p.feasible[s] <= bins:
        return FEASIBLE
    if p.unknown[s] >> 32 == bins and p.unknown[s] & _BUDGET_FIELD >= min(budget, _BUDGET_FIELD):
        return UNKNOWN
    return _NEXT


@njit(cache=True, nogil=True)  # the check of a whole line runs from Python in a worker
def packs(p, cnt, bins, budget):
    """Can the tasks counted by size in ``cnt`` fill ``bins`` stations of capacity p.c?
    FEASIBLE, INFEASIBLE, or UNKNOWN once ``budget`` steps (about one loop pass each) are
    spent, or when ``bins`` exceeds the levels of ``p.fills``."""
    sizes, fills = p.sizes, p.fills
    D = sizes.shape[0]
    p.state[BUDGET] = budget
    p.state[GIVEN] = budget
    work = 0
    for q in range(D):
        work += cnt[q] * sizes[q]
    if work > bins * p.c:
        return INFEASIBLE
    if bins > fills.shape[0]:
        return UNKNOWN
    n_fill = np.zeros(bins, dtype=np.int64)
    at = np.zeros(bins, dtype=np.int64)  # the next fill to try at each level
    opener = np.zeros(bins, dtype=np.int64)
    outcome = np.zeros(bins, dtype=np.int64)
    slack = np.zeros(bins + 1, dtype=np.int64)  # idle time the stations left may still have
    slack[0] = bins * p.c - work
    dff_slack = np.zeros((bins, p.dff_den.shape[0]), dtype=np.int64)
    key = np.empty(p.keys.shape[1], dtype=np.int64)
    d = 0
    r = _ENTER
    while True:
        if r == _ENTER:  # level d: bins - d stations for the tasks counted in cnt
            b = bins - d
            i = 0
            while i < D and cnt[i] == 0:
                i += 1
            # the idle-time budget is never negative, so one station holds all that is left
            r = FEASIBLE if i == D or b == 1 else _known(p, cnt, b, budget, key)
            if r == _NEXT:
                p.state[BUDGET] -= D * p.dff_den.shape[0]
                if not _dff_slack(p, cnt, b, dff_slack[d]) or (
                    d == 0 and _stranded(p, cnt, dff_slack[d])
                ):
                    r = INFEASIBLE
                    _remember(p, cnt, b, r, key)
                elif p.state[BUDGET] <= 0:
                    r = UNKNOWN
            if r == _NEXT:
                cnt[i] -= 1
                opener[d] = i
                n = _fills(p, cnt, i, slack[d], dff_slack[d], fills[d])
                outcome[d] = INFEASIBLE
                if n < 0:
                    outcome[d] = UNKNOWN  # not every fill is tried: a failure proves nothing
                    n = fills.shape[1] if n == -1 else 0
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
            idle = p.c - sizes[opener[d]]
            for q in range(D):
                idle -= fills[d, f, q] * sizes[q]
                cnt[q] -= fills[d, f, q]
            slack[d + 1] = slack[d] - idle
            d += 1
            r = _ENTER
            continue
        cnt[opener[d]] += 1
        r = outcome[d]
        _remember(p, cnt, bins - d, r, key)
        if d == 0:
            return r
        d -= 1
