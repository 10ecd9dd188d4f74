"""Fixtures for window tests: a main window with its own settings and recovery folder."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from score_desktop.project import (
    DemandRecord,
    OeeRecord,
    Project,
    ProjectMeta,
    StopEntry,
    save_project,
)
from score_desktop.resources import example_path

EXAMPLE = example_path("acme-stamping.scoreproj")


def sample_project() -> Project:
    """oee.com's worked example as a record, and a demand linked to it."""
    press = OeeRecord(
        name="Press 2",
        machine="Press 2",
        shift_length_min=480,
        planned_breaks_min=60,
        ideal_cycle_time_s=1.0,
        total_count=19271,
        good_count=18848,
        stops=(
            StopEntry(60, 20, "Die change", "setup_adjustment"),
            StopEntry(200, 27, "Hydraulic leak", "breakdown"),
        ),
    )
    demand = DemandRecord(
        name="Brackets",
        demand=920,
        shifts_per_day=2,
        shift_length_min=480,
        breaks_per_shift_min=20,
        efficiency_oee_record="Press 2",
        work_content_s=180,
    )
    return Project(meta=ProjectMeta(name="Sample"), oee_records=(press,), demands=(demand,))


@pytest.fixture
def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.scoreproj"
    save_project(sample_project(), path)
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from score_desktop.widgets.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings, tmp_path / "recovery")
    qtbot.addWidget(win)
    errors: list[tuple[str, str]] = []
    win.show_error = lambda title, message: errors.append((title, message))
    win.errors = errors
    # Never block on a modal prompt; tests that check the prompt replace this.
    win.ask_save_changes = lambda: QMessageBox.StandardButton.Discard
    win.resize(1280, 800)
    win.show()
    return win


@pytest.fixture(autouse=True)
def _collect_qt_garbage():
    """Collect each test's leftover Qt wrappers right after it, while the objects they
    point to are still consistent. Left for later, shiboken can free a Python-made
    QUndoCommand before its QUndoStack clears it, in whichever test happens to trigger
    a full collection."""
    yield
    gc.collect()
