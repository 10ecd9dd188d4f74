"""Fixtures: a document holding Groover's 12-element line and its panel, shown at 1280x800."""

from __future__ import annotations

import gc
from dataclasses import replace

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from score_desktop.project import Project
from score_desktop.project.line_records import LineRecord
from score_desktop.tools.line_balancing.model import Line, Task
from score_desktop.widgets.document import Document

# Groover, "Automation, Production Systems, and CIM", 3rd ed., Example 15.2 (Tc = 1.0 min),
# as in tests/tools/line_balancing/test_heuristics.py.
GROOVER = [
    ("1", 0.2, ()),
    ("2", 0.4, ()),
    ("3", 0.7, ("1",)),
    ("4", 0.1, ("1", "2")),
    ("5", 0.3, ("2",)),
    ("6", 0.11, ("3",)),
    ("7", 0.32, ("3",)),
    ("8", 0.6, ("3", "4")),
    ("9", 0.27, ("6", "7", "8")),
    ("10", 0.38, ("5", "8")),
    ("11", 0.5, ("9", "10")),
    ("12", 0.12, ("11",)),
]
# The largest candidate rule's answer (Groover Example 15.3)
LCR = (("2", "5", "1", "4"), ("3", "6"), ("8", "10"), ("7", "9"), ("11", "12"))
NAME = "Groover"


def groover_record(balance=()) -> LineRecord:
    line = Line(tuple(Task(i, t, p) for i, t, p in GROOVER), 1.0, name=NAME, time_unit="min")
    return LineRecord(NAME, line, balance=balance)


@pytest.fixture
def document(qtbot):
    return Document(Project(lines=(groover_record(LCR),)))


@pytest.fixture
def panel(qtbot, document):
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel

    widget = LineBalancingPanel(document, NAME)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    dispose(widget)


def dispose(widget) -> None:
    """Close the panel (and a presentation window), stop its jobs, delete it and collect
    its Python garbage now rather than in some later test."""
    if widget.presentation is not None:
        widget.presentation.close()
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def record(document) -> LineRecord:
    return document.project.find("lines", NAME)


def set_record(document, new: LineRecord) -> None:
    document.set_project(replace(document.project, lines=(new,)))
