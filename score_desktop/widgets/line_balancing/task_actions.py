"""The task table's buttons: add, delete, reorder, paste from Excel, import a file (in a job).

A mixin of :class:`~.panel.LineBalancingPanel`; it uses the panel's ``model``, ``table``,
``table_error`` and ``import_jobs``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton

from score_desktop.tools.line_balancing.model import Line
from score_desktop.widgets.jobs import Job
from score_desktop.widgets.line_balancing.runs import read_line_job

FILE_FILTER = "Task tables (*.csv *.txt *.xlsx *.IN2 *.in2 *.alb);;All files (*)"


class TaskTableActions:
    """Row operations of the task table, each one undo step."""

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        for text, slot, tip in (
            (self.tr("Add"), self.add_task, self.tr("Add a task below the selected row")),
            (self.tr("Delete"), self.delete_selected, self.tr("Delete the selected tasks")),
            ("↑", lambda: self.move_selected(-1), self.tr("Move the task up")),
            ("↓", lambda: self.move_selected(1), self.tr("Move the task down")),
            (
                self.tr("Paste"),
                self.paste,
                self.tr("Paste rows copied from Excel: task, description, time, predecessors"),
            ),
            (
                self.tr("Import…"),
                self.import_dialog,
                self.tr("Read a task table: CSV, Excel, Scholl .IN2 or Otto .alb"),
            ),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setMinimumWidth(30)
            button.setMaximumWidth(36 if len(text) == 1 else 76)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        return row

    # -- table ----------------------------------------------------------------
    def _selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def _after_edit(self, ok: bool) -> None:
        if not ok and self.model.error:
            self.table_error.setText(self.model.error)

    def add_task(self) -> None:
        rows = self._selected_rows()
        self._after_edit(self.model.add_task(rows[-1] + 1 if rows else None))

    def delete_selected(self) -> None:
        self._after_edit(self.model.delete_rows(self._selected_rows()))

    def move_selected(self, delta: int) -> None:
        rows = self._selected_rows()
        if len(rows) == 1 and self.model.move_row(rows[0], rows[0] + delta):
            self.table.selectRow(rows[0] + delta)
        else:
            self._after_edit(False)

    def paste(self) -> None:
        rows = self._selected_rows()
        at = rows[-1] + 1 if rows else self.model.rowCount()
        self._after_edit(self.model.paste(at, QGuiApplication.clipboard().text()))

    # -- import ---------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import tasks"), "", self.tr(FILE_FILTER)
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> Job:
        """Read ``path`` in a worker; the tasks replace the table as one undo step."""
        state = self.state
        cycle = state.record.line.cycle_time if state else None
        job = self.import_jobs.start(
            read_line_job,
            str(path),
            None,
            name=self.tr("task import"),
            relay_errors=False,
            on_result=lambda line: self._imported(line, path, cycle),
        )
        job.failed.connect(lambda message, _d: self.table_error.setText(message))
        return job

    def _imported(self, line: Line, path: Path, cycle: float | None) -> None:
        def change(record):
            new_line = replace(
                line,
                name=record.name,
                cycle_time=line.cycle_time if line.cycle_time else cycle,
                time_unit=line.time_unit or record.line.time_unit,
            )
            return replace(record, line=new_line, balance=(), balance_method="")

        self.model.edit_record(self.tr("Import tasks from %1").replace("%1", path.name), change)
