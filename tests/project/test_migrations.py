"""Older project files are upgraded by small migration functions; newer ones are refused."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from score_desktop.project import (
    CURRENT_FORMAT_VERSION,
    OeeRecord,
    Project,
    ProjectError,
    ProjectMeta,
    StopEntry,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
)
from score_desktop.project.migrations import MIGRATIONS, upgrade
from tests.project.factories import full_document, to_bytes

#: A version-1 file written by hand, as the pre-release app wrote it: OEE records under
#: "oee", the project name as "title", stop durations in seconds as "duration_s".
VERSION_1_FILE = """{
  "format_version": 1,
  "meta": {
    "title": "Old plant",
    "company": "ACME",
    "created": "2025-03-01T07:00:00+00:00",
    "modified": "2025-03-02T16:30:00+00:00"
  },
  "oee": [
    {
      "name": "Press 1",
      "machine": "P1",
      "shift_length_min": 480,
      "planned_breaks_min": 30,
      "ideal_cycle_time_s": 2,
      "total_count": 12000,
      "good_count": 11800,
      "stops": [
        {"start_min": 60, "duration_s": 900, "reason": "Die change",
         "category": "setup_adjustment"},
        {"start_min": 200, "duration_s": 90, "reason": "Jam", "category": "minor_stop"}
      ]
    },
    {"name": "Press 2", "total_count": 10, "good_count": 10}
  ],
  "demands": [{"name": "Brackets", "demand": 900}]
}
"""


@pytest.fixture
def version_1_file(tmp_path: Path) -> Path:
    path = tmp_path / "old.scoreproj"
    path.write_text(VERSION_1_FILE, encoding="utf-8")
    return path


def test_version_1_file_loads_with_the_right_values(version_1_file: Path) -> None:
    project = load_project(version_1_file)
    assert project.meta == ProjectMeta(
        name="Old plant",
        company="ACME",
        created="2025-03-01T07:00:00+00:00",
        modified="2025-03-02T16:30:00+00:00",
    )
    assert project.oee_records == (
        OeeRecord(
            name="Press 1",
            machine="P1",
            shift_length_min=480.0,
            planned_breaks_min=30.0,
            ideal_cycle_time_s=2.0,
            total_count=12000,
            good_count=11800,
            stops=(
                StopEntry(60.0, 15.0, "Die change", "setup_adjustment"),
                StopEntry(200.0, 1.5, "Jam", "minor_stop"),
            ),
        ),
        OeeRecord(name="Press 2", total_count=10, good_count=10),
    )
    assert [d.name for d in project.demands] == ["Brackets"]
    assert project.demands[0].demand == 900.0


def test_upgraded_file_is_saved_in_the_current_version(version_1_file: Path) -> None:
    project = load_project(version_1_file)
    save_project(project, version_1_file, touch_modified=False)
    data = json.loads(version_1_file.read_text(encoding="utf-8"))
    assert data["format_version"] == CURRENT_FORMAT_VERSION
    assert "oee" not in data and "title" not in data["meta"]
    assert data["oee_records"][0]["stops"][0]["duration_min"] == 15.0
    assert load_project(version_1_file) == project


def test_version_1_rules_are_checked_after_the_upgrade(tmp_path: Path) -> None:
    document = json.loads(VERSION_1_FILE)
    document["oee"][0]["stops"][0]["duration_s"] = 500 * 60  # 500 min in a 450 min shift
    path = tmp_path / "old.scoreproj"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError, match=r'^old\.scoreproj: OEE record "Press 1": stops add up'):
        load_project(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"oee": 5}, '"oee_records" must be a list, found the number 5'),
        ({"oee": "abc"}, '"oee_records" must be a list, found the text "abc"'),
        ({"meta": "Old plant"}, "project metadata: expected an object"),
        ({"meta": [["title", "x"]]}, "project metadata: expected an object, found a list"),
        ({"oee": [{"name": "A", "stops": 5}]}, 'OEE record "A": "stops" must be a list'),
        ({"oee": [7]}, "OEE record #1: expected an object, found the number 7"),
        (
            {"oee": [{"name": "A", "stops": [{"duration_s": "15 min"}]}]},
            'OEE record "A", stop #1: "duration_min" must be a number, found the text "15 min"',
        ),
        (
            {"oee": [{"name": "A", "stops": [{"duration_s": 10**400}]}]},
            '"duration_min" is not a usable number (a 401-digit number)',
        ),
        (
            {"oee": [{"name": "A", "stops": [{"duration_s": True}]}]},
            '"duration_min" must be a number, found true/false',
        ),
    ],
)
def test_bad_version_1_files_are_refused_cleanly(
    tmp_path: Path, change: dict[str, Any], message: str
) -> None:
    document = json.loads(VERSION_1_FILE) | change
    path = tmp_path / "old.scoreproj"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(ProjectError, match=r"^old\.scoreproj: ") as caught:
        load_project(path)
    assert message in str(caught.value)


# --- the migration functions one by one ---------------------------------------------------


def test_there_is_one_migration_per_version_step() -> None:
    assert sorted(MIGRATIONS) == list(range(1, CURRENT_FORMAT_VERSION))


@pytest.mark.parametrize("version", sorted(MIGRATIONS))
def test_each_migration_steps_exactly_one_version_and_keeps_its_input(version: int) -> None:
    document = {"format_version": version, "meta": {}}
    before = copy.deepcopy(document)
    upgraded = MIGRATIONS[version](document)
    assert upgraded["format_version"] == version + 1
    assert document == before


def test_v1_to_v2_renames_and_converts() -> None:
    v1 = json.loads(VERSION_1_FILE)
    before = copy.deepcopy(v1)
    v2 = MIGRATIONS[1](v1)
    assert v1 == before  # the input is not changed
    assert v2["format_version"] == 2
    assert v2["meta"]["name"] == "Old plant" and "title" not in v2["meta"]
    assert "oee" not in v2
    assert [r["name"] for r in v2["oee_records"]] == ["Press 1", "Press 2"]
    assert v2["oee_records"][0]["stops"][0] == {
        "start_min": 60,
        "duration_min": 15.0,
        "reason": "Die change",
        "category": "setup_adjustment",
    }
    assert v2["oee_records"][1] == before["oee"][1]
    assert v2["demands"] == before["demands"]


def test_v1_to_v2_keeps_a_name_that_is_already_there() -> None:
    v2 = MIGRATIONS[1]({"format_version": 1, "meta": {"title": "old", "name": "new"}})
    assert v2["meta"] == {"name": "new"}


def test_v1_to_v2_without_oee_records() -> None:
    assert MIGRATIONS[1]({"format_version": 1}) == {"format_version": 2}


def test_a_current_file_labelled_version_1_keeps_its_records() -> None:
    document = full_document()
    document["format_version"] = 1
    assert project_from_bytes(to_bytes(document)) == project_from_bytes(to_bytes(full_document()))


def test_v1_to_v2_leaves_stops_already_in_minutes() -> None:
    v1 = {"format_version": 1, "oee": [{"name": "A", "stops": [{"duration_min": 3}]}]}
    assert MIGRATIONS[1](v1)["oee_records"][0]["stops"] == [{"duration_min": 3}]


def test_upgrade_leaves_a_current_document_alone() -> None:
    document = full_document()
    assert upgrade(copy.deepcopy(document)) == document


def test_upgrade_does_not_change_its_input() -> None:
    document = json.loads(VERSION_1_FILE)
    before = copy.deepcopy(document)
    assert upgrade(document)["format_version"] == CURRENT_FORMAT_VERSION
    assert document == before


# --- versions this app cannot read --------------------------------------------------------


def test_newer_file_is_refused_with_a_request_to_update(tmp_path: Path) -> None:
    newer = CURRENT_FORMAT_VERSION + 1
    path = tmp_path / "future.scoreproj"
    path.write_text(json.dumps({"format_version": newer, "lines": []}), encoding="utf-8")
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    assert str(caught.value) == (
        f"future.scoreproj: project file: format version {newer} is newer than this app "
        f"understands (up to {CURRENT_FORMAT_VERSION}); please update SCORE Desktop"
    )


def test_saving_writes_the_current_version() -> None:
    assert json.loads(project_to_bytes(Project()))["format_version"] == CURRENT_FORMAT_VERSION


def test_v2_to_v3_adds_the_new_sections_empty() -> None:
    v2 = {"format_version": 2, "meta": {"name": "x"}, "oee_records": [], "demands": []}
    v3 = MIGRATIONS[2](v2)
    assert v3 == v2 | {"format_version": 3, "lines": [], "value_streams": [], "resource_logs": []}


def test_a_version_2_file_loads_into_the_current_version(tmp_path: Path) -> None:
    document = full_document()
    for key in ("lines", "value_streams", "resource_logs"):
        del document[key]
    document["format_version"] = 2
    path = tmp_path / "v2.scoreproj"
    path.write_bytes(to_bytes(document))
    project = load_project(path)
    assert project.lines == project.value_streams == project.resource_logs == ()
    assert [r.name for r in project.oee_records] == ["Press 1 Mon", "Press 2"]


def test_v4_to_v5_gives_every_line_the_straight_layout() -> None:
    v4 = {"format_version": 4, "lines": [{"name": "L1"}, {"name": "L2", "layout": "u"}]}
    before = copy.deepcopy(v4)
    v5 = MIGRATIONS[4](v4)
    assert v5["format_version"] == 5
    assert [line["layout"] for line in v5["lines"]] == ["straight", "u"]
    assert v4 == before


def test_a_version_4_line_loads_as_straight_and_a_u_line_round_trips(tmp_path: Path) -> None:
    from score_desktop.project.fileio import project_from_bytes
    from score_desktop.project.line_records import line_record_from_json, line_record_to_json

    v4 = {"format_version": 4, "lines": [{"name": "Cell 3", "tasks": [{"id": "A", "time": 2}]}]}
    project = project_from_bytes(json.dumps(v4).encode())
    assert project.lines[0].layout == "straight"
    u = line_record_from_json({"name": "Cell 3", "layout": "u"}, 0)
    assert u.layout == "u"
    assert line_record_to_json(u)["layout"] == "u"
    with pytest.raises(Exception, match="layout"):
        line_record_from_json({"name": "Cell 3", "layout": "zigzag"}, 0)


def test_v5_to_v6_gives_value_streams_the_old_customer_and_supplier() -> None:
    v5 = {
        "format_version": 5,
        "value_streams": [{"name": "M", "supplier": {"name": "S"}, "customer": {"name": "C"}}],
    }
    v6 = MIGRATIONS[5](v5)
    assert v6["format_version"] == 6
    stream = v6["value_streams"][0]
    assert stream["supplier"] == {"name": "S", "delivery_quantity": 0, "delivery_every_h": 0.0}
    assert stream["customer"] == {"name": "C", "demand_pattern": "none", "pitch_parts": 1}
