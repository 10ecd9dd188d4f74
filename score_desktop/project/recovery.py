"""Crash recovery: autosaved copies of unsaved work, offered again at the next start."""

from __future__ import annotations

import contextlib
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from score_desktop.project.errors import ProjectError
from score_desktop.project.fileio import (
    MAX_FILE_BYTES,
    project_from_bytes,
    project_to_bytes,
    write_atomically,
)
from score_desktop.project.records import Project, now_iso
from score_desktop.tools.safe_files import read_bounded

RECOVERY_SUFFIX = ".recovery.json"


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
    """Recovery files left behind by sessions that did not end cleanly, newest first."""
    found = []
    if not folder.is_dir():
        return found
    for path in folder.glob(f"*{RECOVERY_SUFFIX}"):
        if exclude is not None and path == exclude:
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


def discard_recovery(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
