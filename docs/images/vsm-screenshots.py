"""Rebuild docs/images/vsm-*.png from the bundled value-stream example (offscreen), simulating
both maps with the window's default settings (400 h, 40 h warm-up, 10 replications).

Run: QT_QPA_PLATFORM=offscreen python docs/images/vsm-screenshots.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from score_desktop.resources import example_path

HERE = Path(__file__).resolve().parent
EXAMPLE = example_path("acme-value-stream.scoreproj")


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv)
    from score_desktop.widgets.document import Document
    from score_desktop.widgets.vsm.export import export_png
    from score_desktop.widgets.vsm.panel import ValueStreamPanel

    document = Document.open(EXAMPLE)
    panels = {}
    for name in ("Current state", "Future state"):
        panel = ValueStreamPanel(document, name)
        panel.resize(1700, 950)
        panel.show()
        app.processEvents()
        export_png(panel.scene, HERE / f"vsm-{name.split()[0].lower()}-state.png", 1.2)
        panels[name] = panel
    session = panels["Current state"].session
    session.settings.workers = 1
    for panel in panels.values():
        done = []
        session.results_changed.connect(done.append)
        panel.simulate()
        while not done:
            app.processEvents()
        session.results_changed.disconnect(done.append)
        app.processEvents()
    export_png(panels["Current state"].scene, HERE / "vsm-simulated.png", 1.2)
    future = panels["Future state"]
    future.side.setCurrentWidget(future.compare_view)
    future.fit()
    app.processEvents()
    future.grab().save(str(HERE / "vsm-compare.png"))
    current = panels["Current state"]
    current.side.setCurrentWidget(current.results)
    current.results.tabs.setCurrentIndex(0)
    current.fit()
    app.processEvents()
    current.grab().save(str(HERE / "vsm-window.png"))


if __name__ == "__main__":
    main()
