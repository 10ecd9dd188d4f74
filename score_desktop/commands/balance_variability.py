"""`score-desktop balance --overrun P`: a chance-constrained balance, every station overrunning
the cycle time with probability at most P, from a task table with an ``sd`` column or ``min``
and ``max`` columns (normal approximation of the station times)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from score_desktop.commands import CommandError
from score_desktop.commands.balance_report import outcome_fields


def run_chance(line: Any, instance: Any, path: Path, args: argparse.Namespace) -> int:
    from score_desktop.tools.line_balancing import LineValidationError, stations_to_ids
    from score_desktop.tools.line_balancing.spread_import import read_spread
    from score_desktop.tools.line_balancing.variability import (
        chance_constrained_balance,
        line_overrun_probability,
    )

    if args.stations is not None or line.cycle_time is None:
        raise CommandError("--overrun balances for a cycle time: give --cycle-time C")
    if args.method != "exact":
        raise CommandError("--overrun is balanced by the exact search (--method exact)")
    if instance.must_share or instance.must_not_share or instance.fixed_station:
        raise CommandError(
            "--overrun does not take must-share, must-not-share or fixed-station restrictions yet"
        )
    try:
        spread = read_spread(path, line, sheet=args.sheet, kind=args.spread)
        result = chance_constrained_balance(
            instance.predecessors,
            spread,
            float(line.cycle_time),
            args.overrun,
            layout=args.layout,
            time_limit=args.time_limit,
            labels=line.task_ids,
        )
    except LineValidationError as exc:
        raise CommandError(f"{path.name}: {' '.join(str(exc).split())}") from None
    except ValueError as exc:
        raise CommandError(f"{path.name}: {' '.join(str(exc).split())}") from None
    risks = result.risks
    report: dict[str, Any] = {
        "file": str(args.file),
        "layout": args.layout,
        "problem": "chance-constrained SALBP-1",
        "method": "exact",
        "time_unit": line.time_unit,
        "task_count": instance.n,
        "cycle_time": result.cycle_time,
        "max_overrun_probability": result.max_overrun,
        "spread": args.spread,
        "station_count": result.station_count,
        "stations": stations_to_ids(line, result.stations),
        "station_mean_times": [r.mean for r in risks],
        "station_sds": [r.sd for r in risks],
        "station_overrun_probabilities": [r.overrun_probability for r in risks],
        "line_overrun_probability": line_overrun_probability(risks),
        **outcome_fields(result),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    unit = f" {line.time_unit}" if line.time_unit else ""
    out = [
        f"{line.name or args.file}: {instance.n} tasks, cycle time {result.cycle_time:g}{unit}, "
        f"every station overruns with at most {100 * result.max_overrun:g} % probability",
        "",
        f"{'Station':>7}  {'Mean':>9}  {'SD':>8}  {'P(over)':>8}  Tasks",
    ]
    for k, (tasks, r) in enumerate(zip(report["stations"], risks, strict=True), 1):
        out.append(
            f"{k:>7}  {r.mean:>9.4g}  {r.sd:>8.3g}  {100 * r.overrun_probability:>7.2f}%  "
            + ", ".join(tasks)
        )
    out += [
        "",
        f"Stations {result.station_count} (lower bound {result.lower_bound}); chance that "
        f"some station overruns in a cycle {100 * report['line_overrun_probability']:.2f} %",
        result.message,
    ]
    print("\n".join(out))
    return 0
