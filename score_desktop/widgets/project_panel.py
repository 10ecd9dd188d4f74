"""The project's own details: name, company, site, author, currency, notes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project import SECTIONS
from score_desktop.widgets.document import Document

TEXT_FIELDS = (
    ("name", "Project name"),
    ("company", "Company"),
    ("site", "Site"),
    ("author", "Author"),
    ("currency", "Currency"),
)


class ProjectPanel(QWidget):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.edits: dict[str, QLineEdit] = {}
        box = QGroupBox(self.tr("Project"))
        form = QFormLayout(box)
        for field, text in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"meta_{field}")
            edit.editingFinished.connect(lambda f=field: self._edit(f, self.edits[f].text()))
            self.edits[field] = edit
            form.addRow(self.tr(text), edit)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("meta_notes")
        self.notes.setPlaceholderText(self.tr("Scope, people involved, assumptions…"))
        self.notes.textChanged.connect(lambda: self._edit("notes", self.notes.toPlainText()))
        form.addRow(self.tr("Notes"), self.notes)
        self.dates = QLabel()
        form.addRow(self.tr("Created / modified"), self.dates)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        document.changed.connect(self.refresh)
        self.refresh()

    def _edit(self, field: str, value: str) -> None:
        meta = self.document.project.meta
        if getattr(meta, field) == value:
            return
        self.document.edit(
            self.tr("Change project %s") % field,
            lambda p: replace(p, meta=replace(p.meta, **{field: value})),
            merge_key=f"meta/{field}",
        )

    def refresh(self) -> None:
        meta = self.document.project.meta
        for field, edit in self.edits.items():
            if edit.text() != getattr(meta, field):
                edit.setText(getattr(meta, field))
        if self.notes.toPlainText() != meta.notes:
            self.notes.blockSignals(True)
            self.notes.setPlainText(meta.notes)
            self.notes.blockSignals(False)
        self.dates.setText(f"{meta.created} / {meta.modified}")
        counts = [
            f"{len(self.document.project.section(k))} × {self.tr(v)}" for k, v in SECTIONS.items()
        ]
        self.summary.setText(
            self.tr(
                "This project holds: %s. Choose a record on the left, "
                "or select a tool and press Add."
            )
            % ", ".join(counts)
        )
