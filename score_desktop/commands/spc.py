"""`score-desktop spc`: a control chart from a CSV/XLSX file, as a table or JSON.

The centre line, the limits per point, every signal with the run rule that fired and the
indices (points counted from 1, with the file row each starts on).
"""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from score_desktop.commands import CommandError

CHARTS = ("imr", "xbar-r", "xbar-s", "p", "np", "c", "u", "ewma", "cusum")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "spc",
        help="draw up a control chart from measurements or counts (.csv, .xlsx)",
        description="A control chart (statistical process control) from a table with a "
        "header row. Limits come from the phase I points and are frozen for the others.",
    )
    parser.add_argument("file", metavar="FILE", help="table: .csv or .xlsx, one row per value")
    parser.add_argument("--chart", required=True, choices=CHARTS, help="the chart type")
    parser.add_argument(
        "--column", metavar="NAME", help="the column of measurements or counts (default: first)"
    )
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--subgroup",
        type=int,
        metavar="N",
        help="variables: N consecutive rows form a subgroup; p/np/u: every sample has N items",
    )
    group.add_argument(
        "--subgroup-column", metavar="NAME", help="long form: the column of subgroup ids"
    )
    parser.add_argument("--size-column", metavar="NAME", help="p/np/u: the column of sample sizes")
    parser.add_argument(
        "--phase1",
        metavar="ROWS",
        help="points that set the limits: FIRST-LAST or N (= 1-N), counted from 1 "
        "(default: all points)",
    )
    parser.add_argument(
        "--rules",
        default="we",
        metavar="RULES",
        help="run rules: we (Western Electric), nelson (all eight), limits (beyond 3 sigma "
        "only) or a list such as N1,N2,N5 (default: we)",
    )
    parser.add_argument("--lambda", dest="lam", type=float, default=0.2, help="EWMA weight")
    parser.add_argument("--width", type=float, default=3.0, help="EWMA limit width L (sigmas)")
    parser.add_argument("--k", type=float, default=0.5, help="CUSUM reference value (sigmas)")
    parser.add_argument("--h", type=float, default=5.0, help="CUSUM decision interval (sigmas)")
    parser.add_argument("--target", type=float, help="EWMA/CUSUM target (default: phase I mean)")
    parser.add_argument("--sigma", type=float, help="EWMA/CUSUM known sigma (default: estimated)")
    parser.add_argument("--sheet", help="sheet of an .xlsx file (default: first)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _num(v: float | None) -> float | None:
    return None if v is None or not math.isfinite(v) else round(float(v), 10)


def run(args: argparse.Namespace) -> int:
    from score_desktop.tools.quality.charts import apply_limits, estimate_limits
    from score_desktop.tools.quality.dataset import chart_data, parse_points
    from score_desktop.tools.quality.errors import QualityInputError
    from score_desktop.tools.quality.model import CHART_TITLES, ChartSettings
    from score_desktop.tools.quality.rules import parse_rules
    from score_desktop.tools.quality.table import read_table, unit_of

    rows = None
    try:
        if args.subgroup is not None and args.subgroup < 1:
            raise QualityInputError("--subgroup must be 1 or more")
        settings = ChartSettings(
            kind=args.chart,
            rules=parse_rules(args.rules),
            ewma_lambda=args.lam,
            ewma_width=args.width,
            cusum_k=args.k,
            cusum_h=args.h,
            target=args.target,
            sigma=args.sigma,
        )
        table = read_table(args.file, args.sheet)
        data, rows = chart_data(
            table, args.chart, args.column, args.subgroup, args.subgroup_column, args.size_column
        )
        first, last = (
            (0, len(data) - 1) if args.phase1 is None else parse_points(args.phase1, len(data))
        )
        unit = (
            ""
            if args.chart in ("p", "np", "c", "u")
            else unit_of(table.header[table.column_index(args.column)])
        )
        limits = estimate_limits(settings, data, first, last)
        result = apply_limits(settings, data, limits, unit)
    except QualityInputError as exc:
        if exc.row is not None and rows is not None:
            raise CommandError(f"{args.file}: row {rows.row_of(exc.row)}: {exc.rule}") from None
        raise CommandError(str(exc)) from None
    payload = {
        "chart": result.kind,
        "title": CHART_TITLES[result.kind],
        "rules": list(settings.rules),
        "limits": {
            "centre": _num(limits.centre),
            "spread": _num(limits.spread),
            "sigma": _num(limits.sigma),
            "size": limits.size,
            "phase1": [limits.phase1_first + 1, limits.phase1_last + 1],
            "method": limits.method,
        },
        "series": [
            {
                "name": s.name,
                "unit": s.unit,
                "points": [
                    {
                        "point": i + 1,
                        "row": rows.row_of(i + 1),
                        "value": _num(s.values[i]),
                        "centre": _num(s.centre[i]),
                        "ucl": _num(s.upper[i]),
                        "lcl": _num(s.lower[i]),
                    }
                    for i in range(len(s.values))
                ],
            }
            for s in result.series
        ],
        "signals": [
            {
                "point": sig.index + 1,
                "row": rows.row_of(sig.index + 1),
                "rule": sig.rule,
                "description": sig.description,
                "series": sig.series,
            }
            for sig in result.signals
        ],
    }
    if args.json:
        print(json.dumps(payload, indent=2))
        return 0
    _print_text(payload)
    return 0


def _fmt(v: float | None) -> str:
    return "-" if v is None else f"{v:.6g}"


def _print_text(payload: dict) -> None:
    lim = payload["limits"]
    a, b = lim["phase1"]
    print(f"{payload['title']}: limits from points {a}-{b}; {lim['method']}")
    for s in payload["series"]:
        unit = f" ({s['unit']})" if s["unit"] else ""
        print(f"\n{s['name']}{unit}")
        print(
            f"{'point':>6} {'row':>6} {'value':>12} {'LCL':>12} {'centre':>12} {'UCL':>12}  rules"
        )
        marks: dict[int, list[str]] = {}
        for sig in payload["signals"]:
            if sig["series"] == s["name"]:
                marks.setdefault(sig["point"], []).append(sig["rule"])
        for p in s["points"]:
            fired = ",".join(marks.get(p["point"], []))
            print(
                f"{p['point']:>6} {p['row']:>6} {_fmt(p['value']):>12} {_fmt(p['lcl']):>12} "
                f"{_fmt(p['centre']):>12} {_fmt(p['ucl']):>12}  {fired}"
            )
    signals = payload["signals"]
    print(f"\n{len(signals)} signal(s)" + (":" if signals else ""))
    for sig in signals:
        print(f"  point {sig['point']} (row {sig['row']}): {sig['rule']} {sig['description']}")
