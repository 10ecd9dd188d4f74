"""The GUI application: QApplication set-up, the main window, the file given on the command line."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from score_desktop import __version__

ORGANIZATION = "SCORE Desktop"
APPLICATION = "SCORE Desktop"
NO_WINDOW_EXIT = 3  # the window cannot start here (a missing system library, no display)
# Set by packaging/smoke_bundle.py and benchmarks: show the window (and the project), print one
# line, quit; the background solver warm-up is not started.
SMOKE_TEST_VARIABLE = "SCORE_DESKTOP_SMOKE_TEST"


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window (on PROJECT when given) and run until it closes."""
    parser = argparse.ArgumentParser(
        prog="score-desktop", description="Open SCORE Desktop, optionally on a project."
    )
    parser.add_argument("project", nargs="?", help="a .scoreproj file to open")
    args, qt_args = parser.parse_known_args(list(argv))

    from score_desktop.display_check import window_problem

    problem = window_problem()
    if problem is not None:  # before Qt, whose xcb plugin would abort the process
        print(problem, file=sys.stderr)
        return NO_WINDOW_EXIT

    from PySide6.QtCore import QSettings, QStandardPaths, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from score_desktop.diagnostics import start_log
    from score_desktop.i18n import apply_language
    from score_desktop.solver_warmup import start_warm_up
    from score_desktop.widgets.crash_reporter import CrashReporter
    from score_desktop.widgets.main_window import MainWindow
    from score_desktop.widgets.warm_up_note import follow_warm_up

    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("score-desktop")
    app.setWindowIcon(QIcon(str(_icon())))
    with contextlib.suppress(OSError):  # the crash dialog then says no report was saved
        start_log()
    settings = QSettings()
    apply_language(app, settings)  # before any window is built: its texts are read once
    data_dir = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    )
    window = MainWindow(settings, data_dir / "recovery")
    reporter = CrashReporter(window)
    reporter.install()
    window.show()
    smoke_test = bool(os.environ.get(SMOKE_TEST_VARIABLE))
    if not smoke_test:
        follow_warm_up(window, start_warm_up())
    restored = False if smoke_test else window.offer_recovery()
    if args.project and not restored:
        path = Path(args.project)
        if not window.open_path(path):
            print(f"score-desktop: could not open {path}", file=sys.stderr)
            if smoke_test:
                return 1
    if smoke_test:
        QTimer.singleShot(0, lambda: _report_and_quit(app, window))
    try:
        return app.exec()
    finally:
        reporter.uninstall()


def _report_and_quit(app, window) -> None:
    """The smoke test's one line: the window is shown, with the name of the project open."""
    document = window.document
    project = "no project" if document is None else str(document.project.meta.name)
    print(f"score-desktop: window shown: {window.windowTitle()} ({project})", flush=True)
    if document is not None:
        document.undo_stack.setClean()
    app.quit()


def _icon() -> Path:
    from score_desktop.resources import icon_path

    return icon_path("score-desktop.svg")
