"""A document with the bundled current- and future-state maps, an OEE record and a demand."""

from __future__ import annotations

import pytest

from score_desktop.project import Project
from score_desktop.tools.vsm.examples import current_state_simulation, future_state_simulation
from score_desktop.widgets.document import Document
from tests.widgets.conftest import sample_project


def vsm_project() -> Project:
    base = sample_project()  # OEE record "Press 2" and demand "Brackets"
    return Project(
        meta=base.meta,
        oee_records=base.oee_records,
        demands=base.demands,
        value_streams=(current_state_simulation(), future_state_simulation()),
    )


@pytest.fixture
def document(qtbot):
    return Document(vsm_project())


@pytest.fixture
def panel(qtbot, document):
    from score_desktop.widgets.vsm.panel import ValueStreamPanel

    p = ValueStreamPanel(document, "Current state")
    qtbot.addWidget(p)
    p.session.settings.workers = 1  # replications in this process: quick to start in tests
    p.resize(1400, 850)
    p.show()
    qtbot.waitExposed(p)
    yield p
    p.session.runner.shutdown(timeout=10)


def current(document, name="Current state"):
    return document.project.find("value_streams", name)


def select(panel, key: str) -> None:
    panel.scene.clearSelection()
    panel.scene._item_for(key).setSelected(True)
