"""Qt brushes for the station patterns of :mod:`score_desktop.charts.station_style`."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap

from score_desktop.charts.station_style import StationStyle

#: The Qt brush style named by each pattern (``None`` for a plain fill); the brushes drawn are
#: textures of the same patterns, because Qt's own pattern brushes are a fixed 8 px and
#: blur into a tint on a projector.
QT_PATTERNS: dict[str, Qt.BrushStyle | None] = {
    "solid": None,
    "diagonal": Qt.BrushStyle.FDiagPattern,
    "dots": Qt.BrushStyle.Dense6Pattern,
    "grid": Qt.BrushStyle.CrossPattern,
}

_TILES: dict[tuple[str, str, bool], QPixmap] = {}


def _tile(pattern: str, colour: str, large: bool) -> QPixmap:
    """One seamless tile of ``pattern`` in ``colour`` (semi-transparent) on transparency."""
    key = (pattern, colour, large)
    if key not in _TILES:
        size, width = (22, 3.0) if large else (10, 1.2)
        tile = QPixmap(size, size)
        tile.fill(Qt.GlobalColor.transparent)
        ink = QColor(colour)
        ink.setAlpha(160)
        p = QPainter(tile)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(ink, width))
        if pattern == "diagonal":  # "\" lines, drawn three times so the corners join up
            for dx in (-size, 0, size):
                p.drawLine(QPointF(dx - 1, -1), QPointF(dx + size + 1, size + 1))
        elif pattern == "dots":
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QBrush(ink))
            r = 3.6 if large else 1.7
            p.drawEllipse(QPointF(size / 2, size / 2), r, r)
        else:  # grid
            p.drawLine(QPointF(size / 2, 0), QPointF(size / 2, size))
            p.drawLine(QPointF(0, size / 2), QPointF(size, size / 2))
        p.end()
        _TILES[key] = tile
    return _TILES[key]


def pattern_brush(style: StationStyle, large: bool = False) -> QBrush | None:
    """The brush of the pattern drawn over a station's fill, or ``None`` for a plain station;
    coarser for a projector (``large``)."""
    if QT_PATTERNS[style.pattern] is None:
        return None
    return QBrush(_tile(style.pattern, style.pattern_colour, large))


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
