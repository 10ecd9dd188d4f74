"""Redraw times of the line-balancing window for a 100-task line (target: < 100 ms each).

Measures, on the offscreen Qt platform (or the real one if a display is set):
- the precedence graph: rebuild the scene from the line and paint the viewport;
- the Yamazumi: lay out the bars and paint;
- a drag-and-drop move: check the move, apply it as an undo step, re-score, redraw the
  graph, the Yamazumi, the table and the comparison (everything a drop does);
- building a whole panel (as the main window does when the line is opened).

Run: QT_QPA_PLATFORM=offscreen python benchmarks/line_balancing_redraw.py [--repeat 30]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from dataclasses import replace

from PySide6.QtWidgets import QApplication

from score_desktop.project import Project
from score_desktop.project.line_records import LineRecord
from score_desktop.tools.line_balancing import Line, Task, run_heuristic, stations_to_ids


def hundred_task_line(n: int = 100, seed: int = 7) -> Line:
    """A layered random precedence graph (about 12 columns), times 1-20 s, c = 60 s."""
    rng = random.Random(seed)
    tasks: list[Task] = []
    layers: list[list[str]] = []
    while len(tasks) < n:
        layer = [str(len(tasks) + i + 1) for i in range(min(n - len(tasks), rng.randint(5, 11)))]
        for task_id in layer:
            preds = (
                tuple(sorted(set(rng.sample(layers[-1], min(2, len(layers[-1]))))))
                if layers
                else ()
            )
            tasks.append(Task(task_id, rng.randint(1, 20), preds))
        layers.append(layer)
    return Line(tuple(tasks), 60.0, name="100 tasks", time_unit="s")


def timed(fn, repeat: int) -> list[tuple[float, float]]:
    """(wall ms, CPU ms of this process) per call."""
    out = []
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        fn()
        out.append(((time.perf_counter() - start) * 1000, (time.process_time() - cpu) * 1000))
    return out


def summary(name: str, samples: list[tuple[float, float]]) -> str:
    wall = sorted(w for w, _ in samples)
    p90 = wall[min(len(wall) - 1, int(0.9 * len(wall)))]
    cpu = statistics.median(c for _, c in samples)
    median = statistics.median(wall)
    return f"| {name} | {median:.1f} | {p90:.1f} | {wall[-1]:.1f} | {cpu:.1f} |"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel
    from score_desktop.widgets.line_balancing.workspace import line_state, yamazumi_data

    line = hundred_task_line()
    balance = stations_to_ids(line, run_heuristic(line.to_instance(), "rpw").stations)
    record = LineRecord(line.name, line, balance=tuple(map(tuple, balance)), balance_method="rpw")
    document = Document(Project(lines=(record,)))
    panel = LineBalancingPanel(document, line.name)
    panel.resize(1280, 800)
    panel.show()
    app.processEvents()
    state = line_state(document.project, record)
    graph, yamazumi = panel.graph, panel.yamazumi

    def rebuild_graph() -> None:
        graph._shown = None  # forget the drawn tasks: rebuild the whole scene
        graph.show_state(line_state(document.project, document.project.lines[0]))
        graph.viewport().repaint()

    recolour_states = []
    for k in range(2):
        moved = [list(s) for s in balance]
        if k:
            moved[-2].append(moved[-1].pop(0)) if moved[-1] else None
        recolour_states.append(
            line_state(document.project, replace(record, balance=tuple(map(tuple, moved))))
        )
    turn = [0]

    def recolour_graph() -> None:
        turn[0] += 1
        graph.show_state(recolour_states[turn[0] % 2])
        graph.viewport().repaint()

    def redraw_yamazumi() -> None:
        yamazumi.show_data(yamazumi_data(state))
        yamazumi.repaint()

    def drop() -> None:
        """Drag the top task of the last station to a new station, painted at once."""
        assert panel.move_task(balance[-1][-1], len(balance))
        panel.repaint()  # table, graph, Yamazumi and metrics painted now

    def undo() -> None:
        document.undo_stack.undo()
        app.processEvents()

    def refused() -> None:
        """A refused drop: the first task of the line onto the last station."""
        assert not panel.move_task(balance[0][0], len(balance) - 1)

    def new_panel() -> None:
        p = LineBalancingPanel(document, line.name)
        p.resize(1280, 800)
        p.show()
        app.processEvents()
        p.close()
        p.deleteLater()

    drops = []
    for _ in range(args.repeat):
        drops += timed(drop, 1)
        undo()
    rows = [
        summary(
            "precedence graph: scene rebuilt and painted (task edit)",
            timed(rebuild_graph, args.repeat),
        ),
        summary(
            "precedence graph: recoloured and painted (balance edit)",
            timed(recolour_graph, args.repeat),
        ),
        summary("Yamazumi: layout + paint", timed(redraw_yamazumi, args.repeat)),
        summary("drop accepted: check, undo step, re-score, repaint panel", drops),
        summary("drop refused: check and message", timed(refused, args.repeat)),
        summary("whole panel built and shown", timed(new_panel, max(5, args.repeat // 3))),
    ]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"{len(line.tasks)} tasks, {len(balance)} stations, platform {app.platformName()}, "
        f"{args.repeat} repeats, load average {load:.1f} on {os.cpu_count()} cores"
    )
    print("| what | median ms | 90 % ms | worst ms | median CPU ms |")
    print("|---|---|---|---|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
