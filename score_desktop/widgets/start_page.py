"""The start page shown when no project is open: recent projects and bundled examples."""

from __future__ import annotations

import json
import re
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from score_desktop.resources import example_projects

PATH_ROLE = Qt.ItemDataRole.UserRole
#: The project's name in a file's metadata, which comes first in every file this app writes.
_META_NAME = re.compile(r'"meta"\s*:\s*\{[^{}]*?"name"\s*:\s*("(?:[^"\\]|\\.)*")', re.S)


def project_title(path: Path) -> str:
    """The project name stored in ``path`` (read from its first 64 KB), else the file name."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            head = handle.read(65536)
        match = _META_NAME.search(head)
        name = json.loads(match.group(1)).strip() if match else ""
    except (OSError, ValueError):
        name = ""
    return name or path.stem


class StartPage(QWidget):
    """``open_requested(path)`` for a recent or example project; ``new_requested`` for New."""

    open_requested = Signal(str)
    new_requested = Signal()
    browse_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("start_page")
        title = QLabel(self.tr("SCORE Desktop"))
        title.setStyleSheet("font-size: 24pt; font-weight: 600;")
        subtitle = QLabel(
            self.tr(
                "OEE, takt time, line balancing, value-stream simulation and resource "
                "efficiency for small and medium factories."
            )
        )
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("font-size: 11pt; color: #444;")
        new_button = QPushButton(self.tr("New project"))
        new_button.clicked.connect(self.new_requested)
        open_button = QPushButton(self.tr("Open…"))
        open_button.clicked.connect(self.browse_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(new_button)
        buttons.addWidget(open_button)
        buttons.addStretch(1)
        self.recent_list = self._list("recent_list")
        self.example_list = self._list("example_list")
        for path, name in example_projects():
            self._add(self.example_list, path, name)
        lists = QHBoxLayout()
        for heading, widget in (
            (self.tr("Recent projects"), self.recent_list),
            (self.tr("Examples"), self.example_list),
        ):
            column = QVBoxLayout()
            label = QLabel(heading)
            label.setStyleSheet("font-size: 13pt; font-weight: 600;")
            column.addWidget(label)
            column.addWidget(widget)
            lists.addLayout(column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addLayout(lists, 1)

    def _list(self, name: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }")
        # long folder names lose their middle, not the file name at the end
        widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # itemActivated alone: it comes for a double click and for Enter. Listening to
        # itemDoubleClicked as well opened the project twice; the first opening refills
        # the list, and the second call then had a deleted item (a traceback).
        widget.itemActivated.connect(self._activate)
        return widget

    def _add(self, widget: QListWidget, path: Path, title: str = "") -> None:
        item = QListWidgetItem(f"{title or path.stem}\n{path}")
        item.setData(PATH_ROLE, str(path))
        item.setToolTip(str(path))
        widget.addItem(item)

    def set_recent(self, paths: list[str]) -> None:
        self.recent_list.clear()
        for path in paths:
            self._add(self.recent_list, Path(path), project_title(Path(path)))
        if not paths:
            item = QListWidgetItem(self.tr("No recent projects yet"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent_list.addItem(item)

    def _activate(self, item: QListWidgetItem | None) -> None:
        path = item.data(PATH_ROLE) if item is not None else None
        if path:
            # after the list's own mouse handling: opening a project refills this list
            QTimer.singleShot(0, self, lambda: self.open_requested.emit(path))
