"""Qt brushes for the station patterns of :mod:`score_desktop.charts.station_style`."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QTransform

from score_desktop.charts.station_style import StationStyle

#: The Qt brush style drawing each named pattern (``None`` for a plain fill).
QT_PATTERNS: dict[str, Qt.BrushStyle | None] = {
    "solid": None,
    "diagonal": Qt.BrushStyle.FDiagPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "grid": Qt.BrushStyle.CrossPattern,
}


def pattern_brush(style: StationStyle, large: bool = False) -> QBrush | None:
    """The brush of the pattern drawn over a station's fill, or ``None`` for a plain station.

    Qt's patterns are a few pixels wide; they are scaled up so they read on a projector."""
    pattern = QT_PATTERNS[style.pattern]
    if pattern is None:
        return None
    colour = QColor(style.pattern_colour)
    colour.setAlpha(150)
    brush = QBrush(colour, pattern)
    scale = 3.0 if large else 1.6
    brush.setTransform(QTransform.fromScale(scale, scale))
    return brush


def fill_brushes(style: StationStyle, large: bool = False) -> list[QBrush]:
    """The brushes to paint, in order, for one station's block or node: colour, then pattern."""
    brushes = [QBrush(QColor(style.colour))]
    pattern = pattern_brush(style, large)
    if pattern is not None:
        brushes.append(pattern)
    return brushes


def text_backing(painter: QPainter, rect: QRectF, text: str, fill: str) -> None:
    """A plain ``fill`` box just behind ``text`` centred in ``rect``, so it reads over a pattern."""
    metrics = painter.fontMetrics()
    width = min(rect.width(), metrics.horizontalAdvance(text) + 6)
    height = min(rect.height(), metrics.height())
    box = QRectF(0, 0, width, height)
    box.moveCenter(rect.center())
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(QColor(fill)))
    painter.drawRoundedRect(box, 2, 2)
    painter.restore()
