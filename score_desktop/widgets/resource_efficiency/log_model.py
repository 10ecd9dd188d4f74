"""Table model over a resource record's data log; every edit is one undoable project edit.

Cells with a validation problem (negative use, unknown unit, duplicate period) are tinted and
explain themselves in their tooltip; problems that belong to no cell (missing months) are in
:attr:`LogTableModel.loose_issues`.
"""

from __future__ import annotations

from dataclasses import replace
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

from score_desktop.project.codec import validate_record
from score_desktop.project.edits import replace_record
from score_desktop.project.errors import ProjectError
from score_desktop.tools.resource_efficiency import (
    LogIssue,
    ResourceLog,
    read_log_text,
    validate_log,
)
from score_desktop.widgets.document import Document
from score_desktop.widgets.resource_efficiency.log_edits import (
    LogColumn,
    cell_value,
    is_number_block,
    issues_by_cell,
    log_columns,
    looks_like_period,
    merge_logs,
    parse_number,
    split_pasted,
    with_block,
    with_cell,
    with_new_period,
    without_rows,
)

SECTION = "resource_logs"
ERROR_BRUSH = QBrush(QColor("#f8d0d4"))
WARNING_BRUSH = QBrush(QColor("#fff1c2"))
Index = QModelIndex | QPersistentModelIndex


class LogTableModel(QAbstractTableModel):
    """Rows are the periods of the resource record called ``record_name`` (in stored order).

    ``error`` holds why the last edit was refused (empty after a good edit); ``message``
    changes whenever it does, so that the panel can show it.
    """

    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.error = ""
        self.extra_columns: list[tuple[str, str]] = []
        self.columns: tuple[LogColumn, ...] = ()
        self.cell_issues: dict[tuple[int, int], list[LogIssue]] = {}
        self.loose_issues: list[LogIssue] = []
        self.issues: tuple[LogIssue, ...] = ()
        self._rebuild()
        document.changed.connect(self.reset)

    # --- reading ---------------------------------------------------------------------------

    def record(self):
        return self.document.project.find(SECTION, self.record_name)

    def log(self) -> ResourceLog:
        record = self.record()
        return record.log if record is not None else ResourceLog(site="")

    def _rebuild(self) -> None:
        log = self.log()
        self.columns = log_columns(log, self.extra_columns)
        self.issues = validate_log(log)
        self.cell_issues, self.loose_issues = issues_by_cell(log, self.columns, self.issues)

    def reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.log().periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            header = self.columns[section].header
            return header.replace(": ", ":\n", 1).replace(" [", "\n[", 1)
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        period = self.log().periods[index.row()]
        column = self.columns[index.column()]
        value = cell_value(period, column)
        issues = self.cell_issues.get((index.row(), index.column()), [])
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else (f"{value:g}" if column.is_number else value)
        if role == Qt.ItemDataRole.DisplayRole:
            if value is None:
                return ""
            return f"{value:,.10g}" if column.is_number else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column.is_number:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and issues:
            errors = any(i.severity == "error" for i in issues)
            return ERROR_BRUSH if errors else WARNING_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            if issues:
                return "\n".join(i.message for i in issues)
            return column.header
        return None

    # --- editing ---------------------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = self.columns[index.column()]
        period = self.log().periods[index.row()].period
        if column.is_number:
            try:
                value = parse_number(value)
            except ValueError:
                return self._refuse(
                    self.tr("%s, %s: “%s” is not a number; leave the cell empty if not measured.")
                    % (period, column.header, value)
                )
        try:
            log = with_cell(self.log(), index.row(), column, value)
        except ValueError as exc:
            return self._refuse(self.tr("Row %d: %s.") % (index.row() + 1, exc))
        return self.commit(log, self.tr("Edit %s, %s") % (period, column.header))

    def add_period(self) -> bool:
        return self.commit(with_new_period(self.log()), self.tr("Add period"))

    def remove_rows(self, rows: list[int]) -> bool:
        if not rows:
            return False
        return self.commit(
            without_rows(self.log(), rows), self.tr("Delete %d period(s)") % len(set(rows))
        )

    def add_column(self, kind: str, key: str) -> None:
        """Show an empty column for an energy carrier, material or waste stream."""
        key = key.strip()
        if key and (kind, key) not in self.extra_columns:
            self.extra_columns.append((kind, key))
            self.reset()

    def paste(self, text: str, at: Index | None = None) -> int:
        """Paste cells copied from Excel; returns the number of rows pasted (0 if refused).

        A block of numbers goes into the cells from ``at`` on; rows starting with a period
        (``2024-01``) are matched to the log's periods by label, in the table's column order;
        rows under a header row are matched to the columns by their names, as in an import.
        """
        rows = split_pasted(text)
        if not rows:
            return 0
        log = self.log()
        if is_number_block(rows):
            if at is None or not at.isValid():
                return int(self._refuse(self.tr("Select the cell where the pasted numbers go.")))
            try:
                new = with_block(log, self.columns, at.row(), at.column(), rows)
            except ValueError as exc:
                return int(self._refuse(str(exc)))
        else:
            if looks_like_period(rows[0][0]):
                header = "\t".join(c.header for c in self.columns)
                text = header + "\n" + "\n".join("\t".join(r) for r in rows)
            try:
                imported = read_log_text(text, base=log)
            except ValueError as exc:
                return int(self._refuse(self.tr("Pasted cells: %s") % exc))
            new = merge_logs(log, imported.log)
            rows = [[p.period] for p in imported.log.periods]
        if self.commit(new, self.tr("Paste %d row(s)") % len(rows)):
            return len(rows)
        return 0

    def replace_log(self, log: ResourceLog, text: str) -> bool:
        """Merge an imported log into the record's log (one undo step)."""
        return self.commit(merge_logs(self.log(), log), text)

    def _refuse(self, message: str) -> bool:
        self.error = message
        self.message.emit(message)
        return False

    def commit(self, log: ResourceLog, text: str) -> bool:
        """Replace the record's log with ``log`` as one undo step named ``text``."""
        record = self.record()
        if record is None:
            return False
        candidate = replace(record, log=log)
        try:
            validate_record(SECTION, candidate)
        except ProjectError as exc:
            return self._refuse(str(exc))
        self.error = ""
        self.message.emit("")
        index = self.document.project.resource_logs.index(record)
        self.document.edit(text, lambda p: replace_record(p, SECTION, index, candidate))
        return True
