"""A matplotlib figure embedded in a panel; drawing is done by the Qt-free chart functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from score_desktop.charts.text import draw_plain


def _show_message(figure: Figure, text: str) -> None:
    ax = figure.add_subplot()
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        text,
        ha="center",
        va="center",
        wrap=True,
        fontsize=11,
        color="#555555",
        transform=ax.transAxes,
    )


class ChartView(QWidget):
    """Shows one chart drawn by ``fn(figure, *args)``.

    Drawing is deferred while the view is hidden (e.g. on a background tab) and skipped
    when the chart function and its data are unchanged, so edits stay quick.
    """

    def __init__(self, parent: QWidget | None = None, *, height: float = 3.2) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(6.0, height))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(int(height * 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self._wanted: tuple | None = None
        self._drawn: tuple | None = None

    def draw(self, fn: Callable[..., Any], *args: Any) -> None:
        """Show ``fn(figure, *args)`` (now if visible, else when next shown)."""
        self._wanted = (fn, args)
        if self.isVisible():
            self._render()

    def show_message(self, text: str) -> None:
        """An empty chart with a short message (no data yet, or an input error)."""
        self.draw(_show_message, text)

    @property
    def is_current(self) -> bool:
        """True when the figure shows the latest chart asked for."""
        return self._wanted is not None and self._wanted == self._drawn

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._render()

    def render_now(self) -> None:
        """Draw the pending chart even while hidden (for export and tests)."""
        self._render()

    def _render(self) -> None:
        if self._wanted is None or self._wanted == self._drawn:
            return
        fn, args = self._wanted
        self.figure.clear()
        draw_plain(fn, self.figure, *args)  # names with "$" or control characters draw as typed
        self._drawn = self._wanted
        self.canvas.draw_idle()
