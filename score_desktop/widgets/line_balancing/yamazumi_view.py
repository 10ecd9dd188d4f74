"""The live Yamazumi chart: a stacked bar per station, a block per task, drag to re-balance.

Drag a task block onto another station's bar (or onto the dashed "new station" slot) and the
view emits ``move_requested(task, station)``; the panel checks the move and applies it or
says why not. Painted with QPainter (no matplotlib) so a redraw stays well under 100 ms.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from score_desktop.charts.line_balancing import (
    CYCLE_COLOUR,
    TAKT_COLOUR,
    WARNING_COLOUR,
    YamazumiData,
    station_style,
    text_colour,
)
from score_desktop.widgets.line_balancing.station_brush import pattern_brush, text_backing


class YamazumiView(QWidget):
    """Shows a :class:`YamazumiData`; ``interactive`` views let blocks be dragged."""

    move_requested = Signal(str, int)  # task id, 0-based station (== count: a new station)
    task_clicked = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        interactive: bool = True,
        large: bool = False,
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data = YamazumiData((), None)
        self._top_value: float | None = None
        self.interactive, self.large = interactive, large
        self.compact = compact  # small charts for the comparison
        self.chosen: set[str] = set()
        self.selected = ""
        self.blocks: list[tuple[QRectF, str, int]] = []
        self.slots: list[QRectF] = []
        self._drag: str | None = None
        self._drag_pos: QPointF | None = None
        self._press: QPointF | None = None
        self.setMinimumSize(QSize(240, 160))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)

    def show_data(self, data: YamazumiData, chosen: set[str] | None = None) -> None:
        self.data = data
        self._top_value: float | None = None
        self.chosen = chosen or set()
        self._layout()
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layout()

    # -- geometry -------------------------------------------------------------
    def _font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(size * (2.1 if self.large else 0.8 if self.compact else 1.0))
        font.setBold(bold)
        return font

    def _plot(self) -> QRectF:
        left, top, bottom = (
            (96, 60, 60)
            if self.large
            else (36, 22, 22)
            if self.compact
            else (
                58,
                30,
                34,
            )
        )
        right = 12 + self._tray_width()
        return QRectF(
            left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom)
        )

    def _tray_width(self) -> float:
        """Room on the right for the tasks in no station (drag them into a station)."""
        if not (self.interactive and self.data.unassigned):
            return 0.0
        return 130.0 if self.large else 78.0

    def _top(self) -> float:
        if self._top_value is None:
            d = self.data
            self._top_value = max([*d.station_times, d.cycle_time or 0, d.takt or 0, 1e-9]) * 1.12
        return self._top_value

    def _layout(self) -> None:
        plot, top = self._plot(), self._top()
        n = len(self.data.stations) + (1 if self.interactive else 0)
        self.blocks, self.slots = [], []
        self._layout_tray(plot)
        if n == 0:
            return
        slot_w = plot.width() / n
        bar_w = min(slot_w * 0.72, 170 if self.large else 90)
        for k in range(n):
            x = plot.left() + k * slot_w + (slot_w - bar_w) / 2
            self.slots.append(QRectF(plot.left() + k * slot_w, plot.top(), slot_w, plot.height()))
            if k >= len(self.data.stations):
                continue
            base = 0.0
            for block in self.data.stations[k]:
                y1 = plot.bottom() - (base + block.time) / top * plot.height()
                y0 = plot.bottom() - base / top * plot.height()
                self.blocks.append((QRectF(x, y1, bar_w, y0 - y1), block.task, k))
                base += block.time

    def _layout_tray(self, plot: QRectF) -> None:
        width = self._tray_width()
        if not width:
            return
        height = QFontMetrics(self._font(8.5)).height() + 6
        x, y = self.width() - width - 4, plot.top() + height + 4
        for block in self.data.unassigned:
            if y + 2 * height > plot.bottom():
                break  # the rest are listed as "+ n more"
            self.blocks.append((QRectF(x, y, width - 4, height - 2), block.task, -1))
            y += height

    def _y(self, value: float) -> float:
        plot = self._plot()
        return plot.bottom() - value / self._top() * plot.height()

    # -- painting -------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), QColor("#FFFFFF"))
        plot, d = self._plot(), self.data
        thick = 3.0 if self.large else 1.0
        p.setFont(self._font(8.5))
        if not d.stations and not self.interactive:
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No balance yet"))
            return
        self._paint_axes(p, plot)
        self._paint_tray(p, plot)
        for rect, task, k in self.blocks:
            over = k in d.overloaded
            style = station_style(k if k >= 0 else None)
            fill = WARNING_COLOUR if over else style.colour
            p.setBrush(QBrush(QColor(fill)))
            p.setPen(QPen(QColor("#222222"), thick))
            p.drawRect(rect)
            pattern = None if over else pattern_brush(style, self.large)
            if over:
                p.setBrush(QBrush(QColor("#000000"), Qt.BrushStyle.BDiagPattern))
                p.drawRect(rect)
            elif pattern is not None:
                p.setBrush(pattern)
                p.setPen(Qt.PenStyle.NoPen)
                p.drawRect(rect.adjusted(thick / 2, thick / 2, -thick / 2, -thick / 2))
            if task in self.chosen or task == self.selected:
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.setPen(QPen(QColor("#000000"), thick + 3, Qt.PenStyle.DashLine))
                p.drawRect(rect.adjusted(2, 2, -2, -2))
            if rect.height() >= p.fontMetrics().height() - 1:
                p.setPen(QColor(text_colour(fill)))
                label = p.fontMetrics().elidedText(
                    task, Qt.TextElideMode.ElideRight, int(rect.width()) - 4
                )
                if label != task and len(label) <= 1:
                    continue  # a lone "…" says nothing and hides the pattern
                if pattern is not None or over:
                    text_backing(p, rect, label, fill)
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
        load_font = self._font(8.5, bold=True)
        widest = max((f"{load:.3g}" for load in d.station_times), key=len, default="")
        fits = QFontMetricsF(load_font).horizontalAdvance(widest)
        if self.slots and fits > self.slots[0].width() - 2:  # many stations: smaller, no overlap
            size = load_font.pointSizeF() * max(0.6, (self.slots[0].width() - 2) / fits)
            load_font.setPointSizeF(size)
        p.setFont(load_font)
        for k, load in enumerate(d.station_times):
            slot = self.slots[k]
            color = WARNING_COLOUR if k in d.overloaded else "#222222"
            p.setPen(QColor(color))
            y = self._y(load)
            p.drawText(
                QRectF(
                    slot.left(),
                    y - 20 * (1.7 if self.large else 1),
                    slot.width(),
                    18 * (1.7 if self.large else 1),
                ),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                f"{load:.3g}",
            )
        self._paint_lines(p, plot, thick)
        if self.interactive:
            self._paint_new_slot(p)
        if self._drag is not None and self._drag_pos is not None:
            target = self.slot_at(self._drag_pos)
            if target is not None:
                p.setBrush(QBrush(QColor(0, 0, 0, 28)))
                p.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine))
                p.drawRect(self.slots[target])
            p.setPen(QPen(QColor("#000000"), 2))
            p.setBrush(QBrush(QColor("#FFFFFF")))
            box = QRectF(self._drag_pos.x() - 30, self._drag_pos.y() - 12, 60, 24)
            p.drawRect(box)
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, self._drag)

    def _paint_axes(self, p: QPainter, plot: QRectF) -> None:
        p.setPen(QPen(QColor("#444444"), 1.5 if self.large else 1))
        p.drawLine(plot.bottomLeft(), plot.bottomRight())
        p.drawLine(plot.bottomLeft(), plot.topLeft())
        top = self._top()
        step = _nice_step(top / 5)
        value = 0.0
        p.setFont(self._font(8))
        while value <= top:
            y = self._y(value)
            p.setPen(QPen(QColor("#E3E3E3"), 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(QColor("#444444"))
            p.drawText(
                QRectF(0, y - 10, plot.left() - 6, 20),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{value:.3g}",
            )
            value += step
        if not self.compact:  # small charts: the legend alone, no axis title
            unit = f" ({self.data.unit})" if self.data.unit else ""
            p.drawText(
                QRectF(0, 0, plot.left() + 200, plot.top() - 6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                self.tr("Station time") + unit,
            )
        for k in range(len(self.data.stations)):
            slot = self.slots[k]
            p.drawText(
                QRectF(slot.left(), plot.bottom() + 2, slot.width(), plot.top()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                str(k + 1),
            )

    def _paint_lines(self, p: QPainter, plot: QRectF, thick: float) -> None:
        """Cycle-time and takt lines across the plot, their legend in the top margin."""
        d = self.data
        lines = []
        if d.cycle_time:
            lines.append((d.cycle_time, CYCLE_COLOUR, Qt.PenStyle.SolidLine, self.tr("cycle time")))
        if d.takt and (not d.cycle_time or abs(d.takt - d.cycle_time) > 1e-9):
            lines.append((d.takt, TAKT_COLOUR, Qt.PenStyle.DashLine, self.tr("takt")))
        p.setFont(self._font(8.5, bold=True))
        metrics = p.fontMetrics()
        x = plot.right()
        unit = f" {d.unit}" if d.unit else ""
        for value, color, style, name in reversed(lines):
            y = self._y(value)
            pen = QPen(QColor(color), thick + 1.5, style)
            p.setPen(pen)
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            text = f"{name} {value:.4g}{unit}"
            width = metrics.horizontalAdvance(text)
            x -= width + 6
            p.setPen(QColor(color))
            baseline = plot.top() - metrics.descent() - 4
            p.drawText(QPointF(x, baseline), text)
            p.setPen(pen)
            p.drawLine(
                QPointF(x - 28, baseline - metrics.ascent() / 3),
                QPointF(x - 6, baseline - metrics.ascent() / 3),
            )
            x -= 40

    def _paint_tray(self, p: QPainter, plot: QRectF) -> None:
        width = self._tray_width()
        if not width:
            return
        p.setPen(QColor("#444444"))
        p.setFont(self._font(7.5, bold=True))
        x = self.width() - width - 4
        p.drawText(
            QRectF(x, plot.top(), width, plot.top()),
            Qt.AlignmentFlag.AlignLeft,
            self.tr("no station"),
        )
        shown = sum(1 for _, _, k in self.blocks if k < 0)
        if shown < len(self.data.unassigned):
            p.drawText(
                QRectF(x, plot.bottom() - 16, width, 16),
                Qt.AlignmentFlag.AlignLeft,
                self.tr("+ %1 more").replace("%1", str(len(self.data.unassigned) - shown)),
            )

    def _paint_new_slot(self, p: QPainter) -> None:
        slot = self.slots[-1].adjusted(8, 20, -8, -4)
        p.setPen(QPen(QColor("#999999"), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRect(slot)
        p.setPen(QColor("#777777"))
        p.setFont(self._font(14, bold=True))
        p.drawText(slot, Qt.AlignmentFlag.AlignCenter, "+")
        p.setFont(self._font(7.5))
        bottom = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom
        p.drawText(slot.adjusted(0, 0, 0, -6), bottom, self.tr("new"))

    # -- dragging ------------------------------------------------------------
    def block_at(self, pos: QPointF) -> tuple[str, int] | None:
        for rect, task, k in self.blocks:
            if rect.contains(pos):
                return task, k
        return None

    def slot_at(self, pos: QPointF) -> int | None:
        for k, slot in enumerate(self.slots):
            if slot.left() <= pos.x() < slot.right():
                return k
        return None

    def block_centre(self, task: str) -> QPointF:
        """Where the block of ``task`` is drawn (for tests and the step-through)."""
        return next(r.center() for r, t, _ in self.blocks if t == task)

    def slot_centre(self, station: int) -> QPointF:
        return self.slots[station].center()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        hit = self.block_at(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.selected = hit[0]
            self.task_clicked.emit(hit[0])
            if self.interactive:
                self._drag, self._press = hit[0], event.position()
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag_pos = event.position()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        task, self._drag, self._drag_pos = self._drag, None, None
        self.update()
        if task is None or self._press is None:
            return
        moved = (event.position() - self._press).manhattanLength() > 4
        target = self.slot_at(event.position())
        if moved and target is not None:
            self.move_requested.emit(task, target)


def _nice_step(raw: float) -> float:
    """1, 2 or 5 times a power of ten, at least ``raw``."""
    import math

    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * power >= raw:
            return m * power
    return 10 * power
