"""What the line-balancing window shows, computed from the project without Qt.

:func:`line_state` turns a :class:`LineRecord` into everything the views need: the
effective cycle time (typed or from a demand's takt), the problems of each table row, the
Kilbridge-Wester column of each task (also for a table with errors), the station of each
task, the scores of the current balance and the blocks of the Yamazumi chart.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from score_desktop.charts.line_balancing import Block, YamazumiData
from score_desktop.project.line_records import LineRecord
from score_desktop.project.links import LinkError, line_takt
from score_desktop.project.records import Project
from score_desktop.tools.line_balancing.heuristics import Step
from score_desktop.tools.line_balancing.instance import Instance
from score_desktop.tools.line_balancing.metrics import BalanceMetrics, balance_metrics
from score_desktop.tools.line_balancing.model import Line, parse_time
from score_desktop.tools.line_balancing.validation import (
    Problem,
    strongly_connected,
    validate_line,
)

#: Seconds per unit of the time units a line may use.


@dataclass(frozen=True)
class CycleTime:
    """The cycle time a line is balanced for, where it comes from, and why it is missing."""

    value: float | None
    takt: float | None  # the demand's takt in the line's unit, when one is linked
    source: str  # "typed" or "takt"
    error: str = ""


@dataclass
class LineState:
    """The record as the window sees it (rebuilt after every edit)."""

    record: LineRecord
    line: Line  # with the effective cycle time
    cycle: CycleTime
    problems: list[Problem]
    row_problems: dict[int, list[str]]
    general_problems: list[str]
    columns: list[int]
    instance: Instance | None
    station_of: dict[str, int] = field(default_factory=dict)
    metrics: BalanceMetrics | None = None
    balance_indices: list[list[int]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.instance is not None


def cycle_time_of(project: Project, record: LineRecord) -> CycleTime:
    """The typed cycle time, or the linked demand's takt converted to the line's unit."""
    if not record.takt_demand:
        return CycleTime(record.line.cycle_time, None, "typed")
    try:
        takt = line_takt(project, record)
    except LinkError as exc:
        return CycleTime(None, None, "takt", str(exc))
    return CycleTime(round(takt, 6), round(takt, 6), "takt")


def precedence_columns(line: Line) -> list[int]:
    """Kilbridge-Wester column (1 = no predecessor) per task, tolerant of table errors:
    unknown predecessors are ignored and tasks on a cycle are put after the tasks they wait for."""
    index = line.index_of()
    preds = [
        [index[p] for p in t.predecessors if p in index and index[p] != i]
        for i, t in enumerate(line.tasks)
    ]
    column = [0] * len(preds)
    state = [0] * len(preds)  # 0 new, 1 on stack, 2 done
    for start in range(len(preds)):
        if state[start]:
            continue
        stack = [(start, 0)]
        state[start] = 1
        while stack:
            node, k = stack[-1]
            if k < len(preds[node]):
                stack[-1] = (node, k + 1)
                p = preds[node][k]
                if state[p] == 0:
                    state[p] = 1
                    stack.append((p, 0))
                continue
            stack.pop()
            column[node] = 1 + max((column[p] for p in preds[node] if state[p] == 2), default=0)
            state[node] = 2
    return column


def _cycle_members(line: Line) -> set[int]:
    index = line.index_of()
    succ: list[list[int]] = [[] for _ in line.tasks]
    for j, task in enumerate(line.tasks):
        for p in task.predecessors:
            if p in index and index[p] != j:
                succ[index[p]].append(j)
    return {i for comp in strongly_connected(succ) if len(comp) > 1 for i in comp}


def row_problems(line: Line, problems: Sequence[Problem]) -> tuple[dict[int, list[str]], list[str]]:
    """Problems by table row (0-based), and the problems that concern no row."""
    rows_of: dict[str, list[int]] = {}
    for i, task in enumerate(line.tasks):
        rows_of.setdefault(task.id, []).append(i)
    by_row: dict[int, list[str]] = {}
    general: list[str] = []
    cycle_rows = _cycle_members(line)
    for problem in problems:
        rows = rows_of.get(problem.task or "", [])
        if problem.kind == "cycle" and len(rows) and rows[0] in cycle_rows:
            rows = sorted(cycle_rows)
        if problem.kind == "duplicate_id":
            rows = rows[1:] or rows
        if not rows:
            general.append(problem.message)
        for r in rows:
            by_row.setdefault(r, []).append(problem.message)
    return by_row, general


def line_state(
    project: Project, record: LineRecord, previous: LineState | None = None
) -> LineState:
    """Everything the window shows for ``record``.

    With ``previous`` (the state before an edit) the checks of an unchanged task table are
    reused, so an edit of the balance alone (a drag on the Yamazumi) is re-scored quickly.
    """
    cycle = cycle_time_of(project, record)
    line = record.line
    if cycle.source == "takt":
        line = line.with_cycle_time(cycle.value)
    if previous is not None and previous.line == line and previous.cycle == cycle:
        state = LineState(
            record,
            previous.line,
            cycle,
            previous.problems,
            previous.row_problems,
            previous.general_problems,
            previous.columns,
            previous.instance,
        )
    else:
        problems = validate_line(line) if line.tasks else []
        by_row, general = row_problems(line, problems)
        if cycle.error:
            general.insert(0, cycle.error)
        instance = None
        if line.tasks and not problems:
            instance = line.to_instance()
        state = LineState(
            record, line, cycle, problems, by_row, general, precedence_columns(line), instance
        )
    index = line.index_of()
    for k, station in enumerate(record.balance):
        for task in station:
            state.station_of[task] = k
    if state.instance is not None and record.balance:
        state.balance_indices = [[index[t] for t in s if t in index] for s in record.balance]
        state.metrics = balance_metrics(state.instance, state.balance_indices)
    return state


def yamazumi_data(
    state: LineState, stations: Sequence[Sequence[str]] | None = None
) -> YamazumiData:
    """The Yamazumi bars of ``stations`` (default: the current balance) of a line."""
    times = {t.id: parse_time(t.time) or 0.0 for t in state.line.tasks}
    chosen = state.record.balance if stations is None else stations
    bars = tuple(tuple(Block(t, times.get(t, 0.0)) for t in s) for s in chosen)
    c = state.cycle.value
    loads = [sum(b.time for b in s) for s in bars]
    over = tuple(k for k, s in enumerate(loads) if c is not None and s > c + 1e-9)
    unassigned: tuple[Block, ...] = ()
    if stations is None:
        placed = set(state.station_of)
        unassigned = tuple(Block(t.id, times[t.id]) for t in state.line.tasks if t.id not in placed)
    return YamazumiData(
        bars, c, state.cycle.takt, state.line.time_unit, over, state.record.name, unassigned
    )


def partial_stations(line: Line, steps: Sequence[Step], upto: int) -> list[list[str]]:
    """The stations built by the first ``upto`` steps of a heuristic (for the step-through).

    COMSOAL restarts in every iteration: only the steps of the iteration of the last step count.
    """
    ids = line.task_ids
    shown = steps[:upto]
    if not shown:
        return []
    iteration = shown[-1].iteration
    stations: list[list[str]] = []
    for step in shown:
        if step.iteration != iteration:
            continue
        while len(stations) <= step.station:
            stations.append([])
        stations[step.station].extend(ids[t] for t in step.chosen)
    return stations


def format_time(value: float | None, unit: str) -> str:
    """A time with its unit ("0.85 min"), or "–" when missing."""
    if value is None:
        return "–"
    return f"{value:.4g} {unit}".strip()


def metrics_rows(metrics: BalanceMetrics | None, unit: str) -> list[tuple[str, str]]:
    """(label, value with unit) rows for the metrics table beside the Yamazumi."""
    if metrics is None:
        return []
    incomplete = bool(metrics.unassigned_tasks)  # ratios need every task in a station
    pct = lambda v: "–" if incomplete else f"{v * 100:.1f} %"  # noqa: E731
    idle = None if incomplete else metrics.total_idle_time
    return [
        ("Stations", str(metrics.station_count)),
        ("Minimum stations", str(metrics.theoretical_min_stations)),
        ("Cycle time", format_time(metrics.cycle_time, unit)),
        ("Largest station", format_time(metrics.max_station_time, unit)),
        ("Work content", format_time(metrics.work_content, unit)),
        ("Balance efficiency", pct(metrics.efficiency)),
        ("Balance delay", pct(metrics.balance_delay)),
        ("Total idle time", format_time(idle, unit)),
        ("Smoothness index", format_time(metrics.smoothness_index, unit)),
    ]


def node_positions(line: Line, columns: Sequence[int]) -> list[tuple[int, float]]:
    """(column, row) of each task for the precedence graph: tasks in Kilbridge-Wester
    columns, ordered in a column by the mean row of their predecessors (fewer crossings)."""
    index = line.index_of()
    by_column: dict[int, list[int]] = {}
    for i, c in enumerate(columns):
        by_column.setdefault(c, []).append(i)
    row_of: dict[int, float] = {}
    for c in sorted(by_column):
        members = by_column[c]

        def key(i: int) -> tuple[float, int]:
            rows = [row_of[index[p]] for p in line.tasks[i].predecessors if index.get(p) in row_of]
            return (sum(rows) / len(rows) if rows else -1.0, i)

        members.sort(key=key)
        for r, i in enumerate(members):
            row_of[i] = float(r)
    tallest = max((len(m) for m in by_column.values()), default=0)
    out = []
    for i, c in enumerate(columns):
        offset = (tallest - len(by_column[c])) / 2  # centre short columns
        out.append((c, row_of[i] + offset))
    return out


@dataclass(frozen=True)
class StepView:
    """What the step-through shows after ``shown`` steps of a heuristic."""

    stations: list[list[str]]
    priorities: dict[str, str]  # candidate task -> priority text ("✗" when it does not fit)
    chosen: set[str]
    reason: str
    station: int | None


def step_view(line: Line, steps: Sequence[Step], shown: int, scale: int) -> StepView:
    """The partial balance, candidates with priorities, chosen task and sentence at a step."""
    from score_desktop.tools.line_balancing.priorities import roman

    if shown <= 0 or not steps:
        return StepView([], {}, set(), "", None)
    step = steps[shown - 1]
    ids = line.task_ids
    priorities: dict[str, str] = {}
    for c in step.candidates:
        if step.method == "kw":
            text = roman(int(c.priority))
        elif step.method in ("rpw", "lcr"):
            text = f"{c.priority / scale:.4g}"
        else:
            text = "·"
        for t in c.tasks:
            priorities[ids[t]] = text if c.fits else f"{text} ✗"
    chosen = {ids[t] for t in step.chosen}
    return StepView(
        partial_stations(line, steps, shown), priorities, chosen, step.reason, step.station
    )


def compare_rows(
    state: LineState, balances: Sequence[tuple[str, Sequence[Sequence[str]], float | None]]
) -> list[tuple[str, list[str]]]:
    """Metric rows (label, one value per balance) for comparing saved balances side by side."""
    if state.instance is None:
        return []
    index = state.line.index_of()
    unit = state.line.time_unit
    columns = []
    for _name, stations, cycle in balances:
        c = state.cycle.value if cycle is None else cycle
        metrics = balance_metrics(
            state.instance,
            [[index[t] for t in s if t in index] for s in stations],
            None if c is None else round(c * state.instance.time_scale),
        )
        columns.append(dict(metrics_rows(metrics, unit)))
    labels = [label for label, _ in metrics_rows_labels()]
    return [(label, [col.get(label, "–") for col in columns]) for label in labels]


def metrics_rows_labels() -> list[tuple[str, str]]:
    return [
        (label, "")
        for label in (
            "Stations",
            "Minimum stations",
            "Cycle time",
            "Largest station",
            "Work content",
            "Balance efficiency",
            "Balance delay",
            "Total idle time",
            "Smoothness index",
        )
    ]
