"""Size and start-up time of the one-folder desktop bundle (packaging/build.sh).

Run: python benchmarks/bundle_start.py dist/score-desktop [--runs 7]

Size: the bundle folder on disk (and as a .tar.gz). Start-up: each run starts the bundle's
executable on ``acme-stamping.scoreproj`` (from its own data folder) offscreen with
SCORE_DESKTOP_SMOKE_TEST=1, which shows the window with the project open, prints one line and
quits; the time is from starting the process to that line. The first run is the first start
after unpacking into a new folder, by a user with empty per-user folders (the files were just
written, so they may be in the operating system's file cache: a truly cold disk is slower);
the median of the others, by the same user, is a usual start.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path


def folder_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def one_start(exe: Path, example: Path, home: str) -> float:
    """Seconds from starting the bundle to its "window shown" line, as the user ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NUMBA_"))}
    env.update(
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        SCORE_DESKTOP_SMOKE_TEST="1",
        HOME=home,
        XDG_CACHE_HOME=f"{home}/cache",
        XDG_CONFIG_HOME=f"{home}/config",
        XDG_STATE_HOME=f"{home}/state",
        XDG_DATA_HOME=f"{home}/data",
    )
    Path(home).mkdir(exist_ok=True)
    start = time.perf_counter()
    with subprocess.Popen(
        [str(exe), str(example)], env=env, cwd=home, stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            if "window shown" in line:
                shown = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"the bundle did not show its window (exit {process.wait()})")
        process.wait(timeout=60)
    return shown


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    source = args.bundle.resolve()
    size, count = folder_size(source)
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "score-desktop-linux.tar.gz"
        with tarfile.open(archive, "w:gz", compresslevel=6) as tar:
            tar.add(source, arcname="score-desktop")
        packed = archive.stat().st_size
        fresh = Path(tmp) / "unpacked"
        with tarfile.open(archive) as tar:
            tar.extractall(fresh, filter="tar")
        archive.unlink()
        bundle = fresh / "score-desktop"
        exe = bundle / ("score-desktop.exe" if os.name == "nt" else "score-desktop")
        example = next(bundle.rglob("score_desktop/data/examples/acme-stamping.scoreproj"))
        home = str(Path(tmp) / "home")
        first = one_start(exe, example, home)
        later = [one_start(exe, example, home) for _ in range(args.runs)]
        shutil.rmtree(fresh)
    print(f"bundle: {size / 2**20:.0f} MB in {count} files; {packed / 2**20:.0f} MB as .tar.gz")
    print(f"first start after unpacking, to the window shown: {first:.2f} s")
    print(
        f"later starts ({args.runs}): median {statistics.median(later):.2f} s "
        f"(min {min(later):.2f}, max {max(later):.2f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
