"""A matplotlib figure embedded in a panel; drawing is done by the Qt-free chart functions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget


class ChartView(QWidget):
    """Shows one chart. ``draw(fn, *args)`` clears the figure and calls ``fn(figure, *args)``."""

    def __init__(self, parent: QWidget | None = None, *, height: float = 3.2) -> None:
        super().__init__(parent)
        self.figure = Figure(figsize=(6.0, height))
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setMinimumHeight(int(height * 60))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)

    def draw(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.figure.clear()
        fn(self.figure, *args, **kwargs)
        self.canvas.draw_idle()

    def show_message(self, text: str) -> None:
        """An empty chart with a short message (no data yet, or an input error)."""
        self.figure.clear()
        ax = self.figure.add_subplot()
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
        self.canvas.draw_idle()
