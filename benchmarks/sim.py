"""Flow-simulation speed benchmark (issue 5, section 5).

A five-step serial line with exponential process times, finite buffers (2 parts) and
operation-dependent exponential failures, fed by unlimited raw material:

1. parts per second of one replication of the full engine (every statistic: state shares, WIP
   and buffer integrals, lead-time mean and reservoir, time series), against a minimal
   hand-written SimPy model of the same line (one process per machine, ``simpy.Store`` buffers,
   counting only throughput), measured in the same run, best of ``--repeat`` timings each;
2. replications in 1 vs 2 worker processes (wall time, spawn start-up included);
3. peak traced memory (tracemalloc) of one replication with horizon H vs 10 H.

Run:  python benchmarks/sim.py            (about a minute)
      python benchmarks/sim.py --quick    (smoke run)
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

import simpy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import Buffer, Failures, Step, ValueStreamMap
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.simulation import SimSettings, simulate_once

MEANS_MIN = (1.0, 1.1, 1.2, 1.05, 0.95)  # mean process times, minutes
BUFFER = 2
MTBF_MIN, MTTR_MIN = 120.0, 6.0


def line() -> ValueStreamMap:
    steps = []
    for i, t in enumerate(MEANS_MIN):
        steps.append(
            Step(
                f"Step {i + 1}",
                Distribution.exponential(t, "min"),
                failures=Failures(mttr=MTTR_MIN, mtbf=MTBF_MIN, unit="min"),
                buffer=Buffer("fifo", BUFFER) if i else Buffer(),
            )
        )
    return ValueStreamMap.serial("benchmark line", steps)


def minimal_model(horizon_min: float, seed: int) -> int:
    """The same line by hand: Stores as buffers, operation-dependent failures, throughput only."""
    rng = random.Random(seed)
    env = simpy.Environment()
    stores = [simpy.Store(env, capacity=BUFFER) for _ in MEANS_MIN[1:]]
    done = [0]

    def machine(i: int):
        inp = stores[i - 1] if i else None
        out = stores[i] if i < len(stores) else None
        ttf = rng.expovariate(1 / MTBF_MIN)
        while True:
            part = (yield inp.get()) if inp is not None else object()
            work = rng.expovariate(1 / MEANS_MIN[i])
            while work > ttf:
                yield env.timeout(ttf)
                work -= ttf
                yield env.timeout(rng.expovariate(1 / MTTR_MIN))
                ttf = rng.expovariate(1 / MTBF_MIN)
            ttf -= work
            yield env.timeout(work)
            if out is not None:
                yield out.put(part)
            else:
                done[0] += 1

    for i in range(len(MEANS_MIN)):
        env.process(machine(i))
    env.run(until=horizon_min)
    return done[0]


def best_of(repeat: int, fn):
    best, value = float("inf"), None
    for _ in range(repeat):
        t = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t)
    return best, value


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--horizon", type=float, default=2000.0, help="hours (default 2000)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--replications", type=int, default=8)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if args.quick:
        args.horizon, args.repeat, args.replications = 200.0, 1, 2
    m = line()
    hours = args.horizon
    settings = SimSettings(hours, 0.0, 1, seed=1)
    print(
        f"Five-step exponential line, B = {BUFFER}, MTBF {MTBF_MIN:g} / MTTR {MTTR_MIN:g} min, "
        f"{hours:g} h per run, best of {args.repeat}; {os.cpu_count()} cores (shared machine)"
    )

    t_full, res = best_of(args.repeat, lambda: simulate_once(m, settings, 0))
    t_min, n_min = best_of(args.repeat, lambda: minimal_model(hours * 60, 1))
    full_rate, min_rate = res.delivered / t_full, n_min / t_min
    print("\n| model | parts | seconds | parts/s |\n|---|---:|---:|---:|")
    print(f"| full engine, all statistics | {res.delivered} | {t_full:.3f} | {full_rate:,.0f} |")
    print(f"| minimal SimPy model | {n_min} | {t_min:.3f} | {min_rate:,.0f} |")
    print(f"\nspeed ratio full / minimal = {full_rate / min_rate:.2f} (target >= 0.8)")

    print(
        "\n| worker processes | replications | wall s | speed-up | CPU s in replications "
        "| cores obtained (CPU / wall) |\n|---:|---:|---:|---:|---:|---:|"
    )
    base = None
    for workers in (1, 2):
        s = SimSettings(hours, 0.0, args.replications, seed=1, workers=workers)
        t = time.perf_counter()
        res = run_replications(m, s)
        wall = time.perf_counter() - t
        cpu = sum(r.cpu_s for r in res.runs)
        base = base or wall
        print(
            f"| {workers} | {args.replications} | {wall:.2f} | {base / wall:.2f} | {cpu:.2f} "
            f"| {cpu / wall:.2f} |"
        )

    print("\n| horizon h | parts | peak traced memory KiB |\n|---:|---:|---:|")
    peaks = []
    for h in (hours / 10, hours):
        tracemalloc.start()
        r = simulate_once(m, SimSettings(h, 0.0, 1, seed=1), 0)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        peaks.append(peak)
        print(f"| {h:g} | {r.delivered} | {peak / 1024:,.0f} |")
    print(f"\nmemory ratio 10H / H = {peaks[1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
