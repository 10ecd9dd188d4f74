"""Line-balancing lines in the project: the task table, the balance and saved alternatives.

A line may be stored while it still has problems the user is working on (a cycle in
the precedence graph, an unknown predecessor, a missing time): the window shows them
on the rows. Only the structure (types, ranges) is checked when a file is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from score_desktop.project.errors import ProjectError
from score_desktop.project.fields import Fields
from score_desktop.tools.line_balancing.model import Line, Restrictions, Task

Stations = tuple[tuple[str, ...], ...]
MAX_TASKS = 20_000
MAX_ID = 100
LAYOUTS = ("straight", "u")


@dataclass(frozen=True)
class SavedBalance:
    """A named balance kept for comparison, e.g. "class attempt 1", "RPW", "optimum"."""

    name: str
    stations: Stations
    method: str = "manual"
    cycle_time: float | None = None


@dataclass(frozen=True)
class LineRecord:
    """A line to balance.

    ``layout`` is "straight" or "u" (a U-shaped cell: tasks may be done on the way back).
    ``takt_demand`` names a demand record whose takt time is the cycle time (a live
    reference); when it is empty, ``line.cycle_time`` is used. ``balance`` is the
    current assignment of task ids to stations, in station order.
    """

    name: str
    line: Line
    takt_demand: str = ""
    balance: Stations = ()
    balance_method: str = ""
    alternatives: tuple[SavedBalance, ...] = ()
    notes: str = ""
    layout: str = "straight"


def _ids(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProjectError(f"{where}: {what} must be a list of task ids (text)")
    return tuple(value)


def _stations(value: Any, where: str) -> Stations:
    if not isinstance(value, list):
        raise ProjectError(f"{where}: stations must be a list of lists of task ids")
    return tuple(_ids(v, where, f"station {i + 1}") for i, v in enumerate(value))


def _task(data: Any, where: str, index: int) -> Task:
    f = Fields(data, f"{where}, task #{index + 1}")
    task_id = f.text("id", required=True, max_length=MAX_ID).strip()
    if not task_id:
        raise f.error("the task id is empty")
    time = f.optional_number("time", minimum=0)
    return Task(
        id=task_id,
        time=time,
        predecessors=_ids(data.get("predecessors", []), f.where, "predecessors"),
        description=f.text("description", max_length=2000),
    )


def line_record_from_json(data: Any, index: int) -> LineRecord:
    f = Fields(data, f"line #{index + 1}")
    name = f.text("name", required=True, max_length=200).strip()
    if not name:
        raise f.error("the name is empty")
    f = Fields(data, f'line "{name}"')
    tasks = tuple(_task(item, f.where, i) for i, item in f.items("tasks"))
    if len(tasks) > MAX_TASKS:
        raise f.error(f"{len(tasks):,} tasks are more than a line can have ({MAX_TASKS:,})")
    r = f.object("restrictions", f"{f.where}, restrictions")
    fixed = r.data.get("fixed_station", {})
    if isinstance(fixed, dict):  # 2.0 is station 2, as for every whole-number field
        fixed = {
            k: int(v) if isinstance(v, float) and v.is_integer() else v for k, v in fixed.items()
        }
    if not isinstance(fixed, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 1
        for k, v in fixed.items()
    ):
        raise r.error('"fixed_station" must map task ids to station numbers from 1')
    pairs = _stations(r.data.get("must_not_share", []), r.where)
    if any(len(p) != 2 for p in pairs):
        raise r.error('"must_not_share" must hold pairs of task ids')
    restrictions = Restrictions(
        must_share=_stations(r.data.get("must_share", []), r.where),
        must_not_share=tuple((a, b) for a, b in pairs),
        fixed_station=dict(fixed),
    )
    station_count = f.data.get("station_count")
    line = Line(
        tasks=tasks,
        cycle_time=f.optional_number("cycle_time", minimum=0, exclusive_minimum=True),
        station_count=None if station_count is None else f.integer("station_count", minimum=1),
        restrictions=restrictions,
        name=name,
        time_unit=f.text("time_unit", "s", max_length=20),
        source=f.text("source", max_length=1000),
    )
    alternatives = []
    for i, item in f.items("alternatives"):
        a = Fields(item, f"{f.where}, saved balance #{i + 1}")
        alternatives.append(
            SavedBalance(
                name=a.text("name", required=True, max_length=200),
                stations=_stations(item.get("stations", []), a.where),
                method=a.text("method", "manual", max_length=40),
                cycle_time=a.optional_number("cycle_time", minimum=0, exclusive_minimum=True),
            )
        )
    return LineRecord(
        name=name,
        line=line,
        takt_demand=f.text("takt_demand", max_length=200),
        balance=_stations(data.get("balance", []), f.where),
        balance_method=f.text("balance_method", max_length=40),
        alternatives=tuple(alternatives),
        notes=f.text("notes"),
        layout=f.choice("layout", LAYOUTS, "straight"),
    )


def line_record_to_json(record: LineRecord) -> dict[str, Any]:
    line = record.line
    return {
        "name": record.name,
        "layout": record.layout,
        "time_unit": line.time_unit,
        "cycle_time": line.cycle_time,
        "station_count": line.station_count,
        "takt_demand": record.takt_demand,
        "source": line.source,
        "notes": record.notes,
        "tasks": [
            {
                "id": t.id,
                "time": t.time,
                "predecessors": list(t.predecessors),
                "description": t.description,
            }
            for t in line.tasks
        ],
        "restrictions": {
            "must_share": [list(g) for g in line.restrictions.must_share],
            "must_not_share": [list(p) for p in line.restrictions.must_not_share],
            "fixed_station": dict(line.restrictions.fixed_station),
        },
        "balance": [list(s) for s in record.balance],
        "balance_method": record.balance_method,
        "alternatives": [
            {
                "name": a.name,
                "stations": [list(s) for s in a.stations],
                "method": a.method,
                "cycle_time": a.cycle_time,
            }
            for a in record.alternatives
        ],
    }
