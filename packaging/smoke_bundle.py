"""Smoke test of the one-folder bundle, headless, as a user with an empty cache would start it.

    python packaging/smoke_bundle.py dist/score-desktop

Checks: ``--version``; every bundled example (from the bundle's own data folder) exports to an
Excel workbook; the bundled line balances with the exact search, first compiling the search
into the per-user cache and then loading it from there; the window opens an example
(offscreen) and quits. Prints the time of each step; exits 1 on the first failure.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def executable(bundle: Path) -> Path:
    return bundle / ("score-desktop.exe" if os.name == "nt" else "score-desktop")


def bundle_data(bundle: Path) -> Path:
    """The package's data folder inside the bundle (``_internal/score_desktop/data``)."""
    found = sorted(bundle.rglob("score_desktop/data/examples"))
    if not found:
        raise SystemExit(f"smoke: no score_desktop/data/examples folder in {bundle}")
    return found[0].parent


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with empty per-user folders under ``home``; no Python settings leak in."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NUMBA_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
    )
    env.update(extra)
    return env


# A line on which the bounds are not tight, so the exact search (the compiled kernel) runs:
# the one exact.prepare_solver solves; 6 stations at cycle time 12 min.
SEARCH_LINE = (
    (3, ""),
    (2, "1"),
    (5, "1,2"),
    (2, "1,3"),
    (8, "1"),
    (8, ""),
    (8, ""),
    (7, "1,5"),
    (4, "4"),
    (2, "1"),
    (8, "4,8"),
    (1, "9"),
)


def write_search_line(path: Path) -> Path:
    rows = ["task,description,time (min),predecessors"]
    rows += [f'{i},task {i},{t},"{p}"' for i, (t, p) in enumerate(SEARCH_LINE, start=1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def step(name: str, command: list[str], env: dict[str, str], cwd: Path, timeout: float = 600):
    """Run one step; its output on success, exit 1 with its output on failure."""
    start = time.perf_counter()
    done = subprocess.run(
        command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        print(f"smoke: FAILED {name} (exit {done.returncode}, {seconds:.1f} s)")
        print(done.stdout[-3000:], done.stderr[-3000:], sep="\n")
        raise SystemExit(1)
    print(f"smoke: ok  {name} ({seconds:.1f} s)")
    return done, seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path, help="the bundle folder, e.g. dist/score-desktop")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    exe = executable(bundle)
    if not exe.is_file():
        raise SystemExit(f"smoke: {exe} not found; build it with packaging/build.sh")
    data = bundle_data(bundle)
    with tempfile.TemporaryDirectory(prefix="score-smoke-") as tmp:
        home = Path(tmp)  # also the working folder: outside the bundle and any checkout
        env = user_env(home)
        done, _ = step("--version", [str(exe), "--version"], env, home)
        if not done.stdout.startswith("score-desktop "):
            raise SystemExit(f"smoke: unexpected --version output {done.stdout!r}")
        examples = sorted((data / "examples").glob("*.scoreproj"))
        if not examples:
            raise SystemExit(f"smoke: no examples in {data / 'examples'}")
        for example in examples:
            out = home / f"{example.stem}.xlsx"
            step(
                f"export {example.name}",
                [str(exe), "export", str(example), "-o", str(out)],
                env,
                home,
            )
            with zipfile.ZipFile(out) as workbook:
                if "xl/workbook.xml" not in workbook.namelist():
                    raise SystemExit(f"smoke: {out} is not an Excel workbook")
        template = data / "templates" / "line_balancing_template.csv"
        step(
            "balance the bundled template (RPW)",
            [str(exe), "balance", str(template), "--cycle-time", "1", "--method", "rpw"],
            env,
            home,
        )
        line = write_search_line(home / "search.csv")
        balance = [str(exe), "balance", str(line), "--cycle-time", "12", "--json"]
        first, compiled = step("exact balance, empty cache (compiles)", balance, env, home, 900)
        second, loaded = step("exact balance, from the cache", balance, env, home)
        for done in (first, second):
            if len(json.loads(done.stdout)["stations"]) != 6:
                raise SystemExit(f"smoke: the exact balance is not the 6 stations: {done.stdout}")
        index = sorted(home.rglob("kernel.run-*.nbi"))
        if not index:
            raise SystemExit("smoke: the compiled search was not cached in the user's folder")
        print(f"smoke: the compiled search is cached in ~/{index[0].parent.relative_to(home)}")
        if loaded > compiled:
            raise SystemExit("smoke: the second exact balance did not load the cached search")
        window = [str(exe), str(examples[0])]
        done, shown = step(
            "window opens an example", window, user_env(home, SCORE_DESKTOP_SMOKE_TEST="1"), home
        )
        if "window shown" not in done.stdout:
            raise SystemExit(f"smoke: the window did not report itself shown: {done.stdout!r}")
    print(
        f"smoke: bundle OK: exact balance {compiled:.1f} s compiling, {loaded:.1f} s from the "
        f"cache; window shown and closed in {shown:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
