"""How long the GUI thread can be held up while the exact search runs in a worker thread.

Runs `solve_salbp2` on Scholl's Arcus1 line for 20 stations (which does not finish: many
cycle-time probes, each with its bin-packing check of the whole line and its compiled
search) in a thread for a few seconds while the main thread sleeps 5 ms in a loop, and
reports the gaps between its wake-ups (5 ms when nothing holds the GIL). Reads
../shared/data/salbp in place.

    python benchmarks/exact_gui_latency.py --seconds 4
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time

from salbp import DATA, read_in2  # benchmarks/salbp.py, which puts the repository on sys.path

from score_desktop.tools.line_balancing.exact import prepare_solver, solve_salbp2
from score_desktop.tools.line_balancing.instance import Instance


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    args = parser.parse_args(argv)
    prepare_solver()
    times, preds = read_in2(DATA / "scholl" / "ARC83.IN2")
    line = Instance(tuple(times), tuple(tuple(p) for p in preds), station_count=20)
    done = threading.Event()
    worker = threading.Thread(
        target=lambda: (solve_salbp2(line, time_limit=args.seconds), done.set())
    )
    worker.start()
    gaps = []
    last = time.perf_counter()
    while not done.is_set():
        time.sleep(0.005)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
    worker.join()
    gaps.sort()
    ms = [1000 * g for g in gaps]
    print(f"Command: `python benchmarks/exact_gui_latency.py --seconds {args.seconds:g}`")
    print()
    print("| main-thread wake-ups (sleep 5 ms) | median ms | 99th percentile ms | max ms |")
    print("|---|---|---|---|")
    print(
        f"| {len(ms)} during the search | {statistics.median(ms):.1f} | "
        f"{ms[int(0.99 * (len(ms) - 1))]:.1f} | {ms[-1]:.1f} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
