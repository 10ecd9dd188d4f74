"""``score-desktop validate-sim``: the simulator against exact queueing results, side by side."""

from __future__ import annotations

import argparse
import math

from score_desktop.tools.vsm.validation_cases import CASES, TOLERANCE, CaseResult


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "validate-sim",
        help="check the flow simulation against exact queueing theory",
        description="Simulate every exact case (M/M/1, M/M/2, Jackson tandem, closed CONWIP "
        "lines vs mean value analysis, deterministic line, two machines with a finite buffer, "
        "breakdowns, Little's law) and print theory next to the simulated 95 %% confidence "
        "interval. Exit status 1 if any figure disagrees.",
    )
    p.add_argument("--case", action="append", choices=list(CASES), help="run only this case")
    p.add_argument(
        "--scale",
        type=float,
        default=1.0,
        help="multiply every run length (longer = narrower intervals; default %(default)s)",
    )
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: all)")
    p.set_defaults(func=main)


def main(args: argparse.Namespace) -> int:
    from score_desktop.commands import CommandError

    if not args.scale > 0:
        raise CommandError("--scale must be > 0")
    names = args.case or list(CASES)
    ok = True
    for name in names:
        result = CASES[name](scale=args.scale, workers=args.workers)
        print(format_case(result))
        ok = ok and result.agrees
    print(
        f"\n{'All figures agree' if ok else 'SOME FIGURES DISAGREE'}: a figure agrees when the "
        f"exact value lies within its 95 % CI widened {TOLERANCE:g} x and the CI is narrow."
    )
    return 0 if ok else 1


def format_case(r: CaseResult) -> str:
    lines = [f"\n{r.name}  ({r.source})"]
    lines.append(f"  {'figure':30s} {'exact':>10s} {'simulated':>10s} {'95 % CI':>23s}  verdict")
    for c in r.checks:
        s = c.simulated
        ci = f"[{s.ci_low:.4g}, {s.ci_high:.4g}]"
        rel = abs(s.mean - c.exact) / abs(c.exact) if c.exact else math.nan
        err = f" ({100 * rel:.1f} % off)" if math.isfinite(rel) else ""
        verdict = "agrees" if c.agrees else "DISAGREES"
        lines.append(f"  {c.quantity:30s} {c.exact:10.4g} {s.mean:10.4g} {ci:>23s}  {verdict}{err}")
    return "\n".join(lines)
