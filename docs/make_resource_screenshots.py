"""Render the resource-efficiency panel offscreen at 1280x800 into docs/images/resource-*.png.

Run: QT_QPA_PLATFORM=offscreen python docs/make_resource_screenshots.py
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

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "images"
EXAMPLE = example_path("dye-house-resources.scoreproj")  # from ROOT
RECORD = "Dye house 2023-2024"

# (file name, panel tab, inner tab of that view or None)
SHOTS = [
    ("resource-log.png", 0, None),
    ("resource-baseline.png", 1, 0),
    ("resource-measured-predicted.png", 1, 1),
    ("resource-cusum.png", 1, 2),
    ("resource-ratios.png", 2, None),
    ("resource-waste-pareto.png", 3, 0),
    ("resource-material-flow.png", 3, 1),
    ("resource-settings.png", 4, None),
]


def main() -> int:
    from score_desktop.widgets.main_window import MainWindow

    os.chdir(ROOT)  # the status bar shows the path as opened
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Path(tmp) / "recovery")
        window.resize(1280, 800)
        window.show()
        window.open_path(EXAMPLE)
        window.navigator.select("resource_logs", RECORD)
        panel = window.panel
        inner = {1: panel.baseline_view.tabs, 3: panel.waste_view.tabs}
        OUT.mkdir(parents=True, exist_ok=True)
        for name, tab, sub in SHOTS:
            panel.tabs.setCurrentIndex(tab)
            if sub is not None:
                inner[tab].setCurrentIndex(sub)
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(OUT / name))
            print(f"wrote docs/images/{name}")
        window.document.undo_stack.setClean()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
