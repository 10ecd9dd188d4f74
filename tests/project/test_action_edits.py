"""Typed edits of the action list and of a study's causes, and actions made from causes."""

from __future__ import annotations

from datetime import date

import pytest

from score_desktop.project import Project
from score_desktop.project.action_edits import (
    cell_text,
    overdue_note,
    source_text,
    status_from_text,
    with_action_cell,
    with_new_action,
    without_action,
)
from score_desktop.project.action_records import Action, ActionList
from score_desktop.project.quality_edits import (
    action_from_cause,
    with_cause,
    with_cause_removed,
    with_why,
    with_why_removed,
    with_why_text,
)
from score_desktop.tools.quality.study import Cause, QualityStudy

LIST = ActionList("Actions", (Action("Fit a guard"),))


@pytest.mark.parametrize(
    ("key", "text", "field", "expected"),
    [
        ("what", "  Fit a new guard ", "what", "Fit a new guard"),
        ("due", "2026-12-31", "due", "2026-12-31"),
        ("due", "", "due", ""),
        ("status", "in progress", "status", "in_progress"),
        ("status", "Done", "status", "done"),
        ("expected_saving", "1 200,50", "expected_saving", 1200.5),
        ("expected_saving", "", "expected_saving", 0.0),
        ("actual_saving", "", "actual_saving", None),
    ],
)
def test_typed_cells(key, text, field, expected) -> None:
    assert getattr(with_action_cell(LIST, 0, key, text).actions[0], field) == expected


@pytest.mark.parametrize(
    ("key", "text", "message"),
    [
        ("what", " ", "action 1: say what is to be done"),
        ("due", "31.12.2026", "action 1: the due date .* is not a date like 2026-12-31"),
        ("status", "later", 'action 1: the status "later" is not one of Open, In progress'),
        ("expected_saving", "lots", "action 1: .*'lots' is not a number"),
        ("source", "x", "cannot be edited"),
    ],
)
def test_bad_cells_are_refused_naming_the_action(key, text, message) -> None:
    with pytest.raises(ValueError, match=message):
        with_action_cell(LIST, 0, key, text)


def test_add_remove_and_texts() -> None:
    longer = with_new_action(LIST)
    assert [a.what for a in longer.actions] == ["Fit a guard", "New action"]
    assert without_action(longer, 0).actions == (Action("New action"),)
    assert status_from_text("OPEN") == "open"
    action = Action(
        "x",
        expected_saving=1234.5,
        source_section="value_streams",
        source_record="Current state",
        source_item="Kaizen: SMED",
    )
    assert cell_text(action, "expected_saving") == "1,234.50"
    assert source_text(action) == 'Value stream (kaizen burst) "Current state": Kaizen: SMED'
    late = ActionList(
        "A", (Action("a", due="2026-01-01"), Action("b", due="2026-01-01", status="done"))
    )
    assert overdue_note(late, date(2026, 1, 2)) == "1 overdue"
    assert overdue_note(late, date(2026, 1, 1)) == ""


def test_cause_edits_and_an_action_from_the_deepest_why() -> None:
    study = with_cause(QualityStudy("Bore"), "machine", " Worn hone ")
    study = with_why(with_why(study, 0, "Not changed"), 0, "No plan")
    assert study.causes == (Cause("Worn hone", "machine", ("Not changed", "No plan")),)
    assert with_why_text(study, 0, 1, "No schedule").causes[0].whys == (
        "Not changed",
        "No schedule",
    )
    assert with_why_removed(study, 0, 0).causes[0].whys == ()  # later answers go too
    project = action_from_cause(Project(), study, study.causes[0])
    (actions,) = project.section("action_lists")
    assert actions.actions[0].what == "Remove the cause: No plan"
    again = action_from_cause(project, study, study.causes[0])
    assert len(again.section("action_lists")[0].actions) == 2  # the same list is used
    assert with_cause_removed(study, 0).causes == ()
