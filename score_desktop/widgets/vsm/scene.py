"""The map canvas: icons placed from the model's layout, arrows that follow them, drag to
move or to connect, drops from the palette. The scene only reports what the user did (signals);
the panel turns that into one undoable document edit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
)

from score_desktop.tools.vsm.model import CUSTOMER, SUPPLIER, ValueStreamMap
from score_desktop.widgets.vsm import connectors as c
from score_desktop.widgets.vsm.content import BOX_W, TITLE_H, MapView, positions
from score_desktop.widgets.vsm.icons import (
    BufferItem,
    FactoryItem,
    KaizenItem,
    LegendItem,
    NodeItem,
    ProcessItem,
)

MIME = "application/x-score-vsm-icon"
PALETTE = ("process", "inventory", "fifo", "supermarket", "kaizen")


class VsmScene(QGraphicsScene):
    """Draws one map. Signals: ``nodes_moved({node: (x, y)})``, ``kaizen_moved(index, x, y)``,
    ``connect_requested(source, target)``, ``place_requested(kind, x, y, node_under)`` and
    ``selection_changed_to(key)`` with key = node name, ``"kaizen:<i>"``,
    ``"flow:<source>><target>"`` or ``""``."""

    nodes_moved = Signal(dict)
    kaizen_moved = Signal(int, float, float)
    connect_requested = Signal(str, str)
    place_requested = Signal(str, float, float, str)
    selection_changed_to = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#ffffff"))
        self.nodes: dict[str, NodeItem] = {}
        self.kaizen: list[KaizenItem] = []
        self._links: list[QGraphicsItem] = []
        self._placed: dict[str, tuple[float, float]] = {}
        self._map: ValueStreamMap | None = None
        self._view: MapView | None = None
        self.connect_mode = False
        self._rubber: QGraphicsLineItem | None = None
        self._rubber_from = ""
        self._building = False
        self._relink = QTimer(self)  # while dragging: redraw the arrows once per event-loop pass
        self._relink.setSingleShot(True)
        self._relink.setInterval(0)
        self._relink.timeout.connect(self._build_links)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)  # items move a lot
        self.selectionChanged.connect(self._on_selection)

    # -- building ---------------------------------------------------------------
    def show_map(self, m: ValueStreamMap, view: MapView, selected: str = "") -> None:
        self.blockSignals(True)
        self.clear()
        self.nodes, self.kaizen, self._links = {}, [], []
        self._map, self._view = m, view
        self._placed = positions(m)
        self._building = True
        sup = FactoryItem(SUPPLIER, m.supplier.name, view.supplier)
        cus = FactoryItem(CUSTOMER, m.customer.name, view.customer, view.customer_linked)
        for item in (sup, cus):
            self.nodes[item.node] = item
        for s in m.steps:
            self.nodes[s.name] = ProcessItem(view.steps[s.name])
        for name, item in self.nodes.items():
            self.addItem(item)
            item.setPos(*self._placed[name])
        for i, k in enumerate(m.kaizen):
            item = KaizenItem(i, k.text)
            self.addItem(item)
            item.setPos(k.x, k.y)
            self.kaizen.append(item)
        self._building = False
        self._relink.stop()
        self._build_links()
        if selected:
            item = self._item_for(selected)
            if item is not None:
                item.setSelected(True)
        self.blockSignals(False)

    def _item_for(self, key: str) -> QGraphicsItem | None:
        if key.startswith("kaizen:"):
            i = int(key.split(":", 1)[1])
            return self.kaizen[i] if i < len(self.kaizen) else None
        if key.startswith("flow:"):
            src, dst = key[5:].split(">", 1)
            return next(
                (
                    a
                    for a in self._links
                    if isinstance(a, c.ArrowItem) and (a.source, a.target) == (src, dst)
                ),
                None,
            )
        return self.nodes.get(key)

    def node_moving(self, item: NodeItem) -> None:
        """An icon is being dragged: arrows, buffers and the ladder follow it."""
        if self._map is not None and not self._building and item.node in self.nodes:
            self._relink.start()

    def _pos(self, node: str) -> QPointF:
        return self.nodes[node].pos()

    def buffer_centre(self, step: str) -> QPointF:
        """Where the inventory icon in front of ``step`` sits."""
        assert self._map is not None
        p = self._pos(step)
        preds = [f.source for f in self._map.predecessors(step)]
        if len(preds) == 1 and preds[0] in self._map.step_names():
            q = self._pos(preds[0])
            if q.x() + BOX_W + 60 < p.x() and abs(q.y() - p.y()) < 1:
                on_line = self._map.step(step).buffer.rule == "fifo"
                return QPointF((q.x() + BOX_W + p.x()) / 2, p.y() + (15 if on_line else 80))
        return QPointF(p.x() - 50, p.y() + 80)

    def finished_goods_centre(self) -> QPointF:
        assert self._map is not None
        cust = self._pos(CUSTOMER)
        ys = [
            self._pos(f.source).y()
            for f in self._map.predecessors(CUSTOMER)
            if f.source in self._map.step_names()
        ]
        y = max(ys) if ys else cust.y() + 230
        return QPointF(cust.x() + FactoryItem.W / 2, y + 80)

    def _add_link(self, item: QGraphicsItem, pos: QPointF | None = None) -> None:
        self.addItem(item)
        if pos is not None:
            item.setPos(pos)
        self._links.append(item)

    def _build_links(self) -> None:
        m, view = self._map, self._view
        assert m is not None and view is not None
        for item in self._links:
            self.removeItem(item)
        self._links = []
        steps = set(m.step_names())
        for s in m.steps:
            sv = view.steps[s.name]
            centre = self.buffer_centre(s.name)
            if any(f.source in steps or f.source == SUPPLIER for f in m.predecessors(s.name)):
                self._add_link(
                    BufferItem(s.name, sv.buffer_rule, sv.buffer_lines, sv.simulated_wip), centre
                )
        fg = self.finished_goods_centre()
        self._add_link(
            BufferItem(
                CUSTOMER,
                m.customer.finished_goods.rule,
                view.finished_goods,
                view.finished_goods_wip,
            ),
            fg,
        )
        for f in m.flows:
            self._add_flow(f.source, f.target)
        self._add_control()
        self._add_ladder()

    def _add_flow(self, src: str, dst: str) -> None:
        m = self._map
        assert m is not None
        if src not in self.nodes or dst not in self.nodes:
            return
        steps = set(m.step_names())
        if src == SUPPLIER:
            sup = self.nodes[SUPPLIER]
            start = sup.mapToScene(QPointF(FactoryItem.W / 2, sup.boundingRect().bottom() - 4))
            end = self.buffer_centre(dst) + QPointF(-30, 0) if dst in steps else self._pos(dst)
            pts = [start, QPointF(start.x(), end.y()), end]
            self._add_link(c.ArrowItem(pts, c.SHIPMENT, src, dst))
            self._add_link(c.TruckItem(""), QPointF(start.x() + 44, (start.y() + end.y()) / 2))
            return
        a = self.nodes[src].anchor_out()
        if dst == CUSTOMER:
            fg = self.finished_goods_centre()
            pts = [
                a,
                QPointF(fg.x() - 55, a.y()),
                QPointF(fg.x() - 55, fg.y() + 6),
                QPointF(fg.x() - 22, fg.y() + 6),
            ]
            self._add_link(c.ArrowItem(pts, c.PUSH, src, dst))
            cus = self.nodes[CUSTOMER]
            top = cus.mapToScene(QPointF(FactoryItem.W / 2, cus.boundingRect().bottom() - 4))
            if not any(isinstance(i, c.TruckItem) and i.data(0) == "out" for i in self._links):
                pts = [QPointF(fg.x(), fg.y() - 28), top]
                self._add_link(c.ArrowItem(pts, c.SHIPMENT))
                truck = c.TruckItem("")
                truck.setData(0, "out")
                self._add_link(truck, QPointF(fg.x() - 45, (fg.y() + top.y()) / 2))
            return
        b = self.nodes[dst].anchor_in()
        rule = m.step(dst).buffer.rule
        style = {"push": c.PUSH, "fifo": c.MATERIAL, "supermarket": c.MATERIAL}[rule]
        self._add_link(c.ArrowItem(c.orthogonal(a, b), style, src, dst))
        if rule == "supermarket":
            centre = self.buffer_centre(dst)
            box = self.nodes[dst].mapToScene(QPointF(-2, TITLE_H + 45))
            pull = [QPointF(centre.x() + 26, centre.y() - 4), box]
            self._add_link(c.ArrowItem(pull, c.PULL))
            self._add_link(
                c.KanbanItem(True, QCoreApplication.translate("VsmMap", "withdrawal")),
                QPointF(centre.x() + 40, centre.y() + 100),
            )
            src_box = self.nodes[src].mapToScene(QPointF(BOX_W - 20, TITLE_H + 30))
            card = QPointF(centre.x() - 40, centre.y() + 100)
            self._add_link(
                c.KanbanItem(False, QCoreApplication.translate("VsmMap", "production")), card
            )
            self._add_link(
                c.ArrowItem(
                    [QPointF(card.x() - 16, card.y()), QPointF(src_box.x(), card.y()), src_box],
                    c.KANBAN,
                )
            )

    def _add_control(self) -> None:
        m = self._map
        assert m is not None
        sup, cus = self._pos(SUPPLIER), self._pos(CUSTOMER)
        x = (sup.x() + cus.x() + FactoryItem.W) / 2 - c.ControlItem.W / 2
        y = min(sup.y(), cus.y())
        control = c.ControlItem(QCoreApplication.translate("VsmMap", "MRP · weekly schedule"))
        self._add_link(control, QPointF(x, y))
        mid_y = y + c.ControlItem.H / 2
        self._add_link(
            c.ArrowItem(
                [QPointF(cus.x() - 6, mid_y), QPointF(x + c.ControlItem.W + 4, mid_y)], c.ELECTRONIC
            )
        )
        self._add_link(
            c.ArrowItem(
                [QPointF(x - 4, mid_y), QPointF(sup.x() + FactoryItem.W + 6, mid_y)], c.ELECTRONIC
            )
        )
        top = QPointF(x + c.ControlItem.W / 2, y + c.ControlItem.H)
        for s in m.steps:
            if s.buffer.rule != "push":
                continue
            p = self._pos(s.name)
            target = QPointF(
                p.x() + BOX_W / 2,
                p.y() - 22 if self._view and self._view.steps[s.name].bottleneck else p.y() - 2,
            )
            bend = QPointF(top.x(), target.y() - 40)
            pts = [top, bend, QPointF(target.x(), bend.y()), target]
            self._add_link(c.ArrowItem(pts, c.MANUAL))

    def _add_ladder(self) -> None:
        view, m = self._view, self._map
        assert view is not None and m is not None
        if not view.ladder:
            return
        boxes = [i for i in self.nodes.values() if isinstance(i, ProcessItem)]
        bottom = max((i.pos().y() + i.boundingRect().bottom() for i in boxes), default=300)
        bottom = max(bottom, self.finished_goods_centre().y() + 70)
        for item in self._links:
            if not isinstance(item, c.ArrowItem):
                bottom = max(bottom, item.sceneBoundingRect().bottom())
        bottom += 45
        rungs = []
        prev_end = None
        for name, waiting, processing in view.ladder:
            if name == CUSTOMER:
                fg = self.finished_goods_centre()
                start = prev_end if prev_end is not None else fg.x() - 45
                rungs.append((start, fg.x() + 45, fg.x() + 45, waiting, ""))
                continue
            p = self._pos(name)
            start = prev_end if prev_end is not None else self.buffer_centre(name).x() - 45
            rungs.append((start, p.x(), p.x() + BOX_W, waiting, processing))
            prev_end = p.x() + BOX_W
        self._add_link(c.LadderItem(rungs, view.totals), QPointF(0, bottom))
        if view.simulated:
            left = min(r[0] for r in rungs)
            self._add_link(LegendItem(), QPointF(left, bottom + 70))

    # -- interaction ------------------------------------------------------------
    def _on_selection(self) -> None:
        items = self.selectedItems()
        key = ""
        if items:
            item = items[0]
            if isinstance(item, NodeItem):
                key = item.node
            elif isinstance(item, KaizenItem):
                key = f"kaizen:{item.index}"
            elif isinstance(item, c.ArrowItem) and item.source:
                key = f"flow:{item.source}>{item.target}"
        self.selection_changed_to.emit(key)

    def node_at(self, pos: QPointF) -> str:
        for item in self.items(pos):
            while item is not None and not isinstance(item, NodeItem):
                item = item.parentItem()
            if isinstance(item, NodeItem):
                return item.node
        return ""

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.connect_mode and event.button() == Qt.MouseButton.LeftButton:
            node = self.node_at(event.scenePos())
            if node and node != CUSTOMER:
                self._rubber_from = node
                self._rubber = QGraphicsLineItem(
                    event.scenePos().x(),
                    event.scenePos().y(),
                    event.scenePos().x(),
                    event.scenePos().y(),
                )
                self._rubber.setPen(QPen(QColor("#1565c0"), 2, Qt.PenStyle.DashLine))
                self.addItem(self._rubber)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None:
            line = self._rubber.line()
            line.setP2(event.scenePos())
            self._rubber.setLine(line)
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._rubber is not None:
            self.removeItem(self._rubber)
            self._rubber = None
            target = self.node_at(event.scenePos())
            source, self._rubber_from = self._rubber_from, ""
            if target and target != source and target != SUPPLIER:
                # after this event: the edit rebuilds the scene
                QTimer.singleShot(0, lambda: self.connect_requested.emit(source, target))
            event.accept()
            return
        super().mouseReleaseEvent(event)
        QTimer.singleShot(0, self.commit_moves)  # after this event: the edit rebuilds the scene

    def commit_moves(self) -> None:
        """Report icons whose position differs from the map's (after a drag)."""
        moved = {
            name: (item.pos().x(), item.pos().y())
            for name, item in self.nodes.items()
            if (item.pos().x(), item.pos().y()) != tuple(self._placed.get(name, (None, None)))
        }
        if moved:
            self._placed.update(moved)
            self.nodes_moved.emit(moved)
        if self._map is not None:
            for item in self.kaizen:
                k = self._map.kaizen[item.index]
                if (item.pos().x(), item.pos().y()) != (k.x, k.y):
                    self.kaizen_moved.emit(item.index, item.pos().x(), item.pos().y())
                    return

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(MIME))

    def dragMoveEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(event.mimeData().hasFormat(MIME))

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        kind = bytes(event.mimeData().data(MIME).data()).decode()
        pos = event.scenePos()
        self.place_requested.emit(kind, pos.x(), pos.y(), self.node_at(pos))
        event.acceptProposedAction()
