"""Table model over a line's task table; every edit is one undoable project edit.

Problems of a row (unknown predecessor, cycle, missing time, duplicate id) are shown on the
row: in a "Check" column, in red, and as the tooltip of every cell of the row.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from score_desktop.project.edits import replace_record
from score_desktop.project.line_records import LineRecord
from score_desktop.project.records import Project
from score_desktop.widgets.document import Document
from score_desktop.widgets.line_balancing import table_edits
from score_desktop.widgets.line_balancing.workspace import LineState, line_state

SECTION = "lines"
Index = QModelIndex | QPersistentModelIndex
ID, TIME, PREDECESSORS, STATION, PRIORITY, CHECK, DESCRIPTION = range(7)
EDITABLE = {ID: "id", DESCRIPTION: "description", TIME: "time", PREDECESSORS: "predecessors"}
ERROR_BRUSH = QBrush(QColor("#FDE2DD"))
CANDIDATE_BRUSH = QBrush(QColor("#FFF3B0"))
CHOSEN_BRUSH = QBrush(QColor("#C8E6FA"))


class TaskTableModel(QAbstractTableModel):
    """Rows are the tasks of the line called ``record_name``; ``state`` is the line as the
    window sees it. ``error`` holds why the last edit was refused (empty after a good edit)."""

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.error = ""
        self.priorities: dict[str, str] = {}  # classroom: priority text of each candidate
        self.chosen: set[str] = set()
        self.step_stations: dict[str, int] | None = None  # classroom: the stations so far
        self.state: LineState | None = None
        self._cells: list[tuple[str, ...]] = []
        self._refresh_state()
        document.changed.connect(self.reset)

    # -- the record ---------------------------------------------------------
    def record(self) -> LineRecord | None:
        return self.document.project.find(SECTION, self.record_name)

    def _refresh_state(self) -> None:
        record = self.record()
        self.state = line_state(self.document.project, record, self.state) if record else None
        self._cells: list[tuple[str, ...]] = []  # display text per row, made once per edit
        if self.state is not None:
            for i, task in enumerate(self.state.line.tasks):
                problems = self.state.row_problems.get(i, [])
                self._cells.append(
                    (
                        task.id,
                        "" if task.time is None else str(task.time),
                        ", ".join(task.predecessors),
                        "",
                        "",
                        "⚠ " + problems[0] if problems else "✓",
                        task.description,
                    )
                )

    def reset(self) -> None:
        """Follow the document. With the same number of rows only the cells change: a
        reset in the middle of a cell edit would drop the view's editor and its current
        cell, so Tab could not move to the next cell."""
        rows = self.rowCount()
        old_unit = self.state.line.time_unit if self.state else None
        record = self.record()
        if record is None or len(record.line.tasks) != rows:
            self.beginResetModel()
            self._refresh_state()
            self.endResetModel()
            return
        self._refresh_state()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, self.columnCount() - 1))
        if (self.state.line.time_unit if self.state else None) != old_unit:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def edit_record(self, text: str, change: Callable[[LineRecord], LineRecord]) -> bool:
        """Apply ``change`` to the record as one undo step; a ValueError refuses it."""
        record = self.record()
        if record is None:
            return False

        def apply(project: Project) -> Project:
            index = project.section(SECTION).index(record)
            return replace_record(project, SECTION, index, change(record))

        try:
            changed = self.document.edit(text, apply)
        except ValueError as exc:
            self.error = str(exc)
            return False
        self.error = ""
        return changed

    def set_classroom(
        self,
        priorities: dict[str, str],
        chosen: set[str],
        stations: dict[str, int] | None = None,
    ) -> None:
        """Show a step of the step-through: candidates' priorities, the chosen task, and
        the stations built so far (None: the current balance)."""
        self.priorities, self.chosen, self.step_stations = priorities, chosen, stations
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 6))

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.state is None:
            return 0
        return len(self.state.line.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        unit = self.state.line.time_unit if self.state else ""
        headers = (
            self.tr("Task"),
            self.tr("Time (%1)").replace("%1", unit) if unit else self.tr("Time"),
            self.tr("Predecessors"),
            self.tr("Station"),
            self.tr("Priority"),
            self.tr("Check"),
            self.tr("Description"),
        )
        return headers[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.state is None:
            return None
        row, column = index.row(), index.column()
        task = self.state.line.tasks[row]
        problems = self.state.row_problems.get(row, [])
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == STATION:
                where = self.state.station_of if self.step_stations is None else self.step_stations
                k = where.get(task.id)
                return "" if k is None else str(k + 1)
            if column == PRIORITY:
                return self.priorities.get(task.id, "")
            return self._cells[row][column]
        if role == Qt.ItemDataRole.ToolTipRole and problems:
            return "\n".join(problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if problems:
                return ERROR_BRUSH
            if task.id in self.chosen:
                return CHOSEN_BRUSH
            if task.id in self.priorities:
                return CANDIDATE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and column == CHECK:
            return QBrush(QColor("#B00020" if problems else "#2E7D32"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (TIME, STATION, PRIORITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() not in EDITABLE:
            return False
        column, row = EDITABLE[index.column()], index.row()
        header = self.headerData(index.column(), Qt.Orientation.Horizontal)
        return self.edit_record(
            self.tr("Edit %1 of task %2").replace("%1", header).replace("%2", str(row + 1)),
            lambda r: table_edits.set_cell(r, row, column, str(value)),
        )

    # -- row operations (one undo step each) ----------------------------------
    def add_task(self, row: int | None = None) -> bool:
        return self.edit_record(self.tr("Add task"), lambda r: table_edits.add_task(r, row))

    def delete_rows(self, rows: list[int]) -> bool:
        if not rows:
            return False
        return self.edit_record(
            self.tr("Delete %n task(s)", "", len(rows)),
            lambda r: table_edits.delete_rows(r, rows),
        )

    def move_row(self, row: int, to: int) -> bool:
        return self.edit_record(self.tr("Move task"), lambda r: table_edits.move_row(r, row, to))

    def paste(self, row: int, text: str) -> bool:
        return self.edit_record(
            self.tr("Paste tasks"), lambda r: table_edits.paste_rows(r, row, text)
        )

    def add_relation(self, before: str, after: str) -> bool:
        return self.edit_record(
            self.tr("Add relation %1 → %2").replace("%1", before).replace("%2", after),
            lambda r: table_edits.add_relation(r, before, after),
        )
