"""The standard value-stream map icons (Rother & Shook, *Learning to See*) as vector items.

Every icon is painted with QPainter paths and text, never bitmaps, so it stays crisp at any
zoom and in SVG/PDF exports. Geometry constants come from :mod:`.content`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from score_desktop.widgets.vsm.content import (
    BOX_W,
    ROW_H,
    STATES,
    TITLE_H,
    StepView,
    snap,
    utilisation_colour,
)

INK = QColor("#1a1a1a")
LINK = QColor("#1565c0")
BROKEN = QColor("#b00020")
BOTTLENECK = QColor("#c62828")
STATE_COLOURS = {
    "working": "#43a047",
    "changeover": "#1e88e5",
    "down": "#e53935",
    "blocked": "#fb8c00",
    "starved": "#fdd835",
    "off_shift": "#bdbdbd",
}


def tr(text: str) -> str:
    """Translated map text (graphics items are not QObjects: one shared context)."""
    return QCoreApplication.translate("VsmMap", text)


def font(size: float = 8.0, bold: bool = False) -> QFont:
    f = QFont("DejaVu Sans")
    f.setPointSizeF(size)
    f.setBold(bold)
    return f


def pen(width: float = 1.2, colour: QColor = INK, style=Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(colour, width, style)
    p.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    p.setCosmetic(False)
    return p


def arrow_head(painter: QPainter, tip: QPointF, angle: float, size: float = 9.0) -> None:
    """A filled arrow head pointing along ``angle`` (radians) at ``tip``."""
    left = tip - QPointF(size * math.cos(angle - 0.45), size * math.sin(angle - 0.45))
    right = tip - QPointF(size * math.cos(angle + 0.45), size * math.sin(angle + 0.45))
    painter.setBrush(INK)
    painter.setPen(pen(1.0))
    painter.drawPolygon(QPolygonF([tip, left, right]))


def draw_link_mark(painter: QPainter, x: float, y: float, colour: QColor) -> None:
    """Two chain links: this value comes from another tool."""
    painter.setPen(pen(1.1, colour))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(x, y, 7, 4), 2, 2)
    painter.drawRoundedRect(QRectF(x + 4, y + 3, 7, 4), 2, 2)


class NodeItem(QGraphicsObject):
    """A movable, selectable map node (process box, supplier, customer) snapping to the grid."""

    def __init__(self, node: str) -> None:
        super().__init__()
        self.node = node
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        # redrawn from a pixmap made at the current zoom (re-made when the zoom changes, so
        # still crisp); exports switch the cache off to draw vectors
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return QPointF(snap(value.x()), snap(value.y()))
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            scene = self.scene()
            if scene is not None and hasattr(scene, "node_moving"):
                scene.node_moving(self)
        return super().itemChange(change, value)

    def anchor_in(self) -> QPointF:
        """Where an incoming material arrow ends (scene coordinates)."""
        return self.mapToScene(QPointF(0, 15))

    def anchor_out(self) -> QPointF:
        r = self.boundingRect()
        return self.mapToScene(QPointF(r.right() - 4, 15))

    def _selection(self, painter: QPainter, rect: QRectF) -> None:
        if self.isSelected():
            painter.setPen(pen(1.5, LINK, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(-5, -5, 5, 5))


class ProcessItem(NodeItem):
    """Process box with its operator icon, and the data box below (values with units)."""

    def __init__(self, view: StepView) -> None:
        super().__init__(view.name)
        self.view = view
        self.setToolTip(self._tooltip())
        self.setZValue(2)

    def _tooltip(self) -> str:
        lines = [self.view.name]
        lines += [
            f"{r.label}: {r.value}" + (f" (from {r.linked})" if r.linked else "")
            for r in self.view.rows
        ]
        if self.view.states:
            lines += [
                f"{k.replace('_', ' ')}: {100 * v:.0f} %" for k, v in self.view.states.items()
            ]
        return "\n".join(lines)

    def data_height(self) -> float:
        return ROW_H * len(self.view.rows) + 6

    def boundingRect(self) -> QRectF:
        h = TITLE_H + self.data_height() + (14 if self.view.states else 0)
        return QRectF(-8, -22, BOX_W + 16, h + 30)

    def anchor_out(self) -> QPointF:
        return self.mapToScene(QPointF(BOX_W, 15))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        v = self.view
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title = QRectF(0, 0, BOX_W, TITLE_H)
        border = pen(3.0, BOTTLENECK) if v.bottleneck else pen(1.4)
        painter.setPen(border)
        painter.setBrush(QColor(utilisation_colour(v.utilisation)))
        painter.drawRect(title)
        painter.setFont(font(9, True))
        painter.setPen(INK)
        painter.drawText(
            title.adjusted(4, 2, -4, -14),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            v.name,
        )
        # operator icon: head and shoulders, with the count
        painter.setPen(pen(1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(6, TITLE_H - 14, 5, 5))
        painter.drawArc(QRectF(3.5, TITLE_H - 8.5, 10, 10), 0, 180 * 16)
        painter.setFont(font(7))
        painter.drawText(QPointF(16, TITLE_H - 3), str(v.operators))
        if v.utilisation is not None:
            painter.drawText(
                QRectF(0, TITLE_H - 13, BOX_W - 4, 12),
                Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("VsmMap", "util. %1 %").replace(
                    "%1", f"{100 * v.utilisation:.0f}"
                ),
            )
        if v.bottleneck:
            painter.setFont(font(8, True))
            painter.setPen(BOTTLENECK)
            painter.drawText(
                QRectF(0, -20, BOX_W, 16),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("VsmMap", "BOTTLENECK"),
            )
        # data box
        data = QRectF(0, TITLE_H, BOX_W, self.data_height())
        painter.setPen(pen(1.0))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(data)
        painter.setFont(font(7.5))
        y = TITLE_H + 3
        for row in v.rows:
            colour = BROKEN if row.broken else LINK if row.linked else INK
            painter.setPen(colour)
            painter.drawText(
                QRectF(5, y, 60, ROW_H), Qt.AlignmentFlag.AlignVCenter, tr(row.label) + " ="
            )
            painter.drawText(
                QRectF(50, y, BOX_W - 56, ROW_H),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                row.value + (" !" if row.broken else ""),
            )
            if row.linked:
                draw_link_mark(painter, 40, y + 4, colour)
            y += ROW_H
        if v.states:
            x = 0.0
            bar_y = TITLE_H + self.data_height() + 3
            for state in STATES:
                w = BOX_W * v.states.get(state, 0.0)
                if w > 0:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(STATE_COLOURS[state]))
                    painter.drawRect(QRectF(x, bar_y, w, 9))
                    x += w
            painter.setPen(pen(0.8))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0, bar_y, BOX_W, 9))
        self._selection(painter, QRectF(0, 0, BOX_W, TITLE_H + self.data_height()))


class FactoryItem(NodeItem):
    """Supplier or customer: a factory outline with a saw-tooth roof, name and data."""

    W, H = 120.0, 70.0

    def __init__(self, node: str, name: str, lines: tuple[str, ...], linked: str = "") -> None:
        super().__init__(node)
        self.name, self.lines, self.linked = name, lines, linked
        self.setZValue(2)
        if linked:
            self.setToolTip(f"Demand from {linked}")

    def boundingRect(self) -> QRectF:
        return QRectF(-8, -20, self.W + 16, self.H + 28 + 14 * len(self.lines))

    def anchor_in(self) -> QPointF:
        return self.mapToScene(QPointF(self.W / 2, self.H))

    def anchor_out(self) -> QPointF:
        return self.mapToScene(QPointF(self.W / 2, self.H))

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.W, self.H
        path = QPainterPath(QPointF(0, h))
        path.lineTo(0, 18)
        for i in range(3):
            x0 = i * w / 4
            path.lineTo(x0 + w / 4, 0)
            path.lineTo(x0 + w / 4, 18)
        path.lineTo(w, 18)
        path.lineTo(w, h)
        path.closeSubpath()
        painter.setPen(pen(1.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawPath(path)
        painter.setFont(font(8.5, True))
        painter.setPen(INK)
        painter.drawText(
            QRectF(2, 20, w - 4, h - 22),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.name,
        )
        # data box under the factory
        if self.lines:
            box = QRectF(0, h, w, 14 * len(self.lines) + 4)
            painter.setPen(pen(1.0))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(box)
            painter.setFont(font(7.5))
            for i, line in enumerate(self.lines):
                linked = i == 0 and bool(self.linked)
                painter.setPen(LINK if linked else INK)
                painter.drawText(
                    QRectF(4, h + 2 + 14 * i, w - 8, 14), Qt.AlignmentFlag.AlignCenter, line
                )
                if linked:
                    draw_link_mark(painter, 4, h + 7, LINK)
        self._selection(painter, QRectF(0, 0, w, h))


class KaizenItem(QGraphicsObject):
    """A kaizen burst: a jagged star with the improvement note."""

    R = 46.0

    def __init__(self, index: int, text: str) -> None:
        super().__init__()
        self.index, self.text = index, text
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setZValue(5)
        self.setToolTip(text)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange:
            return QPointF(snap(value.x()), snap(value.y()))
        return super().itemChange(change, value)

    def boundingRect(self) -> QRectF:
        r = self.R + 4
        return QRectF(-r * 1.3, -r, 2.6 * r, 2 * r)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        points = []
        spikes = 12
        for i in range(2 * spikes):
            r = self.R if i % 2 == 0 else self.R * 0.72
            a = math.pi * i / spikes
            points.append(QPointF(1.3 * r * math.cos(a), r * math.sin(a)))
        painter.setPen(pen(1.6, QColor("#c62828")))
        painter.setBrush(QColor("#fff3c4"))
        painter.drawPolygon(QPolygonF(points))
        painter.setPen(INK)
        painter.setFont(font(7.5, True))
        painter.drawText(
            QRectF(-0.95 * self.R, -0.55 * self.R, 1.9 * self.R, 1.1 * self.R),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self.text,
        )
        if self.isSelected():
            painter.setPen(pen(1.5, LINK, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.boundingRect())


class BufferItem(QGraphicsItem):
    """Inventory in front of a step: triangle with "I" (push), FIFO lane, or supermarket."""

    def __init__(self, node: str, rule: str, lines: tuple[str, ...], wip: float | None) -> None:
        super().__init__()
        self.node, self.rule, self.lines, self.wip = node, rule, lines, wip
        self.setZValue(3)
        self.setToolTip(f"Inventory in front of {node}")

    def boundingRect(self) -> QRectF:
        return QRectF(-45, -30, 90, 100)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(1.4))
        if self.rule == "fifo":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(QRectF(-40, -12, 80, 24))
            painter.setPen(pen(1.4))
            painter.drawLine(QPointF(-38, -12), QPointF(38, -12))
            painter.drawLine(QPointF(-38, 12), QPointF(38, 12))
            painter.setFont(font(8.5, True))
            painter.drawText(QRectF(-38, -11, 76, 22), Qt.AlignmentFlag.AlignCenter, "FIFO")
            arrow_head(painter, QPointF(38, 0), 0.0, 7)
            painter.drawLine(QPointF(18, 0), QPointF(34, 0))
        elif self.rule == "supermarket":
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath(QPointF(-22, -22))
            path.lineTo(22, -22)
            path.lineTo(22, 22)
            path.lineTo(-22, 22)
            for y in (-8, 8):
                path.moveTo(22, y)
                path.lineTo(-22, y)
            painter.drawPath(path)
        else:
            tri = QPolygonF([QPointF(0, -24), QPointF(24, 18), QPointF(-24, 18)])
            painter.setBrush(QColor("#fff8e1"))
            painter.drawPolygon(tri)
            painter.setFont(font(11, True))
            painter.drawText(QRectF(-12, -6, 24, 22), Qt.AlignmentFlag.AlignCenter, "I")
        painter.setFont(font(7.5))
        painter.setPen(INK)
        y = 24.0
        for line in self.lines:
            if line:
                painter.drawText(QRectF(-45, y, 90, 12), Qt.AlignmentFlag.AlignCenter, line)
                y += 12
        if self.wip is not None:
            painter.setPen(LINK)
            painter.setFont(font(7.5, True))
            painter.drawText(
                QRectF(-50, y, 100, 12),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("VsmMap", "WIP %1 (sim.)").replace(
                    "%1", f"{self.wip:,.0f}"
                ),
            )


class LegendItem(QGraphicsItem):
    """What the colours of the simulated state bars and process boxes mean."""

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, 760, 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setFont(font(7.5))
        x = 0.0
        painter.setPen(INK)
        painter.drawText(
            QPointF(x, 10), QCoreApplication.translate("VsmMap", "Simulated share of time:")
        )
        x += 125
        for state in STATES:
            painter.setPen(pen(0.8))
            painter.setBrush(QColor(STATE_COLOURS[state]))
            painter.drawRect(QRectF(x, 2, 10, 10))
            painter.setPen(INK)
            label = tr(state.replace("_", " "))
            painter.drawText(QPointF(x + 14, 11), label)
            x += 24 + painter.fontMetrics().horizontalAdvance(label)
        x = 0.0
        painter.drawText(
            QPointF(x, 32), QCoreApplication.translate("VsmMap", "Process box by utilisation:")
        )
        x += 140
        for colour, label in (
            ("#d9f0d3", "< 70 %"),
            ("#fde9b6", "70-90 %"),
            ("#f7c4c0", ">= 90 %"),
        ):
            painter.setPen(pen(0.8))
            painter.setBrush(QColor(colour))
            painter.drawRect(QRectF(x, 24, 10, 10))
            painter.setPen(INK)
            painter.drawText(QPointF(x + 14, 33), label)
            x += 75
        painter.setPen(pen(2.0, BOTTLENECK))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(x, 24, 10, 10))
        painter.setPen(INK)
        painter.drawText(
            QPointF(x + 14, 33),
            QCoreApplication.translate("VsmMap", "bottleneck (most often active)"),
        )
