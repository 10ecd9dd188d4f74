"""What one edit costs the window: views that follow typed change notices against views
that rebuild after every edit (#14 §5).

Measures on the offscreen Qt platform (wall ms per edit, median of ``--repeat``):
- a 2,000-task line open in its panel: change one task time in the task table (one undo
  step; the table, the graph, the Yamazumi and the metrics follow);
- the same panel open while another record (an OEE record) is renamed in the navigator;
- a navigator over 100 OEE records: rename one record.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/change_notices.py [--repeat 10]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from score_desktop.project import OeeRecord, Project
from score_desktop.project.line_records import LineRecord
from score_desktop.tools.line_balancing import Line, Task


def long_line(n: int = 2000, seed: int = 3) -> Line:
    """A random layered precedence graph of ``n`` tasks, times 1-20 s, c = 60 s."""
    rng = random.Random(seed)
    tasks: list[Task] = []
    previous: list[str] = []
    while len(tasks) < n:
        layer = [f"T{len(tasks) + i + 1}" for i in range(min(n - len(tasks), rng.randint(5, 15)))]
        for task_id in layer:
            preds = tuple(sorted(rng.sample(previous, min(2, len(previous))))) if previous else ()
            tasks.append(Task(task_id, rng.randint(1, 20), preds))
        previous = layer
    return Line(tuple(tasks), 60.0, name="2000 tasks", time_unit="s")


def timed(app: QApplication, fn, repeat: int) -> float:
    samples = []
    for i in range(repeat):
        start = time.perf_counter()
        fn(i)
        app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel
    from score_desktop.widgets.line_balancing.task_model import TIME
    from score_desktop.widgets.navigator import Navigator

    line = long_line()
    oee = tuple(OeeRecord(f"Machine {i:03d}") for i in range(100))
    document = Document(Project(oee_records=oee, lines=(LineRecord(line.name, line),)))
    navigator = Navigator(document)
    navigator.resize(300, 800)
    navigator.show()
    panel = LineBalancingPanel(document, line.name)
    panel.resize(1280, 800)
    panel.show()
    app.processEvents()
    model = panel.model

    def edit_time(i: int) -> None:
        model.setData(model.index(1000, TIME), str(5 + i % 7), Qt.ItemDataRole.EditRole)

    def rename_other(i: int) -> None:
        old = document.project.oee_records[7].name
        navigator.rename("oee_records", old, f"Press {i} of 7")

    table = timed(app, edit_time, args.repeat)
    other = timed(app, rename_other, args.repeat)
    panel.hide()
    panel.deleteLater()
    app.processEvents()
    alone = timed(app, rename_other, args.repeat)
    print("Command: `QT_QPA_PLATFORM=offscreen python benchmarks/change_notices.py`")
    print()
    print("| edit | median ms |")
    print("|---|---|")
    print(f"| 2,000-task line: one task time in the table | {table:.1f} |")
    print(f"| rename an OEE record while the 2,000-task line is open | {other:.1f} |")
    print(f"| 100-record navigator: rename one record | {alone:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
