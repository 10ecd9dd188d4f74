"""The value-stream map workspace: palette, canvas, data editor, simulation, comparison."""

from __future__ import annotations

import copy
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QPixmap,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFileDialog,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project.edits import insert_record, replace_record, unique_name
from score_desktop.project.excel.vsm_sheets import remember_picture
from score_desktop.project.links import resolver as project_resolver
from score_desktop.tools.vsm.compare import compare
from score_desktop.tools.vsm.model import Buffer, KaizenBurst, Step, ValueStreamMap
from score_desktop.tools.vsm.sensitivity import PARAMETERS, value_range, with_parameter
from score_desktop.tools.vsm.validation import (
    buffer_problems,
    calendar_problems,
    problems,
    step_problems,
)
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.job_progress import JobProgress
from score_desktop.widgets.vsm.content import auto_layout, map_view, snap
from score_desktop.widgets.vsm.editor import MapEditor
from score_desktop.widgets.vsm.export import export_map, render_png_bytes
from score_desktop.widgets.vsm.factory_physics_view import FactoryPhysicsView
from score_desktop.widgets.vsm.results_view import CompareView, ResultsView, SensitivityView
from score_desktop.widgets.vsm.scene import MIME, VsmScene
from score_desktop.widgets.vsm.session import session_for

PALETTE_ITEMS = (
    ("process", "Process"),
    ("inventory", "Inventory (push)"),
    ("fifo", "FIFO lane"),
    ("supermarket", "Supermarket"),
    ("kaizen", "Kaizen burst"),
)


def palette_icon(kind: str) -> QIcon:
    """A small drawing of the VSM icon of ``kind`` for the palette."""
    pixmap = QPixmap(72, 56)
    pixmap.fill(QColor(0, 0, 0, 0))
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#1a1a1a"), 3))
    if kind == "process":
        p.setBrush(QColor("#ffffff"))
        p.drawRect(QRectF(8, 6, 56, 22))
        p.drawRect(QRectF(8, 28, 56, 22))
    elif kind == "inventory":
        p.setBrush(QColor("#fff8e1"))
        p.drawPolygon(QPolygonF([QPointF(36, 6), QPointF(62, 50), QPointF(10, 50)]))
    elif kind == "fifo":
        p.drawLine(6, 16, 66, 16)
        p.drawLine(6, 40, 66, 40)
        p.drawLine(20, 28, 52, 28)
    elif kind == "supermarket":
        p.drawPolyline(
            QPolygonF([QPointF(14, 6), QPointF(58, 6), QPointF(58, 50), QPointF(14, 50)])
        )
        p.drawLine(58, 21, 14, 21)
        p.drawLine(58, 36, 14, 36)
    else:
        p.setPen(QPen(QColor("#c62828"), 3))
        p.setBrush(QColor("#fff3c4"))
        pts = []
        for i in range(16):
            r = 24 if i % 2 == 0 else 15
            a = 3.14159265 * i / 8
            pts.append(QPointF(36 + 1.3 * r * math.cos(a), 28 + r * math.sin(a)))
        p.drawPolygon(QPolygonF(pts))
    p.end()
    return QIcon(pixmap)


class Palette(QListWidget):
    """Icons to drag onto the map (or double-click to add)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vsm_palette")
        self.setDragEnabled(True)
        self.setIconSize(QSize(36, 28))
        for kind, text in PALETTE_ITEMS:
            item = QListWidgetItem(palette_icon(kind), self.tr(text))
            item.setData(Qt.ItemDataRole.UserRole, kind)
            self.addItem(item)
        self.setMaximumWidth(175)
        self.setToolTip(
            self.tr("Drag onto the map; drop an inventory kind on the process it feeds")
        )

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:
        data = QMimeData()
        if items:
            data.setData(MIME, items[0].data(Qt.ItemDataRole.UserRole).encode())
        return data


class MapView(QGraphicsView):
    """Ctrl + wheel zooms; the rest scrolls."""

    def __init__(self, scene: VsmScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setObjectName("vsm_view")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setAcceptDrops(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)


class ValueStreamPanel(QWidget):
    """Everything for one value-stream map (section "value_streams", record ``record_name``)."""

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.session = session_for(document)
        self.state = self.session.view_state(record_name)
        self.scene = VsmScene(self)
        self.view = MapView(self.scene)
        self.palette = Palette()
        self.palette.itemDoubleClicked.connect(
            lambda item: self.place(item.data(Qt.ItemDataRole.UserRole), *self._free_spot(), "")
        )
        self.editor = MapEditor(self.apply_change)
        self.results = ResultsView()
        self.compare_view = CompareView()
        self.sensitivity = SensitivityView()
        self.factory_physics = FactoryPhysicsView(self.session, self.current_map)
        self.problems_label = QLabel()
        self.problems_label.setObjectName("map_problems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.message = QLabel()
        self.message.setObjectName("map_message")
        self.message.setStyleSheet(ERROR_STYLE)
        self.progress = JobProgress(self, compact=True)
        self.progress.follow(self.session.runner)
        self._build()
        self._connect()
        self._picture_timer = QTimer(self)  # a picture for the Excel export, once edits pause
        self._picture_timer.setSingleShot(True)
        self._picture_timer.setInterval(1500)
        self._picture_timer.timeout.connect(self.remember_picture)
        self._dirty = False
        document.changed.connect(self.refresh)
        self.session.results_changed.connect(self._on_results)
        self._refresh_now()
        if "transform" in self.state:
            self.view.setTransform(self.state["transform"])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._refresh_now()
        if "transform" not in self.state:
            self.fit()

    # -- layout -------------------------------------------------------------------
    def _build(self) -> None:
        bar = QToolBar()
        self.actions: dict[str, QAction] = {}
        for key, text, slot, tip in (
            (
                "add_step",
                self.tr("Add process"),
                lambda: self.place("process", *self._free_spot(), ""),
                self.tr("Add a process box"),
            ),
            (
                "add_kaizen",
                self.tr("Add kaizen burst"),
                lambda: self.place("kaizen", *self._free_spot(), ""),
                self.tr("Add an improvement note"),
            ),
            (
                "connect",
                self.tr("Connect"),
                None,
                self.tr("Drag from one icon to another to add a material flow"),
            ),
            (
                "delete",
                self.tr("Delete"),
                self.delete_selected,
                self.tr("Delete the selected icon"),
            ),
            (
                "layout",
                self.tr("Auto-layout"),
                self.auto_layout,
                self.tr("Place the icons left to right along the flow"),
            ),
            ("fit", self.tr("Fit"), self.fit, self.tr("Show the whole map")),
            (
                "future",
                self.tr("Copy as future state"),
                self.copy_as_future_state,
                self.tr("A copy of this map to edit as the future state"),
            ),
            (
                "export",
                self.tr("Export picture…"),
                self.export_dialog,
                self.tr("Save the map as PNG, SVG or PDF (A3 landscape)"),
            ),
        ):
            action = QAction(text, self)
            action.setToolTip(tip)
            if slot is None:
                action.setCheckable(True)
            else:
                action.triggered.connect(slot)
            bar.addAction(action)
            self.actions[key] = action
        self.actions["delete"].setShortcut(QKeySequence.StandardKey.Delete)
        self.actions["delete"].setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.horizon = QDoubleSpinBox()
        self.horizon.setObjectName("sim_horizon")
        self.horizon.setRange(0.1, 1e6)
        self.horizon.setSuffix(" h")
        self.warmup = QDoubleSpinBox()
        self.warmup.setObjectName("sim_warmup")
        self.warmup.setRange(0, 1e6)
        self.warmup.setSuffix(" h")
        self.replications = QSpinBox()
        self.replications.setObjectName("sim_replications")
        self.replications.setRange(1, 1000)
        s = self.session.settings
        self.horizon.setValue(s.horizon_h)
        self.warmup.setValue(s.warmup_h)
        self.replications.setValue(s.replications)
        self.simulate_button = QPushButton(self.tr("Simulate"))
        self.simulate_button.setObjectName("simulate")
        self.simulate_button.setToolTip(
            self.tr("Run the map in the background with these settings")
        )
        sim_row = QHBoxLayout()
        for label, w in (
            (self.tr("Horizon"), self.horizon),
            (self.tr("Warm-up"), self.warmup),
            (self.tr("Replications"), self.replications),
        ):
            sim_row.addWidget(QLabel(label))
            sim_row.addWidget(w)
        for w in (self.horizon, self.warmup, self.replications):
            w.setMaximumWidth(110)
        sim_row.addWidget(self.simulate_button)
        sim_row.addWidget(self.progress, 1)
        sim_row.addStretch(0)
        self.side = QTabWidget()
        self.side.addTab(self.editor, self.tr("Data"))
        self.side.addTab(self.results, self.tr("Results"))
        self.side.addTab(self.compare_view, self.tr("Compare"))
        self.side.addTab(self.sensitivity, self.tr("Sensitivity"))
        self.side.addTab(self.factory_physics, self.tr("Factory Physics"))
        self.side.setCurrentIndex(self.state.get("tab", 0))
        self.side.currentChanged.connect(lambda i: self.state.__setitem__("tab", i))
        split = QSplitter()
        split.addWidget(self.palette)
        split.addWidget(self.view)
        split.addWidget(self.side)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 1)
        split.setSizes([140, 900, 420])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.record_name}</h2>"))
        layout.addWidget(bar)
        layout.addLayout(sim_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        sc = self.scene
        sc.nodes_moved.connect(self.move_nodes)
        sc.kaizen_moved.connect(self.move_kaizen)
        sc.connect_requested.connect(self.connect_nodes)
        sc.place_requested.connect(self.place)
        sc.selection_changed_to.connect(self._on_selected)
        self.actions["connect"].toggled.connect(self._set_connect_mode)
        self.simulate_button.clicked.connect(self.simulate)
        # session signals outlive this panel: connect them to the button's own slot (Qt drops
        # the connection when the button is deleted), never to a lambda
        self.session.runner.running_changed.connect(self.simulate_button.setDisabled)
        self.simulate_button.setDisabled(self.session.runner.running)
        self.compare_view.other.currentIndexChanged.connect(lambda _i: self._show_comparison())
        self.sensitivity.run_button.clicked.connect(self.run_sensitivity)
        for w in (self.horizon, self.warmup):
            w.valueChanged.connect(self._settings_changed)
        self.replications.valueChanged.connect(self._settings_changed)

    # -- the map --------------------------------------------------------------------
    def current_map(self) -> ValueStreamMap | None:
        return self.document.project.find("value_streams", self.record_name)

    def _index(self) -> int:
        names = [m.name for m in self.document.project.value_streams]
        return names.index(self.record_name)

    def refresh(self) -> None:
        """Redraw after an edit; a hidden panel (e.g. one the main window is replacing) waits
        until it is shown again."""
        if not self.isVisible():
            self._dirty = True
            return
        self._refresh_now()

    def _refresh_now(self) -> None:
        self._dirty = False
        m = self.current_map()
        if m is None:
            return
        results = self.session.results_for(m)
        view = map_view(m, project_resolver(self.document.project), results)
        selected = self.state.get("selected", "")
        self.scene.show_map(m, view, selected)
        self.problems_label.setText("\n".join(view.problems[:4]))
        self.problems_label.setVisible(bool(view.problems))
        self.editor.show_element(m, selected, self.document.project)
        others = [x.name for x in self.document.project.value_streams if x.name != m.name]
        combo = self.compare_view.other
        current = combo.currentText() or self.state.get("compare", "")
        combo.blockSignals(True)
        combo.clear()
        combo.addItems(others)
        if current in others:
            combo.setCurrentText(current)
        combo.blockSignals(False)
        self.sensitivity.set_steps(m.step_names())
        stale = results is None and self.session.any_results(m.name) is not None
        self.results.show_results(results or self.session.any_results(m.name), stale)
        self.sensitivity.show_sweep(self.session.sweeps.get(m.name))
        self.factory_physics.refresh()
        self._show_comparison()
        self._picture_timer.start()

    def remember_picture(self) -> None:
        """Offer a PNG of the map as drawn now to the Excel export."""
        m = self.current_map()
        if m is not None:
            remember_picture(m, render_png_bytes(self.scene, 1.0))

    def _on_results(self, name: str) -> None:
        if name == self.record_name or name == self.compare_view.other.currentText():
            self.refresh()
            if name == self.record_name and self.side.currentIndex() == 0:
                self.side.setCurrentWidget(self.results)

    def _on_selected(self, key: str) -> None:
        self.state["selected"] = key
        m = self.current_map()
        if m is not None:
            self.editor.show_element(m, key, self.document.project)

    def _set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on
        self.view.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.RubberBandDrag
        )
        for item in self.scene.nodes.values():
            item.setFlag(item.GraphicsItemFlag.ItemIsMovable, not on)

    # -- edits: each is one undoable command ----------------------------------------------
    def _push(self, text: str, new: ValueStreamMap, merge_key: str = "") -> bool:
        index = self._index()
        key = f"vsm:{self.record_name}:{merge_key}" if merge_key else ""
        try:
            return self.document.edit(
                text, lambda p: replace_record(p, "value_streams", index, new), key
            )
        except ValueError as exc:
            self.show_message(str(exc))
            return False

    def edit_map(self, text: str, change: Callable[[ValueStreamMap], object]) -> bool:
        m = self.current_map()
        if m is None:
            return False
        new = copy.deepcopy(m)
        try:
            change(new)
        except (ValueError, KeyError) as exc:
            self.show_message(str(exc).strip("'\""))
            return False
        self.show_message("")
        return self._push(text, new)

    def apply_change(self, text: str, change: Callable, merge_key: str, where: str) -> bool:
        """The editor's edits: refused with a message when they create a problem for ``where``."""
        m = self.current_map()
        if m is None:
            return False
        new = copy.deepcopy(m)
        try:
            change(new)
        except (ValueError, KeyError) as exc:
            self.editor.show_error(str(exc).strip("'\""))
            return False
        if where:
            before = set(element_problems(m, where))
            fresh = [p for p in element_problems(new, where) if p not in before]
            if fresh:
                self.editor.show_error(fresh[0])
                return False
        selected = self.state.get("selected", "")
        names, new_names = m.step_names(), new.step_names()
        if selected in names and selected not in new_names and len(names) == len(new_names):
            self.state["selected"] = new_names[names.index(selected)]  # renamed: keep it
        return self._push(text, new, merge_key)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _free_spot(self) -> tuple[float, float]:
        rect = self.scene.itemsBoundingRect()
        return snap(rect.right() + 40), snap(rect.top() + 230)

    def place(self, kind: str, x: float, y: float, node_under: str = "") -> None:
        """Add an icon from the palette at (x, y); inventory kinds go to the step dropped on."""
        if kind == "process":

            def add(m: ValueStreamMap) -> None:
                name = _unique(m.step_names(), self.tr("Process"))
                m.add_step(Step(name))
                m.layout[name] = (snap(x), snap(y))
                self.state["selected"] = name

            self.edit_map(self.tr("Add process"), add)
        elif kind == "kaizen":

            def burst(m: ValueStreamMap) -> None:
                m.kaizen.append(KaizenBurst(self.tr("Kaizen"), snap(x), snap(y)))
                self.state["selected"] = f"kaizen:{len(m.kaizen) - 1}"

            self.edit_map(self.tr("Add kaizen burst"), burst)
        elif kind in ("inventory", "fifo", "supermarket"):
            m = self.current_map()
            if m is None or node_under not in m.step_names():
                self.show_message(self.tr("Drop an inventory icon on the process it feeds."))
                return
            rule = {"inventory": "push", "fifo": "fifo", "supermarket": "supermarket"}[kind]

            def set_rule(mm: ValueStreamMap) -> None:
                old = mm.step(node_under).buffer
                cards = max(1, int(old.inventory)) if rule == "supermarket" else 0
                capacity = max(1, int(old.inventory)) if rule == "fifo" else None
                mm.step(node_under).buffer = Buffer(rule, capacity, cards, old.inventory, 0)

            self.edit_map(self.tr("Inventory kind"), set_rule)

    def connect_nodes(self, source: str, target: str) -> None:
        m = self.current_map()
        if m is None or any((f.source, f.target) == (source, target) for f in m.flows):
            return
        self.edit_map(self.tr("Connect"), lambda mm: mm.connect(source, target))

    def move_nodes(self, moved: dict) -> None:
        def change(m: ValueStreamMap) -> None:
            m.layout.update({k: (float(x), float(y)) for k, (x, y) in moved.items()})

        self.edit_map(self.tr("Move icon"), change)

    def move_kaizen(self, index: int, x: float, y: float) -> None:
        def change(m: ValueStreamMap) -> None:
            m.kaizen[index].x, m.kaizen[index].y = x, y

        self.edit_map(self.tr("Move kaizen burst"), change)

    def delete_selected(self) -> None:
        key = self.state.get("selected", "")
        m = self.current_map()
        if m is None or not key:
            return
        self.state["selected"] = ""
        if key.startswith("kaizen:"):
            self.edit_map(self.tr("Delete kaizen burst"), lambda mm: mm.kaizen.pop(int(key[7:])))
        elif key.startswith("flow:"):
            src, dst = key[5:].split(">", 1)
            self.edit_map(self.tr("Delete flow"), lambda mm: mm.disconnect(src, dst))
        elif key in m.step_names():
            self.edit_map(self.tr("Delete step"), lambda mm: mm.remove_step(key))

    def auto_layout(self) -> None:
        def change(m: ValueStreamMap) -> None:
            m.layout = auto_layout(m)

        self.edit_map(self.tr("Auto-layout"), change)

    def fit(self) -> None:
        self.view.fitInView(self.scene.itemsBoundingRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self.state["transform"] = self.view.transform()

    def copy_as_future_state(self) -> str:
        """Insert a copy of this map named "Future state" (or similar); returns its name."""
        m = self.current_map()
        if m is None:
            return ""
        project = self.document.project
        base = self.tr("Future state") if "current" in m.name.lower() else f"{m.name} (future)"
        name = unique_name(project, "value_streams", base)
        new = copy.deepcopy(m)
        new.name = name
        index = self._index() + 1
        self.document.edit(
            self.tr("Copy as future state"),
            lambda p: insert_record(p, "value_streams", new, index),
        )
        window = self.window()
        if hasattr(window, "navigator"):
            window.navigator.select("value_streams", name)
        return name

    def export_picture(self, path: Path) -> None:
        m = self.current_map()
        export_map(self.scene, Path(path), m.name if m else "Value-stream map")

    def export_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export map"),
            f"{self.record_name}.png",
            self.tr("PNG picture (*.png);;SVG drawing (*.svg);;PDF, A3 landscape (*.pdf)"),
        )
        if path:
            try:
                self.export_picture(Path(path))
            except (OSError, ValueError) as exc:
                self.show_message(str(exc))

    # -- simulation ------------------------------------------------------------------
    def _settings_changed(self) -> None:
        s = self.session.settings
        s.horizon_h = self.horizon.value()
        s.warmup_h = self.warmup.value()
        s.replications = self.replications.value()

    def simulate(self) -> None:
        m = self.current_map()
        if m is None:
            return
        self._settings_changed()
        try:
            self.session.settings.check()
        except ValueError as exc:
            self.show_message(str(exc))
            return
        found = problems(m)
        if found:
            self.show_message(self.tr("Cannot simulate: %1").replace("%1", found[0]))
            return
        self.show_message("")
        self.session.simulate(m)

    def _show_comparison(self) -> None:
        m = self.current_map()
        other_name = self.compare_view.other.currentText()
        if m is None or not other_name:
            self.compare_view.show_comparison(None, self.tr("Add a second map to compare with."))
            return
        self.state["compare"] = other_name
        mine = self.session.any_results(m.name)
        other = self.session.any_results(other_name)
        if mine is None or other is None:
            self.compare_view.show_comparison(
                None,
                self.tr("Simulate both maps to compare them (%1 and %2).")
                .replace("%1", other_name)
                .replace("%2", m.name),
            )
            return
        self.compare_view.show_comparison(compare(other, mine))

    def run_sensitivity(self) -> None:
        m = self.current_map()
        v = self.sensitivity
        if m is None or not v.step.currentText():
            return
        parameter = v.parameter.currentData()
        whole = PARAMETERS[parameter][2]
        try:
            values = value_range(v.low.value(), v.high.value(), v.count.value(), whole)
            for value in values:
                with_parameter(m, v.step.currentText(), parameter, value)
            self._settings_changed()
            self.session.settings.check()
        except ValueError as exc:
            v.error.setText(str(exc))
            return
        v.error.setText("")
        self.session.run_sweep(m, v.step.currentText(), parameter, values)


def element_problems(m: ValueStreamMap, where: str) -> list[str]:
    """Problems of one element (``step "X"``, ``customer``, ...) without checking the whole
    flow (quick on big maps); the full check runs for the problems banner."""
    if where.startswith('step "'):
        name = where[6:-1]
        names = m.step_names()
        if name not in names:
            return []
        found = [f"{where}: {p}" for p in step_problems(m.step(name), names)]
        if names.count(name) > 1:
            found.append(f"{where}: name is used twice")
        return found + [f"{where}: {p}" for p in buffer_problems(m.step(name).buffer)]
    if where == "customer":
        c = m.customer
        found = [f"customer: {p}" for p in calendar_problems(c.calendar)]
        if not c.demand_per_day >= 0:
            found.append("customer: demand per day must be >= 0")
        return found
    if where == "finished goods":
        return [f"finished goods: {p}" for p in buffer_problems(m.customer.finished_goods)]
    return [p for p in problems(m) if where in p]


def _unique(names: list[str], base: str) -> str:
    i = len(names) + 1
    while f"{base} {i}" in names:
        i += 1
    return f"{base} {i}"
