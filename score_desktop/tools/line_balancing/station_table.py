"""The station-count table: for each station count, the shortest feasible cycle time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from score_desktop.tools.line_balancing import exact
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.prepared import prepare


@dataclass(frozen=True)
class StationCountRow:
    """One row of the station-count table: the shortest feasible cycle time for m stations."""

    stations: int
    cycle_time: int
    efficiency: float
    proven_optimal: bool


def station_count_table(
    instance: Instance,
    *,
    time_limit_per_row: float = 2.0,
    cancel: Callable[[], bool] | None = None,
) -> list[StationCountRow]:
    """For every station count from the lower bound ceil(sum t / c) (1 without a cycle time)
    up to a priority rule's station count at the cycle time (at cycle time t_max without
    one): the shortest feasible cycle time and the balance efficiency sum t / (m x c).

    Stops early (returning the rows so far) when ``cancel`` says so.
    """
    prep = prepare(instance)
    total = sum(instance.times)
    c = instance.cycle_time
    if c is None:
        c = max(instance.times)
        first = 1
    else:
        first = max(1, -(-total // c))
    if prep.infeasible or exact._capacity_problem(prep, instance, c):
        return []
    start = exact._heuristic(prep, c)
    if start is None:
        run = exact.solve_salbp1(
            replace(instance, cycle_time=c),
            time_limit=time_limit_per_row,
            cancel=cancel,
        )
        if not run.stations:
            return []
        last = run.station_count
    else:
        last = len(start)
    rows: list[StationCountRow] = []
    for m in range(first, max(first, last) + 1):
        if cancel is not None and cancel():
            break
        result = exact.solve_salbp2(
            instance, station_count=m, time_limit=time_limit_per_row, cancel=cancel
        )
        if result.status == "cancelled" or not result.stations:
            if result.status == "cancelled":
                break
            continue
        rows.append(
            StationCountRow(
                stations=m,
                cycle_time=result.cycle_time,
                efficiency=total / (m * result.cycle_time),
                proven_optimal=result.proven_optimal,
            )
        )
    return rows
