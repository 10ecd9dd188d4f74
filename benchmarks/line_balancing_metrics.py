"""How fast a hand-edited balance is re-scored and a move checked (target: < 5 ms, 100 tasks).

Run: ``python benchmarks/line_balancing_metrics.py`` (optionally ``--tasks N --repeat R``).
Uses an Otto et al. n=100 instance from ../shared/data when present, else a random line
of the same size. Prints the median, 99th percentile and worst time per call of
``balance_metrics`` and ``check_move`` (the two calls a window makes on every drag) and of
one RPW run, as wall-clock time and as the thread's CPU time (on a busy shared machine the
wall-clock outliers are time spent waiting for a core, not computing).
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from score_desktop.tools.line_balancing import (
    Instance,
    balance_metrics,
    check_move,
    read_line,
    run_heuristic,
)

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "salbp" / "otto2013" / "large"


def instance_for(n: int) -> tuple[Instance, str]:
    path = DATA / "instance_n=100_1.alb"
    if n == 100 and path.is_file():
        return read_line(path).to_instance(), path.name
    rng = random.Random(1)
    times = tuple(rng.randint(1, 100) for _ in range(n))
    preds = tuple(tuple(sorted(rng.sample(range(j), min(j, rng.randint(0, 3))))) for j in range(n))
    return Instance(times, preds, cycle_time=max(times) * 3), f"random line, {n} tasks"


def timed(call, repeat: int, clock) -> tuple[float, float, float]:
    """Median, 99th percentile and worst time of one call, in ms."""
    samples = []
    for _ in range(repeat):
        start = clock()
        call()
        samples.append(clock() - start)
    samples.sort()
    p99 = samples[min(len(samples) - 1, int(0.99 * len(samples)))]
    return statistics.median(samples) * 1e3, p99 * 1e3, samples[-1] * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    instance, name = instance_for(args.tasks)
    stations = [list(s) for s in run_heuristic(instance, "rpw").stations]
    last = stations[-1][-1]
    print(f"{name}: {instance.n} tasks, {len(stations)} stations (RPW)")
    rows = [
        ("balance_metrics", lambda: balance_metrics(instance, stations)),
        ("check_move", lambda: check_move(instance, stations, last, len(stations) - 2)),
        ("run_heuristic rpw", lambda: run_heuristic(instance, "rpw")),
    ]
    for label, call in rows:
        repeat = args.repeat if "heuristic" not in label else 200
        for clock_name, clock in (("wall", time.perf_counter), ("cpu", time.thread_time)):
            median, p99, worst = timed(call, repeat, clock)
            print(
                f"{label:<18} {clock_name:<4} median {median:7.3f} ms   99 % {p99:7.3f} ms"
                f"   worst {worst:7.3f} ms"
            )


if __name__ == "__main__":
    main()
