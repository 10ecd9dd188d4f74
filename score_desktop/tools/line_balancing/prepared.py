"""Validate an instance and prepare it for the exact search: merged groups, bitsets, order."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass

from score_desktop.tools.line_balancing.instance import Instance


@dataclass(frozen=True)
class Prepared:
    """The instance as the search sees it.

    Each search task is a group of original tasks (a ``must_share`` group, closed under
    the tasks on precedence paths between its members, or a single task); search tasks
    are numbered in a topological order, so a predecessor always has a smaller number.
    ``head[j]`` / ``tail[j]`` are bitsets of all (transitive) predecessors / successors.
    ``conflict[j]`` is the bitset of search tasks that must not share a station with ``j``.
    ``infeasible`` is a plain-English reason when the restrictions contradict each other.
    """

    groups: tuple[tuple[int, ...], ...]
    times: tuple[int, ...]
    pred_mask: tuple[int, ...]
    succ: tuple[tuple[int, ...], ...]
    head: tuple[int, ...]
    tail: tuple[int, ...]
    conflict: tuple[int, ...]
    fixed: dict[int, int]
    infeasible: str | None

    @property
    def n(self) -> int:
        return len(self.times)

    @property
    def restricted(self) -> bool:
        """True when must-not-share pairs or fixed stations need the slower, general path."""
        return bool(self.fixed) or any(self.conflict)

    def to_original(self, stations: list[list[int]]) -> list[list[int]]:
        """Stations of search tasks -> stations of original task indices (sorted)."""
        return [sorted(i for j in load for i in self.groups[j]) for load in stations]


def validate(instance: Instance) -> None:
    """Raise ValueError naming the task and the rule when the instance is not well formed."""
    n = instance.n
    if n == 0:
        raise ValueError("the line has no tasks")
    if len(instance.predecessors) != n:
        raise ValueError(f"predecessors has {len(instance.predecessors)} entries for {n} tasks")
    for j, t in enumerate(instance.times):
        if not isinstance(t, int) or isinstance(t, bool):
            raise ValueError(f"task {j}: time {t!r} is not an integer")
        if t <= 0:
            raise ValueError(f"task {j}: time {t} must be greater than zero")
    for j, preds in enumerate(instance.predecessors):
        for i in preds:
            if not isinstance(i, int) or not 0 <= i < n:
                raise ValueError(f"task {j}: unknown predecessor {i!r}")
            if i == j:
                raise ValueError(f"task {j} is its own predecessor")
    for name, value in (
        ("cycle_time", instance.cycle_time),
        ("station_count", instance.station_count),
    ):
        if value is not None and (not isinstance(value, int) or value <= 0):
            raise ValueError(f"{name} must be a positive integer, not {value!r}")
    for group in instance.must_share:
        for i in group:
            if not isinstance(i, int) or not 0 <= i < n:
                raise ValueError(f"must-share group {group}: unknown task {i!r}")
    for pair in instance.must_not_share:
        if len(pair) != 2 or any(not isinstance(i, int) or not 0 <= i < n for i in pair):
            raise ValueError(f"must-not-share pair {pair}: needs two known tasks")
        if pair[0] == pair[1]:
            raise ValueError(f"must-not-share pair {pair}: a task cannot be kept away from itself")
    for i, k in instance.fixed_station.items():
        if not isinstance(i, int) or not 0 <= i < n:
            raise ValueError(f"fixed station: unknown task {i!r}")
        if not isinstance(k, int) or k < 0:
            raise ValueError(f"task {i}: fixed station {k!r} must be a whole number >= 0")
    _topological_order(n, [list(p) for p in instance.predecessors])


def _topological_order(
    n: int, preds: list[list[int]], rank: Sequence[float] | None = None
) -> list[int]:
    """Kahn's order, smallest rank (then index) first; ValueError naming a cycle's tasks."""
    key = rank if rank is not None else [0.0] * n
    indeg = [len(set(p)) for p in preds]
    succ: list[list[int]] = [[] for _ in range(n)]
    for j, p in enumerate(preds):
        for i in set(p):
            succ[i].append(j)
    heap = [(key[j], j) for j in range(n) if indeg[j] == 0]
    heapq.heapify(heap)
    order: list[int] = []
    while heap:
        i = heapq.heappop(heap)[1]
        order.append(i)
        for j in succ[i]:
            indeg[j] -= 1
            if indeg[j] == 0:
                heapq.heappush(heap, (key[j], j))
    if len(order) < n:
        left = sorted(set(range(n)) - set(order))
        raise ValueError("the precedence graph has a cycle through tasks " + _cycle(left, preds))
    return order


def _cycle(left: list[int], preds: list[list[int]]) -> str:
    """One cycle among the tasks left over by Kahn's algorithm, as 'a -> b -> a'."""
    remaining = set(left)
    node = left[0]
    seen: list[int] = []
    while node not in seen:
        seen.append(node)
        node = next(i for i in preds[node] if i in remaining)
    cyc = seen[seen.index(node) :][::-1]
    return " -> ".join(str(i) for i in [*cyc, cyc[0]])


def _closure(n: int, order: list[int], direct: list[list[int]]) -> list[int]:
    """Bitset of all ancestors along ``direct`` links, computed in ``order``."""
    out = [0] * n
    for j in order:
        m = 0
        for i in direct[j]:
            m |= out[i] | (1 << i)
        out[j] = m
    return out


def prepare(instance: Instance) -> Prepared:
    """Validate, merge must-share groups, renumber topologically, build bitsets."""
    validate(instance)
    n = instance.n
    preds = [sorted(set(p)) for p in instance.predecessors]
    order = _topological_order(n, preds)
    succs: list[list[int]] = [[] for _ in range(n)]
    for j, p in enumerate(preds):
        for i in p:
            succs[i].append(j)
    anc = _closure(n, order, preds)
    desc = _closure(n, order[::-1], succs)

    # Union-find over must-share groups, closed under tasks on paths between members.
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for group in instance.must_share:
        for i in group[1:]:
            parent[find(i)] = find(group[0])
    changed = True
    while changed:
        changed = False
        members: dict[int, int] = {}
        for i in range(n):
            members[find(i)] = members.get(find(i), 0) | (1 << i)
        for mask in members.values():
            if mask & (mask - 1) == 0:
                continue
            between = 0
            x = mask
            while x:
                low = x & -x
                x ^= low
                a = low.bit_length() - 1
                between |= desc[a] & _or_anc(anc, mask)
            extra = between & ~mask
            if extra:
                root = find((mask & -mask).bit_length() - 1)
                while extra:
                    low = extra & -extra
                    extra ^= low
                    parent[find(low.bit_length() - 1)] = root
                changed = True

    roots = sorted({find(i) for i in range(n)}, key=lambda r: order.index(r))
    group_of: dict[int, list[int]] = {}
    for i in range(n):
        group_of.setdefault(find(i), []).append(i)
    # Order groups topologically on the contracted graph (acyclic after the closure).
    gid: dict[int, int] = {}
    raw = [tuple(sorted(group_of[r])) for r in roots]
    for g, members_ in enumerate(raw):
        for i in members_:
            gid[i] = g
    gpreds = [sorted({gid[p] for i in m for p in preds[i]} - {g}) for g, m in enumerate(raw)]
    # Number tasks with large positional weight (own time + all successors') early among
    # those whose predecessors are numbered: the search meets the critical tasks first.
    gtimes = [sum(instance.times[i] for i in grp) for grp in raw]
    gsuccs: list[list[int]] = [[] for _ in raw]
    for later, earlier in enumerate(gpreds):
        for before in earlier:
            gsuccs[before].append(later)
    gtail = _closure(len(raw), _topological_order(len(raw), gpreds)[::-1], gsuccs)
    weight = [-(gtimes[g] + _sum_bits(gtimes, gtail[g])) for g in range(len(raw))]
    gorder = _topological_order(len(raw), gpreds, weight)
    renum = {g: k for k, g in enumerate(gorder)}
    groups = tuple(raw[g] for g in gorder)
    task_of = {i: renum[gid[i]] for i in range(n)}
    gn = len(groups)
    times = tuple(sum(instance.times[i] for i in grp) for grp in groups)
    direct = [
        sorted({task_of[p] for i in grp for p in preds[i]} - {k}) for k, grp in enumerate(groups)
    ]
    pred_mask = tuple(sum(1 << i for i in d) for d in direct)
    succ_l: list[list[int]] = [[] for _ in range(gn)]
    for j, d in enumerate(direct):
        for i in d:
            succ_l[i].append(j)
    head = _closure(gn, list(range(gn)), direct)
    tail = _closure(gn, list(range(gn - 1, -1, -1)), succ_l)

    infeasible = None
    conflict = [0] * gn
    for a, b in instance.must_not_share:
        ga, gb = task_of[a], task_of[b]
        if ga == gb:
            infeasible = (
                f"tasks {a} and {b} must not share a station, but must-share rules join them"
            )
        conflict[ga] |= 1 << gb
        conflict[gb] |= 1 << ga
    fixed: dict[int, int] = {}
    for i, k in sorted(instance.fixed_station.items()):
        g = task_of[i]
        if fixed.get(g, k) != k:
            infeasible = (
                f"task {i} is fixed to station {k + 1}, but its must-share group is fixed elsewhere"
            )
        fixed[g] = k
    for g, k in fixed.items():
        for h, k2 in fixed.items():
            if (head[h] >> g) & 1 and k > k2:
                infeasible = (
                    f"task {groups[g][0]} (fixed to station {k + 1}) must come before task "
                    f"{groups[h][0]} (fixed to station {k2 + 1})"
                )
    return Prepared(
        groups=groups,
        times=times,
        pred_mask=pred_mask,
        succ=tuple(tuple(s) for s in succ_l),
        head=tuple(head),
        tail=tuple(tail),
        conflict=tuple(conflict),
        fixed=fixed,
        infeasible=infeasible,
    )


def _sum_bits(values: list[int], mask: int) -> int:
    total = 0
    while mask:
        low = mask & -mask
        mask ^= low
        total += values[low.bit_length() - 1]
    return total


def _or_anc(anc: list[int], mask: int) -> int:
    out = 0
    while mask:
        low = mask & -mask
        mask ^= low
        out |= anc[low.bit_length() - 1]
    return out
