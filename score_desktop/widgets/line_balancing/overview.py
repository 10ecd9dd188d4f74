"""The lines of the project at a glance: tasks, cycle time, stations, efficiency."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.widgets.document import Document
from score_desktop.widgets.line_balancing.workspace import format_time, line_state


class LinesOverviewPanel(QWidget):
    """One row per line of the project; open a line from the navigator to edit it."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("lines_overview")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "<h2>Line balancing</h2>Choose a line in the navigator "
                    "to edit its tasks and balance it."
                )
            )
        )
        layout.addWidget(self.table, 1)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Tasks"),
                self.tr("Cycle time"),
                self.tr("Stations"),
                self.tr("Balance efficiency"),
                self.tr("Problems"),
            ]
        )
        lines = self.document.project.lines
        self.table.setRowCount(len(lines))
        for r, record in enumerate(lines):
            state = line_state(self.document.project, record)
            m = state.metrics
            values = (
                record.name,
                str(len(record.line.tasks)),
                format_time(state.cycle.value, record.line.time_unit),
                str(m.station_count) if m else "–",
                f"{m.efficiency * 100:.1f} %" if m else "–",
                str(len(state.problems) + len(state.general_problems)),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
