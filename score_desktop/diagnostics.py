"""What a problem report needs: the app and library versions, the per-user log folder, a
rotating log, and the user's last actions (menu actions, undo-stack commands)."""

from __future__ import annotations

import logging
import logging.handlers
import platform
import sys
import traceback
from collections import deque
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

import platformdirs

from score_desktop import __version__

APP_NAME = "score-desktop"
LOG_FILE_NAME = "score-desktop.log"
LOG_MAX_BYTES = 1_000_000  # a file; with LOG_BACKUPS older ones, 4 MB at most
LOG_BACKUPS = 3
LIBRARIES = ("PySide6", "numpy", "SimPy", "numba", "matplotlib", "openpyxl")
_DISTRIBUTIONS = {"PySide6": ("PySide6-Essentials", "PySide6"), "SimPy": ("simpy",)}

_recent_actions: deque[str] = deque(maxlen=30)
LOGGER = logging.getLogger("score_desktop")


def log_folder() -> Path:
    """The per-user log folder (e.g. ~/.local/state/score-desktop/log on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_path(folder: Path | None = None) -> Path:
    return (folder or log_folder()) / LOG_FILE_NAME


def _distribution_version(name: str) -> str:
    for dist in _DISTRIBUTIONS.get(name, (name,)):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    module = sys.modules.get(name.lower()) or sys.modules.get(name)
    return str(getattr(module, "__version__", "not installed"))


def versions() -> dict[str, str]:
    """Name -> version of SCORE Desktop, Python, Qt and the libraries it runs on."""
    found = {"SCORE Desktop": __version__, "Python": platform.python_version()}
    try:
        from PySide6.QtCore import qVersion

        found["Qt"] = qVersion()
    except ImportError:
        found["Qt"] = "not installed"
    for name in LIBRARIES:
        found[name] = _distribution_version(name)
    return found


def system_information() -> str:
    """The text of Help ▸ About ▸ Copy system information, one fact a line."""
    lines = [f"{name}: {version}" for name, version in versions().items()]
    lines.append(f"Operating system: {platform.platform()}")
    lines.append(f"Frozen bundle: {'yes' if getattr(sys, 'frozen', False) else 'no'}")
    lines.append(f"Log folder: {log_folder()}")
    return "\n".join(lines)


def record_action(text: str) -> None:
    """Remember a user action (a menu action, an undo-stack command) for the next report."""
    text = text.replace("&", "").strip()
    if text:
        stamp = datetime.now(UTC).strftime("%H:%M:%S")
        _recent_actions.append(f"{stamp} {text}")


def recent_actions() -> list[str]:
    return list(_recent_actions)


def start_log(folder: Path | None = None) -> Path:
    """Attach the rotating log file to the ``score_desktop`` logger (once); return its path."""
    path = log_path(folder)
    for handler in LOGGER.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            if Path(handler.baseFilename) == path:
                return path
            LOGGER.removeHandler(handler)
            handler.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    return path


def crash_report(exc: BaseException, where: str, extra_actions: list[str] | None = None) -> str:
    """The text written to the log for an unexpected exception."""
    trace = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    actions = [*recent_actions(), *(extra_actions or [])]
    return "\n".join(
        [
            f"Unexpected error in {where}",
            trace.rstrip(),
            "Versions:",
            *(f"  {line}" for line in system_information().splitlines()),
            "Last user actions (oldest first):",
            *(f"  {a}" for a in actions[-30:] or ["(none)"]),
        ]
    )


def write_crash_report(
    exc: BaseException,
    where: str,
    extra_actions: list[str] | None = None,
    folder: Path | None = None,
) -> Path | None:
    """Write the report to the rotating log; its path, or None when it cannot be written."""
    try:
        path = start_log(folder)
        LOGGER.error(crash_report(exc, where, extra_actions))
        for handler in LOGGER.handlers:
            handler.flush()
        return path
    except OSError:
        return None
