"""Table model over an OEE record's stop log; every edit is one undoable project edit."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from score_desktop.project import StopEntry
from score_desktop.project.codec import validate_record
from score_desktop.project.edits import replace_record
from score_desktop.project.errors import ProjectError
from score_desktop.tools.stop_log import LOSS_LABELS, classify_stops
from score_desktop.widgets.document import Document

COLUMNS = ("start_min", "duration_min", "reason", "category")
HEADERS = ("Start (min)", "Duration (min)", "Reason", "Category")
SECTION = "oee_records"
Index = QModelIndex | QPersistentModelIndex


class StopLogModel(QAbstractTableModel):
    """Rows are the stops of the OEE record called ``record_name``.

    ``error`` holds the reason the last edit was refused (empty after a good edit).
    """

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.error = ""
        document.changed.connect(self._reset)

    def _record(self):
        return self.document.project.find(SECTION, self.record_name)

    def stops(self) -> tuple[StopEntry, ...]:
        record = self._record()
        return record.stops if record is not None else ()

    def _reset(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stops())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.tr(HEADERS[section])
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stop = self.stops()[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("start_min", "duration_min"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.EditRole:
            return getattr(stop, column)
        if column == "category" and role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._category_text(stop, role == Qt.ItemDataRole.ToolTipRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column in ("start_min", "duration_min"):
            return f"{getattr(stop, column):,.1f}"
        return stop.reason

    def _category_text(self, stop: StopEntry, long: bool) -> str:
        """The logged category, and what the minor-stop threshold makes of it."""
        logged = self.tr(LOSS_LABELS.get(stop.category, stop.category))
        threshold = self._record().minor_stop_threshold_min
        counted = classify_stops([stop], threshold)[0].category
        if counted == stop.category:
            return logged
        if long:
            return self.tr(
                "Logged as %s; counts as %s because of the %.1f min minor-stop threshold"
            ) % (logged, self.tr(LOSS_LABELS[counted]), threshold)
        return f"{logged} → {self.tr(LOSS_LABELS[counted])}"

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = COLUMNS[index.column()]
        if column in ("start_min", "duration_min"):
            try:
                value = float(str(value).replace(",", ""))
            except ValueError:
                self.error = self.tr("Stop %d: %s must be a number of minutes, not “%s”") % (
                    index.row() + 1,
                    self.tr(HEADERS[index.column()]),
                    value,
                )
                return False
        stops = list(self.stops())
        stops[index.row()] = replace(stops[index.row()], **{column: value})
        return self._commit(tuple(stops), self.tr("Edit stop %d") % (index.row() + 1))

    def add_stop(self, stop: StopEntry | None = None) -> bool:
        stops = self.stops()
        if stop is None:
            last = stops[-1] if stops else None
            start = last.start_min + last.duration_min if last else 0.0
            stop = StopEntry(start_min=start, duration_min=0.0, reason="", category="breakdown")
        return self._commit((*stops, stop), self.tr("Add stop"))

    def remove_rows(self, rows: list[int]) -> bool:
        keep = tuple(s for i, s in enumerate(self.stops()) if i not in set(rows))
        return self._commit(keep, self.tr("Delete %d stop(s)") % (len(self.stops()) - len(keep)))

    def paste_rows(self, text: str) -> int:
        """Append stops pasted from a spreadsheet: start, duration, reason, category."""
        new = []
        keys = {v.lower(): k for k, v in LOSS_LABELS.items()} | {str(k): k for k in LOSS_LABELS}
        for n, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            cells = [c.strip() for c in line.split("\t")]
            try:
                start = float(cells[0].replace(",", ""))
                duration = float(cells[1].replace(",", ""))
            except (ValueError, IndexError):
                self.error = (
                    self.tr(
                        "Pasted line %d: expected start and duration in minutes, "
                        "then reason and category, separated by tabs"
                    )
                    % n
                )
                return 0
            reason = cells[2] if len(cells) > 2 else ""
            category = keys.get(cells[3].lower(), "breakdown") if len(cells) > 3 else "breakdown"
            new.append(StopEntry(start, duration, reason, category))
        if new and self._commit((*self.stops(), *new), self.tr("Paste %d stops") % len(new)):
            return len(new)
        return 0

    def _commit(self, stops: tuple[StopEntry, ...], text: str) -> bool:
        record = self._record()
        candidate = replace(record, stops=stops)
        try:
            validate_record(SECTION, candidate)
        except ProjectError as exc:
            self.error = str(exc)
            return False
        self.error = ""
        index = self.document.project.oee_records.index(record)
        self.document.edit(text, lambda p: replace_record(p, SECTION, index, candidate))
        return True


class CategoryDelegate(QStyledItemDelegate):
    """A drop-down of the six big losses for the "Logged as" column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, text in LOSS_LABELS.items():
            combo.addItem(text, str(key))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
