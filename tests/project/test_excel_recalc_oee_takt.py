"""The OEE and takt sheets recalculated by LibreOffice: every formula equals the engine,
also after a consultant changes an input in the workbook (the same change made in the app
gives the same numbers)."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from score_desktop.project import OeeRecord, Project, StopEntry, load_project
from score_desktop.project.excel import build_workbook
from score_desktop.project.excel.live import engine_values
from score_desktop.resources import example_path
from tests.libreoffice import (
    edited_in_the_workbook,
    formula_cells,
    mismatches,
    name_cell,
    recalculate,
    recalculated_values,
    soffice,
)

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")


def oee_and_takt() -> Project:
    project = load_project(example_path("acme-stamping.scoreproj"))
    return dataclasses.replace(project, lines=(), value_streams=(), resource_logs=())


def test_the_harness_recalculates_stale_stored_values(tmp_path: Path) -> None:
    # a file whose stored value (6) is stale: A1 is 5, A2 = A1 * 3 must come back as 15
    wb = Workbook()
    wb.active["A1"], wb.active["A2"] = 2, "=A1*3"
    first = recalculate_book(wb, tmp_path, "first")
    assert load_workbook(first, data_only=True).active["A2"].value == 6
    stale = tmp_path / "stale.xlsx"
    with zipfile.ZipFile(first) as src, zipfile.ZipFile(stale, "w") as dst:
        for item in src.namelist():
            data = src.read(item)
            if item == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>2</v>", b"<v>5</v>", 1)
            dst.writestr(item, data)
    assert load_workbook(stale, data_only=True).active["A2"].value == 6
    again = recalculate(stale, tmp_path / "again")
    assert load_workbook(again, data_only=True).active["A2"].value == 15


def recalculate_book(wb: Workbook, tmp_path: Path, name: str) -> Path:
    path = tmp_path / f"{name}.xlsx"
    wb.save(path)
    return recalculate(path, tmp_path / f"{name}-lo")


def test_every_formula_cell_equals_the_engine(tmp_path: Path) -> None:
    project = oee_and_takt()
    wb = build_workbook(project)
    expected = engine_values(wb)
    written = load_workbook(recalculate_book(wb, tmp_path, "acme"))
    # every formula in the OEE and takt sheets has an engine value to compare with
    assert set(formula_cells(written)) == set(expected)
    assert len(expected) > 300
    assert sum(v is None for v in expected.values()) <= 12  # only TEEP without a calendar
    lo = recalculated_values(tmp_path / "acme.xlsx", tmp_path, "acme2")
    assert mismatches(lo, expected) == []


def replace_oee(project: Project, index: int, **changes) -> Project:
    records = list(project.oee_records)
    records[index] = dataclasses.replace(records[index], **changes)
    return dataclasses.replace(project, oee_records=tuple(records))


def test_a_good_count_changed_in_the_workbook_moves_oee(tmp_path: Path) -> None:
    # the example: 83.3 % must not stay 83.3 % when the good count drops
    project = Project(
        oee_records=(
            OeeRecord(
                "Press 2",
                shift_length_min=480,
                planned_breaks_min=60,
                ideal_cycle_time_s=1.0,
                total_count=19271,
                good_count=18848,
                stops=(StopEntry(0, 47, "Breakdown", "breakdown"),),
            ),
        )
    )
    lo = edited_in_the_workbook(
        project,
        lambda wb: setattr(name_cell(wb["OEE Press 2"], "GoodCount"), "value", 15000),
        tmp_path,
    )
    changed = replace_oee(project, 0, good_count=15000)
    expected = engine_values(build_workbook(changed))
    assert mismatches(lo, expected) == []
    oee = name_cell(lo["OEE Press 2"], "OverallOEE").value
    assert oee == pytest.approx(15000 / (420 * 60))  # was 18848 / 25200 = 74.8 %
    assert lo["OEE summary"]["I5"].value == pytest.approx(oee)  # the trend row follows


def test_a_stop_and_the_threshold_changed_in_the_workbook(tmp_path: Path) -> None:
    project = oee_and_takt()
    record = project.oee_records[2]
    sheet = f"OEE {record.name}"

    def edit(wb):
        ws = wb[sheet]
        table = next(iter(ws.tables.values()))
        first = int(table.ref.split(":")[0][1:]) + 1
        ws.cell(row=first, column=2).value = 12.5  # the first stop lasts longer
        name_cell(ws, "MinorStopThreshold").value = 15  # ... and more stops count as minor

    lo = edited_in_the_workbook(project, edit, tmp_path)
    stops = list(record.stops)
    stops[0] = dataclasses.replace(stops[0], duration_min=12.5)
    changed = replace_oee(project, 2, stops=tuple(stops), minor_stop_threshold_min=15)
    expected = engine_values(build_workbook(changed))
    assert mismatches(lo, expected) == []
    assert expected != engine_values(build_workbook(project))


def test_a_stop_appended_to_the_log_table_counts(tmp_path: Path) -> None:
    project = oee_and_takt()
    record = project.oee_records[0]
    sheet = f"OEE {record.name}"

    def edit(wb):
        ws = wb[sheet]
        table = next(iter(ws.tables.values()))
        start, end = table.ref.split(":")
        last = int(end[1:])
        for column, value in enumerate((400.0, 20.0, "Die crack", "Breakdowns"), start=1):
            ws.cell(row=last + 1, column=column).value = value
        ws.cell(row=last + 1, column=5).value = ws.cell(row=last, column=5).value.replace(
            str(last), str(last + 1)
        )
        table.ref = f"{start}:E{last + 1}"

    lo = edited_in_the_workbook(project, edit, tmp_path)
    added = (*record.stops, StopEntry(400.0, 20.0, "Die crack", "breakdown"))
    expected = engine_values(build_workbook(replace_oee(project, 0, stops=added)))
    loss_cells = [k for k in expected if k[0] == sheet]
    assert mismatches(lo, {k: expected[k] for k in loss_cells}) == []


def test_demand_doubled_in_the_workbook_halves_takt(tmp_path: Path) -> None:
    project = oee_and_takt()
    demand = project.demands[0]
    sheet = f"Takt {demand.name}"
    lo = edited_in_the_workbook(
        project,
        lambda wb: setattr(name_cell(wb[sheet], "Demand"), "value", 2 * demand.demand),
        tmp_path,
    )
    changed = dataclasses.replace(
        project, demands=(dataclasses.replace(demand, demand=2 * demand.demand),)
    )
    assert mismatches(lo, engine_values(build_workbook(changed))) == []
    takt = name_cell(lo[sheet], "TaktTime").value
    assert takt == pytest.approx(5 * 2 * 460 * 60 / (2 * 4600))


def test_the_linked_oee_drives_the_planned_cycle_time(tmp_path: Path) -> None:
    project = oee_and_takt()
    demand = project.demands[0]
    index = next(
        i for i, r in enumerate(project.oee_records) if r.name == demand.efficiency_oee_record
    )
    record = project.oee_records[index]
    lo = edited_in_the_workbook(
        project,
        lambda wb: setattr(
            name_cell(wb[f"OEE {record.name}"], "GoodCount"), "value", record.good_count - 200
        ),
        tmp_path,
    )
    changed = replace_oee(project, index, good_count=record.good_count - 200)
    expected = engine_values(build_workbook(changed))
    assert mismatches(lo, expected) == []
    ws = lo[f"Takt {demand.name}"]
    assert name_cell(ws, "Efficiency").value == pytest.approx(
        name_cell(lo[f"OEE {record.name}"], "OverallOEE").value
    )
