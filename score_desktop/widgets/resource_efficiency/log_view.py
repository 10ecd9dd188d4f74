"""The data-log tab: the table, its buttons (add, delete, paste, columns), import and template."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from score_desktop.resources import template_path, templates_dir
from score_desktop.tools.resource_efficiency import LogImport, ResourceLog, read_log
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.job_progress import JobProgress
from score_desktop.widgets.jobs import JobContext, JobRunner
from score_desktop.widgets.resource_efficiency.log_model import LogTableModel

WARNING_STYLE = "color: #8a5a00;"
OK_STYLE = "color: #1b6e20;"
MAX_LISTED = 6  # problems listed under the table; the rest are counted


def read_log_file(ctx: JobContext, path: str, base: ResourceLog) -> LogImport:
    """The import job: read a .csv or .xlsx log off the GUI thread."""
    ctx.report(None, f"Reading {Path(path).name}")
    result = read_log(path, base=base)
    ctx.raise_if_cancelled()
    return result


class LogView(QWidget):
    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = LogTableModel(document, record_name, self)
        self.table = QTableView(objectName="log_table")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(70)
        add = QPushButton(self.tr("Add period"))
        add.clicked.connect(self.model.add_period)
        remove = QPushButton(self.tr("Delete selected periods"))
        remove.clicked.connect(self.delete_selected)
        paste = QPushButton(self.tr("Paste from Excel"))
        paste.setToolTip(
            self.tr(
                "Paste cells copied from Excel: a block of numbers goes into the selected cells; "
                "rows that start with a period (2024-01) or a header row are matched by period."
            )
        )
        paste.clicked.connect(self.paste)
        QShortcut(QKeySequence.StandardKey.Paste, self.table, self.paste)
        self.column_button = QPushButton(self.tr("Add column"))
        self.column_menu = QMenu(self.column_button)
        self.column_menu.aboutToShow.connect(self._fill_column_menu)
        self.column_button.setMenu(self.column_menu)
        self.import_button = QPushButton(self.tr("Import CSV/XLSX…"))
        self.import_button.clicked.connect(self.choose_import)
        template = QPushButton(self.tr("Save template…"))
        template.setToolTip(self.tr("Save the Excel template with the column names to fill in"))
        template.clicked.connect(self.save_template)
        buttons = QHBoxLayout()
        for button in (add, remove, paste, self.column_button, self.import_button, template):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = QLabel(objectName="log_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.issues = QLabel(objectName="log_issues")
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet(WARNING_STYLE)
        self.issues.setTextFormat(Qt.TextFormat.PlainText)
        self.runner = JobRunner(self)
        self.progress = JobProgress(self, compact=True)
        self.progress.follow(self.runner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.issues)
        self.model.message.connect(self.show_message)
        self.model.modelReset.connect(self.show_issues)
        self.show_issues()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_issues(self) -> None:
        """Problems without a cell (gaps), and how many cells are marked."""
        loose = self.model.loose_issues
        lines = [f"⚠ {i.message}" for i in loose[:MAX_LISTED]]
        if len(loose) > MAX_LISTED:
            lines.append(self.tr("… and %d more.") % (len(loose) - MAX_LISTED))
        marked = sum(len(v) for v in self.model.cell_issues.values())
        if marked:
            lines.append(
                self.tr(
                    "%d cell(s) are marked: red = error (the figure cannot be used), "
                    "yellow = check it. Point at a cell to read why."
                )
                % len(self.model.cell_issues)
            )
        if not lines and self.model.rowCount():
            self.issues.setStyleSheet(OK_STYLE)
            self.issues.setText(self.tr("✓ No problems found in the data log."))
            return
        self.issues.setStyleSheet(WARNING_STYLE)
        self.issues.setTextFormat(Qt.TextFormat.PlainText)
        self.issues.setText("\n".join(lines))

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        self.model.remove_rows(rows)

    def paste(self, text: str | None = None) -> int:
        if text is None or not isinstance(text, str):
            text = QGuiApplication.clipboard().text()
        return self.model.paste(text, self.table.currentIndex())

    def _fill_column_menu(self) -> None:
        self.column_menu.clear()
        log = self.model.log()
        shown = {(c.kind, c.key) for c in self.model.columns}
        energy = self.column_menu.addMenu(self.tr("Energy carrier"))
        for key, carrier in log.carriers.items():
            if ("energy", key) not in shown:
                action = energy.addAction(f"{carrier.name} [{carrier.unit}]")
                action.triggered.connect(lambda _=False, k=key: self.model.add_column("energy", k))
        self.column_menu.addAction(self.tr("Material…"), lambda: self._ask("material"))
        self.column_menu.addAction(self.tr("Waste stream…"), lambda: self._ask("waste"))

    def _ask(self, kind: str) -> None:
        what = self.tr("material") if kind == "material" else self.tr("waste stream")
        name, ok = QInputDialog.getText(
            self, self.tr("Add column"), self.tr("Name of the %s (quantities in kg):") % what
        )
        if ok:
            self.model.add_column(kind, name)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a resource log"),
            str(templates_dir()),
            self.tr("Resource logs (*.xlsx *.csv *.txt)"),
        )
        if path:
            self.start_import(path)

    def start_import(self, path: str):
        """Read ``path`` in a worker; the periods are merged into the log as one undo step."""
        self.show_message("")
        job = self.runner.start(
            read_log_file,
            path,
            self.model.log(),
            name=self.tr("import %s") % Path(path).name,
            on_result=lambda result, p=path: self._imported(result, p),
            relay_errors=False,
        )
        job.failed.connect(lambda message, _details: self.show_message(message))
        return job

    def _imported(self, result: LogImport, path: str) -> None:
        self.model.replace_log(
            result.log, self.tr("Import %d periods from %s") % (result.rows_read, Path(path).name)
        )

    def save_template(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the resource log template"),
            "resource_log_template.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            suffix = ".csv" if path.lower().endswith(".csv") else ".xlsx"
            shutil.copyfile(template_path(f"resource_log_template{suffix}"), path)
