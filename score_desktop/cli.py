"""Command-line entry point: the GUI by default, headless sub-commands otherwise."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from score_desktop import __version__
from score_desktop.commands import CommandError
from score_desktop.resources import MissingResourceError

# Sub-command modules under score_desktop.commands, in the order `--help` lists them.
COMMAND_MODULES = ("export", "balance", "simulate", "validate_sim")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
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
    if not args_list or not (args_list[0] in _command_names() or args_list[0].startswith("-")):
        from score_desktop.app import run_gui

        return run_gui(args_list)
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from score_desktop.app import run_gui

        return run_gui([])
    try:
        return int(args.func(args) or 0)
    except CommandError as exc:
        print(f"score-desktop {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"score-desktop {args.command}: interrupted", file=sys.stderr)
        return 130


def _command_names() -> set[str]:
    return {name.replace("_", "-") for name in COMMAND_MODULES}
