"""A failed save leaves the old file byte for byte and no temporary files; the user is told."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from score_desktop.project import (
    ProjectError,
    ProjectMeta,
    load_project,
    project_to_bytes,
    save_project,
    write_atomically,
)
from tests.project.factories import full_project

OLD = b'{"format_version": 2, "meta": {"name": "the old file"}}\n'


def _disk_full(*args: Any, **kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "plant.scoreproj"
    path.write_bytes(OLD)
    return path


def assert_untouched(path: Path) -> None:
    assert path.read_bytes() == OLD
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left


def assert_failed_save(path: Path, reason: str) -> None:
    with pytest.raises(ProjectError) as caught:
        save_project(full_project(), path)
    message = str(caught.value)
    assert message == f"{path.name}: could not be saved ({reason}); the previous file is unchanged"
    assert caught.value.__cause__ is None
    assert_untouched(path)


def test_replace_failing_with_disk_full(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "replace", _disk_full)
    assert_failed_save(old_file, "No space left on device")


def test_fsync_failing_with_disk_full(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fsync", _disk_full)
    assert_failed_save(old_file, "No space left on device")


def test_write_failing_half_way(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_fdopen = os.fdopen
    written: list[int] = []

    class HalfWriter:
        """Writes half the payload to the temp file, then the disk is full."""

        def __init__(self, fd: int, mode: str) -> None:
            self.handle = real_fdopen(fd, mode)

        def __enter__(self) -> HalfWriter:
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])
            written.append(len(data) // 2)
            self.handle.flush()
            _disk_full()
            return 0

        def flush(self) -> None:
            self.handle.flush()

        def fileno(self) -> int:
            return self.handle.fileno()

    monkeypatch.setattr(os, "fdopen", HalfWriter)
    assert_failed_save(old_file, "No space left on device")
    assert written and written[0] > 0  # the temp file really was half written, then removed


def test_read_only_folder_simulated(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args: Any, **kwargs: Any) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", denied)
    assert_failed_save(old_file, "Permission denied")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root writes into read-only folders; test_read_only_folder_simulated covers it",
)
def test_read_only_folder(old_file: Path) -> None:
    folder = old_file.parent
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        assert_failed_save(old_file, "Permission denied")
    finally:
        folder.chmod(stat.S_IRWXU)


def test_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "no such folder" / "plant.scoreproj"
    with pytest.raises(ProjectError, match=r"could not be saved .*previous file is unchanged"):
        save_project(full_project(), path)
    assert not path.parent.exists()


def test_target_is_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "plant.scoreproj"
    target.mkdir()
    (target / "inside.txt").write_text("keep")
    with pytest.raises(ProjectError, match="could not be saved"):
        save_project(full_project(), target)
    assert (target / "inside.txt").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plant.scoreproj"]


def test_unsavable_text_leaves_old_file(old_file: Path) -> None:
    project = replace(full_project(), meta=ProjectMeta(notes="half a smiley \ud83d"))
    with pytest.raises(ProjectError, match="cannot be saved"):
        save_project(project, old_file)
    assert_untouched(old_file)


def test_successful_save_replaces_the_whole_file(old_file: Path) -> None:
    old_file.write_bytes(OLD + b" " * 100_000)  # longer than the new content
    saved = save_project(full_project(), old_file)
    assert old_file.read_bytes() == project_to_bytes(saved)
    assert load_project(old_file) == saved
    assert sorted(p.name for p in old_file.parent.iterdir()) == [old_file.name]


def test_save_keeps_the_file_permissions(old_file: Path) -> None:
    old_file.chmod(0o640)
    save_project(full_project(), old_file)
    assert stat.S_IMODE(old_file.stat().st_mode) == 0o640


def test_new_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "new.scoreproj"
    save_project(full_project(), path, touch_modified=False)
    assert load_project(path) == full_project()


def test_temp_file_is_in_the_same_folder(old_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(source: str, target: str | Path) -> None:
        seen.append((str(source), str(target)))
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", spy)
    save_project(full_project(), old_file)
    [(source, target)] = seen
    assert Path(source).parent == old_file.parent
    assert Path(source).name.startswith(".plant.scoreproj.")
    assert target == str(old_file)


def test_write_atomically_with_a_bare_file_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_atomically(Path("bare.scoreproj"), b"payload")
    assert (tmp_path / "bare.scoreproj").read_bytes() == b"payload"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bare.scoreproj"]


def test_a_project_that_could_not_be_reopened_is_not_written(tmp_path):
    from dataclasses import replace as _replace

    from score_desktop.project import OeeRecord, Project, ProjectError, save_project

    target = tmp_path / "p.scoreproj"
    target.write_bytes(b"old")
    bad = Project(oee_records=(_replace(OeeRecord(name="Press"), total_count=5, good_count=9),))
    with pytest.raises(ProjectError, match=r"not saved.*good count 9 exceeds total count 5"):
        save_project(bad, target)
    assert target.read_bytes() == b"old"
