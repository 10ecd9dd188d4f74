"""The station-count table: for each number of stations, the shortest cycle time and the
efficiency (the exact SALBP-2 search swept over the station count, in a worker)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.line_balancing.model import Line
from score_desktop.widgets.job_progress import JobProgress
from score_desktop.widgets.jobs import Job, JobRunner
from score_desktop.widgets.line_balancing.runs import CountRow, count_table


class StationCountTable(QWidget):
    """A Compute button and the table; computing runs in a job and can be cancelled."""

    computed = Signal(object, object)  # the line, its rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = JobRunner(self)
        self.line_for: Line | None = None  # the line the rows are for
        self.unit = ""
        self.rows: list[CountRow] = []
        self.line_source = lambda: None  # set by the panel
        self.compute_button = QPushButton(self.tr("Compute table"))
        self.compute_button.setObjectName("compute_station_table")
        self.compute_button.clicked.connect(self.compute)
        self.progress = JobProgress(self, compact=True)
        self.progress.follow(self.jobs)
        self.message = QLabel(
            self.tr(
                "How many stations for which cycle time? For each "
                "station count: the shortest cycle time that works."
            )
        )
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("station_count_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self._headers()
        top = QHBoxLayout()
        top.addWidget(self.message, 1)
        top.addWidget(self.compute_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addWidget(self.table, 1)
        self.jobs.running_changed.connect(lambda r: self.compute_button.setDisabled(r))

    def _headers(self) -> None:
        unit = f" ({self.unit})" if self.unit else ""
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Stations"),
                self.tr("Shortest cycle time") + unit,
                self.tr("Balance efficiency"),
                self.tr("Proven optimal"),
            ]
        )

    def compute(self) -> Job | None:
        line: Line | None = self.line_source()
        if line is None:
            return None
        self.unit = line.time_unit
        return self.jobs.start(
            count_table,
            line,
            2.0,
            name=self.tr("station-count table"),
            on_result=lambda rows: self._computed(line, rows),
            relay_errors=False,
        )

    def _computed(self, line: Line, rows: list[CountRow]) -> None:
        self.line_for = line
        self.show_rows(rows)
        self.computed.emit(line, rows)

    def show_rows(self, rows: list[CountRow]) -> None:
        self.rows = rows
        self._headers()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            values = (
                str(row.stations),
                f"{row.cycle_time:.4g}",
                f"{row.efficiency * 100:.1f} %",
                self.tr("yes") if row.proven_optimal else self.tr("not proven"),
            )
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))

    def clear(self) -> None:
        self.rows, self.line_for = [], None
        self.table.setRowCount(0)
