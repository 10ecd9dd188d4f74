"""Fixtures: the bundled dye-house example in a document and its resource panel at 1280x800."""

from __future__ import annotations

import pytest

from score_desktop.project import load_project
from score_desktop.resources import example_path
from score_desktop.widgets.document import Document

EXAMPLE = example_path("dye-house-resources.scoreproj")
NAME = "Dye house 2023-2024"
SECTION = "resource_logs"


@pytest.fixture(scope="session")
def example_project():
    return load_project(EXAMPLE)


@pytest.fixture
def document(qtbot, example_project):
    return Document(example_project)


@pytest.fixture
def panel(qtbot, document):
    from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

    widget = ResourcePanel(document, NAME)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def record(document):
    return document.project.find(SECTION, NAME)
