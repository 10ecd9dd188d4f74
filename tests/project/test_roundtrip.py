"""Saving a project and loading it back gives the same project, for any valid project."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings

from score_desktop.project import (
    CURRENT_FORMAT_VERSION,
    SECTIONS,
    DemandRecord,
    OeeRecord,
    Project,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from tests.project.factories import AWKWARD_TEXTS, full_project, projects


def test_full_project_round_trips(tmp_path: Path) -> None:
    project = full_project()
    path = tmp_path / "demo.scoreproj"
    saved = save_project(project, path, touch_modified=False)
    assert saved == project
    assert load_project(path) == project


def test_empty_project_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "empty.scoreproj"
    project = Project()
    save_project(project, path, touch_modified=False)
    assert load_project(path) == project


def test_save_stamps_modified_and_returns_what_was_written(tmp_path: Path) -> None:
    project = replace(full_project(), meta=replace(full_project().meta, modified="old"))
    path = tmp_path / "demo.scoreproj"
    saved = save_project(project, path)
    assert saved.meta.modified != "old"
    assert saved.meta.created == project.meta.created
    assert load_project(path) == saved


def test_file_is_readable_utf8_json_with_version_first(tmp_path: Path) -> None:
    path = tmp_path / "demo.scoreproj"
    save_project(full_project(), path, touch_modified=False)
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert "😀" in text and "Stoß" in text  # not \\u-escaped: the file stays readable
    data = json.loads(text)
    assert next(iter(data)) == "format_version"
    assert data["format_version"] == CURRENT_FORMAT_VERSION
    assert set(data) == {"format_version", "meta", *SECTIONS}


def test_awkward_text_survives_everywhere(tmp_path: Path) -> None:
    for i, text in enumerate(AWKWARD_TEXTS):
        name = text.strip()
        project = Project(
            oee_records=(OeeRecord(name=name, machine=text, notes=text),),
            demands=(DemandRecord(name=name, notes=text, efficiency_oee_record=name),),
        )
        path = tmp_path / f"t{i}.scoreproj"
        save_project(project, path, touch_modified=False)
        assert load_project(path) == project, repr(text)


def test_bytes_are_stable_across_round_trips() -> None:
    raw = project_to_bytes(full_project())
    assert project_to_bytes(project_from_bytes(raw)) == raw


def test_utf8_bom_is_accepted() -> None:
    raw = project_to_bytes(full_project())
    assert project_from_bytes(b"\xef\xbb\xbf" + raw) == full_project()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_any_valid_project_round_trips_in_memory(project: Project) -> None:
    assert project_from_bytes(project_to_bytes(project)) == project


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(project=projects())
def test_any_valid_project_round_trips_through_a_file(tmp_path: Path, project: Project) -> None:
    path = tmp_path / "generated.scoreproj"
    save_project(project, path, touch_modified=False)
    assert load_project(path) == project
