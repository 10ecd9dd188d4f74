"""The window's part of each tool: its panel and its navigator icon, by registry key.

The Qt-free part of a tool (records, file, export, links) is its descriptor in
``score_desktop/project/registry.py``; this module registers what only the window
needs under the same key. A tool without a view here still appears in the navigator
(its records open the project panel). A view may also draw pictures for the Excel export
(:func:`export_session`), which the window and ``score-desktop export`` both use.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from score_desktop.project import registry
from score_desktop.project.records import Project
from score_desktop.project.session import ExportSession, ProjectSession
from score_desktop.project.session import export_session as session_snapshot
from score_desktop.widgets.document import Document

#: (document, record name) -> the record's panel; the name is empty for the section's
#: overview. None means "no panel of its own" (the project panel is shown).
PanelFactory = Callable[[Document, str], QWidget | None]
#: (project, session) -> PNG pictures for the export by (section key, record position).
ExportPictures = Callable[[Project, ProjectSession | None], dict[tuple[str, int], bytes]]


@dataclass(frozen=True)
class ToolView:
    """``note(record)`` is a short warning the navigator shows after a record's name
    (e.g. "2 overdue"), or ""."""

    key: str
    panel: PanelFactory
    icon: Callable[[], QIcon] | None = None
    export_pictures: ExportPictures | None = None
    note: Callable[[Any], str] | None = None


_VIEWS: dict[str, ToolView] = {}


def register_view(view: ToolView) -> ToolView:
    if view.key in _VIEWS:
        raise ValueError(f'a view for the tool "{view.key}" is already registered')
    _VIEWS[view.key] = view
    return view


def unregister_view(key: str) -> None:
    del _VIEWS[key]


def view(key: str) -> ToolView | None:
    return _VIEWS.get(key)


def _oee_panel(document: Document, name: str) -> QWidget:
    from score_desktop.widgets.oee_panel import OeeOverviewPanel, OeePanel

    return OeePanel(document, name) if name else OeeOverviewPanel(document)


def _takt_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.takt_panel import TaktPanel

    return TaktPanel(document, name) if name else None


def _line_panel(document: Document, name: str) -> QWidget:
    from score_desktop.widgets.line_balancing.overview import LinesOverviewPanel
    from score_desktop.widgets.line_balancing.panel import LineBalancingPanel

    return LineBalancingPanel(document, name) if name else LinesOverviewPanel(document)


def _value_stream_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.vsm.panel import ValueStreamPanel

    return ValueStreamPanel(document, name) if name else None


def _value_stream_pictures(
    project: Project, session: ProjectSession | None
) -> dict[tuple[str, int], bytes]:
    from score_desktop.widgets.vsm.picture import export_pictures

    return export_pictures(project, session)


def draws_pictures(project: Project) -> bool:
    """Whether an export of ``project`` has pictures to draw (and so needs a QApplication)."""
    return any(v.export_pictures is not None and project.section(key) for key, v in _VIEWS.items())


def export_session(project: Project, session: ProjectSession | None = None) -> ExportSession:
    """What an Excel export of ``project`` takes besides it: the current simulation results
    in ``session`` and every view's pictures, drawn now (on the GUI thread: a QApplication
    must exist). Hand the result to the export worker."""
    pictures: dict[tuple[str, int], bytes] = {}
    for t in registry.tools():
        v = view(t.key)
        if v is not None and v.export_pictures is not None:
            pictures.update(v.export_pictures(project, session))
    return session_snapshot(project, session, pictures)


def _resource_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

    return ResourcePanel(document, name) if name else None


def _quality_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.quality.panel import QualityPanel

    return QualityPanel(document, name) if name else None


def _action_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.quality.action_panel import ActionListPanel

    return ActionListPanel(document, name) if name else None


def _overdue(record: Any) -> str:
    from score_desktop.project.action_edits import overdue_note

    return overdue_note(record)


for _view in (
    ToolView("oee_records", _oee_panel),
    ToolView("demands", _takt_panel),
    ToolView("lines", _line_panel),
    ToolView("value_streams", _value_stream_panel, export_pictures=_value_stream_pictures),
    ToolView("resource_logs", _resource_panel),
    ToolView("quality_studies", _quality_panel),
    ToolView("action_lists", _action_panel, note=_overdue),
):
    register_view(_view)
