"""The project's action list: what, who, due date, status and savings, each action linked
back to the cause, kaizen burst or measure it comes from. Overdue actions are tinted red.

Every edit is one undoable project edit; a due date that is no date, an unknown status or a
saving that is no number is refused with a message naming the action.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project.action_edits import (
    ActionColumn,
    ActionSource,
    action_columns,
    action_sources,
    cell_text,
    with_action_cell,
    with_action_from,
    with_new_action,
    without_action,
)
from score_desktop.project.action_records import ActionList
from score_desktop.project.edits import replace_record
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE

SECTION = "action_lists"
OVERDUE_BRUSH = QBrush(QColor("#f8d0d4"))
DONE_BRUSH = QBrush(QColor("#dff0d8"))
Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(QAbstractTableModel):
    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.today = date.today()
        #: (row, column) -> (typed text, why it was refused): shown in the cell until corrected
        self.refused: dict[tuple[int, int], tuple[str, str]] = {}
        document.changed.connect(self.reset)

    def record(self) -> ActionList | None:
        return self.document.project.find(SECTION, self.record_name)

    @property
    def columns(self) -> tuple[ActionColumn, ...]:
        return action_columns(self.document.project.meta.currency or "USD")

    def reset(self) -> None:
        self.beginResetModel()
        rows = self.rowCount()
        self.refused = {k: v for k, v in self.refused.items() if k[0] < rows}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        record = self.record()
        return 0 if parent.isValid() or record is None else len(record.actions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return self.tr(self.columns[section].header)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.columns[index.column()].editable:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record()
        if not index.isValid() or record is None or index.row() >= len(record.actions):
            return None
        action = record.actions[index.row()]
        key = self.columns[index.column()].key
        refused = self.refused.get((index.row(), index.column()))
        if refused is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return refused[0]
            if role == Qt.ItemDataRole.BackgroundRole:
                return OVERDUE_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            text = cell_text(action, key)
            if role == Qt.ItemDataRole.EditRole and key.endswith("saving"):
                value = getattr(action, key)
                return "" if value is None else f"{value:g}"
            return text
        if role == Qt.ItemDataRole.BackgroundRole:
            if action.is_overdue(self.today):
                return OVERDUE_BRUSH
            if action.status == "done":
                return DONE_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and action.is_overdue(self.today):
            return self.tr("Overdue: due %s and not done") % action.due
        if role == Qt.ItemDataRole.TextAlignmentRole and key.endswith("saving"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _edit(self, text: str, change) -> bool:
        record = self.record()
        if record is None:
            return False
        position = self.document.project.section(SECTION).index(record)
        try:
            changed = change(record)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        self.message.emit("")
        return self.document.edit(text, lambda p: replace_record(p, SECTION, position, changed))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if role != Qt.ItemDataRole.EditRole or not column.editable:
            return False
        cell = (index.row(), index.column())
        self.refused.pop(cell, None)
        record = self.record()
        try:
            if record is not None:
                with_action_cell(record, index.row(), column.key, str(value))
        except ValueError as exc:  # keep what was typed in the cell, marked, until corrected
            self.refused[cell] = (str(value), str(exc))
            self.message.emit(str(exc))
            self.dataChanged.emit(index, index)
            return False
        return self._edit(
            self.tr("Edit action %d") % (index.row() + 1),
            lambda r: with_action_cell(r, index.row(), column.key, str(value)),
        )

    def add(self) -> bool:
        return self._edit(self.tr("Add an action"), with_new_action)

    def remove(self, row: int) -> bool:
        record = self.record()
        if record is None or not 0 <= row < len(record.actions):
            return False
        return self._edit(self.tr("Delete an action"), lambda r: without_action(r, row))


class ActionListPanel(QWidget):
    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        title = QLabel(record_name)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.summary = QLabel()
        self.summary.setObjectName("action_summary")
        self.model = ActionTableModel(document, record_name, self)
        self.table = QTableView()
        self.table.setObjectName("actions")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model.modelReset.connect(self._fit_columns)
        self._fit_columns()
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add action"), self.model.add, "add_action"),
            (self.tr("Delete action"), self.delete_current, "delete_action"),
            (self.tr("Go to where it comes from"), self.go_to_source, "go_to_source"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        self.add_from = QToolButton()
        self.add_from.setObjectName("add_from")
        self.add_from.setText(self.tr("Add from…"))
        self.add_from.setToolTip(
            self.tr("An action for a quality cause, a kaizen burst or a resource log")
        )
        self.add_from.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources_menu = QMenu(self.add_from)
        self.sources_menu.aboutToShow.connect(self.fill_sources)
        self.add_from.setMenu(self.sources_menu)
        buttons.insertWidget(1, self.add_from)
        buttons.addStretch(1)
        self.error = QLabel()
        self.error.setObjectName("action_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.model.message.connect(self.error.setText)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        record = self.model.record()
        if record is None:
            return
        currency = self.document.project.meta.currency or "USD"
        done = [a for a in record.actions if a.status == "done"]
        expected = sum(a.expected_saving for a in record.actions if a.status != "cancelled")
        actual = sum(a.actual_saving or 0.0 for a in done)
        overdue = len(record.overdue(self.model.today))
        self.summary.setText(
            self.tr(
                "%d action(s), %d done, %d overdue; expected saving %s %s/year, "
                "actual (done) %s %s/year"
            )
            % (
                len(record.actions),
                len(done),
                overdue,
                f"{expected:,.0f}",
                currency,
                f"{actual:,.0f}",
                currency,
            )
        )

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(260, min(self.table.columnWidth(0), 420)))

    def fill_sources(self) -> None:
        """The menu of every cause, kaizen burst and resource log an action can come from."""
        self.sources_menu.clear()
        sources = action_sources(self.document.project)
        if not sources:
            empty = self.sources_menu.addAction(
                self.tr("No causes, kaizen bursts or resource logs in the project yet")
            )
            empty.setEnabled(False)
        for source in sources:
            action = self.sources_menu.addAction(source.label)
            action.triggered.connect(lambda _=False, s=source: self.add_from_source(s))

    def add_from_source(self, source: ActionSource) -> bool:
        record = self.model.record()
        if record is None:
            return False
        position = self.document.project.section(SECTION).index(record)

        def change(project):
            lists = list(project.section(SECTION))
            lists.insert(0, lists.pop(position))  # with_action_from adds to the first list
            added = with_action_from(project.with_section(SECTION, tuple(lists)), source)
            new = list(added.section(SECTION))
            new.insert(position, new.pop(0))
            return added.with_section(SECTION, tuple(new))

        self.error.setText("")
        return self.document.edit(self.tr("Add an action from %s") % source.label, change)

    def delete_current(self) -> bool:
        return self.model.remove(self.table.currentIndex().row())

    def go_to_source(self) -> bool:
        """Select the record the current action comes from in the navigator."""
        record = self.model.record()
        row = self.table.currentIndex().row()
        if record is None or not 0 <= row < len(record.actions):
            return False
        action = record.actions[row]
        if not action.source_section or not action.source_record:
            self.error.setText(self.tr("This action comes from no record"))
            return False
        if self.document.project.find(action.source_section, action.source_record) is None:
            self.error.setText(self.tr('"%s" is no longer in the project') % action.source_record)
            return False
        navigator = getattr(self.window(), "navigator", None)
        if navigator is None:
            return False
        return bool(navigator.select(action.source_section, action.source_record))
