"""`score-desktop balance --mix A=0.6,B=0.4` (or ``--demand A=120,B=80``): balance a
mixed-model line on the weighted-average task times, optionally with ``--model-cap`` on any
model's station time, and report every model's station times and overloads."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from score_desktop.commands import CommandError
from score_desktop.commands.balance_report import outcome_fields


def run_mixed(args: argparse.Namespace) -> int:
    from score_desktop.tools.line_balancing import LineValidationError, stations_to_ids
    from score_desktop.tools.line_balancing.mixed_import import read_mixed
    from score_desktop.tools.line_balancing.mixed_model import (
        MixError,
        balance_mixed,
        mix_from_demands,
        mix_from_shares,
        parse_mix,
    )

    if args.mix is not None and args.demand is not None:
        raise CommandError("give the model mix once: --mix (shares) or --demand (demands)")
    if args.cycle_time is None:
        raise CommandError("a mixed-model line is balanced for a cycle time: give --cycle-time C")
    if args.method != "exact" or args.layout != "straight":
        raise CommandError("a mixed-model line is balanced by the exact search on a straight line")
    if args.model_cap is not None and not args.model_cap > 0:
        raise CommandError(f"--model-cap must be above zero, not {args.model_cap:g}")
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(f"{args.file}: no such file")
    try:
        mixed = read_mixed(path, sheet=args.sheet)
        if args.mix is not None:
            mix = mix_from_shares(mixed.models, parse_mix(args.mix))
        else:
            mix = mix_from_demands(mixed.models, parse_mix(args.demand))
        result = balance_mixed(
            mixed, mix, args.cycle_time, cap=args.model_cap, time_limit=args.time_limit
        )
    except LineValidationError as exc:
        raise CommandError(f"{path.name}: {' '.join(str(exc).split())}") from None
    except MixError as exc:
        raise CommandError(f"{path.name}: {exc}") from None
    except ValueError as exc:
        raise CommandError(f"{path.name}: {' '.join(str(exc).split())}") from None
    line = mixed.line
    report: dict[str, Any] = {
        "file": str(args.file),
        "layout": "straight",
        "problem": "mixed-model SALBP-1",
        "method": "exact",
        "time_unit": line.time_unit,
        "task_count": len(line.tasks),
        "models": list(result.models),
        "shares": dict(zip(result.models, result.shares, strict=True)),
        "demands": None if mix.demands is None else dict(mix.demands),
        "cycle_time": result.cycle_time,
        "model_cap": result.cap,
        "station_count": result.station_count,
        "stations": stations_to_ids(line, result.stations),
        "average_station_times": result.average_station_times,
        "model_station_times": result.model_station_times,
        "model_overloads": result.overloads,
        **outcome_fields(result),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(_table(report))
    return 0


def _table(report: dict[str, Any]) -> str:
    unit = f" {report['time_unit']}" if report["time_unit"] else ""
    models = report["models"]
    mix = ", ".join(f"{m} {100 * report['shares'][m]:.4g} %" for m in models)
    cap = f", cap {report['model_cap']:g}{unit} per model" if report["model_cap"] else ""
    out = [
        f"{report['file']}: {report['task_count']} tasks, models {mix}",
        f"Mixed-model line, cycle time {report['cycle_time']:g}{unit}{cap}",
        "",
        f"{'Station':>7}  {'Average':>9}  " + "  ".join(f"{m:>9}" for m in models) + "  Tasks",
    ]
    for k, tasks in enumerate(report["stations"]):
        cells = []
        for m in models:
            t = report["model_station_times"][m][k]
            over = report["model_overloads"][m][k]
            cells.append(f"{t:>8.6g}{'!' if over > 0 else ' '}")
        out.append(
            f"{k + 1:>7}  {report['average_station_times'][k]:>9.6g}  "
            + "  ".join(cells)
            + f"  {', '.join(tasks)}"
        )
    proven = "proven optimal" if report["proven_optimal"] else "not proven optimal"
    out += [
        "",
        f"Stations {report['station_count']} (lower bound {report['lower_bound']}; {proven}); "
        "! marks a model over the cycle time",
        report["message"],
    ]
    return "\n".join(out)
