"""The tool registry: a toy tool added through one descriptor alone reaches the file, the
schema, the workbook and the links; the built-in tools are what the bundled schema lists."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from jsonschema import Draft202012Validator

from score_desktop.project import (
    SECTIONS,
    OeeRecord,
    Project,
    ProjectError,
    project_from_bytes,
    project_to_bytes,
    registry,
)
from score_desktop.project.edits import insert_record, new_record, rename_record
from score_desktop.project.excel import build_workbook
from score_desktop.project.links import resolver
from score_desktop.project.schema import project_schema
from score_desktop.resources import schema_path
from tests import toy_tool
from tests.toy_tool import KEY, KaizenIdea

BUILT_IN = ("oee_records", "demands", "lines", "value_streams", "resource_logs")


@pytest.fixture
def toy() -> Iterator[registry.ToolDescriptor]:
    registry.register(toy_tool.DESCRIPTOR)
    try:
        yield toy_tool.DESCRIPTOR
    finally:
        registry.unregister(KEY)


def _project() -> Project:
    project = Project(oee_records=(OeeRecord(name="Press 2"),))
    idea = KaizenIdea("Quick die change", 1200.0, "Press 2")
    return insert_record(project, KEY, idea)


def test_the_built_in_tools_are_registered_in_navigator_order() -> None:
    assert tuple(t.key for t in registry.tools()) == BUILT_IN
    assert list(SECTIONS) == list(BUILT_IN)
    for t in registry.tools():
        assert isinstance(t.record_class(), type)
        assert isinstance(new_record(t.key, Project()), t.record_class())


def test_the_bundled_schema_is_what_the_registry_generates() -> None:
    bundled = json.loads(schema_path().read_text(encoding="utf-8"))
    assert project_schema(bundled) == bundled


def test_a_key_cannot_be_registered_twice_or_be_reserved(toy) -> None:
    with pytest.raises(ValueError, match="already registered"):
        registry.register(toy_tool.DESCRIPTOR)
    with pytest.raises(ValueError, match="reserved"):
        registry.register(toy_tool.DESCRIPTOR.__class__(**{**toy.__dict__, "key": "meta"}))


def test_a_toy_tool_is_a_section_of_the_project(toy) -> None:
    assert SECTIONS[KEY] == "Kaizen ideas"
    project = insert_record(Project(), KEY, new_record(KEY, Project()))
    assert project.section(KEY) == (KaizenIdea("Idea"),)
    assert new_record(KEY, project).name == "Idea (2)"


def test_a_toy_tool_round_trips_through_the_file(toy) -> None:
    project = _project()
    data = json.loads(project_to_bytes(project))
    assert data[KEY] == [
        {"name": "Quick die change", "saving_usd": 1200.0, "oee_record": "Press 2"}
    ]
    assert project_from_bytes(project_to_bytes(project)) == project


def test_the_file_reader_checks_the_toy_records(toy) -> None:
    data = json.loads(project_to_bytes(_project()))
    data[KEY].append(dict(data[KEY][0]))
    with pytest.raises(ProjectError, match='two kaizen ideas are called "Quick die change"'):
        project_from_bytes(json.dumps(data).encode())
    data[KEY] = [{"name": "A", "saving_usd": -1}]
    with pytest.raises(ProjectError, match="kaizen idea #1"):
        project_from_bytes(json.dumps(data).encode())


def test_the_schema_lists_the_toy_tool_and_accepts_its_file(toy) -> None:
    schema = project_schema()
    assert schema["properties"][KEY]["items"] == {"$ref": "#/$defs/kaizen_idea"}
    validator = Draft202012Validator(schema)
    document = json.loads(project_to_bytes(_project()))
    assert list(validator.iter_errors(document)) == []
    document[KEY][0]["colour"] = "red"
    assert not validator.is_valid(document)


def test_without_the_toy_tool_its_section_is_unknown() -> None:
    assert KEY not in SECTIONS
    with pytest.raises(KeyError):
        Project().section(KEY)
    assert KEY not in project_schema()["properties"]


def test_the_workbook_has_the_toy_tools_sheet_after_the_others(toy) -> None:
    wb = build_workbook(_project())
    assert wb.sheetnames[-1] == "Kaizen Quick die change"
    assert wb["Project"]["A1"].value is not None


def test_links_offered_and_renamed_through_the_registry(toy) -> None:
    project = _project()
    assert resolver(project)("kaizen_saving", "Quick die change") == 1200.0
    renamed = rename_record(project, "oee_records", 0, "Press 2 (200 t)")
    assert renamed.section(KEY)[0].oee_record == "Press 2 (200 t)"
