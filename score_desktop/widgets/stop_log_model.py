"""Table model over an OEE record's stop log; every edit is one undoable project edit."""

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
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

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


def minutes(value: Any) -> float:
    """Minutes typed or pasted: "12.5", "12,5" (a decimal comma) or "1,250.5"; ValueError
    for anything else."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    if text.count(",") == 1 and "." not in text and len(text.split(",")[1]) != 3:
        text = text.replace(",", ".")
    return float(text.replace(",", ""))


class StopLogModel(QAbstractTableModel):
    """Rows are the stops of the OEE record called ``record_name``.

    ``error`` holds the reason the last edit was refused (empty after a good edit);
    ``edited`` fires after every cell edit, refused or not, so the panel can show it.
    """

    edited = Signal()

    def __init__(self, document: Document, record_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.error = ""
        self._rows = len(self.stops())
        document.changed.connect(self._reset)

    def _record(self):
        return self.document.project.find(SECTION, self.record_name)

    def stops(self) -> tuple[StopEntry, ...]:
        record = self._record()
        return record.stops if record is not None else ()

    def _reset(self) -> None:
        """Follow the document. With the same number of rows only the cells change: a
        reset in the middle of a cell edit would drop the view's editor and its current
        cell, so Tab could not move on ("commitData called with an editor that does not
        belong to this view")."""
        rows = len(self.stops())
        if rows == self._rows:
            if rows:
                last = self.index(rows - 1, len(COLUMNS) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._rows = rows
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
            value = getattr(stop, column)
            # minutes are always decimals, so every start and duration gets the same editor
            return float(value) if column in ("start_min", "duration_min") else value
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
                value = minutes(value)
            except ValueError:
                self.error = self.tr("Stop %d: %s must be a number of minutes, not “%s”") % (
                    index.row() + 1,
                    self.tr(HEADERS[index.column()]),
                    value,
                )
                self.edited.emit()
                return False
        stops = list(self.stops())
        stops[index.row()] = replace(stops[index.row()], **{column: value})
        ok = self._commit(tuple(stops), self.tr("Edit stop %d") % (index.row() + 1))
        self.edited.emit()
        return ok

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
                start = minutes(cells[0])
                duration = minutes(cells[1])
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


class MinutesDelegate(QStyledItemDelegate):
    """A plain text editor for minutes, so that "7,5" (a decimal comma) and "1,250.5" are
    read as the user means them (a spin box in an English locale took "7,5" for 75)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setText("" if value is None else f"{float(value):g}")
        editor.selectAll()

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
