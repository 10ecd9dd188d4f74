"""Responsiveness of the value-stream map window on a 40-step map (target: < 100 ms each).

Measures, on the offscreen Qt platform (or the real one if a display is set):
- a data edit: type a new cycle time in the side panel -> one undoable edit -> static figures,
  data boxes, arrows and the lead-time ladder redrawn (the panel's whole refresh), and paint;
- a drag step: one mouse-move of a process box while dragging (arrows, inventory icons and
  the ladder follow it), and paint;
- dropping the box: the move becomes one undoable edit and the map is redrawn;
- building a whole panel (as the main window does when the map is opened).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/vsm_editing.py [--repeat 20] [--steps 40]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication

from score_desktop.project import Project
from score_desktop.tools.vsm import Buffer, Distribution, Failures, Step, ValueStreamMap


def forty_step_map(n: int = 40) -> ValueStreamMap:
    """A serial stream of ``n`` steps with FIFO lanes, failures and changeovers."""
    steps = [
        Step(
            f"Step {i + 1}",
            Distribution.lognormal(50 + (i * 7) % 13, 8),
            changeover=Distribution.fixed(5 + i % 4, "min"),
            failures=Failures(mttr=20, uptime_percent=92 + i % 7),
            buffer=Buffer("fifo", 20 + i % 5, inventory=10 + i),
        )
        for i in range(n)
    ]
    m = ValueStreamMap.serial("Forty steps", steps)
    m.customer.demand_per_day = 600
    return m


def _time(fn, repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and processor milliseconds of each call (processor time is steadier on a
    shared machine: it leaves out the time other processes had the core)."""
    wall, cpu = [], []
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        fn()
        wall.append(1000 * (time.perf_counter() - t))
        cpu.append(1000 * (time.process_time() - c))
    return wall, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.vsm.panel import ValueStreamPanel

    m = forty_step_map(args.steps)
    document = Document(Project(value_streams=(m,)))
    panel = ValueStreamPanel(document, m.name)
    panel.resize(1600, 1000)
    panel.show()
    app.processEvents()
    panel.scene.nodes["Step 20"].setSelected(True)
    app.processEvents()
    viewport = panel.view.viewport()
    values = iter(range(10**6))

    def data_edit() -> None:
        panel.editor.editors["ct_mean"].setValue(40 + next(values) % 20 + 0.5)
        viewport.repaint()

    def drag_step() -> None:
        item = panel.scene.nodes["Step 20"]  # the scene is rebuilt after each edit
        item.setPos(item.pos() + QPointF(10, 0))
        app.processEvents()  # the arrows follow (coalesced once per event-loop pass)
        viewport.repaint()

    def drop() -> None:
        panel.scene.nodes["Step 20"].setPos(panel.scene.nodes["Step 20"].pos() + QPointF(0, 10))
        panel.scene.commit_moves()
        viewport.repaint()

    def build_panel() -> None:
        p = ValueStreamPanel(document, m.name)
        p.deleteLater()

    rows = []
    for label, fn in (
        ("data edit + redraw", data_edit),
        ("drag: one mouse move", drag_step),
        ("drop: undoable move + redraw", drop),
        ("build the whole panel", build_panel),
    ):
        fn()  # warm up
        app.processEvents()
        wall, cpu = _time(fn, args.repeat)
        app.processEvents()
        rows.append((label, statistics.median(wall), max(wall), statistics.median(cpu)))
    print(f"{args.steps}-step map, {args.repeat} repeats, Qt platform "
          f"{QApplication.platformName()}")  # fmt: skip
    print(f"{'action':32} {'median ms':>10} {'max ms':>8} {'median CPU ms':>14}")
    for label, median, worst, cpu in rows:
        print(f"{label:32} {median:10.1f} {worst:8.1f} {cpu:14.1f}")
    print(f"undo steps recorded: {document.undo_stack.count()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
