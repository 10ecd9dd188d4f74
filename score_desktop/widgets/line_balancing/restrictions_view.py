"""The restrictions of a real line: tasks that must share a station, must not, or are fixed."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.line_balancing.table_edits import parse_restrictions, restrictions_text
from score_desktop.widgets.line_balancing.task_model import TaskTableModel
from score_desktop.widgets.line_balancing.workspace import LineState


class RestrictionsView(QWidget):
    """Three fields; an edit is one undo step, a typing error is shown below them."""

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.same = QLineEdit()
        self.same.setObjectName("must_share")
        self.same.setPlaceholderText(self.tr("e.g. 3, 6; 9, 10"))
        self.same.setToolTip(self.tr("Groups of tasks that must be done in the same station"))
        self.apart = QLineEdit()
        self.apart.setObjectName("must_not_share")
        self.apart.setPlaceholderText(self.tr("e.g. 1, 5"))
        self.apart.setToolTip(self.tr("Pairs of tasks that must be in different stations"))
        self.fixed = QLineEdit()
        self.fixed.setObjectName("fixed_station")
        self.fixed.setPlaceholderText(self.tr("e.g. 12=5"))
        self.fixed.setToolTip(self.tr("Tasks fixed to a station, as task=station (from 1)"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Same station"), self.same)
        layout.addRow(self.tr("Not together"), self.apart)
        layout.addRow(self.tr("Fixed station"), self.fixed)
        layout.addRow(self.error)
        for field in (self.same, self.apart, self.fixed):
            field.editingFinished.connect(self.apply)

    def show_state(self, state: LineState | None) -> None:
        if state is None:
            return
        texts = restrictions_text(state.record.line.restrictions)
        for field, text in zip((self.same, self.apart, self.fixed), texts, strict=True):
            if not field.hasFocus():
                field.setText(text)

    def apply(self) -> bool:
        """Store the typed restrictions; False (with the reason shown) if they cannot be read."""
        try:
            restrictions = parse_restrictions(
                self.same.text(), self.apart.text(), self.fixed.text()
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return self.model.edit_record(
            self.tr("Change restrictions"),
            lambda r: replace(r, line=replace(r.line, restrictions=restrictions)),
        )
