"""Side panel: the data of the selected step, buffer, customer, supplier, flow or kaizen burst.

Each field change calls ``apply(text, change, merge_key, where)``: the panel applies ``change``
to a copy of the map, refuses it when it creates a problem for the element ``where`` (shown in
red under the form) and otherwise pushes one undoable edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from score_desktop.project.records import Project
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    CUSTOMER,
    SUPPLIER,
    Failures,
    ShiftCalendar,
    ValueStreamMap,
)
from score_desktop.widgets.forms import ERROR_STYLE

Apply = Callable[[str, Callable[[ValueStreamMap], None], str, str], bool]
KINDS = ("fixed", "exponential", "normal", "lognormal")
UNITS = ("s", "min", "h")
RULES = (
    ("push", "Inventory (push)"),
    ("fifo", "FIFO lane"),
    ("supermarket", "Supermarket (kanban)"),
)


def _double(value: float, suffix: str, maximum: float = 1e9, decimals: int = 2) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(-1e9, maximum)  # the map's rules judge the value, with a message
    box.setDecimals(decimals)
    box.setValue(value)
    box.setSuffix(f" {suffix}" if suffix else "")
    box.setKeyboardTracking(False)
    box.setGroupSeparatorShown(True)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return box


def _int(value: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(-1_000_000, 1_000_000_000)
    box.setValue(value)
    box.setSuffix(f" {suffix}" if suffix else "")
    box.setKeyboardTracking(False)
    box.setGroupSeparatorShown(True)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return box


def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
    combo = QComboBox()
    for value, text in items:
        combo.addItem(text, value)
    i = combo.findData(current)
    combo.setCurrentIndex(max(0, i))
    return combo


class MapEditor(QWidget):
    """The form for one selected element; rebuilt by :meth:`show_element`."""

    def __init__(self, apply: Apply, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.apply = apply
        self.editors: dict[str, QWidget] = {}
        self.title = QLabel()
        self.title.setObjectName("editor_title")
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        self.error = QLabel()
        self.error.setObjectName("editor_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.form_host)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _clear(self) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.editors = {}

    def _row(self, key: str, label: str, editor: QWidget, tip: str = "") -> None:
        editor.setObjectName(f"field_{key}")
        if tip:
            editor.setToolTip(tip)
        self.editors[key] = editor
        self.form.addRow(label, editor)

    def _do(
        self, text: str, change: Callable[[ValueStreamMap], None], key: str, where: str
    ) -> None:
        ok = self.apply(text, change, key, where)
        if ok:
            self.show_error("")

    # -- the element kinds -------------------------------------------------------
    def show_element(self, m: ValueStreamMap, key: str, project: Project) -> None:
        self._clear()
        self.show_error("")
        if key == CUSTOMER:
            self._customer(m, project)
        elif key == SUPPLIER:
            self._supplier(m)
        elif key.startswith("kaizen:"):
            self._kaizen(m, int(key.split(":", 1)[1]))
        elif key.startswith("flow:"):
            self._flow(m, *key[5:].split(">", 1))
        elif key in m.step_names():
            self._step(m, key, project)
        else:
            self.title.setText(
                self.tr("<b>%1</b><br>Select an icon to edit its data.").replace("%1", m.name)
            )

    def _step(self, m: ValueStreamMap, name: str, project: Project) -> None:
        s = m.step(name)
        w = f'step "{name}"'
        self.title.setText(self.tr("<b>Process: %1</b>").replace("%1", name))
        edit = self.editors

        def on(key: str, text: str, change: Callable[[ValueStreamMap], None]) -> None:
            self._do(text, change, f"{name}/{key}", w)

        nm = QLineEdit(name)
        nm.editingFinished.connect(
            lambda: (
                nm.text() != name
                and self._do(
                    self.tr("Rename step"),
                    lambda mm: mm.rename_step(name, nm.text().strip()),
                    "",
                    f'step "{nm.text().strip()}"',
                )
            )
        )
        self._row("name", self.tr("Name"), nm)
        ct = s.cycle_time
        self._row(
            "ct_mean",
            self.tr("Cycle time"),
            _double(ct.mean, ct.unit),
            self.tr("Mean time per part per machine"),
        )
        self._row("ct_unit", self.tr("Cycle time unit"), _combo([(u, u) for u in UNITS], ct.unit))
        self._row("ct_kind", self.tr("Variation"), _combo([(k, k) for k in KINDS], ct.kind))
        cv = ct.sd / ct.mean if ct.kind in ("normal", "lognormal") and ct.mean > 0 else 0.0
        self._row(
            "ct_cv",
            self.tr("Coefficient of variation"),
            _double(cv, "", 100, 3),
            self.tr("Standard deviation / mean (normal and lognormal times)"),
        )

        def set_ct(mm: ValueStreamMap) -> None:
            mean = edit["ct_mean"].value()
            unit = edit["ct_unit"].currentData()
            kind = edit["ct_kind"].currentData()
            sd = edit["ct_cv"].value() * mean
            mm.step(name).cycle_time = Distribution(kind, mean=mean, sd=sd, unit=unit)

        for key in ("ct_mean", "ct_cv"):
            edit[key].valueChanged.connect(lambda _v: on("ct", self.tr("Cycle time"), set_ct))
        for key in ("ct_unit", "ct_kind"):
            edit[key].currentIndexChanged.connect(
                lambda _i: on("ct", self.tr("Cycle time"), set_ct)
            )

        def link_row(key: str, label: str, records, attr: str, tip: str, undo: str) -> None:
            """A combo that links a value to a record of the project (or types it in)."""
            names = [("", self.tr("(typed in)"))] + [(r.name, r.name) for r in records]
            self._row(key, label, _combo(names, getattr(s, attr)), tip)
            edit[key].currentIndexChanged.connect(
                lambda _i: on(
                    key,
                    undo,
                    lambda mm: setattr(mm.step(name), attr, edit[key].currentData()),
                )
            )

        link_row(
            "ct_ref",
            self.tr("Cycle time from line"),
            project.lines,
            "cycle_time_ref",
            self.tr("Take the largest station time of a line balance"),
            self.tr("Link cycle time"),
        )
        co = s.changeover
        self._row("co", self.tr("Changeover"), _double(co.mean, co.unit))
        edit["co"].valueChanged.connect(
            lambda v: on(
                "co",
                self.tr("Changeover"),
                lambda mm: setattr(mm.step(name), "changeover", Distribution.fixed(v, co.unit)),
            )
        )
        f = s.failures
        self._row("uptime", self.tr("Uptime"), _double(100 * s.availability(), "%", 1e9, 1))
        self._row(
            "mttr",
            self.tr("Mean time to repair"),
            _double(f.mttr if f else 30.0, f.unit if f else "min"),
        )

        def set_uptime(mm: ValueStreamMap) -> None:
            up = edit["uptime"].value()
            unit = f.unit if f else "min"
            step = mm.step(name)
            step.failures = (
                None
                if up == 100 and not f
                else Failures(mttr=edit["mttr"].value(), uptime_percent=up, unit=unit)
            )

        for key in ("uptime", "mttr"):
            edit[key].valueChanged.connect(lambda _v: on("uptime", self.tr("Uptime"), set_uptime))
        link_row(
            "up_ref",
            self.tr("Uptime from OEE record"),
            project.oee_records,
            "uptime_ref",
            self.tr("Take the availability of an OEE record"),
            self.tr("Link uptime"),
        )
        for key, label, unit, attr in (
            ("machines", self.tr("Parallel machines"), "", "machines"),
            ("operators", self.tr("Operators"), "", "operators"),
            ("batch", self.tr("Batch size"), self.tr("pcs"), "batch_size"),
        ):
            self._row(key, label, _int(getattr(s, attr), unit))
            edit[key].valueChanged.connect(
                lambda v, a=attr, k=key, lab=label: on(
                    k, lab, lambda mm: setattr(mm.step(name), a, v)
                )
            )
        self._row("scrap", self.tr("Scrap"), _double(100 * s.scrap_rate, "%", 1e9, 2))
        edit["scrap"].valueChanged.connect(
            lambda v: on(
                "scrap", self.tr("Scrap"), lambda mm: setattr(mm.step(name), "scrap_rate", v / 100)
            )
        )
        va = QCheckBox(self.tr("value-adding"))
        va.setChecked(s.value_added)
        self._row("value_added", self.tr("Value added"), va)
        va.toggled.connect(
            lambda b: on(
                "va", self.tr("Value added"), lambda mm: setattr(mm.step(name), "value_added", b)
            )
        )
        # the inventory in front of the step
        b = s.buffer
        self.form.addRow(QLabel(self.tr("<b>Inventory in front</b>")))
        self._row("rule", self.tr("Kind"), _combo(list(RULES), b.rule))
        self._row(
            "capacity",
            self.tr("FIFO maximum"),
            _int(b.capacity if b.capacity is not None else 0, self.tr("pcs")),
        )
        self._row("cards", self.tr("Kanban cards"), _int(b.cards, ""))
        self._row(
            "inventory", self.tr("Parts counted"), _double(b.inventory, self.tr("pcs"), 1e12, 0)
        )

        def set_buffer(mm: ValueStreamMap) -> None:
            buf = mm.step(name).buffer
            buf.rule = edit["rule"].currentData()
            buf.capacity = edit["capacity"].value() if buf.rule == "fifo" else None
            buf.cards = edit["cards"].value()
            if buf.rule == "supermarket" and buf.cards == 0:
                buf.cards = max(1, int(buf.inventory))
            buf.inventory = edit["inventory"].value()

        edit["rule"].currentIndexChanged.connect(
            lambda _i: on("buf", self.tr("Inventory"), set_buffer)
        )
        for key in ("capacity", "cards", "inventory"):
            edit[key].valueChanged.connect(lambda _v: on("buf", self.tr("Inventory"), set_buffer))
        remove = QPushButton(self.tr("Delete step"))
        remove.setObjectName("delete_step")
        remove.clicked.connect(
            lambda: self._do(self.tr("Delete step"), lambda mm: mm.remove_step(name), "", "")
        )
        self.form.addRow(remove)

    def _customer(self, m: ValueStreamMap, project: Project) -> None:
        c = m.customer
        self.title.setText(self.tr("<b>Customer: %1</b>").replace("%1", c.name))
        edit = self.editors
        w = "customer"
        nm = QLineEdit(c.name)
        nm.editingFinished.connect(
            lambda: self._do(
                self.tr("Customer name"), lambda mm: setattr(mm.customer, "name", nm.text()), "", w
            )
        )
        self._row("name", self.tr("Name"), nm)
        self._row("demand", self.tr("Demand"), _double(c.demand_per_day, self.tr("pcs/day")))
        edit["demand"].valueChanged.connect(
            lambda v: self._do(
                self.tr("Demand"),
                lambda mm: setattr(mm.customer, "demand_per_day", v),
                "customer/demand",
                w,
            )
        )
        demands = [("", self.tr("(typed in)"))] + [(d.name, d.name) for d in project.demands]
        self._row(
            "demand_ref",
            self.tr("Demand from"),
            _combo(demands, c.demand_ref),
            self.tr("Take parts per day (and takt) from a demand record"),
        )
        edit["demand_ref"].currentIndexChanged.connect(
            lambda _i: self._do(
                self.tr("Link demand"),
                lambda mm: setattr(mm.customer, "demand_ref", edit["demand_ref"].currentData()),
                "",
                w,
            )
        )
        cal = c.calendar
        self._row("shifts", self.tr("Shifts per day"), _int(cal.shifts_per_day, ""))
        self._row("shift_hours", self.tr("Shift length"), _double(cal.shift_hours, "h"))
        breaks = QLineEdit(", ".join(f"{b:g}" for b in cal.breaks_minutes))
        breaks.setPlaceholderText(self.tr("e.g. 10, 10"))
        self._row("breaks", self.tr("Breaks per shift (min)"), breaks)

        def set_calendar(mm: ValueStreamMap) -> None:
            try:
                parts = [
                    float(x)
                    for x in edit["breaks"].text().replace(";", ",").split(",")
                    if x.strip()
                ]
            except ValueError:
                raise ValueError("customer, calendar: breaks must be numbers of minutes") from None
            mm.customer.calendar = ShiftCalendar(
                edit["shifts"].value(), edit["shift_hours"].value(), tuple(parts)
            )

        edit["shifts"].valueChanged.connect(
            lambda _v: self._do(self.tr("Calendar"), set_calendar, "customer/cal", w)
        )
        edit["shift_hours"].valueChanged.connect(
            lambda _v: self._do(self.tr("Calendar"), set_calendar, "customer/cal", w)
        )
        breaks.editingFinished.connect(
            lambda: self._do(self.tr("Calendar"), set_calendar, "customer/cal", w)
        )
        self._row(
            "fg",
            self.tr("Finished goods counted"),
            _double(c.finished_goods.inventory, self.tr("pcs"), 1e12, 0),
        )
        edit["fg"].valueChanged.connect(
            lambda v: self._do(
                self.tr("Finished goods"),
                lambda mm: setattr(mm.customer.finished_goods, "inventory", v),
                "customer/fg",
                "finished goods",
            )
        )

    def _supplier(self, m: ValueStreamMap) -> None:
        self.title.setText(self.tr("<b>Supplier: %1</b>").replace("%1", m.supplier.name))
        nm = QLineEdit(m.supplier.name)
        nm.editingFinished.connect(
            lambda: self._do(
                self.tr("Supplier name"),
                lambda mm: setattr(mm.supplier, "name", nm.text()),
                "",
                "supplier",
            )
        )
        self._row("name", self.tr("Name"), nm)

    def _kaizen(self, m: ValueStreamMap, index: int) -> None:
        if index >= len(m.kaizen):
            return
        self.title.setText(self.tr("<b>Kaizen burst</b>"))
        text = QLineEdit(m.kaizen[index].text)
        text.editingFinished.connect(
            lambda: self._do(
                self.tr("Kaizen burst text"),
                lambda mm: setattr(mm.kaizen[index], "text", text.text()),
                "",
                "kaizen",
            )
        )
        self._row("kaizen_text", self.tr("Improvement"), text)
        remove = QPushButton(self.tr("Delete kaizen burst"))
        remove.setObjectName("delete_kaizen")
        remove.clicked.connect(
            lambda: self._do(
                self.tr("Delete kaizen burst"), lambda mm: mm.kaizen.pop(index), "", "kaizen"
            )
        )
        self.form.addRow(remove)

    def _flow(self, m: ValueStreamMap, source: str, target: str) -> None:
        self.title.setText(
            self.tr("<b>Flow %1 → %2</b>").replace("%1", source).replace("%2", target)
        )
        flow = next((f for f in m.flows if (f.source, f.target) == (source, target)), None)
        if flow is None:
            return
        share = _double(flow.share, "", 1e9, 3)
        self._row(
            "share",
            self.tr("Share of the output"),
            share,
            self.tr("Relative share when a step feeds several others"),
        )

        def set_share(mm: ValueStreamMap, v: float) -> None:
            for f in mm.flows:
                if (f.source, f.target) == (source, target):
                    f.share = v

        share.valueChanged.connect(
            lambda v: self._do(self.tr("Flow share"), lambda mm: set_share(mm, v), "", "flow")
        )
        remove = QPushButton(self.tr("Delete flow"))
        remove.setObjectName("delete_flow")
        remove.clicked.connect(
            lambda: self._do(
                self.tr("Delete flow"), lambda mm: mm.disconnect(source, target), "", ""
            )
        )
        self.form.addRow(remove)
