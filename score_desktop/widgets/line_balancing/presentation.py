"""Presentation view for a projector: full screen, large fonts, thick lines, high contrast.

It shows the same line as the panel (graph, Yamazumi, metrics and the step-through's
sentence) with the colour-blind-safe palette of :mod:`score_desktop.charts.line_balancing`.
It fills the screen the main window is on, or a chosen one. The presenter keys
(:mod:`.presenter`: Right/PageDown/Space next, Left/PageUp previous, B or period blank,
F1 or ? help, Esc leave) work whatever has focus; the first "next" starts the step-through.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent, QScreen
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from score_desktop.widgets.line_balancing.graph_view import PrecedenceGraphView
from score_desktop.widgets.line_balancing.metrics_view import MetricsView
from score_desktop.widgets.line_balancing.presenter import (
    ACTION_OF_KEY,
    KeyCatcher,
    blank_overlay,
    help_overlay,
)
from score_desktop.widgets.line_balancing.workspace import LineState, StepView, yamazumi_data
from score_desktop.widgets.line_balancing.yamazumi_view import YamazumiView

BIG = "font-size: 20pt; font-weight: 700; color: #000000;"


class PresentationWindow(QWidget):
    """A top-level window mirroring the panel in large print."""

    closed = Signal()

    def __init__(self, panel) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.panel = panel
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Line balancing — presentation"))
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        self.graph = PrecedenceGraphView(large=True)
        self.yamazumi = YamazumiView(large=True)
        self.yamazumi.move_requested.connect(lambda t, k: self.panel.move_task(t, k))
        self.metrics = MetricsView(size_pt=18)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 26pt; font-weight: 800;")
        self.counter = QLabel()
        self.counter.setObjectName("presentation_counter")
        self.counter.setStyleSheet("font-size: 20pt; font-weight: 700; color: #333333;")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.explanation = QLabel()
        self.explanation.setObjectName("presentation_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(BIG)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 16pt; color: #B00020; font-weight: 700;")
        buttons = QHBoxLayout()
        for text, action in (
            (self.tr("◀ Previous"), "previous"),
            (self.tr("Next ▶"), "next"),
            (self.tr("Play / pause"), "play"),
            (self.tr("Fit graph"), "fit"),
            (self.tr("Keys (F1)"), "help"),
            (self.tr("Close (Esc)"), "leave"),
        ):
            button = QPushButton(text)
            button.setStyleSheet("font-size: 16pt; padding: 6px 16px;")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys step, never press a button
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            buttons.addWidget(button)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.graph)
        chart = QWidget()
        chart_layout = QHBoxLayout(chart)
        chart_layout.addWidget(self.yamazumi, 1)
        chart_layout.addWidget(self.metrics)
        split.addWidget(chart)
        split.setSizes([1100, 800])
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.counter)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(split, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.blank = blank_overlay(self)
        self.help = help_overlay(self)
        self._keys = KeyCatcher(self, self.act)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._keys)

    def adopt(self, panel) -> None:
        """Follow a new panel of the same line (the window builds one when the line is opened
        again, e.g. after a rename)."""
        self.panel = panel
        self.closed.connect(panel._presentation_closed)

    def open(self, full_screen: bool = True, screen: QScreen | None = None) -> None:
        """Show on ``screen`` (default: the main window's); fill it when ``full_screen``."""
        if screen is None:
            screen = self.panel.window().screen()
        if screen is not None:
            self.setScreen(screen)
            area = screen.geometry()
            if full_screen:
                self.setGeometry(area)
            else:
                self.resize(min(1280, area.width()), min(800, area.height()))
                self.move(area.topLeft())
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        if QApplication.platformName() != "offscreen":  # (it cannot raise windows)
            self.raise_()
            self.activateWindow()  # the keys go to the presentation at once
        QTimer.singleShot(0, self.graph.fit)  # once the window has its final size

    # -- presenter keys -------------------------------------------------------
    def act(self, action: str) -> bool:
        """Do a presenter action (from a key or a button); True when it was handled."""
        c = self.panel.classroom
        if action == "leave":
            self.close()
            return True
        if action == "blank":
            self.blank.toggle()
            return True
        if action == "help":
            self.help.toggle()
            return True
        if self.blank.isVisible():  # a step key while blank shows the screen again first
            self.blank.hide()
            return True
        self.help.hide()
        if action in ("next", "play") and not c.active:
            if not c.start():  # a fresh presentation: the first key starts the step-through
                self.message.setText(c.explanation.text())
                return True
            if action == "play":
                c.play_button.setChecked(True)
            return True
        if action == "next":
            c.next()
        elif action == "previous":
            c.previous()
        elif action == "first":
            c.go(0)
        elif action == "last":
            c.go(len(c.steps))
        elif action == "play":
            c.play_button.toggle()
        elif action == "fit":
            self.graph.fit()
        return True

    def show_step(self, state: LineState, view: StepView | None) -> None:
        self.title.setText(state.record.name)
        c = self.panel.classroom
        if view is None:
            self.counter.setText(self.tr("Balance — press → to step through"))
        else:
            self.counter.setText(
                self.tr("%1: step %2 of %3")
                .replace("%1", c.method.currentText())
                .replace("%2", str(c.shown))
                .replace("%3", str(len(c.steps)))
            )
        self.message.setText(self.panel.move_message.text())
        self.yamazumi.interactive = view is None
        if view is None:
            self.graph.show_state(state)
            self.graph.set_highlight({}, set())
            self.yamazumi.show_data(yamazumi_data(state))
            self.metrics.show_metrics(state.metrics, state.line.time_unit)
            self.explanation.setText("")
        else:
            stations = {t: k for k, s in enumerate(view.stations) for t in s}
            self.graph.show_state(state, stations)
            self.graph.set_highlight(view.priorities, view.chosen)
            self.yamazumi.show_data(yamazumi_data(state, view.stations), view.chosen)
            self.metrics.show_metrics(None, "")
            self.explanation.setText(self.panel.classroom.explanation.text())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = ACTION_OF_KEY.get(Qt.Key(event.key()))
        if action is None or not self.act(action):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        for overlay in (self.blank, self.help):
            if overlay.isVisible():
                overlay.cover()

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._keys)
        super().closeEvent(event)
        self.closed.emit()


def screen_label(screen: QScreen, current: QScreen | None) -> str:
    size = screen.geometry()
    here = QApplication.translate("Presenter", " (this window)") if screen is current else ""
    name = screen.name() or QApplication.translate("Presenter", "Screen")
    return f"{name} — {size.width()} × {size.height()}{here}"


def choose_screen(panel: QWidget) -> QScreen | None:
    """The window's screen when there is one; with several, the one picked from a menu."""
    from PySide6.QtGui import QCursor, QGuiApplication
    from PySide6.QtWidgets import QMenu

    current = panel.window().screen()
    screens = QGuiApplication.screens()
    if len(screens) <= 1:
        return current
    menu = QMenu(panel)
    menu.setTitle(QApplication.translate("Presenter", "Present on"))
    for screen in sorted(screens, key=lambda s: s is current):  # another screen first
        action = menu.addAction(screen_label(screen, current))
        action.setData(screens.index(screen))
    chosen = menu.exec(QCursor.pos())
    return None if chosen is None else screens[chosen.data()]
