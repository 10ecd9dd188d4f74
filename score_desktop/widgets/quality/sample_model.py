"""Table model over a quality study's data rows; every edit is one undoable project edit.

The last column shows the run rules that fired on the point a row belongs to (read only);
rows the chart refuses are tinted and explain themselves in their tooltip.
"""

from __future__ import annotations

from collections.abc import Callable
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

from score_desktop.project.edits import replace_record
from score_desktop.tools.quality.rules import RULES
from score_desktop.tools.quality.study import QualityStudy
from score_desktop.widgets.document import Document
from score_desktop.widgets.quality.sample_edits import (
    SampleColumn,
    cell_text,
    sample_columns,
    with_cell,
    with_new_rows,
    with_pasted,
    without_rows,
)

SECTION = "quality_studies"
ERROR_BRUSH = QBrush(QColor("#f8d0d4"))
SIGNAL_BRUSH = QBrush(QColor("#fde2c8"))
Index = QModelIndex | QPersistentModelIndex


class SampleTableModel(QAbstractTableModel):
    """Rows are the samples of the study called ``record_name``.

    ``signals`` maps a row (0-based) to the rule codes that fired on its point, and
    ``bad_row`` is the row the chart refuses (with ``bad_reason``); the panel sets both.
    ``message`` carries why an edit was refused (empty after a good edit).
    """

    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.columns: tuple[SampleColumn, ...] = ()
        self.signals: dict[int, tuple[str, ...]] = {}
        self.bad_row: int | None = None
        self.bad_reason = ""
        #: (row, column) -> (typed text, why it was refused): shown in the cell until corrected
        self.refused: dict[tuple[int, int], tuple[str, str]] = {}
        self._rebuild()
        document.changed.connect(self.reset)

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def _rebuild(self) -> None:
        study = self.study()
        self.columns = sample_columns(study) if study is not None else ()

    def reset(self) -> None:
        self.beginResetModel()
        self._rebuild()
        rows = self.rowCount()
        self.refused = {k: v for k, v in self.refused.items() if k[0] < rows}
        self.endResetModel()

    def set_marks(
        self, signals: dict[int, tuple[str, ...]], bad_row: int | None, reason: str
    ) -> None:
        self.signals, self.bad_row, self.bad_reason = signals, bad_row, reason
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    # --- reading ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        study = self.study()
        return 0 if parent.isValid() or study is None else len(study.samples)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + 1

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        if section < len(self.columns):
            return self.tr(self.columns[section].header).replace(" (", "\n(", 1)
        return self.tr("Signals (rule)")

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < len(self.columns):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        study = self.study()
        if not index.isValid() or study is None or index.row() >= len(study.samples):
            return None
        row, col = index.row(), index.column()
        refused = self.refused.get((row, col))
        if refused is not None:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return refused[0]
            if role == Qt.ItemDataRole.BackgroundRole:
                return ERROR_BRUSH
            if role == Qt.ItemDataRole.ToolTipRole:
                return refused[1]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col < len(self.columns):
                return cell_text(study.samples[row], self.columns[col])
            return ", ".join(self.signals.get(row, ()))
        if role == Qt.ItemDataRole.BackgroundRole:
            if row == self.bad_row:
                return ERROR_BRUSH
            if row in self.signals:
                return SIGNAL_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole and row == self.bad_row:
            return self.bad_reason
        if role == Qt.ItemDataRole.ToolTipRole and row in self.signals:
            return "\n".join(f"{code}: {RULES[code].description}" for code in self.signals[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and (
            col >= len(self.columns) or self.columns[col].numeric
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    # --- editing ---------------------------------------------------------------------------

    def _edit(self, text: str, change: Callable[[QualityStudy], QualityStudy]) -> bool:
        study = self.study()
        if study is None:
            return False
        position = self.document.project.section(SECTION).index(study)
        try:
            changed = change(study)
        except ValueError as exc:
            self.message.emit(str(exc))
            return False
        self.message.emit("")
        return self.document.edit(text, lambda p: replace_record(p, SECTION, position, changed))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() >= len(self.columns):
            return False
        column = self.columns[index.column()]
        key = (index.row(), index.column())
        self.refused.pop(key, None)
        try:
            study = self.study()
            if study is not None:
                with_cell(study, index.row(), column, str(value))
        except ValueError as exc:  # keep what was typed in the cell, marked, until corrected
            self.refused[key] = (str(value), str(exc))
            self.message.emit(str(exc))
            self.dataChanged.emit(index, index)
            return False
        return self._edit(
            self.tr("Edit row %d") % (index.row() + 1),
            lambda s: with_cell(s, index.row(), column, str(value)),
        )

    def add_rows(self, count: int = 1) -> bool:
        return self._edit(self.tr("Add %d row(s)") % count, lambda s: with_new_rows(s, count))

    def remove_rows(self, rows: set[int]) -> bool:
        if not rows:
            return False
        return self._edit(self.tr("Delete %d row(s)") % len(rows), lambda s: without_rows(s, rows))

    def paste(self, row: int, column: int, grid: list[list[str]]) -> bool:
        return self._edit(
            self.tr("Paste %d row(s)") % len(grid), lambda s: with_pasted(s, row, column, grid)
        )
