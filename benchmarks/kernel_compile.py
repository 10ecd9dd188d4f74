"""First-call cost of the compiled exact line-balancing search (numba).

Runs, each in a fresh Python process, a small SALBP-1 instance that needs the search:
first with an empty numba cache (the kernel and the packing check are compiled: what the
first exact solve after installing costs), then again with the cache that run wrote (they
are loaded: every later start of the app), and reports both. Not part of the test suite.

    python benchmarks/kernel_compile.py --runs 3
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

PROBE = """
import time
from score_desktop.tools.line_balancing import kernel
from score_desktop.tools.line_balancing.exact import prepare_solver
before = time.perf_counter()
prepare_solver()
assert kernel.ready(), "the kernel did not run"
print(time.perf_counter() - before)
"""


def warm_up() -> float:
    """Compile or load the kernel in this process (seconds), before anything is timed."""
    from score_desktop.tools.line_balancing.exact import prepare_solver

    before = time.perf_counter()
    prepare_solver()
    return time.perf_counter() - before


def first_solve_seconds(cache: str) -> float:
    env = dict(os.environ, NUMBA_CACHE_DIR=cache, PYTHONPATH=str(REPO))
    out = subprocess.run(
        [sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.strip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    compiled, loaded = [], []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as cache:
            compiled.append(first_solve_seconds(cache))
            loaded.append(first_solve_seconds(cache))
    print(f"Command: `python benchmarks/kernel_compile.py --runs {args.runs}`")
    print()
    print("| first exact solve in a new process | median s | runs |")
    print("|---|---|---|")
    print(
        "| empty numba cache (compiles the kernel and the packing check) | "
        f"{statistics.median(compiled):.1f} | "
        f"{', '.join(f'{x:.1f}' for x in compiled)} |"
    )
    print(
        f"| cache written by that run (loads it) | {statistics.median(loaded):.2f} | "
        f"{', '.join(f'{x:.2f}' for x in loaded)} |"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
