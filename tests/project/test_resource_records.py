"""Resource-log records in the project file: the analysis setup, its codec, the 3 -> 4 upgrade."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from pathlib import Path

import pytest

from score_desktop.project import Project, ProjectError, project_from_bytes, project_to_bytes
from score_desktop.project.edits import insert_record, new_record
from score_desktop.project.migrations import CURRENT_FORMAT_VERSION, MIGRATIONS
from score_desktop.project.section_records import (
    ResourceRecord,
    default_setup,
    resource_record_from_json,
    resource_record_to_json,
)
from score_desktop.resources import example_path
from score_desktop.tools.resource_efficiency import AnalysisSetup, log_from_dict

EXAMPLE_LOG = Path(__file__).resolve().parents[2] / "resources/examples/resource_log_example.json"


def example_log():
    return log_from_dict(json.loads(EXAMPLE_LOG.read_text(encoding="utf-8")))


def example_record() -> ResourceRecord:
    setup = AnalysisSetup(
        baseline_first="2023-01",
        baseline_last="2023-12",
        reporting_first="2024-01",
        reporting_last="2024-12",
        drivers=("production", "heating_degree_days"),
        ratio_targets={"specific_energy": 700.0},
    )
    return ResourceRecord("Dye house", example_log(), setup, notes="=SUM(A1) stays text")


def v3_document(**flat: object) -> dict:
    """A format-3 file as the format-3 codec wrote it (flat period fields)."""
    log = json.loads(EXAMPLE_LOG.read_text(encoding="utf-8"))
    record = {
        "name": "Dye house",
        "baseline_start": "",
        "baseline_end": "",
        "reporting_start": "",
        "reporting_end": "",
        "drivers": ["production"],
        "notes": "",
        "log": log,
    } | flat
    return {"format_version": 3, "resource_logs": [record]}


def test_record_round_trips_through_the_project_file() -> None:
    record = example_record()
    project = Project(resource_logs=(record,))
    data = json.loads(project_to_bytes(project))
    assert data["format_version"] == CURRENT_FORMAT_VERSION
    saved = data["resource_logs"][0]
    assert set(saved) == {"name", "notes", "analysis", "log"}
    assert saved["analysis"] == {
        "baseline_first": "2023-01",
        "baseline_last": "2023-12",
        "reporting_first": "2024-01",
        "reporting_last": "2024-12",
        "drivers": ["production", "heating_degree_days"],
        "energy": "total",
        "ratio_targets": {"specific_energy": 700.0},
    }
    assert project_from_bytes(project_to_bytes(project)).resource_logs == (record,)


def test_a_record_without_analysis_is_saved_as_null() -> None:
    record = ResourceRecord("Empty", example_log())
    assert resource_record_to_json(record)["analysis"] is None
    assert resource_record_from_json(resource_record_to_json(record), 0) == record


@pytest.mark.parametrize(
    ("analysis", "message"),
    [
        ({"baseline_first": "2023-01"}, "analysis.baseline_last"),
        (
            {"baseline_first": "2023-01", "baseline_last": "2023-12", "drivers": ["sunshine"]},
            "analysis.drivers[0]",
        ),
        (
            {"baseline_first": "2023-01", "baseline_last": "2023-12", "ratio_targets": {"x": 1}},
            "analysis.ratio_targets.x",
        ),
        ("2023", "analysis: expected an object"),
    ],
)
def test_bad_analysis_is_refused_with_its_place(analysis: object, message: str) -> None:
    data = resource_record_to_json(example_record()) | {"analysis": analysis}
    with pytest.raises(ProjectError, match=r'resource log "Dye house"') as caught:
        resource_record_from_json(data, 0)
    assert message in str(caught.value)


def test_v3_file_with_empty_periods_means_the_whole_log_as_baseline() -> None:
    project = project_from_bytes(json.dumps(v3_document()).encode())
    setup = project.resource_logs[0].setup
    assert setup == AnalysisSetup("2023-01", "2024-12", None, None, ("production",))


def test_v3_file_with_periods_and_drivers_moves_them_into_the_analysis() -> None:
    document = v3_document(
        baseline_start="2023-01",
        baseline_end="2023-12",
        reporting_start="2024-01",
        reporting_end="",
        drivers=["production", "heating_degree_days"],
    )
    before = copy.deepcopy(document)
    upgraded = MIGRATIONS[3](document)
    assert document == before  # the migration does not change its input
    assert upgraded["format_version"] == 4
    record = upgraded["resource_logs"][0]
    assert not {"baseline_start", "baseline_end", "reporting_start", "drivers"} & set(record)
    assert record["analysis"] == {
        "baseline_first": "2023-01",
        "baseline_last": "2023-12",
        "reporting_first": "2024-01",
        "reporting_last": None,  # "to the last period", as before
        "drivers": ["production", "heating_degree_days"],
        "energy": "total",
        "ratio_targets": {},
    }
    loaded = project_from_bytes(json.dumps(document).encode()).resource_logs[0]
    assert loaded.setup is not None and loaded.setup.reporting_last is None


def test_v3_unknown_drivers_are_dropped_and_named_in_the_notes() -> None:
    document = v3_document(drivers=["production", "sunshine hours"], notes="Boiler 2")
    record = project_from_bytes(json.dumps(document).encode()).resource_logs[0]
    assert record.setup is not None and record.setup.drivers == ("production",)
    assert record.notes.startswith("Boiler 2\n")
    assert "sunshine hours" in record.notes


def test_v3_empty_log_gets_no_analysis() -> None:
    document = {"format_version": 3, "resource_logs": [{"name": "New", "log": {"site": "New"}}]}
    assert project_from_bytes(json.dumps(document).encode()).resource_logs[0].setup is None


def test_v4_record_labelled_older_passes_the_migration_unchanged() -> None:
    data = resource_record_to_json(example_record())
    upgraded = MIGRATIONS[3]({"format_version": 3, "resource_logs": [data]})
    assert upgraded["resource_logs"] == [data]


def test_default_setup_takes_the_first_year_as_baseline() -> None:
    log = example_log()
    assert default_setup(log) == AnalysisSetup("2023-01", "2023-12", "2024-01", "2024-12")
    short = replace(log, periods=log.sorted_periods()[:5])
    assert default_setup(short) == AnalysisSetup("2023-01", "2023-05", None, None)
    assert default_setup(replace(log, periods=())) is None


def test_new_resource_records_are_valid_and_unique() -> None:
    project = Project()
    for _ in range(2):
        project = insert_record(project, "resource_logs", new_record("resource_logs", project))
    assert [r.name for r in project.resource_logs] == ["Site", "Site (2)"]
    assert project_from_bytes(project_to_bytes(project)) == project


def test_the_bundled_example_is_rebuilt_by_its_seeded_script() -> None:
    import importlib.util

    from score_desktop.project import load_project
    from score_desktop.tools.resource_efficiency import analyse_log

    examples = EXAMPLE_LOG.parent
    spec = importlib.util.spec_from_file_location(
        "make_resource_project", examples / "make_resource_project.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build_project()
    assert built == load_project(example_path("dye-house-resources.scoreproj"))
    # a clear baseline and a visible saving after the improvement of January 2024
    record = built.resource_logs[0]
    analysis = analyse_log(record.log, record.setup)
    assert analysis.baseline.r_squared > 0.9 and not analysis.baseline.warnings
    savings = analysis.savings
    assert savings is not None and 0.05 < savings.savings_share < 0.2
    assert all(b > a for a, b in zip(savings.cusum, savings.cusum[1:], strict=False))
