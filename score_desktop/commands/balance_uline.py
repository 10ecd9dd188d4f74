"""`score-desktop balance --layout u`: balance a line as a U-shaped cell and report the side
of the U (front: on the way in, back: on the way back) of every task."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from score_desktop.commands import CommandError
from score_desktop.commands.balance_report import metric_fields

U_METHODS = ("exact", "rpw")


def run_u(line: Any, instance: Any, args: argparse.Namespace) -> int:
    """Solve, print a table or JSON, return the exit status (0, or 1 if a rule is broken)."""
    from score_desktop.tools.line_balancing import balance_metrics, stations_to_ids
    from score_desktop.tools.line_balancing.uline import u_problems, u_sides

    if args.method not in U_METHODS:
        raise CommandError(
            f"--layout u balances with --method exact or rpw (the U-line ranked positional "
            f"weight), not {args.method}"
        )
    if instance.must_share or instance.must_not_share or instance.fixed_station:
        raise CommandError(
            "--layout u does not take must-share, must-not-share or fixed-station "
            "restrictions yet; remove those columns or balance as a straight line"
        )
    start = time.perf_counter()
    try:
        stations, cycle, bound, proven, status, message = _solve(instance, args)
    except ValueError as exc:
        raise CommandError(" ".join(str(exc).split())) from None
    seconds = time.perf_counter() - start
    scale = instance.time_scale
    sides, _ = u_sides(instance, stations)
    problems = u_problems(instance, stations, cycle, line.task_ids)
    metrics = balance_metrics(instance, stations, cycle)
    ids = line.task_ids
    salbp2 = args.stations is not None
    report: dict[str, Any] = {
        "file": str(args.file),
        "layout": "u",
        "problem": "UALBP-2" if salbp2 else "UALBP-1",
        "method": args.method,
        "time_unit": line.time_unit,
        "task_count": instance.n,
        "work_content": metrics.work_content,
        "cycle_time": cycle / scale,
        "station_count": len(stations),
        "stations": stations_to_ids(line, stations),
        "sides": {ids[j]: sides[j] for j in range(instance.n)},
        "station_front": [[ids[j] for j in s if sides[j] == "front"] for s in stations],
        "station_back": [[ids[j] for j in s if sides[j] == "back"] for s in stations],
        "station_times": list(metrics.station_times),
        "idle_times": list(metrics.idle_times),
        "lower_bound": bound / scale if salbp2 else bound,
        "lower_bound_of": "cycle_time" if salbp2 else "stations",
        "proven_optimal": proven,
        "status": status,
        "message": message,
        **metric_fields(metrics),
        "seconds": round(seconds, 6),
        "problems": problems,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(_table(line, report))
    import sys

    for problem in problems:
        print(f"score-desktop balance: warning: {problem}", file=sys.stderr)
    return 1 if problems else 0


def _solve(instance: Any, args: argparse.Namespace) -> tuple:
    from score_desktop.tools.line_balancing.uline import solve_ualbp1, solve_ualbp2, u_rpw

    total = instance.work_content
    if args.method == "exact":
        if args.stations is None:
            r = solve_ualbp1(instance, time_limit=args.time_limit)
        else:
            r = solve_ualbp2(instance, station_count=args.stations, time_limit=args.time_limit)
        return r.stations, r.cycle_time, r.lower_bound, r.proven_optimal, r.status, r.message
    if args.stations is None:
        c = instance.cycle_time
        stations = u_rpw(instance)
        bound = -(-total // c)
        proven = len(stations) == bound
        text = (
            "the heuristic reached the lower bound ceil(T/c)"
            if proven
            else "heuristic answer; the exact method can prove or improve it"
        )
        return stations, c, bound, proven, "optimal" if proven else "heuristic", text
    m = args.stations
    lo = bound = max(max(instance.times), -(-total // m))
    hi = total
    best = u_rpw(instance, cycle_time=hi)
    while lo < hi:  # bisection, as for the straight-line heuristics
        mid = (lo + hi) // 2
        trial = u_rpw(instance, cycle_time=mid)
        if len(trial) <= m:
            best, hi = trial, mid
        else:
            lo = mid + 1
    c = max(sum(instance.times[j] for j in s) for s in best)
    proven = c == bound
    text = (
        "the heuristic reached the lower bound max(t_max, ceil(T/m))"
        if proven
        else "heuristic answer (cycle time found by bisection)"
    )
    return best, c, bound, proven, "optimal" if proven else "heuristic", text


def _table(line: Any, report: dict[str, Any]) -> str:
    unit = f" {line.time_unit}" if line.time_unit else ""
    if report["problem"] == "UALBP-1":
        goal = f"fewest stations for cycle time {report['cycle_time']:g}{unit}"
        bound = f"lower bound {report['lower_bound']} stations"
    else:
        goal = f"shortest cycle time for {report['station_count']} stations"
        bound = f"lower bound {report['lower_bound']:g}{unit}"
    method = "exact search" if report["method"] == "exact" else "U-line ranked positional weight"
    out = [
        f"{line.name or report['file']}: {report['task_count']} tasks, work content "
        f"{report['work_content']:g}{unit}, U-shaped line",
        f"{report['problem']} ({goal}) by {method}",
        "",
        f"{'Station':>7}  {'Time':>10}  {'Idle':>10}  On the way in | on the way back",
    ]
    for k, (front, back, t, idle) in enumerate(
        zip(
            report["station_front"],
            report["station_back"],
            report["station_times"],
            report["idle_times"],
            strict=True,
        ),
        1,
    ):
        out.append(f"{k:>7}  {t:>10.6g}  {idle:>10.6g}  {', '.join(front)} | {', '.join(back)}")
    proven = "proven optimal" if report["proven_optimal"] else "not proven optimal"
    out += [
        "",
        f"Stations {report['station_count']}, cycle time {report['cycle_time']:g}{unit} "
        f"({bound}; {proven})",
        f"Efficiency {100 * report['efficiency']:.1f} %, balance delay "
        f"{100 * report['balance_delay']:.1f} %",
        report["message"],
        f"Time {report['seconds']:.3f} s",
    ]
    return "\n".join(out)
