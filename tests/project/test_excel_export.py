"""The Excel export read back: sheets, values, number formats, charts, text never a formula."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from score_desktop.project import (
    DemandRecord,
    OeeRecord,
    Project,
    ProjectError,
    ProjectMeta,
    StopEntry,
    load_project,
)
from score_desktop.project.excel import build_workbook, export_workbook
from score_desktop.project.excel.cells import SheetNames, sheet_name
from score_desktop.project.excel.live import engine_values
from score_desktop.resources import example_path

EXAMPLE = example_path("acme-stamping.scoreproj")
FORMULA_LIKE = ["=1+1", "+SUM(A1:A2)", "-2+3", "@cmd", "\tTab", "\rCR", '=HYPERLINK("x")']


def oee_com() -> OeeRecord:
    """oee.com's worked example (https://www.oee.com/calculating-oee/): 420 min planned,
    47 min stops, ideal cycle 1.0 s, 19,271 total, 18,848 good -> OEE 74.79 %."""
    return OeeRecord(
        name="Press 2",
        shift_length_min=480,
        planned_breaks_min=60,
        ideal_cycle_time_s=1.0,
        total_count=19271,
        good_count=18848,
        stops=(StopEntry(0, 47, "Breakdown", "breakdown"),),
    )


def find(ws, label: str):
    for row in ws.iter_rows():
        if row[0].value == label:
            return row[1]
    raise AssertionError(f"{label!r} not found on {ws.title}")


def awkward_project() -> Project:
    return Project(
        meta=ProjectMeta(name=FORMULA_LIKE[0], company=FORMULA_LIKE[1]),
        oee_records=(
            oee_com(),
            OeeRecord(
                name="=cmd|' /C calc'!A0",
                total_count=100,
                good_count=90,
                shift_length_min=60,
                ideal_cycle_time_s=30,
                stops=tuple(
                    StopEntry(i, 1, text, "minor_stop") for i, text in enumerate(FORMULA_LIKE)
                ),
            ),
        ),
        demands=(
            DemandRecord(
                name="Brackets",
                demand=920,
                shifts_per_day=2,
                breaks_per_shift_min=20,
                efficiency_oee_record="Press 2",
                work_content_s=180,
            ),
        ),
    )


@pytest.fixture
def exported(tmp_path: Path):
    path = tmp_path / "out.xlsx"
    export_workbook(awkward_project(), path)
    return path


def test_sheets_values_and_formats(exported):
    wb = load_workbook(exported)
    assert wb.sheetnames[:3] == ["Project", "OEE summary", "OEE Press 2"]
    ws = wb["OEE Press 2"]
    # results are live formulas; their values are checked in LibreOffice
    # (test_excel_recalc_oee_takt.py) against the engine values written beside them
    assert find(ws, "Availability").value == "=RunTime/$B$7"
    assert find(ws, "Availability").number_format == "0.0%"
    assert find(ws, "OEE").value == "=Availability*Performance*Quality"
    assert find(ws, "Run time").number_format == "#,##0.0"
    assert ws["C5"].value == "min"  # units beside the inputs
    assert find(ws, "Good count").value == 18848  # inputs stay numbers
    values = engine_values(build_workbook(awkward_project()))
    assert values[("OEE Press 2", find(ws, "OEE").coordinate)] == pytest.approx(18848 / 25200)
    takt = wb["Takt Brackets"]
    assert find(takt, "Takt time").value == "=AvailableTime/Demand"
    assert values[("Takt Brackets", find(takt, "Takt time").coordinate)] == pytest.approx(
        2 * 460 * 60 / 920
    )
    summary = wb["OEE summary"]
    assert summary.freeze_panes == "B5"
    assert summary["D4"].value == "Planned time (min)"
    assert summary.column_dimensions["A"].width == 24


def test_native_charts_are_present(exported):
    with zipfile.ZipFile(exported) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) >= 3  # trend, factors, downtime Pareto
    with zipfile.ZipFile(exported) as z:
        xml = z.read("xl/charts/chart2.xml").decode()
    assert "barChart" in xml


def test_user_text_is_never_a_formula(exported):
    wb = load_workbook(exported)
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":  # our live formulas (checked below)
                    continue
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t\r\n":
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    texts.append(cell.value)
    # XML turns a carriage return into a line feed; the text is still text.
    assert {t.replace("\r", "\n") for t in FORMULA_LIKE} <= set(texts)
    # formulas are ours (the results); none of them holds user text
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    assert not any(t in cell.value for t in FORMULA_LIKE[1:]), cell.coordinate


def test_formula_like_cells_get_the_quote_prefix(exported):
    ws = load_workbook(exported)["Project"]
    assert ws["A1"].value == "=1+1" and ws["A1"].quotePrefix


def test_failed_export_leaves_no_file(tmp_path, monkeypatch):
    import score_desktop.project.fileio as fileio

    target = tmp_path / "out.xlsx"
    target.write_bytes(b"old")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", fail)
    with pytest.raises(ProjectError, match="No space left"):
        export_workbook(load_project(EXAMPLE), target)
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.xlsx"]


def test_example_project_exports_every_record(tmp_path):
    project = load_project(EXAMPLE)
    path = tmp_path / "acme.xlsx"
    seen = []
    export_workbook(project, path, progress=lambda f, text: seen.append(f))
    wb = load_workbook(path)
    assert len(wb.sheetnames) == 1 + 1 + len(project.oee_records) + len(project.demands)
    assert seen[-1] == 1.0 and seen == sorted(seen)


def test_sheet_names_are_valid_and_unique():
    taken: set[str] = set()
    names = [sheet_name("OEE Press [1]/2: *night*?", taken) for _ in range(3)]
    assert names[0] == "OEE Press _1__2_ _night__"
    assert len(set(names)) == 3 and all(len(n) <= 31 for n in names)
    long = sheet_name("OEE Press line 4 - day shift - 2024-01-0001", taken)
    assert long == "OEE Press line…- 2024-01-0001"  # start … end, 31 at most
    again = sheet_name("OEE Press line 4 - day shift - 2024-01-0001", taken)
    assert again.endswith("01-0001 (2)") and len(again) <= 31
    assert sheet_name("oee press _1__2_ _NIGHT__", taken).endswith(" (4)")  # case-blind


def test_many_long_sheet_names_take_linear_time():
    taken = SheetNames()
    names = [sheet_name(f"OEE Press line 4 - day shift - 2024-{i:05d}", taken) for i in range(3000)]
    assert len({n.casefold() for n in names}) == 3000


def test_wrapped_headers_get_rows_tall_enough() -> None:
    from openpyxl import Workbook

    from score_desktop.project.excel.cells import LINE_HEIGHT, fit_header_rows, header_style

    ws = Workbook().active
    for column, text in enumerate(("Step", "Inventory (days of demand)", "Load"), start=1):
        ws.cell(row=3, column=column, value=text)
        header_style(ws.cell(row=3, column=column))
    ws.cell(row=5, column=1, value="x")
    header_style(ws.cell(row=5, column=1))
    ws.column_dimensions["B"].width = 14
    fit_header_rows(ws)
    # "Inventory (days" / "of demand)" in 14 characters: two lines; a short header row: one
    assert ws.row_dimensions[3].height == 2 * LINE_HEIGHT
    assert ws.row_dimensions[5].height is None
