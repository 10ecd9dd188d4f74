"""Priority values of the classroom heuristics, and the precedence graph helpers they share."""

from __future__ import annotations

from score_desktop.tools.line_balancing.instance import Instance


def positional_weights(instance: Instance) -> list[int]:
    """Each task's time plus the times of all its (transitive) followers."""
    below, _ = reach(instance)
    weights = []
    for i in range(instance.n):
        bits, total = below[i], instance.times[i]
        while bits:
            low = bits & -bits
            total += instance.times[low.bit_length() - 1]
            bits ^= low
        weights.append(total)
    return weights


def kilbridge_wester_columns(instance: Instance) -> list[int]:
    """Column of each task in the precedence diagram, counted from 1."""
    column = [1] * instance.n
    for i in topological(instance):
        for p in instance.predecessors[i]:
            column[i] = max(column[i], column[p] + 1)
    return column


def roman(number: int) -> str:
    values = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out = []
    for value, symbol in values:
        while number >= value:
            out.append(symbol)
            number -= value
    return "".join(out)


def topological(instance: Instance) -> list[int]:
    indeg = [len(set(p)) for p in instance.predecessors]
    succ = instance.successors()
    order = [i for i in range(instance.n) if indeg[i] == 0]
    for i in order:
        for j in set(succ[i]):
            indeg[j] -= 1
            if indeg[j] == 0:
                order.append(j)
    if len(order) != instance.n:
        raise ValueError("the precedence graph has a cycle; validate the line first")
    return order


def reach(instance: Instance) -> tuple[list[int], list[int]]:
    """Bit sets of all followers and of all predecessors (transitive) of each task."""
    succ = instance.successors()
    order = topological(instance)
    below = [0] * instance.n
    above = [0] * instance.n
    for i in reversed(order):
        for j in succ[i]:
            below[i] |= below[j] | (1 << j)
    for i in order:
        for p in instance.predecessors[i]:
            above[i] |= above[p] | (1 << p)
    return below, above


def task_groups(instance: Instance) -> list[tuple[int, ...]]:
    """Tasks grouped by the must-share restriction (union of overlapping groups)."""
    parent = list(range(instance.n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for group in instance.must_share:
        for t in group[1:]:
            parent[find(t)] = find(group[0])
    if instance.must_share:
        # a task between two tasks of a group (a -> x -> b) must be in their station too
        below, above = reach(instance)
        changed = True
        while changed:
            changed = False
            groups: dict[int, int] = {}
            for i in range(instance.n):
                groups[find(i)] = groups.get(find(i), 0) | (1 << i)
            for root, bits in groups.items():
                if bits & (bits - 1) == 0:
                    continue
                down = up = 0
                rest = bits
                while rest:
                    low = rest & -rest
                    i = low.bit_length() - 1
                    down |= below[i]
                    up |= above[i]
                    rest ^= low
                between = down & up & ~bits
                while between:
                    low = between & -between
                    parent[find(low.bit_length() - 1)] = find(root)
                    between ^= low
                    changed = True
    members: dict[int, list[int]] = {}
    for i in range(instance.n):
        members.setdefault(find(i), []).append(i)
    return sorted((tuple(m) for m in members.values()), key=lambda u: u[0])
