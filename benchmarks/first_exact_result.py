"""Time from the first launch after installing to the first exact line-balancing result on
Groover's 12-element line (the classroom example), as a trainer in class would see it.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/first_exact_result.py [--click-after S]

Each launch is a fresh process that does what ``score-desktop`` does at start (window, the
background solver warm-up with its status-bar note), opens
``classroom-line-balancing.scoreproj``, shows the Groover line, waits ``--click-after``
seconds (the trainer talking) and presses Balance with the exact method, then waits for the
result. Times are from process start (read from /proc, Linux). Three launches:

1. first launch after installing (an empty numba cache), Balance pressed at once: the search
   waits for the background compile, which was started at launch;
2. first launch, Balance pressed when the status bar says the solver is ready;
3. a later launch (the cache written by launch 1), Balance pressed at once.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GROOVER = "1 Groover 12 elements"

CHILD = r"""
import json, os, sys, time
from pathlib import Path
def since_start():
    ticks = os.sysconf("SC_CLK_TCK")
    start = int(open("/proc/self/stat").read().rsplit(")", 1)[1].split()[19]) / ticks
    uptime = float(open("/proc/uptime").read().split()[0])
    return uptime - start
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from score_desktop.resources import example_path
from score_desktop.solver_warmup import start_warm_up
from score_desktop.widgets.main_window import MainWindow
from score_desktop.widgets.warm_up_note import follow_warm_up
tmp, click_after, name = Path(sys.argv[1]), float(sys.argv[2]), sys.argv[4]
wait_ready = sys.argv[3] == "1"
app = QApplication([sys.argv[0]])
window = MainWindow(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat), tmp / "rec")
window.show()
warm_up = start_warm_up()
follow_warm_up(window, warm_up)
window.open_path(example_path("classroom-line-balancing.scoreproj"), confirmed=True)
window.show_record("lines", name)
app.processEvents()
shown = since_start()
def pause(seconds):
    loop = QEventLoop(); QTimer.singleShot(int(seconds * 1000), loop.quit); loop.exec()
pause(click_after)
while wait_ready and not warm_up.finished:
    pause(0.1)
ready_at = since_start() if warm_up.finished else None
controls = window.panel.balancing
controls.set_method("exact")
clicked = since_start()
job = controls.run()
loop = QEventLoop(); job.done.connect(loop.quit); loop.exec()
result = since_start()
stations = len(window.document.project.find("lines", name).balance)
print(json.dumps({"window_shown": shown, "clicked": clicked, "result": result,
                  "click_to_result": result - clicked, "stations": stations,
                  "warm_up_ready_at": ready_at, "status": controls.status.text()}))
window.document.undo_stack.setClean()
"""


def launch(cache: Path, click_after: float, wait_ready: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, NUMBA_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                tmp,
                str(click_after),
                "1" if wait_ready else "0",
                GROOVER,
            ],
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            cwd=tmp,
            check=False,
        )
        if done.returncode != 0:
            raise SystemExit(f"launch failed:\n{done.stderr[-3000:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])


def show(title: str, run: dict) -> None:
    print(
        f"{title}: window shown {run['window_shown']:.1f} s, Balance pressed at "
        f"{run['clicked']:.1f} s, exact result at {run['result']:.1f} s after launch "
        f"({run['click_to_result']:.1f} s after the press), {run['stations']} stations"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--click-after", type=float, default=0.0, help="seconds (default 0)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as first_cache, tempfile.TemporaryDirectory() as second:
        show("1. first launch, press at once", launch(Path(first_cache), args.click_after, False))
        show("2. first launch, press when ready", launch(Path(second), args.click_after, True))
        show("3. later launch, press at once", launch(Path(first_cache), args.click_after, False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
