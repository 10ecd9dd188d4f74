"""Quality studies and action lists in the project file: round trip, migration 6 -> 7,
checks naming the field, links followed on rename, the schema in step."""

from __future__ import annotations

import copy
import json
from datetime import date

import pytest
from jsonschema import Draft202012Validator

from score_desktop.project import (
    CURRENT_FORMAT_VERSION,
    Project,
    ProjectError,
    project_from_bytes,
    project_to_bytes,
)
from score_desktop.project.action_records import Action, ActionList, check_due
from score_desktop.project.edits import new_record, rename_record
from score_desktop.project.migrations import MIGRATIONS, upgrade
from score_desktop.resources import schema_path
from tests.project.factories import ACTION_LIST_JSON, QUALITY_STUDY_JSON, full_project

VALIDATOR = Draft202012Validator(json.loads(schema_path().read_text(encoding="utf-8")))


def _load(**sections) -> Project:
    document = {"format_version": CURRENT_FORMAT_VERSION, **sections}
    return project_from_bytes(json.dumps(document).encode())


def test_a_study_and_an_action_list_round_trip() -> None:
    project = full_project()
    assert project_from_bytes(project_to_bytes(project)) == project
    study = project.section("quality_studies")[0]
    assert study.chart == "xbar-r" and study.rules == ("WE1", "WE2", "N3")
    assert study.frozen_limits().limits.sigma == pytest.approx(0.0266)
    assert study.causes[0].whys == ("Not changed", "No plan")
    saved = json.loads(project_to_bytes(project))
    assert saved["quality_studies"][0] == QUALITY_STUDY_JSON | {
        "ewma_lambda": 0.2,
        "ewma_width": 3.0,
        "cusum_k": 0.5,
        "cusum_h": 5.0,
        "known_mean": None,
        "known_sigma": None,
        "notes": "",
    }
    assert saved["action_lists"][0] == ACTION_LIST_JSON
    assert not list(VALIDATOR.iter_errors(saved))


def test_new_records_have_defaults_and_free_names() -> None:
    study = new_record("quality_studies", Project())
    assert (study.name, study.chart, study.samples) == ("Characteristic", "imr", ())
    assert new_record("action_lists", Project()) == ActionList("Actions")


def test_migration_6_to_7_adds_the_empty_sections() -> None:
    v6 = {"format_version": 6, "oee_records": [{"name": "A"}]}
    v7 = MIGRATIONS[6](v6)
    assert v7 == {**v6, "format_version": 7, "quality_studies": [], "action_lists": []}
    assert "quality_studies" not in v6  # the input is left alone
    upgraded = upgrade(copy.deepcopy(v6))
    assert upgraded["format_version"] == CURRENT_FORMAT_VERSION


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"lsl": 10.1, "usl": 9.9}, r'"Bore diameter": the LSL \(10.1\) must be below the USL'),
        ({"rules": ["WE1", "X9"]}, 'unknown run rule "X9"'),
        ({"rules": []}, "names no run rule"),
        ({"chart": "pie"}, '"chart" must be one of'),
        ({"subgroup_size": 0}, '"subgroup_size" must be at least 1'),
        ({"samples": [{"value": "1,5"}]}, r'row 1: "value" must be a number'),
        ({"samples": [{"value": 3, "size": 0}]}, r'row 1: "size" must be greater than 0'),
        ({"causes": [{"text": "x", "branch": "money"}]}, r'cause #1: "branch" must be one of'),
        ({"defects": [{"category": "A"}, {"category": "A"}]}, "same name"),
        (
            {"limit_history": [{"chart": "imr", "centre": 1, "phase1_first": 4}]},
            "limit revision #1: the phase I period ends",
        ),
    ],
)
def test_a_bad_study_is_refused_naming_the_field(change: dict, message: str) -> None:
    with pytest.raises(ProjectError, match=message):
        _load(quality_studies=[{**QUALITY_STUDY_JSON, **change}])


@pytest.mark.parametrize(
    ("action", "message"),
    [
        ({"what": "  "}, '"what" is empty'),
        ({"what": "x", "due": "15/12/2026"}, "not a date like 2026-12-31"),
        ({"what": "x", "due": "2026-02-30"}, "does not exist"),
        ({"what": "x", "status": "later"}, '"status" must be one of'),
        ({"what": "x", "source_section": "lines"}, '"source_section" must be one of'),
    ],
)
def test_a_bad_action_is_refused_naming_it(action: dict, message: str) -> None:
    with pytest.raises(ProjectError, match=rf'action list "Actions", action #1: .*{message}'):
        _load(action_lists=[{"name": "Actions", "actions": [action]}])


def test_overdue_actions() -> None:
    today = date(2026, 12, 3)
    actions = ActionList(
        "Actions",
        (
            Action("late", due="2026-12-02"),
            Action("due today", due="2026-12-03"),
            Action("done late", due="2026-11-01", status="done"),
            Action("no date"),
        ),
    )
    assert [a.what for a in actions.overdue(today)] == ["late"]
    assert check_due(" 2026-12-31 ") == "2026-12-31"


def test_renaming_a_study_follows_the_actions_that_come_from_it() -> None:
    project = rename_record(full_project(), "quality_studies", 0, "Bore Ø")
    action = project.section("action_lists")[0].actions[0]
    assert (action.source_section, action.source_record) == ("quality_studies", "Bore Ø")


def test_oee_rejects_tallied_by_loss_and_by_machine() -> None:
    from score_desktop.project import OeeRecord
    from score_desktop.project.quality_sources import oee_quality_losses, pareto_tallies

    project = Project(
        oee_records=(
            OeeRecord(
                "Mon", machine="Press 1", total_count=1000, good_count=950, startup_rejects=20
            ),
            OeeRecord(
                "Tue", machine="Press 1", total_count=800, good_count=790, startup_rejects=10
            ),
            OeeRecord("Press 2 Mon", total_count=500, good_count=470),
        )
    )
    assert oee_quality_losses(project, "loss") == [
        ("Process defects", 30.0 + 0 + 30),
        ("Start-up rejects", 20.0 + 10 + 0),
    ]
    assert oee_quality_losses(project, "machine") == [("Press 1", 60.0), ("Press 2 Mon", 30.0)]
    study = full_project().section("quality_studies")[0]
    assert pareto_tallies(project, study, "study") == [("Scratch", 12.0), ("Burr", 3.0)]


def test_the_bundled_quality_example() -> None:
    from score_desktop.project import load_project
    from score_desktop.resources import example_path
    from score_desktop.tools.quality.study import study_chart

    project = load_project(example_path("hard-bake-quality.scoreproj"))
    (study,) = project.section("quality_studies")
    result = study_chart(study)
    assert result.limits.centre == pytest.approx(1.5056, abs=5e-5)  # Montgomery Example 6.1
    means = [s.index + 1 for s in result.signals if s.series == "Subgroup mean" and s.rule == "WE1"]
    assert means[0] == 43  # Example 6.2: beyond the frozen limits at sample 43
    (actions,) = project.section("action_lists")
    assert {a.source_record for a in actions.actions} == {study.name}
