"""In-control average run length (ARL) of a Shewhart chart, by simulation, with the app's rules.

A 3-sigma chart on independent standard normal points signals with probability
p = 2 (1 - Phi(3)) = 0.0026998 per point, so ARL = 1/p = 370.40. With the four Western
Electric rules together the in-control ARL is 91.75 (Champ & Woodall 1987, *Technometrics*
29(4), Table 2, by a Markov chain). Each run draws standard normal z-values until
``first_signal`` (score_desktop.tools.quality.rules) reports one; the result is the mean run
length with its 95 % confidence interval.

    python benchmarks/spc_arl.py --runs 50000 --seed 1
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from score_desktop.tools.quality.distributions import normal_sf
from score_desktop.tools.quality.rules import RULE_SETS, first_signal

PUBLISHED = {"N1": 1.0 / (2.0 * normal_sf(3.0)), "we": 91.75}


def run_lengths(codes: tuple[str, ...], runs: int, chunk: int, rng: np.random.Generator):
    lengths = np.empty(runs)
    for r in range(runs):
        z = rng.standard_normal(chunk)
        while (hit := first_signal(z, codes)) is None:
            z = np.concatenate((z, rng.standard_normal(chunk)))
        lengths[r] = hit + 1
    return lengths


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    rng = np.random.default_rng(args.seed)
    print(f"{'rules':<22} {'runs':>7} {'ARL':>8} {'95 % CI':>18} {'published':>10} {'s':>6}")
    for label, codes, chunk in (
        ("3 sigma (N1)", ("N1",), 2000),
        ("Western Electric 1-4", RULE_SETS["we"], 500),
    ):
        start = time.perf_counter()
        lengths = run_lengths(codes, args.runs, chunk, rng)
        mean = lengths.mean()
        half = 1.96 * lengths.std(ddof=1) / math.sqrt(lengths.size)
        key = "N1" if codes == ("N1",) else "we"
        print(
            f"{label:<22} {args.runs:>7} {mean:>8.2f} {mean - half:>8.2f} .. {mean + half:<8.2f}"
            f"{PUBLISHED[key]:>10.2f} {time.perf_counter() - start:>6.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
