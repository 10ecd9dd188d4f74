"""Command-line entry point: the GUI by default, headless sub-commands otherwise."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from score_desktop import __version__
from score_desktop.commands import CommandError
from score_desktop.resources import MissingResourceError

# Sub-command modules under score_desktop.commands, in the order `--help` lists them.
COMMAND_MODULES = ("export", "balance", "simulate", "validate_sim", "spc", "capability")


class _OneLineParser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="score-desktop",
        description="SCORE Desktop: OEE, takt time, line balancing, value-stream "
        "simulation and resource efficiency. Without a sub-command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"score_desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"score_desktop.commands.{name}":
                continue
            raise
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window or a sub-command; a damaged installation is one line on stderr."""
    try:
        return _main(argv)
    except MissingResourceError as exc:
        print(f"score-desktop: error: {exc}", file=sys.stderr)
        return 2


def _main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if opens_window(args_list):
        from score_desktop.app import run_gui

        return run_gui(args_list)
    if args_list[0] not in _command_names() and not args_list[0].startswith("-"):
        return _refuse(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)  # usage errors: one line, SystemExit(2)
    if args.command is None:
        print(
            "score-desktop: error: options without a command; run score-desktop --help",
            file=sys.stderr,
        )
        return 2
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"score-desktop {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"score-desktop {args.command}: interrupted", file=sys.stderr)
        return 130


def opens_window(args: Sequence[str]) -> bool:
    """Only ``score-desktop`` alone or ``score-desktop PROJECT`` opens the window.

    PROJECT is one word that is not a command and not an option, and is an existing file
    or ends with the project suffix (so a mistyped command is not taken for a project).
    """
    if not args:
        return True
    if len(args) != 1:
        return False
    word = args[0]
    if word in _command_names() or word.startswith("-"):
        return False
    return word.lower().endswith(".scoreproj") or Path(word).is_file()


def _refuse(args: Sequence[str]) -> int:
    word = args[0]
    if len(args) == 1:
        message = f"unknown command or project file {word!r}"
    elif word.lower().endswith(".scoreproj") or Path(word).is_file():
        message = f"a project opens alone: {len(args) - 1} more argument(s) after {word!r}"
    else:
        message = f"unknown command {word!r}"
    commands = ", ".join(sorted(_command_names()))
    print(f"score-desktop: error: {message}; commands: {commands}", file=sys.stderr)
    return 2


def _command_names() -> set[str]:
    return {name.replace("_", "-") for name in COMMAND_MODULES}
