"""Where numba keeps the compiled line-balancing search: next to the module when that folder
is writable (a source checkout), else in the user's cache folder (an installed package or a
bundle, whose folder is read-only).

Imported by ``score_desktop.tools.line_balancing`` before anything imports numba, because
numba reads ``NUMBA_CACHE_DIR`` when it starts; a folder the user chose in ``NUMBA_CACHE_DIR``
is kept.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import platformdirs

APP_NAME = "score-desktop"
KERNEL_FOLDER = Path(__file__).resolve().parent / "line_balancing"


def user_cache_folder() -> Path:
    """The per-user folder for the compiled search (e.g. ~/.cache/score-desktop/numba)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "numba"


def folder_is_writable(folder: Path) -> bool:
    """True when a file can really be created in ``folder`` (its __pycache__ if it has one)."""
    target = folder / "__pycache__" if (folder / "__pycache__").is_dir() else folder
    try:
        with tempfile.TemporaryFile(dir=target):
            return True
    except OSError:
        return False


def configure(kernel_folder: Path = KERNEL_FOLDER) -> Path | None:
    """Point numba's cache at the user's cache folder when ``kernel_folder`` is read-only
    or the app is frozen (a bundle); return that folder, or None when numba's own choice
    (next to the module, or the user's ``NUMBA_CACHE_DIR``) stands."""
    if os.environ.get("NUMBA_CACHE_DIR"):
        return None
    if not getattr(sys, "frozen", False) and folder_is_writable(kernel_folder):
        return None
    folder = user_cache_folder()
    os.environ["NUMBA_CACHE_DIR"] = str(folder)
    config = sys.modules.get("numba.core.config")
    if config is not None:  # numba already started: its config is read when caching starts
        setattr(config, "CACHE_DIR", str(folder))  # noqa: B010 (a module attribute numba reads)
    return folder


CACHE_FOLDER = configure()
