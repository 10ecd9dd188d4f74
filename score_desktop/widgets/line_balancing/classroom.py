"""Classroom mode: step through a heuristic (next, previous, play at a chosen speed).

The steps come from the engine's step generator (:func:`line_steps`); at each step the panel
highlights the candidates on the graph, shows their priority values in the table, moves the
chosen task into its station on the Yamazumi and shows the one-line explanation.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.line_balancing.editing import line_steps
from score_desktop.tools.line_balancing.heuristics import METHOD_NAMES, HeuristicResult, Step
from score_desktop.tools.line_balancing.model import Line, stations_to_ids
from score_desktop.widgets.line_balancing.workspace import StepView, step_view


class ClassroomControls(QWidget):
    """Step-through controls; ``step_changed`` fires whenever the shown step changes."""

    step_changed = Signal()
    use_result = Signal(object)  # the heuristic's final stations (task ids), to apply

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line: Line | None = None
        self.steps: list[Step] = []
        self.result: HeuristicResult | None = None
        self.shown = 0
        self.scale = 1
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        self.method = QComboBox()
        self.method.setObjectName("classroom_method")
        for key in ("rpw", "lcr", "kw", "comsoal"):
            self.method.addItem(self.tr(METHOD_NAMES[key]), key)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Start the step-through of the chosen method"))
        self.first_button = QPushButton("|◀")
        self.first_button.setToolTip(self.tr("Back to the start"))
        self.prev_button = QPushButton("◀")
        self.prev_button.setToolTip(self.tr("Previous step"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setToolTip(self.tr("Next step"))
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play the steps at the chosen speed"))
        for button in (self.first_button, self.prev_button):
            button.setMaximumWidth(44)
        self.play_button.setCheckable(True)
        self.speed = QSlider(Qt.Orientation.Horizontal)
        self.speed.setRange(1, 20)  # steps per 4 seconds
        self.speed.setValue(4)
        self.speed.setMaximumWidth(90)
        self.speed.setToolTip(self.tr("Play speed"))
        self.use_button = QPushButton(self.tr("Use this balance"))
        self.counter = QLabel()
        self.explanation = QLabel(self.tr("Choose a method and press Start."))
        self.explanation.setObjectName("explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.start_button.clicked.connect(self.start)
        self.first_button.clicked.connect(lambda: self.go(0))
        self.prev_button.clicked.connect(self.previous)
        self.next_button.clicked.connect(self.next)
        self.play_button.toggled.connect(self.play)
        self.speed.valueChanged.connect(self._set_interval)
        self.use_button.clicked.connect(self._use)
        self.line_source = lambda: None  # set by the panel: returns the Line
        top = QHBoxLayout()
        top.addWidget(self.method, 1)
        top.addWidget(self.start_button)
        top.addWidget(self.use_button)
        row = QHBoxLayout()
        for w in (self.first_button, self.prev_button, self.next_button, self.play_button):
            row.addWidget(w)
        row.addWidget(QLabel(self.tr("Speed")))
        row.addWidget(self.speed)
        row.addWidget(self.counter)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(self.explanation)
        layout.addStretch(1)
        self._set_interval()
        self._update_buttons()

    @property
    def active(self) -> bool:
        return bool(self.steps)

    def start(self) -> bool:
        """Compute the steps of the chosen method on the panel's line; False if it cannot run."""
        self.stop()
        line = self.line_source()
        if line is None:
            return False
        try:
            instance = line.to_instance()
            generator = line_steps(line, self.method.currentData())
            steps: list[Step] = []
            while True:
                try:
                    steps.append(next(generator))
                except StopIteration as stop:
                    self.result = stop.value
                    break
        except ValueError as exc:
            self.explanation.setText(str(exc))
            return False
        self.line, self.steps, self.scale = line, steps, instance.time_scale
        self.go(0)
        self.explanation.setText(self.tr("%n step(s). Press Next or Play.", "", len(steps)))
        return True

    def stop(self) -> None:
        """Leave the step-through (after an edit of the line, or on request)."""
        self.play_button.setChecked(False)
        self.steps, self.line, self.result, self.shown = [], None, None, 0
        self._update_buttons()
        self.step_changed.emit()

    def go(self, shown: int) -> None:
        self.shown = max(0, min(shown, len(self.steps)))
        view = self.view()
        if view is not None and view.reason:
            self.explanation.setText(view.reason)
        elif self.steps and self.shown == 0:
            self.explanation.setText(self.tr("Start: no task placed yet."))
        self._update_buttons()
        self.step_changed.emit()

    def next(self) -> None:
        self.go(self.shown + 1)

    def previous(self) -> None:
        self.go(self.shown - 1)

    def play(self, on: bool) -> None:
        if on and self.steps:
            if self.shown >= len(self.steps):
                self.go(0)
            self.timer.start()
        else:
            self.timer.stop()
            self.play_button.setChecked(False)

    def _tick(self) -> None:
        if self.shown >= len(self.steps):
            self.play(False)
        else:
            self.next()

    def _set_interval(self) -> None:
        self.timer.setInterval(int(4000 / self.speed.value()))

    def view(self) -> StepView | None:
        if not self.steps or self.line is None:
            return None
        return step_view(self.line, self.steps, self.shown, self.scale)

    def final_stations(self) -> list[list[str]]:
        if self.result is None or self.line is None:
            return []
        return stations_to_ids(self.line, self.result.stations)

    def _use(self) -> None:
        if self.result is not None:
            self.use_result.emit(self.final_stations())

    def _update_buttons(self) -> None:
        n = len(self.steps)
        self.counter.setText(
            self.tr("%1 / %2").replace("%1", str(self.shown)).replace("%2", str(n)) if n else ""
        )
        self.first_button.setEnabled(self.shown > 0)
        self.prev_button.setEnabled(self.shown > 0)
        self.next_button.setEnabled(n > 0 and self.shown < n)
        self.play_button.setEnabled(n > 0)
        self.use_button.setEnabled(self.result is not None)
