"""``score-desktop simulate``: run the flow simulation of a value-stream map and print the results.

The core is :func:`run_simulate` (map + options -> plain dict, tested directly); reading the file
is a thin layer. PROJECT may be a project file (``*.scoreproj``, loaded by the project layer,
references to demand, OEE and line records resolved from it), or a JSON file holding one map
(``map_to_dict`` output) or ``{"value_streams": [...]}``.
"""

from __future__ import annotations

import argparse
import json
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from score_desktop.commands import CommandError
from score_desktop.tools.vsm.model import Resolver, ValueStreamMap
from score_desktop.tools.vsm.replications import (
    Estimate,
    SimulationResults,
    run_replications,
)
from score_desktop.tools.vsm.serialize import map_from_dict
from score_desktop.tools.vsm.simulation import SimSettings

DEFAULTS = SimSettings()  # the same defaults as the window
BOTTLENECK_METHOD = "highest share of time active (working + down + changeover)"


@dataclass
class SimulateOptions:
    horizon_h: float = DEFAULTS.horizon_h
    warmup_h: float = DEFAULTS.warmup_h
    replications: int = DEFAULTS.replications
    seed: int = DEFAULTS.seed
    workers: int | None = None


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "simulate",
        help="simulate a value-stream map (throughput, WIP, lead time, step states)",
        description="Simulate a value-stream map with independent replications and print "
        "throughput (parts/hour), WIP (parts), lead time (hours) and the share of time each "
        "step is working, blocked, starved, down, in changeover or off shift, each with a 95 % "
        "confidence interval (none with one replication).",
    )
    p.add_argument("project", help="project file, or a JSON file with one value-stream map")
    p.add_argument("--map", help="name of the value stream (default: the first one)")
    p.add_argument(
        "--replications",
        type=int,
        default=DEFAULTS.replications,
        help="independent runs; the confidence intervals need at least 2 (default %(default)s)",
    )
    p.add_argument(
        "--horizon",
        type=float,
        default=DEFAULTS.horizon_h,
        help="simulated hours per replication, warm-up included (default %(default)s)",
    )
    p.add_argument(
        "--warmup",
        type=float,
        default=DEFAULTS.warmup_h,
        help="hours discarded at the start of each replication (default %(default)s)",
    )
    p.add_argument(
        "--seed",
        type=int,
        default=DEFAULTS.seed,
        help="random seed; the same seed gives the same results (default %(default)s)",
    )
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: all)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    maps, resolver = load_maps(Path(args.project))
    m = pick_map(maps, args.map)
    options = SimulateOptions(args.horizon, args.warmup, args.replications, args.seed, args.workers)
    result = run_simulate(m, options, resolver)
    if args.json:
        print(json.dumps(result, allow_nan=False))
    else:
        print(format_table(result))
    return 0


def run_simulate(
    m: ValueStreamMap, options: SimulateOptions, resolver: Resolver | None = None
) -> dict[str, Any]:
    """Simulate ``m`` and return the results as JSON-safe plain types (NaN becomes None)."""
    settings = SimSettings(
        horizon_h=options.horizon_h,
        warmup_h=options.warmup_h,
        replications=options.replications,
        seed=options.seed,
        workers=options.workers,
    )
    try:
        res = run_replications(m, settings, resolver=resolver)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    return results_to_dict(res)


def results_to_dict(res: SimulationResults) -> dict[str, Any]:
    s = res.settings
    return {
        "map": res.map_name,
        "settings": {
            "horizon_h": s.horizon_h,
            "warmup_h": s.warmup_h,
            "replications": s.replications,
            "seed": s.seed,
            "warmup_used_h": res.warmup_used_h,
            "measured_h": res.measured_h,
        },
        "window": res.window,
        "units": {"throughput": "parts per hour", "wip": "parts", "lead_time": "hours"},
        "throughput": _est(res.throughput_per_h),
        "wip": _est(res.wip_total),
        "wip_per_buffer": {k: _est(v) for k, v in res.wip_per_buffer.items()},
        "lead_time": _est(res.lead_time_h),
        "lead_time_percentiles": {k: _est(v) for k, v in res.lead_time_percentiles_h.items()},
        "scrap": _est(res.scrap_per_h),
        "steps": {
            name: {
                **{k: _est(v) for k, v in states.items()},
                "utilisation": _est(res.utilisation[name]),
            }
            for name, states in res.step_states.items()
        },
        "bottleneck": res.bottleneck,
        "bottleneck_method": BOTTLENECK_METHOD,
        "bottleneck_frequency": res.bottleneck_frequency,
        "warnings": list(res.warnings),
    }


def _est(e: Estimate) -> dict[str, float | None]:
    return {k: (v if math.isfinite(v) else None) for k, v in e.to_dict().items()}


def format_table(r: dict[str, Any]) -> str:
    s = r["settings"]
    lines = [
        f'Value stream "{r["map"]}": {s["replications"]} replications of {s["horizon_h"]:g} h '
        f"(warm-up {s['warmup_h']:g} h), seed {s['seed']}; mean [95 % CI]",
        f"Figures {r['window']}.",
        "",
        f"{'Throughput (parts/h)':28s} {_fmt(r['throughput'])}",
        f"{'WIP (parts)':28s} {_fmt(r['wip'])}",
        f"{'Lead time (h)':28s} {_fmt(r['lead_time'])}",
    ]
    for p, e in r["lead_time_percentiles"].items():
        lines.append(f"{'  lead time ' + p + ' (h)':28s} {_fmt(e)}")
    lines.append(f"{'Scrap (parts/h)':28s} {_fmt(r['scrap'])}")
    lines += ["", "Share of time per step (%):"]
    cols = ["working", "blocked", "starved", "down", "changeover", "off_shift"]
    width = max([len(n) for n in r["steps"]] + [4])
    lines.append(f"{'step':{width}s} " + " ".join(f"{c:>17s}" for c in cols) + "  waiting (parts)")
    for name, st in r["steps"].items():
        row = " ".join(f"{_pct(st[c]):>17s}" for c in cols)
        lines.append(f"{name:{width}s} {row}  {_fmt(r['wip_per_buffer'][name])}")
    lines += ["", f"Bottleneck: {r['bottleneck']} ({r['bottleneck_method']})"]
    lines += [f"Warning: {w}" for w in r["warnings"]]
    return "\n".join(lines)


def _fmt(e: dict[str, float | None]) -> str:
    if e["mean"] is None:
        return "n/a"
    return f"{e['mean']:.4g} [{e['ci_low']:.4g}, {e['ci_high']:.4g}]"


def _pct(e: dict[str, float | None]) -> str:
    if e["mean"] is None:
        return "n/a"
    return f"{100 * e['mean']:.1f} [{100 * e['ci_low']:.1f},{100 * e['ci_high']:.1f}]"


def pick_map(maps: list[ValueStreamMap], name: str | None) -> ValueStreamMap:
    if not maps:
        raise CommandError("the file holds no value-stream map")
    if name is None:
        return maps[0]
    for m in maps:
        if m.name == name:
            return m
    names = ", ".join(f'"{m.name}"' for m in maps)
    raise CommandError(f'no value stream called "{name}" (the file has {names})')


def load_maps(path: Path) -> tuple[list[ValueStreamMap], Resolver | None]:
    """The maps in ``path`` and the resolver for their references (None for a bare map file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise CommandError(f"{path.name}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path.name}: cannot be read ({exc})") from None
    except json.JSONDecodeError as exc:
        raise CommandError(f"{path.name}: not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise CommandError(f"{path.name}: expected a JSON object")
    if "format_version" in data:
        return _from_project(path)
    try:
        if "value_streams" in data:
            items = data["value_streams"]
            if not isinstance(items, list):
                raise CommandError(f"{path.name}: value_streams must be a list")
            maps = [map_from_dict(d, f"value_streams[{i}]") for i, d in enumerate(items)]
            return maps, None
        return [map_from_dict(data, path.name)], None
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def _from_project(path: Path) -> tuple[list[ValueStreamMap], Resolver | None]:
    from score_desktop.project import ProjectError, load_project

    try:
        project = load_project(path)
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    streams = getattr(project, "value_streams", None)
    if streams is None:
        raise CommandError(
            f"{path.name}: this project format holds no value streams; "
            "pass a value-stream map JSON file instead"
        )
    try:
        from score_desktop.project.links import resolver
    except ImportError:  # an older project layer without links between tools
        return list(streams), None
    return list(streams), resolver(project)
