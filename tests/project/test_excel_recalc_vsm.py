"""The value-stream sheets recalculated by LibreOffice: inventory days, capacity, utilisation,
the lead-time ladder, PCE, the bottleneck and the comparison equal the engine, also after an
inventory, a cycle time or the demand is changed in the workbook."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from score_desktop.project import load_project
from score_desktop.project.excel import build_workbook
from score_desktop.project.excel.live import engine_values
from score_desktop.project.excel.vsm_map_sheet import COL
from score_desktop.resources import example_path
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict
from tests.libreoffice import (
    edited_in_the_workbook,
    mismatches,
    name_cell,
    recalculated_values,
    soffice,
)

pytestmark = pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
EXAMPLE = example_path("acme-value-stream.scoreproj")


def maps_only():
    """The example without its resource logs (the maps' demand comes from its demand record)."""
    return dataclasses.replace(load_project(EXAMPLE), resource_logs=())


def edited_map(m, edit):
    """``m`` changed through its file form (``edit(dict)``), as a reloaded file would be."""
    d = map_to_dict(m)
    edit(d)
    return map_from_dict(d)


def vsm_only(values: dict) -> dict:
    return {k: v for k, v in values.items() if k[0].startswith("VSM")}


def label_value(ws, label: str):
    return next(r[1] for r in ws.iter_rows(values_only=True) if r and r[0] == label)


def step_row(ws, step: str) -> int:
    return next(c.row for c in ws["A"] if c.value == step)


def test_every_map_formula_equals_the_engine(tmp_path: Path) -> None:
    project = load_project(EXAMPLE)  # with the OEE records and lines the maps link to
    wb = build_workbook(project)
    expected = engine_values(wb)
    vsm = {k: v for k, v in expected.items() if k[0].startswith("VSM")}
    assert len(vsm) > 60
    lo = recalculated_values(wb, tmp_path)
    assert mismatches(lo, expected) == []
    current = lo["VSM Current state"]
    # Learning to See: 4,600 pcs of coil in front of stamping = 5 days; 23.6 days lead time
    assert current.cell(step_row(current, "Stamping"), COL["Inventory (days of demand)"]).value == (
        pytest.approx(5.0)
    )
    assert label_value(current, "Production lead time") == pytest.approx(23.62, abs=0.01)
    assert label_value(current, "Takt") == pytest.approx(60)


def test_an_inventory_halved_in_the_workbook_shortens_the_ladder(tmp_path: Path) -> None:
    project = maps_only()
    current = project.value_streams[0]
    before = build_workbook(project)
    stamping_row = step_row(before["VSM Current state"], "Stamping")

    def edit(wb):
        ws = wb["VSM Current state"]
        ws.cell(stamping_row, COL["Inventory in front (pcs)"]).value = 2300
        ws.cell(step_row(ws, "S. Weld II"), COL["Cycle time (s)"]).value = 50

    lo = edited_in_the_workbook(project, edit, tmp_path)

    def change(d):
        steps = {s["name"]: s for s in d["steps"]}
        steps["Stamping"]["buffer"]["inventory"] = 2300.0
        steps["S. Weld II"]["cycle_time"]["mean"] = 50.0

    changed = edited_map(current, change)
    after = dataclasses.replace(project, value_streams=(changed, *project.value_streams[1:]))
    expected = engine_values(build_workbook(after))
    assert expected != engine_values(before)
    assert mismatches(lo, expected) == []
    ws = lo["VSM Current state"]
    assert label_value(ws, "Production lead time") == pytest.approx(23.62 - 2.5, abs=0.01)
    # the comparison sheet follows the map's sheet
    comparison = lo["VSM comparison"]
    assert label_value(comparison, "Current state") == pytest.approx(
        label_value(ws, "Production lead time")
    )


def test_a_doubled_demand_doubles_the_loads_and_halves_the_inventory_days(tmp_path) -> None:
    project = maps_only()
    # the map's demand comes from its demand record: the same change made there in the app
    lo = edited_in_the_workbook(
        project,
        lambda wb: [
            setattr(name_cell(wb[s], "Demand"), "value", 2 * 920)
            for s in wb.sheetnames
            if s.startswith("VSM ") and s != "VSM comparison"
        ],
        tmp_path,
    )
    demand = project.demands[0]
    doubled = dataclasses.replace(demand, demand=2 * demand.demand)
    after = dataclasses.replace(project, demands=(doubled,))
    expected = vsm_only(engine_values(build_workbook(after)))
    assert expected != vsm_only(engine_values(build_workbook(project)))
    assert mismatches(lo, expected) == []
    ws = lo["VSM Current state"]
    assert ws.cell(step_row(ws, "Stamping"), COL["Inventory (days of demand)"]).value == (
        pytest.approx(2.5)
    )
