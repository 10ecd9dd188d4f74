"""The solver's view of a line: tasks numbered 0..n-1 with integer times and restrictions.

The user-facing model (task ids as written, descriptions, float times) converts to an
:class:`Instance`; the heuristics and the exact search work on instances only, and
their answers are lists of stations, each a list of task indices.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Instance:
    """A SALBP instance on task indices.

    ``times`` are integers (the model scales decimal times by ``time_scale``, so a time
    shown to the user is ``times[i] / time_scale``). ``predecessors[i]`` lists the direct
    predecessors of task ``i``. ``cycle_time`` is ``None`` for SALBP-2 (minimise the cycle
    time for ``station_count`` stations).

    Restrictions: ``must_share`` groups of tasks that must be in the same station,
    ``must_not_share`` pairs that must be in different stations, and ``fixed_station``
    maps a task to the 0-based station it must be in.
    """

    times: tuple[int, ...]
    predecessors: tuple[tuple[int, ...], ...]
    cycle_time: int | None = None
    station_count: int | None = None
    time_scale: int = 1
    must_share: tuple[tuple[int, ...], ...] = ()
    must_not_share: tuple[tuple[int, int], ...] = ()
    fixed_station: dict[int, int] = field(default_factory=dict)

    @property
    def n(self) -> int:
        return len(self.times)

    @property
    def work_content(self) -> int:
        return sum(self.times)

    def successors(self) -> tuple[tuple[int, ...], ...]:
        succ: list[list[int]] = [[] for _ in self.times]
        for j, preds in enumerate(self.predecessors):
            for i in preds:
                succ[i].append(j)
        return tuple(tuple(s) for s in succ)
