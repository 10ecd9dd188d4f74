"""Crash recovery files: written, listed newest first, read back equal, damaged ones handled."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from score_desktop.project import Project, ProjectError, ProjectMeta, project_to_bytes
from score_desktop.project import recovery as rec
from score_desktop.project.recovery import (
    RECOVERY_SUFFIX,
    RecoveryFile,
    discard_recovery,
    pending_recoveries,
    read_recovery,
    recovery_path,
    write_recovery,
)
from tests.project.factories import full_project


def write_at(
    monkeypatch: pytest.MonkeyPatch, when: str, path: Path, project: Project, original: str = ""
) -> None:
    monkeypatch.setattr(rec, "now_iso", lambda: when)
    write_recovery(path, project, original)


def named(name: str) -> Project:
    return replace(full_project(), meta=replace(full_project().meta, name=name))


def test_recovery_path_is_per_session_and_stable(tmp_path: Path) -> None:
    first = recovery_path(tmp_path, "session-a")
    assert first == recovery_path(tmp_path, "session-a")
    assert first != recovery_path(tmp_path, "session-b")
    assert first.parent == tmp_path and first.name.endswith(RECOVERY_SUFFIX)


def test_write_creates_the_folder_and_reads_back_equal(tmp_path: Path) -> None:
    folder = tmp_path / "app data" / "recovery"
    path = recovery_path(folder, "s1")
    write_recovery(path, full_project(), "/home/ana/plant.scoreproj")
    [found] = pending_recoveries(folder)
    assert found.path == path
    assert found.original == "/home/ana/plant.scoreproj"
    assert found.project_name == full_project().meta.name
    assert found.saved_at  # an ISO time stamp
    assert read_recovery(found) == full_project()
    assert sorted(p.name for p in folder.iterdir()) == [path.name]  # no temp file left


def test_an_unsaved_project_has_no_original(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "s1")
    write_recovery(path, Project(meta=ProjectMeta(name="Untitled")), "")
    [found] = pending_recoveries(tmp_path)
    assert found.original == "" and found.project_name == "Untitled"


def test_rewriting_replaces_the_earlier_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = recovery_path(tmp_path, "s1")
    write_at(monkeypatch, "2026-11-26T10:00:00+00:00", path, named("first"))
    write_at(monkeypatch, "2026-11-26T10:05:00+00:00", path, named("second"))
    [found] = pending_recoveries(tmp_path)
    assert found.project_name == "second" and read_recovery(found) == named("second")


def test_pending_lists_newest_first_and_excludes_own_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    times = {
        "a": "2026-11-26T09:00:00+00:00",
        "b": "2026-11-26T11:00:00+00:00",
        "c": "2026-11-26T10:00:00+00:00",
    }
    for session, when in times.items():
        write_at(monkeypatch, when, recovery_path(tmp_path, session), named(session))
    assert [r.project_name for r in pending_recoveries(tmp_path)] == ["b", "c", "a"]
    own = recovery_path(tmp_path, "b")
    assert [r.project_name for r in pending_recoveries(tmp_path, exclude=own)] == ["c", "a"]


def test_pending_ignores_other_files_and_a_missing_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a recovery file")
    (tmp_path / "plant.scoreproj").write_bytes(project_to_bytes(full_project()))
    assert pending_recoveries(tmp_path) == []
    assert pending_recoveries(tmp_path / "missing") == []


DAMAGED = {
    "empty": b"",
    "truncated": b'{"recovery_of": "", "saved_at": "2026", "project": {"format_ver',
    "binary": bytes(range(256)),
    "a list": b"[1, 2]",
    "a number": b"42",
    "no project": b'{"recovery_of": "", "saved_at": "2026"}',
    "project not an object": b'{"project": "text"}',
    "meta not an object": b'{"project": {"format_version": 2, "meta": [1]}}',
    "deeply nested": b"[" * 100_000,
}


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_damaged_recovery_files_are_skipped(tmp_path: Path, content: bytes) -> None:
    write_recovery(recovery_path(tmp_path, "good"), full_project(), "")
    bad = tmp_path / f"autosave-damaged{RECOVERY_SUFFIX}"
    bad.write_bytes(content)
    assert [r.path for r in pending_recoveries(tmp_path)] == [recovery_path(tmp_path, "good")]


@pytest.mark.parametrize("content", DAMAGED.values(), ids=DAMAGED.keys())
def test_reading_a_damaged_recovery_file_raises_project_error(
    tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / f"autosave-damaged{RECOVERY_SUFFIX}"
    bad.write_bytes(content)
    with pytest.raises(ProjectError) as caught:
        read_recovery(RecoveryFile(bad, "", "", ""))
    message = str(caught.value)
    assert bad.name in message or message.startswith("recovered project: "), message


def test_recovery_with_an_invalid_project_is_listed_but_refused_on_reading(
    tmp_path: Path,
) -> None:
    document = json.loads(project_to_bytes(full_project()))
    document["oee_records"][1]["good_count"] = 510
    document["oee_records"][1]["total_count"] = 500
    path = recovery_path(tmp_path, "s1")
    envelope = {"recovery_of": "", "saved_at": "2026-11-26T10:00:00+00:00", "project": document}
    path.write_text(json.dumps(envelope), encoding="utf-8")
    [found] = pending_recoveries(tmp_path)
    with pytest.raises(ProjectError) as caught:
        read_recovery(found)
    assert str(caught.value) == (
        'recovered project: OEE record "Press 2": good count 510 exceeds total count 500'
    )


def test_recovery_file_deleted_between_listing_and_reading(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "s1")
    write_recovery(path, full_project(), "")
    [found] = pending_recoveries(tmp_path)
    path.unlink()
    with pytest.raises(ProjectError, match="is damaged"):
        read_recovery(found)


def test_discard_removes_the_file_and_tolerates_a_missing_one(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "s1")
    write_recovery(path, full_project(), "")
    discard_recovery(path)
    assert not path.exists() and pending_recoveries(tmp_path) == []
    discard_recovery(path)  # already gone: no error


def test_write_into_an_impossible_folder_raises_project_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("in the way")
    with pytest.raises(ProjectError, match="recovery folder cannot be created"):
        write_recovery(recovery_path(blocker / "recovery", "s1"), full_project(), "")
