"""Any exception that escapes a slot or a thread reaches one dialog and the rotating log.

``sys.excepthook`` (PySide6 hands it the exceptions raised in slots and event handlers) and
``threading.excepthook`` both end in ``CrashReporter.report``: the traceback, the versions
and the user's last actions go to the log in the per-user log folder, and the window says
"Something went wrong: … The work in this window is safe; a report was saved to …". The
dialog does not block (the document stays open), and only one is shown at a time.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from score_desktop.diagnostics import record_action, write_crash_report
from score_desktop.resources import MissingResourceError

MAX_UNDO_TEXTS = 10


class CrashReporter(QObject):
    """Routes unexpected exceptions of ``window`` to a dialog and the log.

    ``show(title, text)`` shows the message (tests pass a recorder); ``log_folder`` is the
    per-user log folder unless given.
    """

    reported = Signal(str, str)  # the message shown, the log file ('' if none)
    _from_thread = Signal(object, str)

    def __init__(
        self,
        window: QWidget,
        log_folder: Path | None = None,
        show: Callable[[str, str], None] | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.log_folder = log_folder
        self.show = show or self._show_dialog
        self._box: QMessageBox | None = None
        self._previous: tuple | None = None
        self._from_thread.connect(self.report, Qt.ConnectionType.QueuedConnection)

    # -- hooks ---------------------------------------------------------------------
    def install(self) -> None:
        """Take over ``sys.excepthook`` and ``threading.excepthook``; follow menu actions."""
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._sys_hook
        threading.excepthook = self._thread_hook
        for action in self.window.findChildren(QAction):
            action.triggered.connect(lambda _=False, a=action: record_action(a.text()))

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _sys_hook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt) and self._previous is not None:
            self._previous[0](exc_type, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        if QThread.currentThread() is self.thread():
            self.report(exc, "the window")
        else:
            self._from_thread.emit(exc, "a background task")

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "?"
        self._from_thread.emit(args.exc_value, f"the background thread {name}")

    # -- the report ------------------------------------------------------------------
    def report(self, exc: BaseException, where: str) -> None:
        """Log ``exc`` with the versions and last actions, then tell the user once."""
        path = write_crash_report(exc, where, self._undo_texts(), self.log_folder)
        saved = str(path) if path is not None else ""
        if isinstance(exc, MissingResourceError):
            title = self.tr("SCORE Desktop is not installed completely")
            text = str(exc)
        else:
            title = self.tr("Something went wrong")
            detail = str(exc) or type(exc).__name__
            where_saved = (
                self.tr("a report was saved to %1.").replace("%1", saved)
                if saved
                else self.tr("no report could be saved (the log folder is not writable).")
            )
            text = self.tr("Something went wrong: %1\n\nThe work in this window is safe; %2")
            text = text.replace("%1", detail).replace("%2", where_saved)
        self.show(title, text)
        self.reported.emit(text, saved)

    def _undo_texts(self) -> list[str]:
        document = getattr(self.window, "document", None)
        stack = getattr(document, "undo_stack", None)
        if stack is None:
            return []
        last = stack.index()
        return [f"edit: {stack.text(i)}" for i in range(max(0, last - MAX_UNDO_TEXTS), last)]

    def _show_dialog(self, title: str, text: str) -> None:
        if self._box is not None and self._box.isVisible():
            return  # one dialog at a time; the log has every report
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self.window)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(lambda: setattr(self, "_box", None))
        self._box = box
        box.open()
