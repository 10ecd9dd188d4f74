"""The user's view of a line to balance: tasks as written, restrictions, cycle time or stations.

A :class:`Line` holds what the user typed or imported: task ids as text, descriptions,
decimal times in any unit, predecessor ids. :meth:`Line.to_instance` validates it and turns
it into the solver's :class:`~.instance.Instance` (task indices 0..n-1 in the order of the
table, integer times scaled by a power of ten), and :func:`stations_to_ids` /
:func:`stations_to_indices` translate balances between the two views.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.times import parse_time, scale_time
from score_desktop.tools.line_balancing.validation import LineValidationError, validate_line

#: Times are scaled to integers with at most this many decimals (finer digits are rounded).
MAX_DECIMALS = 6


@dataclass(frozen=True)
class Task:
    """One task (work element) of the line, as the user wrote it.

    ``time`` is a number in the line's time unit; it may also hold the raw text of a
    table cell (or ``None`` when the cell was empty) so that validation can name the
    problem. ``row`` is the row of the imported file the task came from, if any.
    """

    id: str
    time: float | str | None
    predecessors: tuple[str, ...] = ()
    description: str = ""
    row: int | None = None


@dataclass(frozen=True)
class Restrictions:
    """Restrictions a real line has, by task id.

    ``must_share``: groups of tasks that must be done in the same station;
    ``must_not_share``: pairs of tasks that must be in different stations;
    ``fixed_station``: task id -> station number, counted from 1 as the user sees it.
    """

    must_share: tuple[tuple[str, ...], ...] = ()
    must_not_share: tuple[tuple[str, str], ...] = ()
    fixed_station: Mapping[str, int] = field(default_factory=dict)

    def is_empty(self) -> bool:
        return not (self.must_share or self.must_not_share or self.fixed_station)


@dataclass(frozen=True)
class Line:
    """A line to balance: its tasks, and either a cycle time (SALBP-1) or a station count."""

    tasks: tuple[Task, ...]
    cycle_time: float | None = None
    station_count: int | None = None
    restrictions: Restrictions = field(default_factory=Restrictions)
    name: str = ""
    time_unit: str = ""
    source: str = ""

    @property
    def task_ids(self) -> tuple[str, ...]:
        return tuple(task.id for task in self.tasks)

    def index_of(self) -> dict[str, int]:
        """Task id -> index in the table (the first occurrence if an id is duplicated)."""
        index: dict[str, int] = {}
        for i, task in enumerate(self.tasks):
            index.setdefault(task.id, i)
        return index

    def with_cycle_time(self, cycle_time: float | None) -> Line:
        return Line(
            self.tasks,
            cycle_time,
            self.station_count,
            self.restrictions,
            self.name,
            self.time_unit,
            self.source,
        )

    def with_station_count(self, station_count: int | None) -> Line:
        return Line(
            self.tasks,
            self.cycle_time,
            station_count,
            self.restrictions,
            self.name,
            self.time_unit,
            self.source,
        )

    def time_scale(self) -> int:
        """The power of ten that makes every task time and the cycle time an integer."""
        numbers = [task.time for task in self.tasks]
        if self.cycle_time is not None:
            numbers.append(self.cycle_time)
        return 10 ** max((_decimals(x) for x in numbers), default=0)

    def to_instance(self) -> Instance:
        """Validate and convert to the solver's instance; raises LineValidationError."""
        problems = validate_line(self)
        if problems:
            raise LineValidationError(problems)
        scale = self.time_scale()
        index = self.index_of()
        times = tuple(scale_time(parse_time(t.time), scale) for t in self.tasks)
        preds = tuple(
            tuple(dict.fromkeys(index[p] for p in task.predecessors)) for task in self.tasks
        )
        cycle = None if self.cycle_time is None else scale_time(float(self.cycle_time), scale)
        r = self.restrictions
        return Instance(
            times=times,
            predecessors=preds,
            cycle_time=cycle,
            station_count=self.station_count,
            time_scale=scale,
            must_share=tuple(tuple(index[t] for t in group) for group in r.must_share),
            must_not_share=tuple((index[a], index[b]) for a, b in r.must_not_share),
            fixed_station={index[t]: s - 1 for t, s in r.fixed_station.items()},
        )


def line_from_instance(
    instance: Instance, ids: Sequence[str] | None = None, *, time_unit: str = ""
) -> Line:
    """The user's view of an instance: times divided by its scale, ids '1'..'n' by default."""
    names = list(ids) if ids is not None else [str(i + 1) for i in range(instance.n)]
    if len(names) != instance.n:
        raise ValueError(f"{len(names)} task ids for {instance.n} tasks")
    scale = instance.time_scale

    def back(value: int) -> float | int:
        return value // scale if value % scale == 0 else value / scale

    tasks = tuple(
        Task(names[i], back(t), tuple(names[p] for p in instance.predecessors[i]))
        for i, t in enumerate(instance.times)
    )
    restrictions = Restrictions(
        tuple(tuple(names[t] for t in group) for group in instance.must_share),
        tuple((names[a], names[b]) for a, b in instance.must_not_share),
        {names[t]: s + 1 for t, s in instance.fixed_station.items()},
    )
    cycle = None if instance.cycle_time is None else back(instance.cycle_time)
    return Line(tasks, cycle, instance.station_count, restrictions, time_unit=time_unit)


def stations_to_ids(line: Line, stations: Sequence[Sequence[int]]) -> list[list[str]]:
    """A balance on task indices -> the same balance on the task ids as written."""
    ids = line.task_ids
    return [[ids[i] for i in station] for station in stations]


def stations_to_indices(line: Line, stations: Sequence[Sequence[str]]) -> list[list[int]]:
    """A balance on task ids -> task indices; raises ValueError naming an unknown id."""
    index = line.index_of()
    result: list[list[int]] = []
    for k, station in enumerate(stations, start=1):
        row: list[int] = []
        for task_id in station:
            if task_id not in index:
                raise ValueError(f"station {k}: there is no task {task_id!r} in the line")
            row.append(index[task_id])
        result.append(row)
    return result


def _decimals(value: float | str | None) -> int:
    number = parse_time(value)
    if number is None or not math.isfinite(number) or number.is_integer():
        return 0
    try:
        exponent = Decimal(repr(number)).normalize().as_tuple().exponent
    except InvalidOperation:
        return 0
    if not isinstance(exponent, int):
        return 0
    return min(max(-exponent, 0), MAX_DECIMALS)
