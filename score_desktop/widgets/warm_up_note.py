"""The quiet status-bar note while the line-balancing solver is prepared in the background."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from score_desktop.solver_warmup import SolverWarmUp

POLL_MS = 500
READY_NOTE_MS = 5000


def follow_warm_up(window: QMainWindow, warm_up: SolverWarmUp) -> QTimer | None:
    """Say in ``window``'s status bar that the solver is being prepared, then that it is
    ready; the timer that follows it (None when it was already done)."""
    bar = window.statusBar()
    if warm_up.finished:
        return None
    bar.showMessage(
        window.tr("Preparing the line-balancing solver in the background (first run only)…")
    )
    timer = QTimer(window, interval=POLL_MS)

    def check() -> None:
        if warm_up.finished:
            timer.stop()
            bar.showMessage(window.tr("The line-balancing solver is ready."), READY_NOTE_MS)

    timer.timeout.connect(check)
    timer.start()
    return timer
