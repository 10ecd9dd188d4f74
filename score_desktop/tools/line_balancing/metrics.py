"""Scores any balance, hand-made or computed: station times, idle time, efficiency, smoothness.

Definitions (see docs/line-balancing.md and DOMAIN.md), with T the work content (sum of
task times), m the number of stations, c the cycle time and S_k the station times:

* idle time of station k = c - S_k; total idle time = m c - T;
* balance efficiency = T / (m c); balance delay = 1 - efficiency;
* efficiency at the bottleneck = T / (m c_max), c_max = max S_k (Groover's "balance
  efficiency" when the line is paced by its slowest station);
* smoothness index SI = sqrt(sum_k (c_max - S_k)^2), measured from the largest station time
  c_max (Moodie & Young 1965, Groover) -- this is the reference also when c_max < c; the
  same sum measured from the cycle time c is given as ``smoothness_index_to_cycle_time``;
* theoretical minimum number of stations = ceil(T / c).

Without a cycle time (SALBP-2, or a hand-made balance before a cycle time is chosen) c is
taken as c_max. Computed on integers (the instance's scaled times), then converted back:
re-scoring 100 tasks takes a few microseconds per task.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from score_desktop.tools.line_balancing.instance import Instance


@dataclass(frozen=True)
class BalanceMetrics:
    """The scores of one balance, in the line's time unit."""

    cycle_time: float
    station_count: int
    station_times: tuple[float, ...]
    idle_times: tuple[float, ...]
    work_content: float
    max_station_time: float
    total_idle_time: float
    efficiency: float
    balance_delay: float
    efficiency_at_bottleneck: float
    smoothness_index: float
    smoothness_index_to_cycle_time: float
    theoretical_min_stations: int
    overloaded_stations: tuple[int, ...]
    unassigned_tasks: tuple[int, ...]

    @property
    def smoothness_reference(self) -> str:
        return "largest station time"


def balance_metrics(
    instance: Instance,
    stations: Sequence[Sequence[int]],
    cycle_time: int | None = None,
) -> BalanceMetrics:
    """Score ``stations`` (task indices per station, in line order) of ``instance``.

    ``cycle_time`` is in instance units (scaled integers); it defaults to the instance's
    cycle time, then to the largest station time. Unknown indices are ignored;
    ``unassigned_tasks`` lists the tasks in no station and ``overloaded_stations`` the
    0-based stations whose time exceeds the cycle time.
    """
    times = instance.times
    n = len(times)
    loads = []
    seen = bytearray(n)
    for station in stations:
        total = 0
        for t in station:
            if 0 <= t < n:
                total += times[t]
                seen[t] = 1
        loads.append(total)
    work = sum(times)
    c_max = max(loads, default=0)
    c = cycle_time if cycle_time is not None else instance.cycle_time
    if c is None:
        c = c_max
    scale = instance.time_scale
    m = len(loads)
    capacity = m * c
    si_max = math.sqrt(sum((c_max - s) ** 2 for s in loads))
    si_c = math.sqrt(sum((c - s) ** 2 for s in loads))
    return BalanceMetrics(
        cycle_time=c / scale,
        station_count=m,
        station_times=tuple(s / scale for s in loads),
        idle_times=tuple((c - s) / scale for s in loads),
        work_content=work / scale,
        max_station_time=c_max / scale,
        total_idle_time=(capacity - work) / scale,
        efficiency=work / capacity if capacity else 0.0,
        balance_delay=1 - work / capacity if capacity else 0.0,
        efficiency_at_bottleneck=work / (m * c_max) if m and c_max else 0.0,
        smoothness_index=si_max / scale,
        smoothness_index_to_cycle_time=si_c / scale,
        theoretical_min_stations=-(-work // c) if c > 0 else 0,
        overloaded_stations=tuple(k for k, s in enumerate(loads) if s > c),
        unassigned_tasks=tuple(i for i in range(n) if not seen[i]),
    )


def theoretical_min_stations(instance: Instance, cycle_time: int | None = None) -> int:
    """ceil(T / c) on the instance's integer times."""
    c = instance.cycle_time if cycle_time is None else cycle_time
    if not c or c <= 0:
        raise ValueError("a cycle time above zero is needed for the minimum number of stations")
    return -(-instance.work_content // c)
