"""Arrows and signals between the icons: push, pull, shipments, information, kanban, ladder."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPainterPathStroker, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from score_desktop.widgets.vsm.icons import INK, LINK, arrow_head, font, pen

PUSH, MATERIAL, SHIPMENT, PULL, MANUAL, ELECTRONIC, KANBAN = (
    "push",
    "material",
    "shipment",
    "pull",
    "manual",
    "electronic",
    "kanban",
)


def orthogonal(a: QPointF, b: QPointF) -> list[QPointF]:
    """A route of horizontal and vertical segments from ``a`` to ``b``."""
    if abs(a.y() - b.y()) < 1 or abs(a.x() - b.x()) < 1:
        return [a, b]
    mid = (a.x() + b.x()) / 2
    if b.x() > a.x() + 20:
        return [a, QPointF(mid, a.y()), QPointF(mid, b.y()), b]
    return [
        a,
        QPointF(a.x() + 15, a.y()),
        QPointF(a.x() + 15, b.y() - 30),
        QPointF(b.x() - 15, b.y() - 30),
        QPointF(b.x() - 15, b.y()),
        b,
    ]


class ArrowItem(QGraphicsItem):
    """An arrow along ``points`` in one of the VSM styles; ``source``/``target`` name the flow."""

    def __init__(
        self, points: list[QPointF], style: str, source: str = "", target: str = "", label: str = ""
    ) -> None:
        super().__init__()
        self.points, self.style, self.source, self.target = points, style, source, target
        self.label = label
        self.setZValue(1)
        if source and target:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
            self.setToolTip(f"{source} → {target}")

    def _path(self) -> QPainterPath:
        path = QPainterPath(self.points[0])
        for p in self.points[1:]:
            path.lineTo(p)
        return path

    def boundingRect(self) -> QRectF:
        return self._path().boundingRect().adjusted(-14, -14, 14, 14)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(14)
        return stroker.createStroke(self._path())

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        a, b = self.points[-2], self.points[-1]
        angle = math.atan2(b.y() - a.y(), b.x() - a.x())
        end = b - QPointF(10 * math.cos(angle), 10 * math.sin(angle))
        body = QPainterPath(self.points[0])
        for p in self.points[1:-1]:
            body.lineTo(p)
        body.lineTo(end)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        selected = self.isSelected()
        if self.style == PUSH:  # thick arrow with black and white stripes
            painter.setPen(pen(9, INK))
            painter.drawPath(body)
            painter.setPen(pen(6.5, QColor("#ffffff")))
            painter.drawPath(body)
            stripes = pen(6.5, INK)
            stripes.setCapStyle(Qt.PenCapStyle.FlatCap)
            stripes.setDashPattern([0.6, 0.6])
            painter.setPen(stripes)
            painter.drawPath(body)
            arrow_head(painter, b, angle, 14)
        elif self.style == SHIPMENT:  # broad outlined arrow
            painter.setPen(pen(8, INK))
            painter.drawPath(body)
            painter.setPen(pen(5, QColor("#ffffff")))
            painter.drawPath(body)
            arrow_head(painter, b, angle, 15)
        elif self.style == ELECTRONIC:  # zig-zag information flow
            zig = QPainterPath(self.points[0])
            p0, p1 = self.points[0], end
            n = 6
            dx, dy = (p1.x() - p0.x()) / n, (p1.y() - p0.y()) / n
            length = math.hypot(dx, dy) or 1
            nx, ny = -dy / length * 6, dx / length * 6
            for i in range(1, n):
                sign = 1 if i % 2 else -1
                zig.lineTo(p0.x() + dx * i + sign * nx, p0.y() + dy * i + sign * ny)
            zig.lineTo(p1)
            painter.setPen(pen(1.3, INK))
            painter.drawPath(zig)
            arrow_head(painter, b, angle, 9)
        elif self.style == MANUAL:
            painter.setPen(pen(1.2, INK))
            painter.drawPath(body)
            arrow_head(painter, b, angle, 9)
        elif self.style == PULL:  # withdrawal: a curved arrow from the supermarket
            p0 = self.points[0]
            curve = QPainterPath(p0)
            curve.cubicTo(QPointF(p0.x() + 30, p0.y()), QPointF(b.x() - 30, b.y()), b)
            painter.setPen(pen(2.2, INK))
            painter.drawPath(curve)
            arrow_head(painter, b, 0.0, 11)
        elif self.style == KANBAN:  # dashed kanban signal to the producing step
            painter.setPen(pen(1.3, INK, Qt.PenStyle.DashLine))
            painter.drawPath(body)
            arrow_head(painter, b, angle, 8)
        else:
            painter.setPen(pen(2.0, INK))
            painter.drawPath(body)
            arrow_head(painter, b, angle, 11)
        if selected:
            painter.setPen(pen(1.5, LINK, Qt.PenStyle.DashLine))
            painter.drawPath(self.shape())
        if self.label:
            mid = self.points[len(self.points) // 2 - 1]
            nxt = self.points[len(self.points) // 2]
            centre = (mid + nxt) / 2
            painter.setFont(font(7.5))
            painter.setPen(INK)
            painter.drawText(
                QRectF(centre.x() - 60, centre.y() - 16, 120, 12),
                Qt.AlignmentFlag.AlignCenter,
                self.label,
            )


class TruckItem(QGraphicsItem):
    """Shipment truck with its frequency text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.setZValue(3)

    def boundingRect(self) -> QRectF:
        return QRectF(-40, -22, 80, 46)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(1.3))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(-24, -16, 30, 18))
        cab = QPolygonF(
            [QPointF(6, -10), QPointF(16, -10), QPointF(22, -3), QPointF(22, 2), QPointF(6, 2)]
        )
        painter.drawPolygon(cab)
        painter.setBrush(QColor("#ffffff"))
        for x in (-16, 14):
            painter.drawEllipse(QPointF(x, 4), 4, 4)
        painter.setFont(font(7.5))
        painter.drawText(QRectF(-40, 9, 80, 12), Qt.AlignmentFlag.AlignCenter, self.text)


class ControlItem(QGraphicsItem):
    """The production-control box (schedules and orders)."""

    W, H = 150.0, 56.0

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, self.W + 4, self.H + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(pen(1.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(QRectF(0, 0, self.W, self.H))
        painter.setFont(font(9, True))
        painter.drawText(
            QRectF(0, 4, self.W, 22),
            Qt.AlignmentFlag.AlignCenter,
            QCoreApplication.translate("VsmMap", "Production Control"),
        )
        painter.setFont(font(7.5))
        painter.drawText(QRectF(0, 28, self.W, 20), Qt.AlignmentFlag.AlignCenter, self.text)


class KanbanItem(QGraphicsItem):
    """A kanban card: production (plain) or withdrawal (with the two circles of a post)."""

    def __init__(self, withdrawal: bool, text: str) -> None:
        super().__init__()
        self.withdrawal, self.text = withdrawal, text
        self.setZValue(4)

    def boundingRect(self) -> QRectF:
        return QRectF(-30, -14, 60, 40)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QPolygonF(
            [
                QPointF(-16, -10),
                QPointF(10, -10),
                QPointF(16, -4),
                QPointF(16, 10),
                QPointF(-16, 10),
            ]
        )
        painter.setPen(pen(1.2))
        painter.setBrush(QColor("#e8f5e9") if self.withdrawal else QColor("#fffde7"))
        painter.drawPolygon(card)
        if self.withdrawal:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(-8, 0), 3, 3)
            painter.drawEllipse(QPointF(0, 0), 3, 3)
        painter.setFont(font(7))
        painter.drawText(QRectF(-30, 11, 60, 12), Qt.AlignmentFlag.AlignCenter, self.text)


class LadderItem(QGraphicsItem):
    """The lead-time ladder: waiting days high, processing times low, totals and PCE at the end.

    ``rungs`` = (x where waiting starts, x where processing starts, x where it ends, waiting
    text, processing text); the last rung may have no processing (finished goods)."""

    HIGH, LOW = 0.0, 34.0

    def __init__(
        self, rungs: list[tuple[float, float, float, str, str]], totals: tuple[str, ...]
    ) -> None:
        super().__init__()
        self.rungs, self.totals = rungs, totals
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        right = max((r[2] for r in self.rungs), default=0.0) + 270
        left = min((r[0] for r in self.rungs), default=0.0) - 10
        return QRectF(left, -20, right - left, 80)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if not self.rungs:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen(1.6))
        painter.setFont(font(8))
        path = QPainterPath(QPointF(self.rungs[0][0], self.HIGH))
        for x0, x1, x2, waiting, processing in self.rungs:
            path.lineTo(x0, self.HIGH)
            path.lineTo(x1, self.HIGH)
            painter.drawText(
                QRectF(x0, self.HIGH - 16, max(40.0, x1 - x0), 14),
                Qt.AlignmentFlag.AlignCenter,
                waiting,
            )
            if x2 > x1:
                path.lineTo(x1, self.LOW)
                path.lineTo(x2, self.LOW)
                path.lineTo(x2, self.HIGH)
                painter.drawText(
                    QRectF(x1 - 10, self.LOW + 2, x2 - x1 + 20, 14),
                    Qt.AlignmentFlag.AlignCenter,
                    processing,
                )
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        end = self.rungs[-1][2] if self.rungs[-1][2] > self.rungs[-1][1] else self.rungs[-1][1]
        box = QRectF(end + 20, -14, 240, 16 * len(self.totals) + 8)
        painter.setPen(pen(1.4))
        painter.setBrush(QColor("#ffffff"))
        painter.drawRect(box)
        painter.setFont(font(8, True))
        for i, line in enumerate(self.totals):
            painter.drawText(
                QRectF(box.x() + 6, box.y() + 4 + 16 * i, box.width() - 12, 16),
                Qt.AlignmentFlag.AlignVCenter,
                line,
            )
