"""Crash recovery: autosaved copies of unsaved work, offered again at the next start.

Each running session holds an operating-system lock on ``<recovery file>.lock`` for its whole
life (:class:`SessionLock`); the lock goes away with the process, however it ends. Only the
recovery files whose lock nobody holds are offered (:func:`pending_recoveries`), so a second
app started while the first runs never offers, or deletes, the live session's autosave.
:func:`latest_recovery` returns the newest *readable* one and moves damaged ones aside
(``*.damaged``) so that the same error is not shown at every start. Interrupted saves leave
``.*.tmp`` files; :func:`remove_stale_temp_files` deletes old ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from score_desktop.project.errors import ProjectError
from score_desktop.project.fileio import (
    MAX_FILE_BYTES,
    project_from_bytes,
    project_to_bytes,
    remove_stale_temp_files,
    write_atomically,
)
from score_desktop.project.records import Project, now_iso
from score_desktop.tools.safe_files import read_bounded

RECOVERY_SUFFIX = ".recovery.json"
LOCK_SUFFIX = ".lock"
DAMAGED_SUFFIX = ".damaged"


class SessionLock:
    """An exclusive, non-blocking OS lock on one file, held until :meth:`release` or exit.

    POSIX ``flock`` and Windows ``msvcrt.locking`` locks are freed by the operating system
    when the process ends, even by ``kill -9``, so a lock that can be taken means its owner
    is gone.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> bool:
        """Take the lock; False if another session holds it (or it cannot be made)."""
        if self._fd is not None:
            return True
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError:
            return False
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def lock_path(recovery: Path) -> Path:
    """The lock file that marks ``recovery`` as owned by a running session."""
    return recovery.with_name(recovery.name + LOCK_SUFFIX)


def owned_by_live_session(recovery: Path) -> bool:
    """True when a running session holds the lock of ``recovery``."""
    lock = lock_path(recovery)
    if not lock.exists():
        return False
    probe = SessionLock(lock)
    if probe.acquire():
        probe.release()
        return False
    return True


@dataclass(frozen=True)
class RecoveryFile:
    path: Path
    original: str  # the project's file path, or "" for a project never saved
    saved_at: str
    project_name: str


def recovery_path(folder: Path, session_id: str) -> Path:
    """The recovery file of one running app session."""
    digest = hashlib.sha1(session_id.encode()).hexdigest()[:12]
    return folder / f"autosave-{digest}{RECOVERY_SUFFIX}"


def write_recovery(path: Path, project: Project, original: str) -> None:
    envelope = {
        "recovery_of": original,
        "saved_at": now_iso(),
        "project": json.loads(project_to_bytes(project)),
    }
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise ProjectError(f"the recovery folder cannot be created ({reason})") from None
    write_atomically(path, json.dumps(envelope, ensure_ascii=False).encode())


def pending_recoveries(folder: Path, exclude: Path | None = None) -> list[RecoveryFile]:
    """Recovery files left behind by sessions that are gone, newest first.

    Files of running sessions (their lock is held) and ``exclude`` are left out, and so are
    files that cannot be read (see :func:`latest_recovery` for moving those aside).
    """
    found: list[RecoveryFile] = []
    if not folder.is_dir():
        return found
    remove_stale_temp_files(folder)
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        if exclude is not None and path == exclude:
            continue
        if owned_by_live_session(path):
            continue
        try:
            envelope = json.loads(read_bounded(path, MAX_FILE_BYTES))
            meta = envelope["project"].get("meta", {})
            found.append(
                RecoveryFile(
                    path,
                    str(envelope.get("recovery_of", "")),
                    str(envelope.get("saved_at", "")),
                    str(meta.get("name", "")),
                )
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            continue  # an unreadable leftover is not worth offering
    return sorted(found, key=lambda r: r.saved_at, reverse=True)


def read_recovery(recovery: RecoveryFile) -> Project:
    try:
        envelope = json.loads(read_bounded(recovery.path, MAX_FILE_BYTES))
        payload = json.dumps(envelope["project"]).encode()
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ProjectError(f"the recovery file {recovery.path.name} is damaged ({exc})") from None
    return project_from_bytes(payload, "recovered project")


def damaged_recoveries(folder: Path, exclude: Path | None = None) -> list[Path]:
    """Recovery files of gone sessions that cannot even be listed (see pending_recoveries)."""
    if not folder.is_dir():
        return []
    listed = {r.path for r in pending_recoveries(folder, exclude)}
    return [
        path
        for path in folder.glob(f"*{RECOVERY_SUFFIX}")
        if path not in listed and path != exclude and not owned_by_live_session(path)
    ]


def latest_recovery(
    folder: Path, exclude: Path | None = None
) -> tuple[RecoveryFile, Project] | None:
    """The newest recovery file of a gone session that reads as a valid project, with it.

    Every damaged one met on the way (and every one that cannot be listed) is moved aside
    to ``<name>.damaged``, so that it is neither offered nor reported again.
    """
    for path in damaged_recoveries(folder, exclude):
        set_aside(path)
    for recovery in pending_recoveries(folder, exclude):
        try:
            return recovery, read_recovery(recovery)
        except ProjectError:
            set_aside(recovery.path)
    return None


def set_aside(path: Path) -> None:
    """Rename a damaged recovery file to ``<name>.damaged`` (kept for a person to look at)."""
    with contextlib.suppress(OSError):
        os.replace(path, path.with_name(path.name + DAMAGED_SUFFIX))
    with contextlib.suppress(OSError):
        lock_path(path).unlink()


def discard_recovery(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
