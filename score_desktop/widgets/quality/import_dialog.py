"""Import a study's data from a CSV or Excel file: read off the GUI thread, choose the
columns, then replace the rows or add them after the existing ones (one undo step).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project.edits import replace_record
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.study import QualityStudy
from score_desktop.tools.quality.study_import import samples_from_table
from score_desktop.tools.quality.table import Table, read_table
from score_desktop.widgets.document import Document
from score_desktop.widgets.jobs import JobContext, JobRunner

SECTION = "quality_studies"


@dataclass(frozen=True)
class ImportChoice:
    column: str
    size_column: str | None = None
    subgroup_column: str | None = None
    note_column: str | None = None
    replace_rows: bool = True


def _read_job(ctx: JobContext, path: Path) -> Table:  # runs in a worker thread
    ctx.report(None, f"Reading {path.name}…")
    return read_table(path)


class ImportDialog(QDialog):
    """Which columns hold the values, sample sizes, subgroup ids and notes."""

    def __init__(self, table: Table, study: QualityStudy, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import data from %s") % table.source)
        headers = [h for h in table.header if h]
        self.column = QComboBox()
        self.column.setObjectName("import_column")
        self.column.addItems(headers)
        with contextlib.suppress(QualityInputError):  # the first column of numbers
            self.column.setCurrentText(table.header[table.column_index(None)])
        wanted = study.characteristic.strip().lower()
        for i, h in enumerate(headers):
            if wanted and h.strip().lower().startswith(wanted):
                self.column.setCurrentIndex(i)
        self.optional: dict[str, QComboBox] = {}
        form = QFormLayout()
        what = self.tr("Counts") if study.is_attribute else self.tr("Measurements")
        form.addRow(what, self.column)
        names = [("note", self.tr("Notes"))]
        if study.is_attribute and study.chart != "c":
            names.insert(0, ("size", self.tr("Sample sizes")))
        elif not study.is_attribute:
            names.insert(0, ("subgroup", self.tr("Subgroup ids (long form)")))
        for key, label in names:
            box = QComboBox()
            box.setObjectName(f"import_{key}")
            box.addItem(self.tr("(none)"), None)
            for h in headers:
                box.addItem(h, h)
                if key == "size" and h.strip().lower() in ("n", "size", "inspected", "sample size"):
                    box.setCurrentIndex(box.count() - 1)
            self.optional[key] = box
            form.addRow(label, box)
        self.replace_rows = QCheckBox(
            self.tr("Replace the %d rows of the study") % len(study.samples)
        )
        self.replace_rows.setChecked(True)
        self.replace_rows.setVisible(bool(study.samples))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%d data rows found.") % len(table.rows)))
        layout.addLayout(form)
        layout.addWidget(self.replace_rows)
        layout.addWidget(buttons)

    def choice(self) -> ImportChoice:
        def pick(key: str) -> str | None:
            box = self.optional.get(key)
            return None if box is None else box.currentData()

        return ImportChoice(
            column=self.column.currentText(),
            size_column=pick("size"),
            subgroup_column=pick("subgroup"),
            note_column=pick("note"),
            replace_rows=self.replace_rows.isChecked(),
        )


class StudyImporter(QObject):
    """Runs an import for the study ``record_name``; ``message`` carries refusals."""

    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.jobs = JobRunner(self)
        self._parent = parent

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import measurements or counts"),
            "",
            self.tr("Tables (*.csv *.txt *.xlsx *.xlsm)"),
        )
        if name:
            self.start(Path(name))

    def start(self, path: Path) -> None:
        job = self.jobs.start(
            _read_job,
            Path(path),
            name=self.tr("import"),
            on_result=self._read,
            relay_errors=False,
        )
        job.failed.connect(lambda message, _details: self.message.emit(message))

    def ask(self, table: Table, study: QualityStudy) -> ImportChoice | None:
        """The user's choice of columns, or None when cancelled (tests replace this)."""
        dialog = ImportDialog(table, study, self._parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def _read(self, table: Table) -> None:
        study = self.study()
        if study is None:
            return
        choice = self.ask(table, study)
        if choice is None:
            return
        self.apply(table, choice)

    def apply(self, table: Table, choice: ImportChoice) -> bool:
        study = self.study()
        if study is None:
            return False
        try:
            samples = samples_from_table(
                table,
                choice.column,
                choice.size_column,
                choice.subgroup_column,
                choice.note_column,
            )
        except QualityInputError as exc:
            self.message.emit(self.tr("Import: %s") % exc)
            return False
        rows = samples if choice.replace_rows else study.samples + samples
        changed = replace(study, samples=rows)
        position = self.document.project.section(SECTION).index(study)
        self.message.emit("")
        return self.document.edit(
            self.tr("Import %d rows from %s") % (len(samples), table.source),
            lambda p: replace_record(p, SECTION, position, changed),
        )
