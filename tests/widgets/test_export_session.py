"""File ▸ Export and `score-desktop export` give the same workbook for the same project, with
the map pictures drawn by the canvas's scene code; a run in the window adds its results."""

from __future__ import annotations

import io
import os
import subprocess
import sys

from openpyxl import load_workbook

from score_desktop.cli import main
from score_desktop.project import load_project
from score_desktop.project.excel import export_bytes
from score_desktop.resources import example_path
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.simulation import SimSettings
from score_desktop.widgets.tool_views import draws_pictures, export_session

MAPS = example_path("acme-value-stream.scoreproj")


def _window_export(window, qtbot, target):
    with qtbot.waitSignal(
        window.export_runner.running_changed,
        timeout=30000,
        check_params_cb=lambda running: not running,
    ):
        window.start_export(target)
    return target.read_bytes()


def test_window_and_command_line_write_the_same_workbook(window, qtbot, tmp_path, capsys):
    assert window.open_path(MAPS)
    from_window = _window_export(window, qtbot, tmp_path / "window.xlsx")
    assert main(["export", str(MAPS), "-o", str(tmp_path / "cli.xlsx")]) == 0
    assert (tmp_path / "cli.xlsx").read_bytes() == from_window
    wb = load_workbook(io.BytesIO(from_window))
    assert len(wb["VSM Current state"]._images) == 1  # drawn offscreen, never opened
    assert len(wb["VSM Future state"]._images) == 1
    assert not capsys.readouterr().err
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    alone = tmp_path / "alone.xlsx"  # a process of its own, no display: the same bytes
    subprocess.run(
        [sys.executable, "-m", "score_desktop", "export", str(MAPS), "-o", str(alone)],
        env=env,
        check=True,
        capture_output=True,
    )
    assert alone.read_bytes() == from_window


def test_opening_panels_does_not_change_the_export(window, qtbot, tmp_path):
    assert window.open_path(MAPS)
    before = _window_export(window, qtbot, tmp_path / "before.xlsx")
    for name in ("Current state", "Future state"):
        window.show_record("value_streams", name)
    window.resize(1400, 900)
    after = _window_export(window, qtbot, tmp_path / "after.xlsx")
    assert after == before


def test_a_run_of_the_map_as_it_is_goes_into_the_export(qapp):
    project = load_project(MAPS)
    from score_desktop.project.session import ProjectSession

    session = ProjectSession()
    m = project.value_streams[0]
    session.remember_results(m, run_replications(m, SimSettings(20, 2, 2, workers=1)))
    plain, simulated = export_session(project), export_session(project, session)
    assert plain.extras("value_streams", 0).results is None
    assert simulated.extras("value_streams", 0).results is session.results_of(m)
    data = export_bytes(project, session=simulated)
    assert data != export_bytes(project, session=plain)
    assert data == export_bytes(project, session=export_session(project, session))
    assert draws_pictures(project) and not draws_pictures(
        load_project(example_path("acme-stamping.scoreproj"))
    )


def test_pictures_are_redrawn_only_when_what_they_show_changes(qapp, monkeypatch):
    from dataclasses import replace

    from score_desktop.project.edits import replace_record
    from score_desktop.project.session import ProjectSession
    from score_desktop.widgets.vsm import picture

    project = load_project(MAPS)
    session = ProjectSession()
    drawn: list[str] = []
    real = picture._draw
    monkeypatch.setattr(
        picture, "_draw", lambda m, r, res: (drawn.append(m.name), real(m, r, res))[1]
    )
    first = export_session(project, session)
    assert drawn == ["Current state", "Future state"]
    assert export_session(project, session) == first and len(drawn) == 2  # kept
    # the demand the maps take takt from changes: both pictures show other numbers
    demand = project.demands[0]
    more = replace_record(project, "demands", 0, replace(demand, demand=demand.demand * 2))
    export_session(more, session)
    assert len(drawn) == 4
    m = project.value_streams[0]
    session.remember_results(m, run_replications(m, SimSettings(20, 2, 2, workers=1)))
    export_session(more, session)  # a run changes the current map's picture only
    assert drawn[4:] == ["Current state"]
