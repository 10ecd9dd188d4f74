"""A form of typed fields bound to a record: edits become undoable project edits."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from score_desktop.project.codec import validate_record
from score_desktop.project.edits import replace_record
from score_desktop.project.errors import ProjectError
from score_desktop.widgets.document import Document

ERROR_STYLE = "color: #b00020; font-weight: 600;"
#: The ground of a refused field; its label turns red and bold.
FIELD_ERROR_BASE = "#fbd5da"


@dataclass(frozen=True)
class FieldSpec:
    """One field of a record form. ``kind`` is "float", "int", "text" or "choice"."""

    name: str
    label: str
    kind: str = "float"
    unit: str = ""
    minimum: float = 0.0
    maximum: float = 1e9
    decimals: int = 2
    choices: tuple[tuple[str, str], ...] = ()  # (stored value, shown text)
    optional: bool = False  # float fields: 0 shown as "not set" and stored as None
    tooltip: str = ""


class RecordForm(QWidget):
    """Fields of one record in a section of the document.

    An edit is checked with the project file's own rules before it is applied; a
    refused value stays in its field, marked, with the reason shown below the form.
    """

    record_changed = Signal()

    def __init__(
        self,
        document: Document,
        section: str,
        record_name: str,
        specs: list[FieldSpec],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.section = section
        self.record_name = record_name
        self.specs = {spec.name: spec for spec in specs}
        self.editors: dict[str, QWidget] = {}
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(f"field_{spec.name}")
            if spec.tooltip:
                editor.setToolTip(spec.tooltip)
            self.editors[spec.name] = editor
            layout.addRow(spec.label, editor)
        self.error_label = QLabel()
        self.error_label.setObjectName("form_error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.hide()
        layout.addRow(self.error_label)
        self.refresh()

    # -- building -----------------------------------------------------------
    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "float":
            box = QDoubleSpinBox()
            box.setDecimals(spec.decimals)
            box.setRange(spec.minimum, spec.maximum)
            box.setKeyboardTracking(False)
            box.setGroupSeparatorShown(True)
            if spec.unit:
                box.setSuffix(f" {spec.unit}")
            if spec.optional:
                box.setSpecialValueText(self.tr("not set"))
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            box.valueChanged.connect(lambda v, n=spec.name: self._on_edit(n))
            return box
        if spec.kind == "int":
            box = QSpinBox()
            box.setRange(int(spec.minimum), int(min(spec.maximum, 2**31 - 1)))
            box.setKeyboardTracking(False)
            box.setGroupSeparatorShown(True)
            if spec.unit:
                box.setSuffix(f" {spec.unit}")
            box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
            box.valueChanged.connect(lambda v, n=spec.name: self._on_edit(n))
            return box
        if spec.kind == "choice":
            combo = QComboBox()
            for value, text in spec.choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(lambda i, n=spec.name: self._on_edit(n))
            return combo
        line = QLineEdit()
        line.editingFinished.connect(lambda n=spec.name: self._on_edit(n))
        return line

    # -- reading and writing ------------------------------------------------
    def record(self) -> Any:
        return self.document.project.find(self.section, self.record_name)

    def _value(self, name: str) -> Any:
        spec, editor = self.specs[name], self.editors[name]
        if isinstance(editor, QDoubleSpinBox):
            value = editor.value()
            return None if spec.optional and value == spec.minimum else value
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        return editor.text()

    def _set_value(self, name: str, value: Any) -> None:
        spec, editor = self.specs[name], self.editors[name]
        editor.blockSignals(True)
        try:
            if isinstance(editor, QDoubleSpinBox):
                editor.setValue(spec.minimum if value is None else float(value))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value))
            elif isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(0, editor.findData(value)))
            else:
                editor.setText(str(value))
                editor.setCursorPosition(0)
        finally:
            editor.blockSignals(False)

    def refresh(self) -> None:
        """Show the record's stored values (after undo, redo or another edit)."""
        record = self.record()
        if record is None:
            return
        for name in self.specs:
            self._set_value(name, getattr(record, name))
        self._show_error("", None)

    def _on_edit(self, name: str) -> None:
        record = self.record()
        if record is None:
            return
        candidate = replace(record, **{name: self._value(name)})
        if candidate == record:
            return
        try:
            validate_record(self.section, candidate)
        except ProjectError as exc:
            self._show_error(str(exc), name)
            return
        index = self.document.project.section(self.section).index(record)
        label = self.specs[name].label.rstrip(":")
        self.document.edit(
            self.tr("Change %s") % label,
            lambda p: replace_record(p, self.section, index, candidate),
            merge_key=f"{self.section}/{self.record_name}/{name}",
        )
        self._show_error("", None)
        self.record_changed.emit()

    def _show_error(self, message: str, field: str | None) -> None:
        for name, editor in self.editors.items():
            self._mark(editor, name == field)
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _mark(self, editor: QWidget, refused: bool) -> None:
        """Mark a refused field with a pale red ground and a red, bold label; the typed
        text stays drawn. (A style sheet border on a spin box without buttons shrinks its
        inner line edit to one pixel, which hid the refused value.)"""
        palette = QPalette(self.palette())
        if refused:
            palette.setColor(QPalette.ColorRole.Base, QColor(FIELD_ERROR_BASE))
        editor.setPalette(palette)
        if isinstance(editor, QAbstractSpinBox):
            editor.lineEdit().setPalette(palette)
        label = self.layout().labelForField(editor)
        if isinstance(label, QLabel):
            label.setStyleSheet(ERROR_STYLE if refused else "")

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


def label(text: str, *, bold: bool = False, size: int | None = None) -> QLabel:
    widget = QLabel(text)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    style = []
    if bold:
        style.append("font-weight: 600;")
    if size:
        style.append(f"font-size: {size}pt;")
    widget.setStyleSheet(" ".join(style))
    return widget
