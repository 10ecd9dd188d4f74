"""A progress bar with status text and a Cancel button that follows a running job; error dialogs."""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from score_desktop.widgets.jobs import Job, JobRunner, JobState, job_error_relay

BAR_STEPS = 1000  # the bar's resolution: 0.1 %


def format_duration(seconds: float) -> str:
    """Seconds as a clock duration: "0:07", "12:30", "1:02:03"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _ElidedLabel(QLabel):
    """A one-line label that ends long text with "…" instead of cutting it mid-letter."""

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(rect, int(self.alignment()), text)


class JobProgress(QWidget):
    """Shows the bound job's status text, progress, elapsed and remaining time, and cancels it.

    ``compact=True`` lays everything out on one line for a panel's status area; the default
    puts the text above the bar, for a dialog. With ``hide_when_idle`` the widget is hidden
    whenever no job is bound or the job is done; otherwise it shows the job's final state.
    """

    def __init__(
        self, parent: QWidget | None = None, *, compact: bool = False, hide_when_idle: bool = True
    ) -> None:
        super().__init__(parent)
        self._job: Job | None = None
        self._fraction: float | None = None
        self._hide_when_idle = hide_when_idle
        self._final = ""  # what to show when the job is done

        self.status_label = _ElidedLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.time_label = QLabel(self)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_label.setStyleSheet("color: palette(placeholder-text);")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setFormat("%p %")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Stop this job; its results are discarded"))
        self.cancel_button.clicked.connect(self.cancel)

        layout = QGridLayout(self)
        if compact:
            layout.setContentsMargins(0, 0, 0, 0)
            self.bar.setFixedWidth(180)
            self.bar.setTextVisible(False)
            layout.addWidget(self.status_label, 0, 0)
            layout.addWidget(self.bar, 0, 1)
            layout.addWidget(self.time_label, 0, 2)
            layout.addWidget(self.cancel_button, 0, 3)
            layout.setColumnStretch(0, 1)
        else:
            self.bar.setTextVisible(True)
            layout.addWidget(self.status_label, 0, 0)
            layout.addWidget(self.time_label, 0, 1)
            layout.addWidget(self.bar, 1, 0, 1, 2)
            layout.addWidget(self.cancel_button, 1, 2)
            layout.setColumnStretch(0, 1)

        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._show_time)
        self._show_idle(self.tr("No job running"))

    @property
    def job(self) -> Job | None:
        """The job shown, or None."""
        return self._job

    def follow(self, runner: JobRunner) -> None:
        """Show every job the runner starts (and its current one, if any)."""
        runner.job_started.connect(self.bind)
        if runner.current_job is not None:
            self.bind(runner.current_job)

    @Slot(object)
    def bind(self, job: Job | None) -> None:
        """Show ``job`` (replacing the job shown before); None shows nothing."""
        self._unbind()
        if job is None or job.is_done:
            self._show_idle(self.tr("No job running"))
            return
        self._job = job
        job.progress.connect(self._on_progress)
        job.finished.connect(self._on_finished)
        job.failed.connect(self._on_failed)
        job.cancelled.connect(self._on_cancelled)
        job.done.connect(self._on_done)
        self._fraction = None
        self._final = ""
        self.status_label.setText(self.tr("%1…").replace("%1", job.name.capitalize()))
        self.status_label.setToolTip(job.name)
        self.bar.setRange(0, 0)  # busy until the job reports a fraction
        self.bar.show()
        self.cancel_button.show()
        self._show_time()
        self._clock.start()
        self.show()

    @Slot()
    def cancel(self) -> None:
        """Cancel the job shown (what the Cancel button does)."""
        if self._job is not None and self._job.is_running:
            self._job.cancel()
            self.status_label.setText(self.tr("Cancelling…"))
            self.cancel_button.setEnabled(False)

    def _unbind(self) -> None:
        job, self._job = self._job, None
        if job is None:
            return
        for signal, slot in (
            (job.progress, self._on_progress),
            (job.finished, self._on_finished),
            (job.failed, self._on_failed),
            (job.cancelled, self._on_cancelled),
            (job.done, self._on_done),
        ):
            signal.disconnect(slot)
        self._clock.stop()

    @Slot(object, str)
    def _on_progress(self, fraction: float | None, text: str) -> None:
        self._fraction = fraction
        if fraction is None:
            self.bar.setRange(0, 0)
        else:
            self.bar.setRange(0, BAR_STEPS)
            self.bar.setValue(round(fraction * BAR_STEPS))
        if text and self._job is not None and self._job.state is JobState.RUNNING:
            self.status_label.setText(text)
            self.status_label.setToolTip(text)
        self._show_time()

    def _show_time(self) -> None:
        if self._job is None:
            return
        cancelling = self._job.state is JobState.CANCELLING  # e.g. cancelled by its runner
        self.cancel_button.setEnabled(not cancelling)
        if cancelling:
            self.status_label.setText(self.tr("Cancelling…"))
        elapsed = self._job.elapsed
        text = self.tr("%1 elapsed").replace("%1", format_duration(elapsed))
        fraction = self._fraction
        if fraction is not None and fraction >= 0.02 and elapsed >= 2.0 and fraction < 1.0:
            left = elapsed * (1.0 - fraction) / fraction
            text += self.tr(", about %1 left").replace("%1", format_duration(left))
        self.time_label.setText(text)

    @Slot(object)
    def _on_finished(self, _result: object) -> None:
        assert self._job is not None
        self._final = self.tr("Finished in %1").replace("%1", format_duration(self._job.elapsed))

    @Slot(str, str)
    def _on_failed(self, message: str, _details: str) -> None:
        self._final = self.tr("Failed: %1").replace("%1", message)

    @Slot()
    def _on_cancelled(self) -> None:
        self._final = self.tr("Cancelled")

    @Slot()
    def _on_done(self) -> None:
        self._unbind()
        self._show_idle(self._final)

    def _show_idle(self, text: str) -> None:
        self._clock.stop()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setValue(0)
        self.status_label.setText(text)
        self.status_label.setToolTip(text)
        self.time_label.clear()
        self.cancel_button.setEnabled(False)
        self.bar.hide()  # with hide_when_idle=False only the final state's text remains
        self.cancel_button.hide()
        if self._hide_when_idle:
            self.hide()


def job_error_box(parent: QWidget | None, job_name: str, message: str, details: str) -> QMessageBox:
    """A warning box for a failed job: the message, with the traceback under "Show Details"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(box.tr("%1 failed").replace("%1", job_name.capitalize()))
    box.setText(message)
    if details:
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box


class _JobErrorDialogs(QObject):
    """Shows a window-modal box for each failure announced on the job error relay."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        job_error_relay().failed.connect(self.show_error)

    @Slot(str, str, str)
    def show_error(self, job_name: str, message: str, details: str) -> None:
        job_error_box(self._window, job_name, message, details).open()


def install_job_error_dialogs(window: QWidget) -> QObject:
    """Make every failed job (with ``relay_errors``) show one error box over ``window``.
    The connection lives as long as ``window``; returns the object that holds it."""
    return _JobErrorDialogs(window)
