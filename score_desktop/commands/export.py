"""`score-desktop export PROJECT -o OUT.xlsx`: the project's Excel workbook, headless.

The workbook is the one File ▸ Export writes for the same project in a window that has run
no simulation: the map pictures come from the window's own scene code, drawn offscreen.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from score_desktop.commands import CommandError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a project to an Excel workbook",
        description="Write one Excel workbook with a cover sheet and a sheet per record.",
    )
    parser.add_argument("project", type=Path, help="the .scoreproj file")
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        help="the .xlsx file to write (replaced atomically)",
    )
    parser.set_defaults(func=run)


def pictures_session(project):  # -> ExportSession
    """The export's pictures, drawn offscreen (no display needed); without Qt's GUI libraries
    the workbook has no pictures and a note on stderr says so."""
    from score_desktop.project.session import ExportSession

    try:
        from PySide6.QtWidgets import QApplication

        from score_desktop.widgets.tool_views import draws_pictures, export_session
    except ImportError as exc:  # e.g. a server without the X/EGL libraries
        print(f"note: the workbook has no map pictures (Qt is not usable: {exc})", file=sys.stderr)
        return ExportSession()
    if not draws_pictures(project):
        return ExportSession()
    if QApplication.instance() is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # draws into images only: no display needed
        app = QApplication(["score-desktop"])  # noqa: F841 (kept alive while drawing)
    return export_session(project)


def run(args: argparse.Namespace) -> int:
    from score_desktop.project import ProjectError, load_project
    from score_desktop.project.excel import export_workbook

    if args.output.suffix.lower() != ".xlsx":
        raise CommandError(f"{args.output}: the output must be an .xlsx file")
    try:
        project = load_project(args.project)
        export_workbook(project, args.output, session=pictures_session(project))
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {args.output}")
    return 0
