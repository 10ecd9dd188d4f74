"""Headless sub-commands of `score-desktop`, one module each.

Each module defines ``register(subparsers)`` which adds its parser and sets
``func`` (a callable taking the parsed namespace and returning an exit code).
Raise :class:`score_desktop.commands.CommandError` for bad input: the entry
point prints it as one line on stderr and exits with status 2.
"""


class CommandError(Exception):
    """Bad input for a sub-command; the message is shown as one line on stderr."""
