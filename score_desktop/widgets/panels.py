"""Which panel shows which record: one panel class per tool."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from score_desktop.widgets.document import Document


def make_panel(document: Document, section: str, name: str) -> QWidget:
    """The panel for record ``name`` of ``section`` (or the section overview when name is empty)."""
    if section == "oee_records":
        from score_desktop.widgets.oee_panel import OeeOverviewPanel, OeePanel

        return OeePanel(document, name) if name else OeeOverviewPanel(document)
    if section == "demands" and name:
        from score_desktop.widgets.takt_panel import TaktPanel

        return TaktPanel(document, name)
    if section == "lines":
        from score_desktop.widgets.line_balancing.overview import LinesOverviewPanel
        from score_desktop.widgets.line_balancing.panel import LineBalancingPanel

        return LineBalancingPanel(document, name) if name else LinesOverviewPanel(document)
    if section == "resource_logs" and name:
        from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

        return ResourcePanel(document, name)
    if section == "value_streams" and name:
        from score_desktop.widgets.vsm.panel import ValueStreamPanel

        return ValueStreamPanel(document, name)
    from score_desktop.widgets.project_panel import ProjectPanel

    return ProjectPanel(document)
