"""The per-document session and the export that depends on nothing else: the same project
(and session) exported twice gives the same bytes, whatever the clock says."""

from __future__ import annotations

import io
import time
import zipfile
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from score_desktop.project import load_project
from score_desktop.project.excel import export_bytes, export_workbook
from score_desktop.project.excel.package import project_time
from score_desktop.project.session import ExportSession, ProjectSession, RecordExtras
from score_desktop.resources import example_path

EXAMPLES = ("acme-stamping", "acme-value-stream", "classroom-line-balancing")


@pytest.fixture
def clock_ahead(monkeypatch):
    """Moves the clock a day ahead when called (zip dates and "modified" follow the clock)."""
    real = time.time

    def ahead() -> None:
        monkeypatch.setattr(time, "time", lambda: real() + 86_400)

    return ahead


@pytest.mark.parametrize("name", EXAMPLES)
def test_the_same_project_exported_twice_gives_the_same_bytes(name, clock_ahead, tmp_path):
    project = load_project(example_path(f"{name}.scoreproj"))
    first = export_bytes(project)
    clock_ahead()
    export_workbook(project, tmp_path / "again.xlsx")
    assert (tmp_path / "again.xlsx").read_bytes() == first


def test_the_file_is_dated_by_the_project_and_opens(tmp_path):
    project = load_project(example_path("acme-stamping.scoreproj"))
    project = replace(
        project,
        meta=replace(
            project.meta, created="2024-03-01T08:00:00+00:00", modified="2024-03-02T09:30:00+01:00"
        ),
    )
    data = export_bytes(project)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert {i.date_time for i in z.infolist()} == {(2024, 3, 2, 8, 30, 0)}
    wb = load_workbook(io.BytesIO(data))
    assert wb.properties.created.isoformat() == "2024-03-01T08:00:00"
    assert wb.properties.modified.isoformat() == "2024-03-02T08:30:00"  # in UTC
    assert "OEE summary" in wb.sheetnames


def test_a_changed_project_gives_other_bytes():
    project = load_project(example_path("acme-stamping.scoreproj"))
    changed = replace(project, meta=replace(project.meta, site="Line 7"))
    assert export_bytes(changed) != export_bytes(project)


def test_unreadable_time_stamps_give_the_zip_epoch():
    assert project_time("yesterday").year == 1980
    assert project_time("1970-01-01T00:00:00").year == 1980  # zip dates start in 1980
    assert project_time("2025-06-30T23:59:59.75-02:00").isoformat() == "2025-07-01T01:59:59"


def test_sessions_are_per_document_and_follow_renames():
    a, b = ProjectSession(), ProjectSession()
    a.view_state("lines", "Line 1")["tab"] = 2
    assert b.view_state("lines", "Line 1") == {}
    assert a.view_state("lines", "Line 1") == {"tab": 2}
    a.rename_record("lines", "Line 1", "Final assembly")
    assert a.view_state("lines", "Final assembly") == {"tab": 2}
    assert a.view_state("lines", "Line 1") == {}


def test_export_session_extras_by_section_and_position():
    s = ExportSession({("value_streams", 1): RecordExtras(picture=b"png")})
    assert s.extras("value_streams", 1).picture == b"png"
    assert s.extras("value_streams", 0) == RecordExtras()
    assert s.extras("lines", 1).results is None
