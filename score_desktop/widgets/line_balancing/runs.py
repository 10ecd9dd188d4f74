"""Job functions of the line-balancing window (no Qt): run a method, build the station table.

Each takes the job context first (``ctx.report`` / ``ctx.is_cancelled``, see
docs/developer-jobs.md) and plain copies of the line; each returns plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from score_desktop.solver_warmup import wait_for_solver
from score_desktop.tools.line_balancing.exact import SearchProgress, solve_salbp1, solve_salbp2
from score_desktop.tools.line_balancing.heuristics import (
    METHOD_NAMES,
    heuristic_for_stations,
    run_heuristic,
)
from score_desktop.tools.line_balancing.kernel import ready as kernel_ready
from score_desktop.tools.line_balancing.model import Line, stations_to_ids
from score_desktop.tools.line_balancing.station_table import station_count_table

METHOD_LABELS = {"exact": "exact (optimal)", **METHOD_NAMES}


@dataclass(frozen=True)
class RunOutcome:
    """A balance found by a method, in task ids, with one sentence about it."""

    method: str
    stations: tuple[tuple[str, ...], ...]
    message: str
    proven_optimal: bool = False
    cycle_time: float | None = None  # SALBP-2: the cycle time found


@dataclass(frozen=True)
class CountRow:
    """A row of the station-count table in the line's unit."""

    stations: int
    cycle_time: float
    efficiency: float
    proven_optimal: bool


def progress_text(p: SearchProgress, scale: int, unit: str, salbp2: bool) -> str:
    """'best 5 stations, lower bound 4 (1.2 s)' for the progress bar."""
    if salbp2:
        fmt = lambda v: f"{v / scale:.4g} {unit}".strip()  # noqa: E731
        best = "–" if p.best_value is None else fmt(p.best_value)
        return f"best cycle time {best}, lower bound {fmt(p.lower_bound)} ({p.elapsed:.1f} s)"
    best = "–" if p.best_value is None else f"{p.best_value} stations"
    return f"best {best}, lower bound {p.lower_bound} stations ({p.elapsed:.1f} s)"


def run_method(
    ctx: Any,
    line: Line,
    method: str,
    time_limit: float = 10.0,
    seed: int = 0,
    iterations: int = 200,
) -> RunOutcome:
    """Balance ``line`` with ``method`` ("exact", "rpw", "lcr", "kw", "comsoal").

    With a cycle time: fewest stations (SALBP-1); with only a station count: the shortest
    cycle time for it (SALBP-2). Raises ValueError (a message for the user) for a bad line.
    """
    instance = line.to_instance()
    salbp2 = line.cycle_time is None
    if salbp2 and not line.station_count:
        raise ValueError("give the line a cycle time or a station count before balancing")
    scale, unit = instance.time_scale, line.time_unit
    ctx.report(None, f"Balancing with the {METHOD_LABELS[method]}…")
    if method == "exact":

        def progress(p: SearchProgress) -> None:
            fraction = min(1.0, p.elapsed / time_limit) if time_limit else None
            ctx.report(
                fraction,
                _first_run_note() + progress_text(p, scale, unit, salbp2),
                partial=(p.best_value, p.lower_bound),
            )

        wait_for_solver(ctx.report, ctx.is_cancelled)  # a warm-up started at launch
        ctx.report(None, _first_run_note() + f"Balancing with the {METHOD_LABELS[method]}…")
        solve = solve_salbp2 if salbp2 else solve_salbp1
        result = solve(instance, time_limit=time_limit, progress=progress, cancel=ctx.is_cancelled)
        if not result.stations:
            raise ValueError(result.message)
        stations = stations_to_ids(line, result.stations)
        c = result.cycle_time / scale if salbp2 else None
        return RunOutcome("exact", _tuples(stations), result.message, result.proven_optimal, c)
    if salbp2:
        found = heuristic_for_stations(
            instance, method, line.station_count, seed=seed, iterations=iterations
        )
        c = found.cycle_time / scale
        message = f"{len(found.stations)} stations, cycle time {c:.4g} {unit}".strip()
    else:
        found = run_heuristic(instance, method, seed=seed, iterations=iterations)
        c = None
        message = f"{len(found.stations)} stations"
    stations = stations_to_ids(line, found.stations)
    return RunOutcome(method, _tuples(stations), f"{METHOD_NAMES[method]}: {message}", False, c)


def _first_run_note() -> str:
    """Said while the compiled search is not loaded yet (it is compiled once after install)."""
    if kernel_ready():
        return ""
    return "Preparing the solver (first run only)… "


def _tuples(stations: list[list[str]]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(s) for s in stations)


def count_table(ctx: Any, line: Line, time_limit_per_row: float = 2.0) -> list[CountRow]:
    """The station-count table: for each station count, the shortest cycle time."""
    instance = line.to_instance()
    wait_for_solver(ctx.report, ctx.is_cancelled)
    ctx.report(None, _first_run_note() + "Computing the station-count table…")
    rows = station_count_table(
        instance, time_limit_per_row=time_limit_per_row, cancel=ctx.is_cancelled
    )
    scale = instance.time_scale
    return [
        CountRow(r.stations, r.cycle_time / scale, r.efficiency, r.proven_optimal) for r in rows
    ]


def read_line_job(ctx: Any, path: str, cycle_time: float | None) -> Line:
    """Read a task table file (any format the engine reads) without refusing table problems."""
    from score_desktop.tools.line_balancing.importers import read_line

    ctx.report(None, f"Reading {path}…")
    return read_line(path, cycle_time=cycle_time, validate=False)
