"""Reading and writing ``*.scoreproj`` files: validated loading, atomic saving."""

from __future__ import annotations

import contextlib
import glob
import json
import math
import os
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from score_desktop.project.codec import project_from_json, project_to_json
from score_desktop.project.errors import ProjectError
from score_desktop.project.migrations import CURRENT_FORMAT_VERSION, upgrade
from score_desktop.project.records import Project, now_iso
from score_desktop.tools.safe_files import FileTooLargeError, ImportFileError, read_bounded

FILE_SUFFIX = ".scoreproj"
MAX_FILE_BYTES = 200 * 1024 * 1024
#: A temporary file of an interrupted save older than this is left over, not in progress.
STALE_TEMP_SECONDS = 10 * 60


def load_project(path: str | os.PathLike[str]) -> Project:
    """Read, upgrade and validate a project file; raise :class:`ProjectError` if unusable."""
    path = Path(path)
    name = path.name
    try:
        raw = read_bounded(path, MAX_FILE_BYTES, what="a project file")
    except FileTooLargeError:
        raise ProjectError(
            f"{name}: the file is larger than any project ({MAX_FILE_BYTES / 2**20:.0f} MB at most)"
        ) from None
    except ImportFileError as exc:
        raise ProjectError(str(exc)) from None
    return project_from_bytes(raw, name)


def project_from_bytes(raw: bytes, name: str = "project file") -> Project:
    """Parse project file contents (see :func:`load_project`)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ProjectError(
            f"{name}: not a UTF-8 text file (bad byte at position "
            f"{exc.start}); is it really a project file?"
        ) from None
    try:
        data = json.loads(
            text, parse_constant=_refuse_constant, parse_int=_parse_int, parse_float=_parse_float
        )
    except json.JSONDecodeError as exc:
        raise ProjectError(
            f"{name}: damaged or not a project file (JSON error at line "
            f"{exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
    except RecursionError:
        raise ProjectError(f"{name}: nested too deeply to be a project file") from None
    except ValueError as exc:
        raise ProjectError(f"{name}: {exc}") from None
    if not isinstance(data, dict) or "format_version" not in data:
        raise ProjectError(f"{name}: not a SCORE Desktop project (no format_version)")
    where = lone_surrogate_at(data)
    if where is not None:
        raise ProjectError(
            f"{name}: {where} holds a lone surrogate (an escape such as \\ud800 that is "
            "half of a character); it is not text that can be saved. Fix or remove it."
        )
    try:
        return project_from_json(upgrade(data))
    except ProjectError as exc:
        raise ProjectError(f"{name}: {exc}") from None
    except RecursionError:
        raise ProjectError(f"{name}: nested too deeply to be a project file") from None


def lone_surrogate_at(data: Any) -> str | None:
    """Where in parsed JSON a text (a value or a key) holds a lone surrogate, or None.

    The place is written as in the file, e.g. ``vsm_maps[0].processes[2].name``. This is the
    one text rule of the project file: any Unicode text JSON can hold is kept, except lone
    surrogates (U+D800 to U+DFFF unpaired), which no UTF-8 file can store.
    """
    stack: list[tuple[str, Any]] = [("the file", data)]
    while stack:
        where, value = stack.pop()
        if isinstance(value, str):
            if not value.isascii() and _has_surrogate(value):
                return where
        elif isinstance(value, dict):
            for key, item in value.items():
                place = key if where == "the file" else f"{where}.{key}"
                if not key.isascii() and _has_surrogate(key):
                    return f"a name in {where}"
                stack.append((place, item))
        elif isinstance(value, list):
            stack.extend((f"{where}[{i}]", item) for i, item in enumerate(value))
    return None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _refuse_constant(token: str) -> float:
    raise ValueError(f"the value {token} is not allowed in a project file")


def _parse_float(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):  # e.g. 1e400: no section may end up holding an unsavable infinity
        raise ValueError(f"the number {literal[:40]} is too large to be a value in a project file")
    return value


def _parse_int(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # beyond Python's limit on digits (4300 by default)
        raise ValueError(
            f"a whole number with {len(digits.lstrip('-'))} digits is too long "
            "to be a value in a project file"
        ) from None


def project_to_bytes(project: Project) -> bytes:
    """The file contents for ``project``; raise :class:`ProjectError` for unsavable text."""
    data = project_to_json(project, CURRENT_FORMAT_VERSION)
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False)
        return (text + "\n").encode()
    except (ValueError, UnicodeEncodeError) as exc:  # NaN/infinity, a lone surrogate
        raise ProjectError(f"the project cannot be saved: a value is not valid ({exc})") from None


def save_project(
    project: Project, path: str | os.PathLike[str], *, touch_modified: bool = True
) -> Project:
    """Write ``project`` to ``path`` atomically and return it as saved.

    The returned project has ``meta.modified`` set to now (unless ``touch_modified``
    is False). The bytes are read back before anything is written, so the app never
    writes a file it could not open again. A failure raises :class:`ProjectError` and
    leaves any old file intact.
    """
    if touch_modified:
        project = replace(project, meta=replace(project.meta, modified=now_iso()))
    payload = project_to_bytes(project)
    try:
        project_from_bytes(payload, "the project")
    except ProjectError as exc:
        raise ProjectError(
            f"{Path(path).name}: not saved, because the file could not be "
            f"opened again ({exc}); the previous file is unchanged"
        ) from None
    write_atomically(Path(path), payload)
    remove_stale_temp_files(Path(path).parent, Path(path).name)
    return project


def write_atomically(path: Path, payload: bytes) -> None:
    """Write to a temporary file in the same folder, flush to disk, then replace ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            _copy_permissions(path, Path(tmp_name))
        os.replace(tmp_name, path)
        tmp_name = None
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ProjectError(
            f"{path.name}: could not be saved ({reason}); the previous file is unchanged"
        ) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def _copy_permissions(source: Path, target: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(target, source.stat().st_mode & 0o777)


def remove_stale_temp_files(
    folder: Path, stem: str = "", max_age: float = STALE_TEMP_SECONDS
) -> int:
    """Delete temporary files of interrupted saves (``.<name>.*.tmp``) older than ``max_age``.

    With ``stem``, only those of the file called ``stem``; returns how many were deleted. A
    younger one may belong to a save in progress and is left alone.
    """
    removed = 0
    now = time.time()
    try:
        candidates = list(folder.glob(f".{glob.escape(stem)}.*.tmp" if stem else ".*.tmp"))
    except OSError:
        return 0
    for path in candidates:
        try:
            if now - path.lstat().st_mtime >= max_age and path.is_file():
                path.unlink()
                removed += 1
        except OSError:
            continue
    return removed
