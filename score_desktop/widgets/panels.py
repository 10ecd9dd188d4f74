"""Which panel shows which record: the panel factory each tool registers (tool_views.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from score_desktop.widgets.document import Document
from score_desktop.widgets.tool_views import view


def make_panel(document: Document, section: str, name: str) -> QWidget:
    """The panel for record ``name`` of ``section`` (or the section overview when name is empty)."""
    tool_view = view(section)
    panel = tool_view.panel(document, name) if tool_view is not None else None
    if panel is not None:
        return panel
    from score_desktop.widgets.project_panel import ProjectPanel

    return ProjectPanel(document)
