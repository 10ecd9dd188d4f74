"""Render the line-balancing window offscreen into docs/images/line-balancing*.png.

Uses the bundled classroom example. Run:
QT_QPA_PLATFORM=offscreen python docs/images/line-balancing-screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from score_desktop.resources import example_path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "docs" / "images"
EXAMPLE = example_path("classroom-line-balancing.scoreproj")


def main() -> int:
    from matplotlib.figure import Figure

    from score_desktop.charts.line_balancing import draw_yamazumi
    from score_desktop.widgets.line_balancing.workspace import yamazumi_data
    from score_desktop.widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])

    def settle() -> None:
        for _ in range(30):
            app.processEvents()

    def wait(job) -> None:
        while job.is_running:
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Path(tmp) / "recovery")
        window.resize(1280, 800)
        window.show()
        window.open_path(EXAMPLE, confirmed=True)
        window.navigator.select("lines", "1 Groover 12 elements")
        window.panel.balancing.set_method("rpw")
        wait(window.panel.balancing.run())
        settle()  # the window builds a new panel after the edit
        panel = window.panel
        panel.graph.fit()
        settle()
        window.grab().save(str(OUT / "line-balancing.png"))

        panel.move_task("4", 0)  # refused: shows the reason under the chart
        settle()
        window.grab().save(str(OUT / "line-balancing-refused.png"))

        panel.tabs.setCurrentIndex(1)
        panel.classroom.start()
        for _ in range(5):
            panel.classroom.next()
        settle()
        window.grab().save(str(OUT / "line-balancing-classroom.png"))

        presentation = panel.present(full_screen=False)
        presentation.resize(1920, 1080)
        settle()
        presentation.graph.fit()
        settle()
        presentation.grab().save(str(OUT / "line-balancing-presentation.png"))
        presentation.close()
        panel.classroom.stop()

        panel.save_alternative("RPW")
        settle()
        window.panel.balancing.set_method("lcr")
        wait(window.panel.balancing.run())
        settle()
        window.panel.save_alternative("LCR")
        settle()
        window.panel.chart_tabs.setCurrentIndex(1)
        settle()
        window.grab().save(str(OUT / "line-balancing-compare.png"))

        state = window.panel.state
        figure = Figure(figsize=(6.4, 3.6), dpi=100)
        draw_yamazumi(figure, yamazumi_data(state))
        figure.savefig(OUT / "line-balancing-yamazumi-chart.png")
        window.close()
    print(f"wrote line-balancing*.png to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
