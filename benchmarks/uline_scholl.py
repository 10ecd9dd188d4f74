"""The U-line exact search (UALBP-1) on Scholl's 269 SALBP-1 instances read as U-lines.

Reads ../shared/data/salbp/scholl in place. Prints one line per instance on stderr and a
markdown summary on stdout: instances, proven optimal, U-line balances with fewer stations
than the straight line's optimum, and seconds. Every balance is checked with ``u_problems``.

    python benchmarks/uline_scholl.py --time-limit 10 --csv /tmp/uline.csv
    python benchmarks/uline_scholl.py --time-limit 10 --every 3   # a sample: every 3rd case
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kernel_compile import warm_up  # noqa: E402
from salbp import load_cases  # noqa: E402

from score_desktop.tools.line_balancing.uline import solve_ualbp1, u_problems  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=10.0)
    parser.add_argument("--every", type=int, default=1, help="take every N-th instance")
    parser.add_argument("--csv", type=Path, default=None)
    args = parser.parse_args(argv)
    cases = load_cases("scholl1")[:: args.every]
    ready = warm_up()
    print(f"compiled straight-line search ready in {ready:.1f} s", file=sys.stderr)
    rows = []
    for case in cases:
        start = time.perf_counter()
        res = solve_ualbp1(case.instance, time_limit=args.time_limit)
        seconds = time.perf_counter() - start
        bad = u_problems(case.instance, res.stations)
        if bad:
            print(f"INVALID U-LINE BALANCE {case.name}: {bad[0]}", file=sys.stderr)
        rows.append(
            {
                "instance": case.name,
                "u_stations": res.station_count,
                "u_lower_bound": res.lower_bound,
                "proven": res.proven_optimal and not bad,
                "straight_optimum": case.reference,
                "back_tasks": sum(1 for s in res.sides if s == "back"),
                "status": res.status,
                "seconds": round(seconds, 3),
                "nodes": res.nodes,
            }
        )
        print(" ".join(str(v) for v in rows[-1].values()), file=sys.stderr, flush=True)
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    secs = [r["seconds"] for r in rows]
    fewer = sum(
        1 for r in rows if r["straight_optimum"] and r["u_stations"] < r["straight_optimum"]
    )
    more = sum(1 for r in rows if r["straight_optimum"] and r["u_stations"] > r["straight_optimum"])
    print(
        "| instances | proven optimal | U fewer stations than straight optimum | U more | "
        "total s | median s | max s |"
    )
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {len(rows)} | {sum(r['proven'] for r in rows)} | {fewer} | {more} | {sum(secs):.1f} | "
        f"{statistics.median(secs):.2f} | {max(secs):.2f} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
