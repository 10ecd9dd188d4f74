"""A toy tool registered through its descriptor (and, optionally, a view) appears in the
navigator, can be added, renamed and undone, and opens its panel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QLabel

from score_desktop.project import registry
from score_desktop.widgets import tool_views
from score_desktop.widgets.navigator import SECTION_ROLE
from tests import toy_tool
from tests.toy_tool import KEY, KaizenIdea


@pytest.fixture
def toy():
    registry.register(toy_tool.DESCRIPTOR)
    try:
        yield
    finally:
        registry.unregister(KEY)


def _group(nav, key):
    for i in range(nav.tree.topLevelItemCount()):
        item = nav.tree.topLevelItem(i)
        if item.data(0, SECTION_ROLE) == key:
            return item
    return None


def test_a_toy_tool_appears_in_the_navigator_and_takes_records(toy, window, sample_file):
    window.open_path(sample_file)
    nav = window.navigator
    group = _group(nav, KEY)
    assert group is not None and group.text(0) == "Kaizen ideas (0)"
    nav.select(KEY, "")
    nav.add_record()
    assert window.document.project.section(KEY) == (KaizenIdea("Idea"),)
    assert nav.current() == (KEY, "Idea")
    assert nav.rename(KEY, "Idea", "Quick die change")
    assert _group(nav, KEY).child(0).text(0) == "Quick die change"
    # Without a view of its own, the record opens the project panel.
    assert type(window.panel).__name__ == "ProjectPanel"
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    assert window.document.project.section(KEY) == ()


def test_a_toy_tools_view_gives_its_panel_and_icon(toy, window, sample_file):
    pixmap = QPixmap(16, 16)
    pixmap.fill()
    tool_views.register_view(
        tool_views.ToolView(
            KEY, lambda document, name: QLabel(f"Idea {name}"), icon=lambda: QIcon(pixmap)
        )
    )
    try:
        window.open_path(sample_file)
        nav = window.navigator
        assert not _group(nav, KEY).icon(0).isNull()
        nav.select(KEY, "")
        nav.add_record()
        assert isinstance(window.panel, QLabel)
        assert window.panel.text() == "Idea Idea"
    finally:
        tool_views.unregister_view(KEY)
