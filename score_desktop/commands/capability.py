"""`score-desktop capability`: Cp, Cpk, Pp, Ppk, Cpm, ppm and normality of one column."""

from __future__ import annotations

import argparse
import json
import math
from typing import Any

from score_desktop.commands import CommandError


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "capability",
        help="process capability of a column of measurements (.csv, .xlsx)",
        description="Capability indices with confidence intervals, expected parts per "
        "million outside the limits, an Anderson-Darling normality check and, for data that "
        "are not normal, Box-Cox and percentile (ISO 22514-2) figures.",
    )
    parser.add_argument("file", metavar="FILE", help="table: .csv or .xlsx with a header row")
    parser.add_argument("--column", required=True, metavar="NAME", help="the measurements")
    parser.add_argument("--lsl", type=float, required=True, metavar="L", help="lower spec limit")
    parser.add_argument("--usl", type=float, required=True, metavar="U", help="upper spec limit")
    parser.add_argument(
        "--target", type=float, metavar="T", help="target for Cpm (default: middle of the limits)"
    )
    parser.add_argument(
        "--subgroup", type=int, metavar="N", help="N consecutive rows per subgroup (sigma within)"
    )
    parser.add_argument("--confidence", type=float, default=0.95, help="interval level (0.95)")
    parser.add_argument("--sheet", help="sheet of an .xlsx file (default: first)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(func=run)


def _num(v: float | None) -> float | None:
    return None if v is None or not math.isfinite(v) else round(float(v), 10)


def run(args: argparse.Namespace) -> int:
    from score_desktop.tools.quality.capability import capability
    from score_desktop.tools.quality.errors import QualityInputError
    from score_desktop.tools.quality.table import read_table

    rows: list[int] = []
    try:
        if args.lsl >= args.usl:
            raise QualityInputError(f"the LSL ({args.lsl:g}) must be below the USL ({args.usl:g})")
        table = read_table(args.file, args.sheet)
        pairs = table.numbers(table.column_index(args.column), "measurement")
        rows = [r for r, _ in pairs]
        values = [v for _, v in pairs]
        groups = None
        if args.subgroup is not None:
            if args.subgroup < 2:
                raise QualityInputError("--subgroup must be 2 or more")
            if len(values) % args.subgroup:
                raise QualityInputError(
                    f"{len(values)} values do not split into subgroups of {args.subgroup}"
                )
            groups = [values[i : i + args.subgroup] for i in range(0, len(values), args.subgroup)]
        result = capability(values, args.lsl, args.usl, args.target, groups, args.confidence)
    except QualityInputError as exc:
        if exc.row is not None and rows:
            raise CommandError(f"{args.file}: row {rows[exc.row - 1]}: {exc.rule}") from None
        raise CommandError(str(exc)) from None
    payload = _payload(result, args.column)
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        _print_text(payload)
    return 0


def _ppm(p) -> dict:
    return {"below_lsl": _num(p.below), "above_usl": _num(p.above), "total": _num(p.total)}


def _payload(r, column: str) -> dict:
    nn = r.non_normal
    norm = r.normality
    return {
        "column": column,
        "n": r.n,
        "lsl": r.lsl,
        "usl": r.usl,
        "target": _num(r.target),
        "mean": _num(r.mean),
        "sigma_within": _num(r.sigma_within),
        "sigma_within_method": r.within_method,
        "sigma_overall": _num(r.sigma_overall),
        "confidence": r.confidence,
        "indices": [
            {
                "name": i.name,
                "value": _num(i.value),
                "lower": _num(i.lower),
                "upper": _num(i.upper),
                "method": i.method,
            }
            for i in r.indices
        ],
        "ppm": {
            "expected_within": _ppm(r.ppm_within),
            "expected_overall": _ppm(r.ppm_overall),
            "observed": _ppm(r.ppm_observed),
        },
        "normality": None
        if norm is None
        else {
            "method": norm.method,
            "a2": _num(norm.statistic),
            "a2_adjusted": _num(norm.adjusted),
            "p_value": _num(norm.p_value),
            "normal_at_5_percent": norm.looks_normal,
        },
        "non_normal": None
        if nn is None
        else {
            "method": nn.method,
            "box_cox_lambda": _num(nn.lam),
            "pp": _num(nn.pp),
            "ppk": _num(nn.ppk),
            "percentile_pp": _num(nn.percentile_pp),
            "percentile_ppk": _num(nn.percentile_ppk),
            "percentiles": {
                "0.135": _num(nn.p00135),
                "50": _num(nn.p50),
                "99.865": _num(nn.p99865),
            },
            "ppm_expected": _ppm(nn.ppm),
            "normality_after_p_value": None
            if nn.normality_after is None
            else _num(nn.normality_after.p_value),
        },
        "non_normal_note": r.non_normal_note,
    }


def _f(v) -> str:
    return "-" if v is None else f"{v:.4g}"


def _print_text(p: dict) -> None:
    print(
        f"{p['column']}: n = {p['n']}, mean = {_f(p['mean'])}, LSL = {p['lsl']:g}, "
        f"USL = {p['usl']:g}, target = {_f(p['target'])}"
    )
    print(
        f"sigma within = {_f(p['sigma_within'])} ({p['sigma_within_method']}), "
        f"sigma overall = {_f(p['sigma_overall'])}"
    )
    level = f"{p['confidence'] * 100:g} %"
    print(f"\n{'index':<6} {'value':>8} {level + ' interval':>22}  method")
    for i in p["indices"]:
        interval = f"{_f(i['lower'])} .. {_f(i['upper'])}"
        print(f"{i['name']:<6} {_f(i['value']):>8} {interval:>22}  {i['method']}")
    print("\nparts per million    below LSL   above USL       total")
    for label, key in (
        ("expected (within)", "expected_within"),
        ("expected (overall)", "expected_overall"),
        ("observed", "observed"),
    ):
        q = p["ppm"][key]
        print(f"{label:<19} {_f(q['below_lsl']):>10} {_f(q['above_usl']):>11} {_f(q['total']):>11}")
    n = p["normality"]
    if n is None:
        print("\nnormality: not tested (fewer than 8 values)")
    else:
        verdict = "no evidence against normality" if n["normal_at_5_percent"] else "NOT normal"
        print(f"\nnormality: A^2 = {_f(n['a2'])}, p = {_f(n['p_value'])}: {verdict} (5 %)")
    nn = p["non_normal"]
    if nn is None:
        print(f"non-normal methods: {p['non_normal_note']}")
    else:
        print(
            f"Box-Cox lambda = {_f(nn['box_cox_lambda'])}: Pp = {_f(nn['pp'])}, "
            f"Ppk = {_f(nn['ppk'])}; percentile method (ISO 22514-2): Pp = "
            f"{_f(nn['percentile_pp'])}, Ppk = {_f(nn['percentile_ppk'])}"
        )
