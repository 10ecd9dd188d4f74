"""Line balancing (SALBP): model, validation, import, heuristics, exact search, metrics.

Typical use::

    line = read_line("tasks.csv", cycle_time=1.0)      # Line, validated
    instance = line.to_instance()                       # integer times for the solvers
    result = run_heuristic(instance, "rpw")             # or solve_salbp1(instance)
    scores = balance_metrics(instance, result.stations)
    stations_to_ids(line, result.stations)              # back to the user's task ids

The exact search (``solve_salbp1``, ``solve_salbp2``, ``ExactResult``) lives in
:mod:`.exact` and the station-count table (``station_count_table``) in :mod:`.station_table`;
both are re-exported lazily.
"""

from __future__ import annotations

from typing import Any

# isort: off
# first, before numba starts: where the compiled search is cached
import score_desktop.tools.numba_cache  # noqa: F401

# isort: on
from score_desktop.tools.line_balancing.editing import (
    balance_problems,
    check_move,
    explain,
    line_metrics,
    line_steps,
    move_task,
)
from score_desktop.tools.line_balancing.feasibility import Violation, balance_violations
from score_desktop.tools.line_balancing.heuristics import (
    METHOD_NAMES,
    METHODS,
    Candidate,
    HeuristicResult,
    Step,
    comsoal,
    heuristic_for_stations,
    heuristic_steps,
    kilbridge_wester,
    largest_candidate,
    ranked_positional_weight,
    run_heuristic,
    run_steps,
)
from score_desktop.tools.line_balancing.importers import (
    MAX_TASKS,
    parse_alb,
    parse_csv,
    parse_in2,
    read_line,
    read_xlsx,
)
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.metrics import (
    BalanceMetrics,
    balance_metrics,
    theoretical_min_stations,
)
from score_desktop.tools.line_balancing.model import (
    Line,
    Restrictions,
    Task,
    line_from_instance,
    stations_to_ids,
    stations_to_indices,
)
from score_desktop.tools.line_balancing.priorities import (
    kilbridge_wester_columns,
    positional_weights,
)
from score_desktop.tools.line_balancing.validation import (
    LineValidationError,
    Problem,
    check_line,
    validate_line,
)

_EXACT = ("solve_salbp1", "solve_salbp2", "ExactResult")


def __getattr__(name: str) -> Any:
    if name in _EXACT:
        from score_desktop.tools.line_balancing import exact

        return getattr(exact, name)
    if name == "station_count_table":
        from score_desktop.tools.line_balancing import station_table

        return station_table.station_count_table
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "MAX_TASKS",
    "METHODS",
    "METHOD_NAMES",
    "BalanceMetrics",
    "Candidate",
    "HeuristicResult",
    "Instance",
    "Line",
    "LineValidationError",
    "Problem",
    "Restrictions",
    "Step",
    "Task",
    "Violation",
    "balance_metrics",
    "balance_problems",
    "balance_violations",
    "check_line",
    "check_move",
    "comsoal",
    "explain",
    "heuristic_for_stations",
    "heuristic_steps",
    "kilbridge_wester",
    "kilbridge_wester_columns",
    "largest_candidate",
    "line_from_instance",
    "line_metrics",
    "line_steps",
    "move_task",
    "parse_alb",
    "parse_csv",
    "parse_in2",
    "positional_weights",
    "ranked_positional_weight",
    "read_line",
    "read_xlsx",
    "run_heuristic",
    "run_steps",
    "stations_to_ids",
    "stations_to_indices",
    "theoretical_min_stations",
    "validate_line",
]
