"""The exact bin-packing check of the line-balancing search against CP-SAT.

Draws random bin-packing questions (12-30 tasks, most of them as tight as the search asks:
the work fits the stations with less than one station to spare), answers each with
`PackingMemo.check` and with a plain CP-SAT assignment model, and counts agreements,
disagreements and undecided answers. CP-SAT (ortools) is the `bench` extra.

    python benchmarks/packing_vs_cpsat.py --instances 250 --seed 7
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import numpy as np
from ortools.sat.python import cp_model

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_desktop.tools.line_balancing.packing import (
    FEASIBLE,
    INFEASIBLE,
    UNKNOWN,
    PackingMemo,
)


def question(rng: random.Random) -> tuple[list[int], int, int]:
    """Task times, capacity c and stations, the stations at or one above ceil(work / c)."""
    c = rng.randint(20, 120)
    shortest = rng.choice([1, c // 5, c // 4, c // 3])
    times = [
        rng.randint(max(1, shortest), c // 2 + rng.randint(0, c // 2))
        for _ in range(rng.randint(12, 30))
    ]
    stations = -(-sum(times) // c) + rng.choice([0, 0, 1])
    return times, c, stations


def cpsat_answer(times: list[int], c: int, stations: int, seconds: float) -> int:
    model = cp_model.CpModel()
    n = len(times)
    x = {(i, b): model.NewBoolVar("") for i in range(n) for b in range(stations)}
    for i in range(n):
        model.AddExactlyOne(x[i, b] for b in range(stations))
        for b in range(i + 1, stations):
            model.Add(x[i, b] == 0)  # task i in one of the first i + 1 stations (symmetry)
    for b in range(stations):
        model.Add(sum(times[i] * x[i, b] for i in range(n)) <= c)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = seconds
    solver.parameters.num_workers = 1
    status = solver.Solve(model)
    if status == cp_model.INFEASIBLE:
        return INFEASIBLE
    if status in (cp_model.FEASIBLE, cp_model.OPTIMAL):
        return FEASIBLE
    return UNKNOWN


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=250)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=20.0, help="CP-SAT limit per question")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    counts = {"agree": 0, "disagree": 0, "ours undecided": 0, "CP-SAT undecided": 0}
    infeasible = 0
    ours_s = theirs_s = 0.0
    for _ in range(args.instances):
        times, c, stations = question(rng)
        began = time.perf_counter()
        ours = PackingMemo(np.array(times, dtype=np.int64), c).check(
            np.arange(len(times)), stations, 10**8
        )
        ours_s += time.perf_counter() - began
        began = time.perf_counter()
        theirs = cpsat_answer(times, c, stations, args.seconds)
        theirs_s += time.perf_counter() - began
        infeasible += theirs == INFEASIBLE
        if ours == UNKNOWN:
            counts["ours undecided"] += 1
        elif theirs == UNKNOWN:
            counts["CP-SAT undecided"] += 1
        elif ours == theirs:
            counts["agree"] += 1
        else:
            counts["disagree"] += 1
            print(f"disagree: c={c} stations={stations} times={times}", file=sys.stderr)
    print(
        f"Command: `python benchmarks/packing_vs_cpsat.py --instances {args.instances} "
        f"--seed {args.seed}`"
    )
    print()
    print("| questions | infeasible (CP-SAT) | " + " | ".join(counts) + " | ours s | CP-SAT s |")
    print("|---" * (len(counts) + 4) + "|")
    print(
        f"| {args.instances} | {infeasible} | "
        + " | ".join(str(v) for v in counts.values())
        + f" | {ours_s:.1f} | {theirs_s:.1f} |"
    )
    return 1 if counts["disagree"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
