"""`score-desktop export PROJECT -o OUT.xlsx`: the project's Excel workbook, headless."""

from __future__ import annotations

import argparse
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


def run(args: argparse.Namespace) -> int:
    from score_desktop.project import ProjectError, load_project
    from score_desktop.project.excel import export_workbook

    if args.output.suffix.lower() != ".xlsx":
        raise CommandError(f"{args.output}: the output must be an .xlsx file")
    try:
        project = load_project(args.project)
        export_workbook(project, args.output)
    except ProjectError as exc:
        raise CommandError(str(exc)) from None
    print(f"Wrote {args.output}")
    return 0
