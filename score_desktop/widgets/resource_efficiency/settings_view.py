"""The settings tab: site and units, conversion factors and tariffs, prices, waste streams."""

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
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.resource_efficiency import ResourceLog
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.resource_efficiency.log_model import LogTableModel
from score_desktop.widgets.resource_efficiency.settings_edits import (
    SettingsTable,
    carrier_table,
    material_table,
    waste_table,
    with_site_value,
)

Index = QModelIndex | QPersistentModelIndex


class SettingsTableModel(QAbstractTableModel):
    """A settings table of the log; ``build(log)`` lays it out, edits go through ``commit``."""

    def __init__(
        self,
        log_model: LogTableModel,
        build: Callable[[ResourceLog, LogTableModel], SettingsTable],
        report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_model = log_model
        self.build = build
        self.report = report
        self.table = build(log_model.log(), log_model)
        log_model.modelReset.connect(self.reset)

    def reset(self) -> None:
        self.beginResetModel()
        self.table = self.build(self.log_model.log(), self.log_model)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return self.tr(self.table.headers[section]).replace(" [", "\n[", 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in self.table.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self.table.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if value is None:
                return ""
            return f"{value:g}" if isinstance(value, float) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and self.table.tooltips:
            return self.table.tooltips[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, float):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.table.apply is None:
            return False
        key = self.table.keys[index.row()]
        try:
            log = self.table.apply(self.log_model.log(), key, index.column(), value)
        except ValueError as exc:
            self.report(str(exc))
            return False
        header = self.table.headers[index.column()].split(" [")[0]
        return self.log_model.commit(log, self.tr("Set %s, %s") % (key, header))


def _keys(log_model: LogTableModel, kind: str) -> list[str]:
    return [c.key for c in log_model.columns if c.kind == kind]


class NotesEdit(QPlainTextEdit):
    """A notes box that says when the user leaves it (the moment the notes are saved)."""

    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class SettingsView(QWidget):
    """Edits the log's settings and the record's notes (each change is one undo step)."""

    SITE_FIELDS = (
        ("site", "Site"),
        ("production_unit", "Production unit"),
        ("currency", "Currency"),
        ("water_price_per_m3", "Water price [%s/m³]"),
        ("labour_cost_per_kg_processed", "Labour cost [%s/kg processed]"),
    )

    def __init__(
        self,
        log_model: LogTableModel,
        set_notes: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.log_model = log_model
        self.set_notes = set_notes
        self.message = QLabel(objectName="settings_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.editors: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        site = QGroupBox(self.tr("Site and units"))
        form = QFormLayout(site)
        for name, _label in self.SITE_FIELDS:
            editor = QLineEdit(objectName=name)
            editor.editingFinished.connect(lambda n=name: self._site_edited(n))
            self.editors[name] = editor
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], editor)
        self.frequency = QComboBox(objectName="frequency")
        self.frequency.addItem(self.tr("Monthly (2024-01)"), "monthly")
        self.frequency.addItem(self.tr("Weekly (2024-W05)"), "weekly")
        self.frequency.currentIndexChanged.connect(lambda _i: self._site_edited("frequency"))
        form.addRow(self.tr("Periods:"), self.frequency)
        self.notes = NotesEdit(objectName="notes")
        self.notes.setMaximumHeight(90)
        self.notes.editing_finished.connect(self._notes_edited)
        form.addRow(self.tr("Notes:"), self.notes)
        self.carriers = SettingsTableModel(
            log_model, lambda log, m: carrier_table(log, _keys(m, "energy")), self.show_message
        )
        self.materials = SettingsTableModel(
            log_model, lambda log, m: material_table(log, _keys(m, "material")), self.show_message
        )
        self.wastes = SettingsTableModel(
            log_model, lambda log, m: waste_table(log, _keys(m, "waste")), self.show_message
        )
        grid = QGridLayout()
        grid.addWidget(site, 0, 0)
        grid.addWidget(
            self._box(self.tr("Energy carriers: factors and tariffs"), self.carriers), 0, 1
        )
        grid.addWidget(self._box(self.tr("Materials: purchase prices"), self.materials), 1, 0)
        grid.addWidget(self._box(self.tr("Waste streams: kind and costs"), self.wastes), 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addLayout(grid, 1)
        log_model.modelReset.connect(self.refresh)

    def _box(self, title: str, model: SettingsTableModel) -> QGroupBox:
        box = QGroupBox(title)
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(box).addWidget(view)
        return box

    def _notes_edited(self) -> None:
        self.set_notes(self.notes.toPlainText())

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def refresh(self, notes: str | None = None) -> None:
        log = self.log_model.log()
        for name, label in self.SITE_FIELDS:
            text = self.tr(label)
            self.labels[name].setText((text % log.currency if "%s" in text else text) + ":")
        for name, editor in self.editors.items():
            value = getattr(log, name)
            text = "" if value is None else (f"{value:g}" if isinstance(value, float) else value)
            if editor.text() != text and not editor.hasFocus():
                editor.setText(text)
        self.frequency.blockSignals(True)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(log.frequency)))
        self.frequency.setEnabled(not log.periods)
        self.frequency.blockSignals(False)
        if notes is not None and self.notes.toPlainText() != notes:
            self.notes.setPlainText(notes)

    def _site_edited(self, name: str) -> None:
        log = self.log_model.log()
        value = self.frequency.currentData() if name == "frequency" else self.editors[name].text()
        try:
            new = with_site_value(log, name, value)
        except ValueError as exc:
            self.show_message(str(exc))
            return
        if new != log:
            self.show_message("")
            self.log_model.commit(new, self.tr("Set %s") % name.replace("_", " "))
