"""Pure project edits: new names, insert, replace, remove, duplicate, rename with its cascade."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.project import (
    SECTIONS,
    OeeRecord,
    Project,
    project_from_bytes,
    project_to_bytes,
)
from score_desktop.project.codec import MAX_NAME
from score_desktop.project.edits import (
    duplicate_record,
    insert_record,
    new_record,
    remove_record,
    rename_record,
    replace_record,
    unique_name,
)
from tests.project.factories import full_project

OEE = "oee_records"
DEMANDS = "demands"


def names(project: Project, key: str) -> list[str]:
    return [r.name for r in project.section(key)]


def assert_loadable(project: Project) -> None:
    """What the edits produce can be saved and opened again, unchanged."""
    assert project_from_bytes(project_to_bytes(project)) == project


# --- unique_name --------------------------------------------------------------------------


def test_unique_name_keeps_a_free_name() -> None:
    assert unique_name(full_project(), OEE, "Press 3") == "Press 3"


def test_unique_name_counts_up_past_taken_names() -> None:
    project = full_project()
    assert unique_name(project, OEE, "Press 2") == "Press 2 (2)"
    project = insert_record(project, OEE, OeeRecord(name="Press 2 (2)"))
    project = insert_record(project, OEE, OeeRecord(name="Press 2 (3)"))
    assert unique_name(project, OEE, "Press 2") == "Press 2 (4)"


def test_unique_name_looks_only_in_its_section() -> None:
    assert unique_name(full_project(), DEMANDS, "Press 2") == "Press 2"


def test_unique_name_trims_and_never_returns_an_empty_name() -> None:
    assert unique_name(full_project(), OEE, "  Press 2  ") == "Press 2 (2)"
    assert unique_name(full_project(), OEE, "   ") == "Untitled"


def test_unique_name_stays_within_the_file_limit() -> None:
    long = "L" * (MAX_NAME + 50)
    first = unique_name(Project(), OEE, long)
    assert first == "L" * MAX_NAME
    project = Project(oee_records=(OeeRecord(name=first),))
    second = unique_name(project, OEE, long)
    assert len(second) == MAX_NAME and second.endswith(" (2)")


# --- insert, replace, remove --------------------------------------------------------------


def test_insert_at_the_end_and_at_a_position() -> None:
    project = full_project()
    at_end = insert_record(project, OEE, OeeRecord(name="New"))
    assert names(at_end, OEE) == ["Press 1 Mon", "Press 2", "New"]
    at_start = insert_record(project, OEE, OeeRecord(name="New"), 0)
    assert names(at_start, OEE) == ["New", "Press 1 Mon", "Press 2"]
    assert names(project, OEE) == ["Press 1 Mon", "Press 2"]  # the original is untouched
    assert_loadable(at_start)


def test_insert_refuses_a_taken_name() -> None:
    with pytest.raises(ValueError, match='a record called "Press 2" already exists'):
        insert_record(full_project(), OEE, OeeRecord(name="Press 2"))


def test_replace_changes_one_record() -> None:
    project = full_project()
    changed = replace(project.oee_records[1], good_count=400)
    edited = replace_record(project, OEE, 1, changed)
    assert edited.oee_records == (project.oee_records[0], changed)
    assert edited.demands == project.demands
    assert project.oee_records[1].good_count == 480


def test_replace_refuses_another_records_name() -> None:
    project = full_project()
    with pytest.raises(ValueError, match='a record called "Press 1 Mon" already exists'):
        replace_record(project, OEE, 1, replace(project.oee_records[1], name="Press 1 Mon"))


def test_remove() -> None:
    project = full_project()
    edited = remove_record(project, DEMANDS, 0)
    assert names(edited, DEMANDS) == ["Covers"]
    assert names(project, DEMANDS) == ["Brackets", "Covers"]


def test_removing_a_referenced_oee_record_leaves_a_loadable_project() -> None:
    project = remove_record(full_project(), OEE, 0)  # "Brackets" refers to "Press 1 Mon"
    assert project.demands[0].efficiency_oee_record == "Press 1 Mon"
    assert_loadable(project)


# --- duplicate ----------------------------------------------------------------------------


def test_duplicate_is_placed_after_the_original_with_a_new_name() -> None:
    project = full_project()
    once = duplicate_record(project, OEE, 0)
    assert names(once, OEE) == ["Press 1 Mon", "Press 1 Mon copy", "Press 2"]
    assert replace(once.oee_records[1], name="Press 1 Mon") == project.oee_records[0]
    twice = duplicate_record(once, OEE, 0)
    assert names(twice, OEE) == [
        "Press 1 Mon",
        "Press 1 Mon copy (2)",
        "Press 1 Mon copy",
        "Press 2",
    ]
    assert_loadable(twice)


def test_duplicate_a_demand_record() -> None:
    edited = duplicate_record(full_project(), DEMANDS, 1)
    assert names(edited, DEMANDS) == ["Brackets", "Covers", "Covers copy"]


def test_duplicate_of_a_longest_name_is_still_loadable() -> None:
    project = Project(oee_records=(OeeRecord(name="x" * MAX_NAME),))
    for _ in range(3):
        project = duplicate_record(project, OEE, 0)
    assert len(set(names(project, OEE))) == 4
    assert_loadable(project)


# --- rename -------------------------------------------------------------------------------


def test_rename_cascades_into_demand_references() -> None:
    project = full_project()
    project = replace_record(
        project, DEMANDS, 1, replace(project.demands[1], efficiency_oee_record="Press 2")
    )
    renamed = rename_record(project, OEE, 0, "  Press 1 Monday ")
    assert names(renamed, OEE) == ["Press 1 Monday", "Press 2"]
    assert [d.efficiency_oee_record for d in renamed.demands] == ["Press 1 Monday", "Press 2"]
    assert [d.efficiency_oee_record for d in project.demands] == ["Press 1 Mon", "Press 2"]
    assert_loadable(renamed)


def test_renaming_a_demand_record_changes_no_reference() -> None:
    project = full_project()
    renamed = rename_record(project, DEMANDS, 0, "Press 1 Mon")  # same text as an OEE record
    assert renamed.demands[0].name == "Press 1 Mon"
    assert renamed.demands[0].efficiency_oee_record == "Press 1 Mon"
    assert renamed.oee_records == project.oee_records


def test_rename_to_the_same_name_is_allowed() -> None:
    project = full_project()
    assert rename_record(project, OEE, 1, "Press 2") == project


@pytest.mark.parametrize(
    ("new_name", "message"),
    [
        ("", "a name cannot be empty"),
        ("  \t ", "a name cannot be empty"),
        ("Press 2", 'a record called "Press 2" already exists'),
        (" Press 2 ", 'a record called "Press 2" already exists'),
        ("n" * (MAX_NAME + 1), f"a name can have at most {MAX_NAME} characters"),
    ],
)
def test_rename_refuses_bad_names(new_name: str, message: str) -> None:
    project = full_project()
    with pytest.raises(ValueError, match=message):
        rename_record(project, OEE, 0, new_name)


# --- new records --------------------------------------------------------------------------


@pytest.mark.parametrize("key", list(SECTIONS))
def test_new_records_get_unique_names_and_are_valid(key: str) -> None:
    project = Project()
    for _ in range(3):
        project = insert_record(project, key, new_record(key, project))
    assert len(set(names(project, key))) == 3
    assert_loadable(project)


def test_new_record_for_an_unknown_section() -> None:
    with pytest.raises(KeyError):
        new_record("machines", Project())


# --- any sequence of edits keeps the project loadable --------------------------------------

edit_steps = st.lists(
    st.tuples(
        st.sampled_from(["new", "duplicate", "rename", "remove"]),
        st.sampled_from([OEE, DEMANDS]),
        st.integers(0, 10),
        st.text(max_size=MAX_NAME + 20),
    ),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(steps=edit_steps)
def test_any_sequence_of_edits_gives_a_loadable_project(steps: list) -> None:
    project = full_project()
    for action, key, position, text in steps:
        count = len(project.section(key))
        index = position % count if count else None
        try:
            if action == "new":
                project = insert_record(project, key, new_record(key, project), index)
            elif index is None:
                continue
            elif action == "duplicate":
                project = duplicate_record(project, key, index)
            elif action == "rename":
                project = rename_record(project, key, index, text)
            else:
                project = remove_record(project, key, index)
        except ValueError:
            continue  # a refused edit (empty, taken or too long name) changes nothing
        assert len(set(names(project, key))) == len(project.section(key))
    assert_loadable(project)
