"""The action list window: edits through the undo stack, refusals named, overdue actions
tinted and shown in the navigator, and a link back to where an action comes from."""

from __future__ import annotations

from datetime import date

import pytest

from score_desktop.project import Project, save_project
from score_desktop.project.action_records import Action, ActionList
from score_desktop.project.edits import insert_record
from score_desktop.tools.quality.study import QualityStudy
from score_desktop.widgets.document import Document
from score_desktop.widgets.navigator import NAME_ROLE, SECTION_ROLE
from score_desktop.widgets.quality.action_panel import OVERDUE_BRUSH, ActionListPanel

ACTIONS = ActionList(
    "Actions",
    (
        Action(
            "Change the hone",
            due="2020-01-31",
            source_section="quality_studies",
            source_record="Bore",
            source_item="Worn hone",
        ),
        Action("Train operators", due="2099-01-31", expected_saving=500.0),
    ),
)


def _project() -> Project:
    project = insert_record(Project(), "quality_studies", QualityStudy("Bore"))
    return insert_record(project, "action_lists", ACTIONS)


@pytest.fixture
def panel(qtbot):
    widget = ActionListPanel(Document(_project()), "Actions")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_edits_are_undoable_and_bad_dates_refused(panel) -> None:
    model = panel.model
    assert model.setData(model.index(1, 3), "Done")
    assert panel.document.project.section("action_lists")[0].actions[1].status == "done"
    assert not model.setData(model.index(0, 2), "next week")
    assert "action 1: the due date" in panel.error.text()
    assert model.data(model.index(0, 2)) == "next week"  # kept, marked, until corrected
    assert model.add()
    assert model.rowCount() == 3
    panel.document.undo_stack.undo()
    panel.document.undo_stack.undo()
    assert panel.document.project.section("action_lists")[0] == ACTIONS


def test_overdue_actions_are_tinted_and_summed(panel) -> None:
    model = panel.model
    model.today = date(2026, 12, 3)
    from PySide6.QtCore import Qt

    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == OVERDUE_BRUSH
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert "2 action(s), 0 done, 1 overdue; expected saving 500 USD/year" in panel.summary.text()
    assert model.data(model.index(0, 6)) == 'Quality study "Bore": Worn hone'


def test_the_navigator_shows_overdue_and_links_back(window, tmp_path) -> None:
    path = tmp_path / "actions.scoreproj"
    save_project(_project(), path)
    window.open_path(path)
    nav = window.navigator
    group = next(
        nav.tree.topLevelItem(i)
        for i in range(nav.tree.topLevelItemCount())
        if nav.tree.topLevelItem(i).data(0, SECTION_ROLE) == "action_lists"
    )
    assert group.child(0).text(0) == "Actions — 1 overdue"
    assert group.child(0).data(0, NAME_ROLE) == "Actions"
    assert nav.select("action_lists", "Actions")
    panel = window.panel
    assert isinstance(panel, ActionListPanel)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert panel.go_to_source()
    assert nav.current() == ("quality_studies", "Bore")


def test_add_an_action_from_a_cause_or_a_kaizen_burst(panel) -> None:
    from dataclasses import replace as change

    from score_desktop.tools.quality.study import Cause
    from score_desktop.tools.vsm.model import KaizenBurst, ValueStreamMap

    stream = ValueStreamMap("Current state", kaizen=[KaizenBurst("SMED on press 3")])
    panel.document.edit(
        "setup",
        lambda p: change(
            p.with_section(
                "quality_studies", (QualityStudy("Bore", causes=(Cause("Worn hone", "machine"),)),)
            ),
            value_streams=(stream,),
        ),
    )
    panel.fill_sources()
    labels = [a.text() for a in panel.sources_menu.actions()]
    assert labels == [
        'Quality study "Bore": Worn hone',
        'Value stream (kaizen burst) "Current state": SMED on press 3',
    ]
    panel.sources_menu.actions()[1].trigger()
    action = panel.document.project.section("action_lists")[0].actions[-1]
    assert (action.source_section, action.source_record, action.source_item) == (
        "value_streams",
        "Current state",
        "SMED on press 3",
    )
    assert action.what == "Act on: SMED on press 3"
    panel.document.undo_stack.undo()
    assert len(panel.document.project.section("action_lists")[0].actions) == 2
