"""The precedence graph: tasks in Kilbridge-Wester columns, arrows, times, station colours.

Click a node to select its task; drag from one node onto another to add a relation (the
panel refuses one that closes a cycle); drag the background to pan, wheel to zoom, and
:meth:`PrecedenceGraphView.fit` to see the whole graph.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from score_desktop.charts.line_balancing import station_style, text_colour
from score_desktop.tools.line_balancing.model import parse_time
from score_desktop.tools.line_balancing.priorities import roman
from score_desktop.widgets.line_balancing.station_brush import fill_brushes, text_backing
from score_desktop.widgets.line_balancing.workspace import LineState, node_positions

#: node width, node height, column gap, row gap: normal and presentation sizes
SIZES = {False: (64.0, 44.0, 118.0, 66.0), True: (100.0, 62.0, 170.0, 92.0)}


class TaskNode(QGraphicsItem):
    """One task: a rounded box with the id and the time, filled with its station's colour."""

    def __init__(self, task: str, time_text: str, station: int | None, large: bool) -> None:
        super().__init__()
        self.task, self.time_text, self.station, self.large = task, time_text, station, large
        self.mark = ""  # "candidate", "chosen" or "" (classroom highlight)
        self.priority = ""
        self.error = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setToolTip(self.tooltip())

    def tooltip(self) -> str:
        """The task id and, when placed, its station number (colours repeat; numbers do not)."""
        if self.station is None or self.station < 0:
            return self.task
        translate = QCoreApplication.translate
        return translate("GraphView", "{task} – station {number}").format(
            task=self.task, number=self.station + 1
        )

    def brushes(self) -> list[QBrush]:
        """The station's fill and pattern brushes, painted in this order."""
        return fill_brushes(station_style(self.station), self.large)

    def boundingRect(self) -> QRectF:
        w, h = SIZES[self.large][:2]
        extra = 60 if self.large else 36  # room for the priority badge
        return QRectF(-w / 2 - 8, -h / 2 - 22, w + 8 + extra, h + 30)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        style = station_style(self.station)
        fill = "#FDE2DD" if self.error else style.colour
        w, h = SIZES[self.large][:2]
        rect = QRectF(-w / 2, -h / 2, w, h)
        width = 4.0 if self.large else 1.6
        pen = QPen(QColor("#B00020" if self.error else "#222222"), width)
        if self.mark == "candidate":
            pen = QPen(QColor("#000000"), width + 2.5, Qt.PenStyle.DashLine)
        elif self.mark == "chosen":
            pen = QPen(QColor("#D55E00"), width + 4)
        if self.isSelected():
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine))
            painter.drawRect(rect.adjusted(-5, -5, 5, 5))
        brushes = [QBrush(QColor(fill))] if self.error else self.brushes()
        painter.setPen(Qt.PenStyle.NoPen)
        for brush in brushes[:-1]:
            painter.setBrush(brush)
            painter.drawRoundedRect(rect, 8, 8)
        painter.setPen(pen)
        painter.setBrush(brushes[-1])
        painter.drawRoundedRect(rect, 8, 8)
        patterned = len(brushes) > 1
        label_rect = rect.adjusted(2, 2, -2, -h / 2)
        time_rect = rect.adjusted(2, h / 2 - 2, -2, -2)
        label = _elide(self.task, 7)
        painter.setFont(_font(17 if self.large else 9.5, True))
        if patterned:
            text_backing(painter, label_rect, label, fill)
        painter.setPen(QColor(text_colour(fill) if not self.error else "#000000"))
        painter.drawText(label_rect, Qt.AlignmentFlag.AlignCenter, label)
        painter.setFont(_font(13 if self.large else 8.5, False))
        if patterned:
            text_backing(painter, time_rect, self.time_text, fill)
            painter.setPen(QColor(text_colour(fill)))
        painter.drawText(time_rect, Qt.AlignmentFlag.AlignCenter, self.time_text)
        if self.priority:  # a badge on the top-right corner
            painter.setFont(_font(14 if self.large else 8.5, True))
            width = painter.fontMetrics().horizontalAdvance(self.priority) + 10
            height = painter.fontMetrics().height() + 2
            badge = QRectF(w / 2 - width / 2 + 6, -h / 2 - height / 2 - 4, width, height)
            painter.setPen(QPen(QColor("#000000"), 1.2))
            painter.setBrush(QBrush(QColor("#FFFFFF")))
            painter.drawRoundedRect(badge, 4, 4)
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, self.priority)


_FONTS: dict[tuple[float, bool], QFont] = {}


def _font(size: float, bold: bool) -> QFont:
    """Fonts made once, not at every paint."""
    key = (size, bold)
    if key not in _FONTS:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        _FONTS[key] = font
    return _FONTS[key]


def _elide(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def _arrow(lines: QPainterPath, heads: QPainterPath, a: QPointF, b: QPointF, size: float) -> None:
    """Add the line a-b to ``lines`` and its arrowhead at b to ``heads``."""
    lines.moveTo(a)
    lines.lineTo(b)
    angle = math.atan2(b.y() - a.y(), b.x() - a.x())
    left = QPointF(b.x() - size * math.cos(angle - 0.45), b.y() - size * math.sin(angle - 0.45))
    right = QPointF(b.x() - size * math.cos(angle + 0.45), b.y() - size * math.sin(angle + 0.45))
    heads.addPolygon(QPolygonF([b, left, right, b]))


class PrecedenceGraphView(QGraphicsView):
    """The precedence graph of a line; rebuilt by :meth:`show_state` after every edit."""

    task_selected = Signal(str)
    relation_requested = Signal(str, str)  # before, after
    view_changed = Signal()  # zoomed or fitted

    def __init__(self, parent: QWidget | None = None, *, large: bool = False) -> None:
        super().__init__(parent)
        self.large = large
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(QBrush(QColor("#FFFFFF")))
        self.nodes: dict[str, TaskNode] = {}
        self._drag_from: TaskNode | None = None
        self._drag_line: QGraphicsLineItem | None = None
        self._press_pos: QPointF | None = None
        self._fitted = False
        self._shown: tuple | None = None  # the tasks drawn, to skip rebuilding the scene

    # -- content --------------------------------------------------------------
    def show_state(self, state: LineState | None, station_of: dict[str, int] | None = None) -> None:
        """Draw the line of ``state``; ``station_of`` overrides the colours (step-through).

        When only the balance changed (same tasks), the nodes are recoloured in place
        instead of rebuilding the scene, so a drag on the Yamazumi redraws quickly.
        """
        stations = state.station_of if state is not None and station_of is None else station_of
        key = None if state is None else (state.line.tasks, state.line.time_unit)
        if key is not None and key == self._shown:
            for i, task in enumerate(state.line.tasks):
                node = self.nodes.get(task.id)
                station, error = (stations or {}).get(task.id), bool(state.row_problems.get(i))
                if node is not None and (node.station, node.error) != (station, error):
                    node.station, node.error = station, error
                    node.setToolTip(node.tooltip())
                    node.update()
            return
        self._shown = key
        scene = self.scene()
        selected = {n.task for n in self.nodes.values() if n.isSelected()}
        scene.clear()
        self.nodes = {}
        self._drag_line = None
        if state is None or not state.line.tasks:
            return
        stations = stations or {}
        unit = state.line.time_unit
        positions = node_positions(state.line, state.columns)
        edge_pen = QPen(QColor("#555555"), 3.0 if self.large else 1.2)
        node_w, _node_h, col_gap, row_gap = SIZES[self.large]
        for i, task in enumerate(state.line.tasks):
            if task.id in self.nodes:
                continue  # a duplicate id: shown once, the row shows the problem
            t = parse_time(task.time)
            node = TaskNode(
                task.id,
                "?" if t is None else f"{t:.4g} {unit}".strip(),
                stations.get(task.id),
                self.large,
            )
            node.error = bool(state.row_problems.get(i))
            column, row = positions[i]
            node.setPos(column * col_gap, row * row_gap)
            node.setZValue(2)
            node.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
            node.setSelected(task.id in selected)
            scene.addItem(node)
            self.nodes[task.id] = node
        # one item for all lines and one for all heads per colour: quick to build and draw
        paths = {c: (QPainterPath(), QPainterPath()) for c in ("#555555", "#B00020")}
        size = 12 if self.large else 8
        for task in state.line.tasks:
            for p in task.predecessors:
                if p in self.nodes and p != task.id and task.id in self.nodes:
                    a, b = self.nodes[p].pos(), self.nodes[task.id].pos()
                    line = QLineF(a + QPointF(node_w / 2, 0), b - QPointF(node_w / 2, 0))
                    colour = "#B00020" if b.x() <= a.x() else "#555555"  # red: goes backwards
                    _arrow(*paths[colour], line.p1(), line.p2(), size)
        for colour, (lines, heads) in paths.items():
            if not lines.isEmpty():
                item = QGraphicsPathItem(lines)
                item.setPen(QPen(QColor(colour), edge_pen.widthF()))
                scene.addItem(item)
                item = QGraphicsPathItem(heads)
                item.setPen(QPen(QColor(colour), 1))
                item.setBrush(QBrush(QColor(colour)))
                scene.addItem(item)
        self._add_column_labels(state)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-30, -30, 30, 30))
        if not self._fitted:
            self.fit()

    def _add_column_labels(self, state: LineState) -> None:
        font = QFont()
        font.setPointSizeF(14 if self.large else 9)
        node_h, col_gap = SIZES[self.large][1], SIZES[self.large][2]
        top = min((n.pos().y() for n in self.nodes.values()), default=0) - node_h - 10
        for c in sorted(set(state.columns)):
            text = self.scene().addText(roman(c), font)
            text.setDefaultTextColor(QColor("#777777"))
            text.setPos(c * col_gap - text.boundingRect().width() / 2, top - 14)

    def select_task(self, task: str) -> None:
        for node in self.nodes.values():
            node.setSelected(node.task == task)
        if task in self.nodes:
            self.ensureVisible(self.nodes[task], 40, 40)

    def set_highlight(self, priorities: dict[str, str], chosen: set[str]) -> None:
        """Classroom: mark the candidates (with their priority) and the chosen task."""
        for task, node in self.nodes.items():
            node.mark = "chosen" if task in chosen else "candidate" if task in priorities else ""
            node.priority = priorities.get(task, "")
            node.update()

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if not rect.isEmpty():
            self.fitInView(rect.adjusted(-20, -20, 20, 20), Qt.AspectRatioMode.KeepAspectRatio)
            most = 2.5 if self.large else 1.6
            if self.transform().m11() > most:  # a small graph: do not blow it up
                self.resetTransform()
                self.scale(most, most)
                self.centerOn(rect.center())
            self._fitted = True
            self.view_changed.emit()

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)
        self.view_changed.emit()

    # -- mouse ----------------------------------------------------------------
    def _node_at(self, pos: QPointF) -> TaskNode | None:
        for item in self.items(pos.toPoint()):
            if isinstance(item, TaskNode):
                return item
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        node = self._node_at(event.position())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = node
            self._press_pos = event.position()
            self.select_task(node.task)
            self.task_selected.emit(node.task)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None and self._press_pos is not None:
            if (event.position() - self._press_pos).manhattanLength() > 6:
                end = self.mapToScene(event.position().toPoint())
                if self._drag_line is None:
                    pen = QPen(QColor("#D55E00"), 2.5, Qt.PenStyle.DashLine)
                    self._drag_line = self.scene().addLine(QLineF(), pen)
                self._drag_line.setLine(QLineF(self._drag_from.pos(), end))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag_from is not None:
            start, self._drag_from = self._drag_from, None
            if self._drag_line is not None:
                self.scene().removeItem(self._drag_line)
                self._drag_line = None
            target = self._node_at(event.position())
            if target is not None and target is not start:
                self.relation_requested.emit(start.task, target.task)
            return
        super().mouseReleaseEvent(event)
