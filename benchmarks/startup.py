"""Time from process start to the main window shown with the example project, and memory then.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--runs 7]

Each run is a fresh process (so imports count) that opens the bundled example project,
shows the window, processes events once, and reports the elapsed time since the
process started and its resident memory (VmRSS). The median over the runs is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from score_desktop.resources import example_path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = example_path("acme-stamping.scoreproj")

CHILD = r"""
import os, sys, time, json
from pathlib import Path
def process_start():
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(open("/proc/uptime").read().split()[0])
    return time.time() - (uptime - start)
t0 = process_start()
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
from score_desktop.widgets.main_window import MainWindow
app = QApplication([sys.argv[0]])
tmp = Path(sys.argv[2])
window = MainWindow(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), tmp / "rec")
window.open_path(Path(sys.argv[1]))
window.show()
app.processEvents()
elapsed = time.time() - t0
rss = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmRSS"))
print(json.dumps({"seconds": elapsed, "rss_mb": rss / 1024}))
window.document.undo_stack.setClean()
"""


def one_run() -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(EXAMPLE), tmp],
            env=env,
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
        )
        return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    one_run()  # warm the file cache
    runs = [one_run() for _ in range(args.runs)]
    seconds = [r["seconds"] for r in runs]
    rss = [r["rss_mb"] for r in runs]
    print(f"runs: {args.runs}")
    print(
        f"start-up to window shown: median {statistics.median(seconds):.2f} s "
        f"(min {min(seconds):.2f}, max {max(seconds):.2f})"
    )
    print(f"resident memory then: median {statistics.median(rss):.0f} MB (max {max(rss):.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
