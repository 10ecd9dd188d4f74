"""Render the main windows offscreen into docs/images/ for the README's tour.

Run: QT_QPA_PLATFORM=offscreen python docs/make_screenshots.py
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
EXAMPLE = example_path("acme-stamping.scoreproj")

# (file name, section, record name, tab index or None)
SHOTS = [
    ("start-page.png", None, None, None),
    ("oee.png", "oee_records", "Press 1 Wed (A)", 0),
    ("oee-losses.png", "oee_records", "Press 1 Wed (A)", 1),
    ("oee-pareto.png", "oee_records", "Welder 2 Mon (A)", 2),
    ("oee-trend.png", "oee_records", "", None),
    ("takt.png", "demands", "Steering brackets", None),
]


def main() -> int:
    from score_desktop.widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(settings, Path(tmp) / "recovery")
        window.resize(1280, 800)
        window.show()
        OUT.mkdir(parents=True, exist_ok=True)
        for name, section, record, tab in SHOTS:
            if section is None:
                window.set_document(None)
            else:
                if window.document is None:
                    window.open_path(EXAMPLE)
                window.navigator.select(section, record)
                if tab is not None:
                    window.panel.tabs.setCurrentIndex(tab)
            app.processEvents()
            window.grab().save(str(OUT / name))
            print(OUT / name)
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
