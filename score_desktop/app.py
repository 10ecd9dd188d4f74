"""The GUI application: QApplication set-up, the main window, the file given on the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from score_desktop import __version__

ORGANIZATION = "SCORE Desktop"
APPLICATION = "SCORE Desktop"


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window (on PROJECT when given) and run until it closes."""
    parser = argparse.ArgumentParser(
        prog="score-desktop", description="Open SCORE Desktop, optionally on a project."
    )
    parser.add_argument("project", nargs="?", help="a .scoreproj file to open")
    args, qt_args = parser.parse_known_args(list(argv))

    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from score_desktop.widgets.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    settings = QSettings()
    data_dir = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    window = MainWindow(settings, data_dir / "recovery")
    window.show()
    restored = window.offer_recovery()
    if args.project and not restored:
        path = Path(args.project)
        if not window.open_path(path):
            print(f"score-desktop: could not open {path}", file=sys.stderr)
    return app.exec()
