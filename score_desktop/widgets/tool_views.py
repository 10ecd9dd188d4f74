"""The window's part of each tool: its panel and its navigator icon, by registry key.

The Qt-free part of a tool (records, file, export, links) is its descriptor in
``score_desktop/project/registry.py``; this module registers what only the window
needs under the same key. A tool without a view here still appears in the navigator
(its records open the project panel).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QWidget

from score_desktop.widgets.document import Document

#: (document, record name) -> the record's panel; the name is empty for the section's
#: overview. None means "no panel of its own" (the project panel is shown).
PanelFactory = Callable[[Document, str], QWidget | None]


@dataclass(frozen=True)
class ToolView:
    key: str
    panel: PanelFactory
    icon: Callable[[], QIcon] | None = None


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


def _resource_panel(document: Document, name: str) -> QWidget | None:
    from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

    return ResourcePanel(document, name) if name else None


for _view in (
    ToolView("oee_records", _oee_panel),
    ToolView("demands", _takt_panel),
    ToolView("lines", _line_panel),
    ToolView("value_streams", _value_stream_panel),
    ToolView("resource_logs", _resource_panel),
):
    register_view(_view)
