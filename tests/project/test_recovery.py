"""Crash recovery files: written, listed newest first, read back equal, damaged ones handled."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
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


# --- issue 13, section 5: owners, damaged files, interrupted saves --------------------------


def test_a_live_sessions_autosave_is_not_offered(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "live")
    lock = rec.SessionLock(rec.lock_path(path))
    assert lock.acquire()
    write_recovery(path, full_project(), "")
    assert rec.owned_by_live_session(path)
    assert pending_recoveries(tmp_path) == []
    assert rec.latest_recovery(tmp_path) is None
    assert path.exists()
    lock.release()  # the session is gone
    assert [r.path for r in pending_recoveries(tmp_path)] == [path]


def test_a_second_lock_on_the_same_file_is_refused(tmp_path: Path) -> None:
    first = rec.SessionLock(tmp_path / "x.lock")
    second = rec.SessionLock(tmp_path / "x.lock")
    assert first.acquire() and not second.acquire()
    first.release()
    assert second.acquire()
    second.release()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="kill -9 of a child process")
def test_the_lock_of_a_killed_process_is_free(tmp_path: Path) -> None:
    path = recovery_path(tmp_path, "child")
    write_recovery(path, full_project(), "")
    code = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from score_desktop.project import recovery as rec\n"
        f"lock = rec.SessionLock(rec.lock_path(Path({str(path)!r})))\n"
        "assert lock.acquire()\n"
        "print('locked', flush=True)\n"
        "time.sleep(60)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(rec.__file__).parents[2])}
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout.readline().strip() == b"locked"
        assert rec.owned_by_live_session(path)
        assert pending_recoveries(tmp_path) == []
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(10)
    assert not rec.owned_by_live_session(path)
    assert [r.path for r in pending_recoveries(tmp_path)] == [path]


def test_newest_readable_is_offered_and_damaged_ones_are_moved_aside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = recovery_path(tmp_path, "old")
    write_at(monkeypatch, "2026-11-26T09:00:00+00:00", old, named("older but good"))
    newest = recovery_path(tmp_path, "newest")
    document = json.loads(project_to_bytes(full_project()))
    document["oee_records"][1]["good_count"] = 510  # more good parts than made: invalid
    envelope = {"recovery_of": "", "saved_at": "2026-11-26T11:00:00+00:00", "project": document}
    newest.write_text(json.dumps(envelope), encoding="utf-8")
    garbage = tmp_path / f"autosave-garbage{RECOVERY_SUFFIX}"
    garbage.write_bytes(b"\x00not json")
    found = rec.latest_recovery(tmp_path)
    assert found is not None
    recovery, project = found
    assert recovery.path == old and project == named("older but good")
    assert not newest.exists() and not garbage.exists()
    assert (tmp_path / (newest.name + rec.DAMAGED_SUFFIX)).exists()
    assert (tmp_path / (garbage.name + rec.DAMAGED_SUFFIX)).exists()
    assert rec.latest_recovery(tmp_path)[0].path == old  # the error is not met again


def test_stale_temp_files_of_interrupted_saves_are_removed(tmp_path: Path) -> None:
    from score_desktop.project import save_project

    target = tmp_path / "plant.scoreproj"
    stale = tmp_path / ".plant.scoreproj.abc123.tmp"
    fresh = tmp_path / ".plant.scoreproj.def456.tmp"
    other = tmp_path / ".other.scoreproj.abc123.tmp"
    for path in (stale, fresh, other):
        path.write_bytes(b"x" * 1000)
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    save_project(full_project(), target)
    assert not stale.exists()
    assert fresh.exists()  # may be a save in progress
    assert other.exists()  # another file's save
    folder = tmp_path / "recovery"
    folder.mkdir()
    left = folder / ".autosave-x.recovery.json.q.tmp"
    left.write_bytes(b"x")
    os.utime(left, (hour_ago, hour_ago))
    pending_recoveries(folder)  # at start
    assert not left.exists()
