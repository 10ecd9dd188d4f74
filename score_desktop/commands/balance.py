"""`score-desktop balance`: balance a line from a task file, print a station table or JSON.

SALBP-1 (``--cycle-time C``: fewest stations) or SALBP-2 (``--stations M``: shortest cycle
time). ``--method exact`` (the default) runs the exact search with ``--time-limit``; the
heuristics run as taught. With ``--stations`` a heuristic searches the cycle time by
bisection (see :func:`~score_desktop.tools.line_balancing.heuristics.heuristic_for_stations`).
An ``.alb`` file's own cycle time is used when neither option is given.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from score_desktop.commands import CommandError
from score_desktop.commands.balance_report import metric_fields

METHOD_CHOICES = ("exact", "rpw", "lcr", "kw", "comsoal")
_STOPPED = {
    "time_limit": "The time limit was reached",
    "cancelled": "The search was cancelled",
    "memory_limit": "The search stopped at its memory cap",
}


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "balance",
        help="balance an assembly line from a task file (.IN2, .alb, .csv, .xlsx)",
        description="Balance an assembly line: assign tasks to stations for a cycle time "
        "(fewest stations) or for a number of stations (shortest cycle time).",
    )
    parser.add_argument("file", metavar="FILE", help="task file: .IN2, .alb, .csv or .xlsx")
    target = parser.add_mutually_exclusive_group()
    target.add_argument(
        "--cycle-time",
        type=float,
        metavar="C",
        help="cycle time, in the file's time unit (SALBP-1: fewest stations)",
    )
    target.add_argument(
        "--stations",
        type=int,
        metavar="M",
        help="number of stations (SALBP-2: shortest cycle time)",
    )
    parser.add_argument(
        "--method",
        choices=METHOD_CHOICES,
        default="exact",
        help="exact search (default) or a heuristic: rpw = ranked positional "
        "weight, lcr = largest candidate rule, kw = Kilbridge-Wester, "
        "comsoal = random (seeded)",
    )
    parser.add_argument(
        "--time-limit",
        type=float,
        default=10.0,
        metavar="S",
        help="time limit of the exact search in seconds (default 10)",
    )
    parser.add_argument(
        "--seed", type=int, default=0, metavar="N", help="random seed of COMSOAL (default 0)"
    )
    parser.add_argument(
        "--iterations", type=int, default=None, metavar="N", help="COMSOAL iterations (default 200)"
    )
    parser.add_argument("--sheet", default=None, help="sheet of an .xlsx file (default: first)")
    parser.add_argument(
        "--mix",
        metavar="A=0.6,B=0.4",
        default=None,
        help="mixed-model line: the share of each model (fractions or percent) in a task table "
        "with one 'time:MODEL' column per model or a 'model' column",
    )
    parser.add_argument(
        "--demand",
        metavar="A=120,B=80",
        default=None,
        help="mixed-model line: the demand of each model (the shares follow from it)",
    )
    parser.add_argument(
        "--model-cap",
        type=float,
        metavar="T",
        default=None,
        help="mixed-model line: no model's station time may exceed T (peak balancing)",
    )
    parser.add_argument(
        "--overrun",
        type=float,
        metavar="P",
        default=None,
        help="chance-constrained balance: every station overruns the cycle time with "
        "probability at most P (0 < P <= 0.5), from an 'sd' column or 'min' and 'max' columns",
    )
    parser.add_argument(
        "--spread",
        choices=("triangular", "pert"),
        default="triangular",
        help="how min / time (most likely) / max become a mean and sd (default triangular)",
    )
    parser.add_argument(
        "--layout",
        choices=("straight", "u"),
        default="straight",
        help="straight line (default) or U-shaped cell (tasks may be done on the way back)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


@dataclass
class _Outcome:
    stations: list[list[int]]
    cycle_time: int
    lower_bound: int
    lower_bound_of: str
    proven_optimal: bool
    status: str
    message: str


def run(args: argparse.Namespace) -> int:
    from score_desktop.tools import line_balancing as lb

    if args.time_limit is not None and args.time_limit <= 0:
        raise CommandError(f"--time-limit must be above zero, not {args.time_limit:g}")
    if args.stations is not None and args.stations < 1:
        raise CommandError(f"--stations must be at least 1, not {args.stations}")
    if args.cycle_time is not None and not args.cycle_time > 0:
        raise CommandError(f"--cycle-time must be above zero, not {args.cycle_time:g}")
    if args.iterations is not None and args.iterations < 1:
        raise CommandError(f"--iterations must be at least 1, not {args.iterations}")
    if args.mix is not None or args.demand is not None:
        from score_desktop.commands.balance_mixed import run_mixed

        return run_mixed(args)
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{args.file}: no such file")
    try:
        line = lb.read_line(path, sheet=args.sheet, validate=False)
        if args.stations is not None:
            line = line.with_cycle_time(None).with_station_count(args.stations)
        elif args.cycle_time is not None:
            line = line.with_cycle_time(args.cycle_time)
        elif line.cycle_time is None:
            raise CommandError(
                f"{path.name} has no cycle time: give --cycle-time C or --stations M"
            )
        lb.check_line(line)
        instance = line.to_instance()
    except lb.LineValidationError as exc:
        raise CommandError(f"{path.name}: {' '.join(str(exc).split())}") from None
    if args.overrun is not None:
        from score_desktop.commands.balance_variability import run_chance

        return run_chance(line, instance, path, args)
    if args.layout == "u":
        from score_desktop.commands.balance_uline import run_u

        return run_u(line, instance, args)

    start = time.perf_counter()
    try:
        outcome = _solve(lb, instance, args)
    except ValueError as exc:
        raise CommandError(" ".join(str(exc).split())) from None
    seconds = time.perf_counter() - start

    metrics = lb.balance_metrics(instance, outcome.stations, outcome.cycle_time)
    violations = lb.balance_violations(instance, outcome.stations, outcome.cycle_time)
    problems = [lb.explain(v, instance, line.task_ids, line.time_unit) for v in violations]
    report = _report(lb, line, instance, args, outcome, metrics, seconds, problems)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(_table(line, report, metrics))
    for problem in problems:
        print(f"score-desktop balance: warning: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _solve(lb: Any, instance: Any, args: argparse.Namespace) -> _Outcome:
    total = instance.work_content
    if args.method == "exact":
        from score_desktop.tools.line_balancing import exact

        if args.stations is None:
            res = exact.solve_salbp1(instance, time_limit=args.time_limit)
            of = "stations"
        else:
            res = exact.solve_salbp2(
                instance, station_count=args.stations, time_limit=args.time_limit
            )
            of = "cycle_time"
        if res.status == "infeasible" or not res.stations:
            raise CommandError(f"no balance meets the rules: {res.message}")
        message = res.message
        if of == "cycle_time":  # the search speaks in scaled integer units: say it in the user's
            scale = instance.time_scale
            cycle, bound = res.cycle_time / scale, res.lower_bound / scale
            why = _STOPPED.get(res.status, f"The search stopped ({res.status})")
            message = (
                f"Optimal: cycle time {cycle:g} with {len(res.stations)} stations, proven by "
                "the search."
                if res.proven_optimal
                else f"{why}; best cycle time {cycle:g}, and at least {bound:g} is needed."
            )
        return _Outcome(
            [list(s) for s in res.stations],
            res.cycle_time,
            res.lower_bound,
            of,
            bool(res.proven_optimal),
            res.status,
            message,
        )
    iterations = args.iterations or lb.heuristics.DEFAULT_ITERATIONS
    if args.stations is None:
        res = lb.run_heuristic(instance, args.method, seed=args.seed, iterations=iterations)
        bound = -(-total // instance.cycle_time)
        proven = res.station_count == bound
        return _Outcome(
            [list(s) for s in res.stations],
            instance.cycle_time,
            bound,
            "stations",
            proven,
            "optimal" if proven else "heuristic",
            "the heuristic reached the lower bound ceil(T/c)"
            if proven
            else "heuristic answer; the exact method can prove or improve it",
        )
    res = lb.heuristic_for_stations(
        instance, args.method, args.stations, seed=args.seed, iterations=iterations
    )
    bound = max(max(instance.times), -(-total // args.stations))
    proven = res.cycle_time == bound
    return _Outcome(
        [list(s) for s in res.stations],
        res.cycle_time,
        bound,
        "cycle_time",
        proven,
        "optimal" if proven else "heuristic",
        "the heuristic reached the lower bound max(t_max, ceil(T/m))"
        if proven
        else "heuristic answer (cycle time found by bisection)",
    )


def _report(
    lb: Any,
    line: Any,
    instance: Any,
    args: argparse.Namespace,
    outcome: _Outcome,
    metrics: Any,
    seconds: float,
    problems: list[str],
) -> dict[str, Any]:
    scale = instance.time_scale
    bound = (
        outcome.lower_bound if outcome.lower_bound_of == "stations" else outcome.lower_bound / scale
    )
    report: dict[str, Any] = {
        "file": str(args.file),
        "layout": "straight",
        "problem": "SALBP-1" if args.stations is None else "SALBP-2",
        "method": args.method,
        "time_unit": line.time_unit,
        "task_count": instance.n,
        "work_content": metrics.work_content,
        "cycle_time": outcome.cycle_time / scale,
        "station_count": len(outcome.stations),
        "stations": lb.stations_to_ids(line, outcome.stations),
        "station_times": list(metrics.station_times),
        "idle_times": list(metrics.idle_times),
        "lower_bound": bound,
        "lower_bound_of": outcome.lower_bound_of,
        "proven_optimal": outcome.proven_optimal,
        "status": outcome.status,
        "message": outcome.message,
        **metric_fields(metrics),
        "seconds": round(seconds, 6),
        "problems": problems,
    }
    if args.method == "comsoal":
        report["seed"] = args.seed
        report["iterations"] = args.iterations or lb.heuristics.DEFAULT_ITERATIONS
    return report


def _table(line: Any, report: dict[str, Any], metrics: Any) -> str:
    unit = f" {line.time_unit}" if line.time_unit else ""
    from score_desktop.tools.line_balancing.heuristics import METHOD_NAMES

    method = "exact search" if report["method"] == "exact" else METHOD_NAMES[report["method"]]
    if report["problem"] == "SALBP-1":
        goal = f"fewest stations for cycle time {report['cycle_time']:g}{unit}"
        bound = f"lower bound {report['lower_bound']} stations"
    else:
        goal = f"shortest cycle time for {report['station_count']} stations"
        bound = f"lower bound {report['lower_bound']:g}{unit}"
    out = [
        f"{line.name or report['file']}: {report['task_count']} tasks, work content "
        f"{report['work_content']:g}{unit}",
        f"{report['problem']} ({goal}) by {method}",
        "",
        f"{'Station':>7}  {'Time':>10}  {'Idle':>10}  Tasks",
    ]
    for k, (tasks, t, idle) in enumerate(
        zip(report["stations"], report["station_times"], report["idle_times"], strict=True), 1
    ):
        out.append(f"{k:>7}  {t:>10.6g}  {idle:>10.6g}  {', '.join(tasks)}")
    proven = "proven optimal" if report["proven_optimal"] else "not proven optimal"
    out += [
        "",
        f"Stations {report['station_count']}, cycle time {report['cycle_time']:g}{unit} "
        f"({bound}; {proven})",
        f"Efficiency {100 * metrics.efficiency:.1f} %, balance delay "
        f"{100 * metrics.balance_delay:.1f} %, smoothness index "
        f"{metrics.smoothness_index:.4g}{unit} (from the largest station time)",
        _status_text(report),
        f"Time {report['seconds']:.3f} s",
    ]
    return "\n".join(x for x in out if x is not None)


def _status_text(report: dict[str, Any]) -> str:
    return report["message"]
