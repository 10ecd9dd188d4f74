"""Run a balancing method from the panel: method, time limit, COMSOAL settings, progress, cancel.

The run happens in a job (a worker thread): the exact search reports its best solution and
lower bound as they improve, and the Cancel button of the progress bar stops it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.line_balancing.model import Line
from score_desktop.widgets.job_progress import JobProgress
from score_desktop.widgets.jobs import Job, JobRunner
from score_desktop.widgets.line_balancing.runs import METHOD_LABELS, RunOutcome, run_method

METHOD_ORDER = ("exact", "rpw", "lcr", "kw", "comsoal")


class BalancingControls(QWidget):
    """Method choice and Run button; emits ``outcome`` with the balance found."""

    outcome = Signal(object)  # RunOutcome
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.jobs = JobRunner(self)
        self.method = QComboBox()
        self.method.setObjectName("method")
        for key in METHOD_ORDER:
            self.method.addItem(self.tr(METHOD_LABELS[key]), key)
        self.time_limit = QDoubleSpinBox()
        self.time_limit.setRange(0.5, 3600)
        self.time_limit.setValue(10)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(
            self.tr("The exact search stops after this time with its best balance and lower bound.")
        )
        self.iterations = QSpinBox()
        self.iterations.setRange(1, 100_000)
        self.iterations.setValue(200)
        self.iterations.setToolTip(self.tr("COMSOAL: number of random lines tried"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(self.tr("COMSOAL: the same seed gives the same line"))
        self.run_button = QPushButton(self.tr("Balance"))
        self.run_button.setObjectName("run_balance")
        self.run_button.clicked.connect(self.run)
        self.progress = JobProgress(self)  # text above the bar: the live bound needs the width
        self.progress.follow(self.jobs)
        self.status = QLabel()
        self.status.setObjectName("balance_status")
        self.status.setWordWrap(True)
        self.jobs.running_changed.connect(lambda running: self.run_button.setDisabled(running))
        self.method.currentIndexChanged.connect(self._update_fields)
        self.line_source = lambda: None  # set by the panel: returns the Line to balance

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Method")))
        row.addWidget(self.method, 1)
        row.addWidget(self.run_button)
        options = QHBoxLayout()
        self.limit_label = QLabel(self.tr("Time limit"))
        options.addWidget(self.limit_label)
        options.addWidget(self.time_limit)
        self.comsoal_label = QLabel(self.tr("Iterations / seed"))
        options.addWidget(self.comsoal_label)
        options.addWidget(self.iterations)
        options.addWidget(self.seed)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addLayout(options)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._update_fields()

    def _update_fields(self) -> None:
        key = self.method.currentData()
        for w in (self.limit_label, self.time_limit):
            w.setVisible(key == "exact")
        for w in (self.comsoal_label, self.iterations, self.seed):
            w.setVisible(key == "comsoal")

    def set_method(self, key: str) -> None:
        self.method.setCurrentIndex(self.method.findData(key))

    def run(self) -> Job | None:
        """Start the chosen method on the panel's line; returns the job (None if refused)."""
        line: Line | None = self.line_source()
        if line is None:
            return None
        key = self.method.currentData()
        self.status.setText("")
        job = self.jobs.start(
            run_method,
            line,
            key,
            self.time_limit.value(),
            self.seed.value(),
            self.iterations.value(),
            name=self.tr("line balancing"),
            on_result=self._done,
            relay_errors=False,
        )
        job.failed.connect(lambda message, _details: self._failed(message))
        return job

    def _done(self, outcome: RunOutcome) -> None:
        self.status.setText(outcome.message)
        self.outcome.emit(outcome)

    def _failed(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)

    def shutdown(self) -> None:
        self.jobs.shutdown(timeout=5.0)
