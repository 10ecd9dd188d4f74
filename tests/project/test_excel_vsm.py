"""Excel export of value streams: a sheet per map, static figures, results with CIs, picture,
comparison with native charts; stale results and pictures are never exported."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from score_desktop.project import load_project
from score_desktop.project.excel import build_workbook, export_bytes, export_workbook
from score_desktop.project.excel.live import engine_values
from score_desktop.project.excel.vsm_map_sheet import COL
from score_desktop.project.session import ProjectSession, export_session
from score_desktop.resources import example_path
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.simulation import SimSettings

EXAMPLE = example_path("acme-value-stream.scoreproj")


def _values(ws) -> list[list]:
    return [list(r) for r in ws.iter_rows(values_only=True)]


def _row(ws, label: str) -> list:
    return next(r for r in _values(ws) if r and r[0] == label)


def test_a_sheet_per_map_with_step_data_and_static_figures(tmp_path):
    project = load_project(EXAMPLE)
    built = build_workbook(project)
    engine = engine_values(built)
    path = tmp_path / "out.xlsx"
    export_workbook(project, path)
    wb = load_workbook(path)
    assert {"VSM Current state", "VSM Future state", "VSM comparison"} <= set(wb.sheetnames)
    ws = wb["VSM Current state"]

    def figure(label: str):
        """The formula next to ``label`` and the engine's value for it."""
        cell = next(r[1] for r in ws.iter_rows() if r[0].value == label)
        return cell.value, engine[(ws.title, cell.coordinate)]

    assert figure("Takt") == ('=IF(Demand>0,AvailableTime/Demand,"")', 60)
    assert _row(ws, "Demand from")[1] == "State Street orders"
    weld = _row(ws, "S. Weld II")
    assert weld[1] == pytest.approx(46.0, rel=1e-6) and weld[3] == pytest.approx(0.8)
    # Learning to See current state: 4,600 pcs of coil in front of stamping = 5 days of demand
    stamping = next(r for r in ws.iter_rows() if r[0].value == "Stamping")
    days = stamping[COL["Inventory (days of demand)"] - 1]
    assert days.value.startswith("=IF(") and engine[(ws.title, days.coordinate)] == 5.0
    # the book's inventories stay on the map (Rother & Shook: 23.6 days), FIFO caps apart
    text, value = figure("Production lead time")
    assert text == "=Waiting+Processing/AvailableTime" and value == pytest.approx(23.62, abs=0.01)
    assert _row(
        ws, "Not simulated in this session: press Simulate in the map window, then export again."
    )
    comparison = wb["VSM comparison"]
    assert len(comparison._charts) == 1  # static lead-time chart only: nothing simulated
    future = next(r for r in comparison.iter_rows() if r[0].value == "Future state")[1]
    assert future.value.startswith("='VSM Future state'!$B$")
    assert engine[(comparison.title, future.coordinate)] == pytest.approx(3.65, abs=0.01)


def test_simulated_results_with_cis_picture_and_comparison_charts():
    project = load_project(EXAMPLE)
    current, future = project.value_streams
    settings = SimSettings(horizon_h=40, warmup_h=4, replications=3, workers=1)
    from score_desktop.project.links import resolver

    session = ProjectSession()
    for m in (current, future):
        session.remember_results(m, run_replications(m, settings, resolver=resolver(project)))
    png = io.BytesIO()
    from PIL import Image as PilImage

    PilImage.new("RGB", (1200, 400), "white").save(png, "PNG")
    snapshot = export_session(project, session, {("value_streams", 0): png.getvalue()})
    buffer = io.BytesIO()
    build_workbook(project, session=snapshot).save(buffer)
    wb = load_workbook(io.BytesIO(buffer.getvalue()))
    ws = wb["VSM Current state"]
    th = _row(ws, "Throughput")
    assert th[4] == "parts/h" and th[2] <= th[1] <= th[3]
    assert _row(ws, "WIP (time average)")[4] == "parts"
    assert len(ws._images) == 1 and not wb["VSM Future state"]._images
    comparison = wb["VSM comparison"]
    assert len(comparison._charts) == 3
    words = next(r[0] for r in _values(comparison) if r[0] and "vs Current state" in str(r[0]))
    assert words.startswith("Future state vs Current state: Lead time falls from")


def test_results_of_an_edited_map_are_not_exported():
    project = load_project(EXAMPLE)
    current = project.value_streams[0]
    results = run_replications(current, SimSettings(20, 2, 2, workers=1))
    session = ProjectSession()
    session.remember_results(current, results)
    moved = current.copy()
    moved.layout["Stamping"] = (0.0, 0.0)  # a move keeps the results
    assert session.results_of(moved) is results
    changed = current.copy()
    changed.step("Stamping").machines = 2
    assert session.results_of(changed) is None
    assert session.run_of(changed.name).results is results  # stale, but known
    edited = replace(project, value_streams=(changed, *project.value_streams[1:]))
    stale = export_session(edited, session).extras("value_streams", 0)
    assert stale.results is None and stale.stale
    ws = load_workbook(io.BytesIO(export_bytes(edited, session=export_session(edited, session))))[
        "VSM Current state"
    ]
    assert any(
        str(r[0]).startswith("The map changed after its last simulation") for r in _values(ws)
    )
    assert export_session(project, session).extras("value_streams", 0).results is results


def test_user_text_is_never_a_formula(tmp_path):
    project = load_project(EXAMPLE)
    m = project.value_streams[0].copy()
    m.rename_step("Stamping", "=HYPERLINK(1)")
    project = replace(project, value_streams=(m,))
    buffer = io.BytesIO()
    build_workbook(project).save(buffer)
    ws = load_workbook(io.BytesIO(buffer.getvalue()))["VSM Current state"]
    cell = next(c for row in ws.iter_rows() for c in row if c.value == "=HYPERLINK(1)")
    assert cell.data_type == "s"
