"""Presentation view for a projector: full screen, large fonts, thick lines, high contrast.

It shows the same line as the panel (graph, Yamazumi, metrics and the step-through's
sentence) with the colour-blind-safe palette of :mod:`score_desktop.charts.line_balancing`.
Keys: Right/Space next step, Left previous step, P play/pause, F fit, Esc close.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from score_desktop.widgets.line_balancing.graph_view import PrecedenceGraphView
from score_desktop.widgets.line_balancing.metrics_view import MetricsView
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
        self.metrics = MetricsView(size_pt=16)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 24pt; font-weight: 800;")
        self.explanation = QLabel()
        self.explanation.setObjectName("presentation_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(BIG)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 16pt; color: #B00020; font-weight: 700;")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("◀ Previous"), lambda: self.panel.classroom.previous()),
            (self.tr("Next ▶"), lambda: self.panel.classroom.next()),
            (self.tr("Play / pause"), lambda: self.panel.classroom.play_button.toggle()),
            (self.tr("Fit graph"), self.graph.fit),
            (self.tr("Close"), self.close),
        ):
            button = QPushButton(text)
            button.setStyleSheet("font-size: 16pt; padding: 6px 16px;")
            button.clicked.connect(slot)
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)
        layout.addWidget(self.explanation)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    def adopt(self, panel) -> None:
        """Follow a new panel of the same line (the window builds one when the line is opened
        again, e.g. after a rename)."""
        self.panel = panel
        self.closed.connect(panel._presentation_closed)

    def open(self, full_screen: bool = True) -> None:
        if full_screen:
            self.showFullScreen()
        else:
            self.show()
        QTimer.singleShot(0, self.graph.fit)  # once the window has its final size

    def show_step(self, state: LineState, view: StepView | None) -> None:
        self.title.setText(state.record.name)
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
        key, c = event.key(), self.panel.classroom
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            c.next()
        elif key == Qt.Key.Key_Left:
            c.previous()
        elif key == Qt.Key.Key_P:
            c.play_button.toggle()
        elif key == Qt.Key.Key_F:
            self.graph.fit()
        elif key == Qt.Key.Key_Escape:
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()
