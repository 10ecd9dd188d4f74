"""The study's choices: characteristic, unit, chart type, run rules, subgroup size, spec limits.

Every change is one undoable edit of the study; a value the study cannot take is refused
with a message and the field keeps what the user typed.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from score_desktop.project.edits import replace_record
from score_desktop.tools.numbers import NumberReadError, read_column
from score_desktop.tools.quality.model import CHART_KINDS, CHART_TITLES
from score_desktop.tools.quality.rules import RULE_SETS, parse_rules
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import FIELD_ERROR_BASE

SECTION = "quality_studies"
RULE_CHOICES = (
    ("we", "Western Electric (4 rules)"),
    ("nelson", "Nelson (all 8 rules)"),
    ("limits", "Beyond the limits only"),
    ("custom", "Custom list…"),
)


def rules_choice(rules: tuple[str, ...]) -> str:
    for key, codes in RULE_SETS.items():
        if tuple(rules) == codes:
            return key
    return "custom"


class StudySettings(QWidget):
    """The form of the study's settings; ``message`` carries a refusal (or "")."""

    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.characteristic = QLineEdit()
        self.characteristic.setObjectName("characteristic")
        self.characteristic.setPlaceholderText(self.tr("e.g. Bore diameter"))
        self.characteristic.editingFinished.connect(
            lambda: self._set("characteristic", self.characteristic.text().strip())
        )
        self.unit = QLineEdit()
        self.unit.setObjectName("unit")
        self.unit.setPlaceholderText(self.tr("e.g. mm"))
        self.unit.setMaxLength(40)
        self.unit.editingFinished.connect(lambda: self._set("unit", self.unit.text().strip()))
        self.chart = QComboBox()
        self.chart.setObjectName("chart_kind")
        for kind in CHART_KINDS:
            self.chart.addItem(self.tr(CHART_TITLES[kind]), kind)
        self.chart.activated.connect(lambda i: self._set("chart", self.chart.itemData(i)))
        self.rules = QComboBox()
        self.rules.setObjectName("rules")
        for key, text in RULE_CHOICES:
            self.rules.addItem(self.tr(text), key)
        self.rules.activated.connect(self._rules_chosen)
        self.custom_rules = QLineEdit()
        self.custom_rules.setObjectName("custom_rules")
        self.custom_rules.setPlaceholderText(self.tr("e.g. N1, N2, N5"))
        self.custom_rules.setToolTip(
            self.tr("Rule codes separated by commas: N1-N8 (Nelson), WE1-WE4 (Western Electric)")
        )
        self.custom_rules.editingFinished.connect(self._custom_rules)
        self.subgroup = QSpinBox()
        self.subgroup.setObjectName("subgroup_size")
        self.subgroup.setRange(1, 100)
        self.subgroup.setSuffix(self.tr(" values"))
        self.subgroup.setToolTip(
            self.tr("Consecutive rows form subgroups of this size (rows without a subgroup id)")
        )
        self.subgroup.editingFinished.connect(
            lambda: self._set("subgroup_size", self.subgroup.value())
        )
        self.limits: dict[str, QLineEdit] = {}
        for key in ("lsl", "usl", "target"):
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText(self.tr("none"))
            edit.editingFinished.connect(lambda k=key: self._limit(k))
            self.limits[key] = edit
        form.addRow(self.tr("Characteristic"), self.characteristic)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Chart"), self.chart)
        form.addRow(self.tr("Run rules"), self.rules)
        form.addRow(self.tr("Rule codes"), self.custom_rules)
        form.addRow(self.tr("Subgroup size"), self.subgroup)
        form.addRow(self.tr("Lower spec limit (LSL)"), self.limits["lsl"])
        form.addRow(self.tr("Upper spec limit (USL)"), self.limits["usl"])
        form.addRow(self.tr("Target"), self.limits["target"])
        self.refresh()

    def study(self) -> Any:
        return self.document.project.find(SECTION, self.record_name)

    def refresh(self) -> None:
        study = self.study()
        if study is None:
            return
        unit = f" {study.unit}" if study.unit else ""
        if not self.characteristic.hasFocus():
            self.characteristic.setText(study.characteristic)
        if not self.unit.hasFocus():
            self.unit.setText(study.unit)
        self.chart.setCurrentIndex(CHART_KINDS.index(study.chart))
        choice = rules_choice(study.rules)
        self.rules.setCurrentIndex([k for k, _ in RULE_CHOICES].index(choice))
        if not self.custom_rules.hasFocus():
            self.custom_rules.setText(", ".join(study.rules))
        self.custom_rules.setEnabled(choice == "custom")
        self.subgroup.setValue(study.subgroup_size)
        self.subgroup.setEnabled(study.chart in ("xbar-r", "xbar-s", "ewma", "cusum"))
        for key, edit in self.limits.items():
            edit.setEnabled(not study.is_attribute)
            edit.setToolTip(self.tr("In the unit of the measurements%s; empty = none") % unit)
            value = getattr(study, key)
            if not edit.hasFocus() and not edit.property("refused"):
                edit.setText("" if value is None else f"{value:.10g}")

    # --- edits -----------------------------------------------------------------------------

    def _set(self, field: str, value: Any, what: str = "") -> bool:
        study = self.study()
        if study is None or getattr(study, field) == value:
            return False
        position = self.document.project.section(SECTION).index(study)
        changed = replace(study, **{field: value})
        self.message.emit("")
        return self.document.edit(
            what or self.tr("Change %s") % field.replace("_", " "),
            lambda p: replace_record(p, SECTION, position, changed),
        )

    def _rules_chosen(self, index: int) -> None:
        key = self.rules.itemData(index)
        if key == "custom":
            self.custom_rules.setEnabled(True)
            self.custom_rules.setFocus()
            return
        self._set("rules", RULE_SETS[key], self.tr("Choose run rules"))

    def _custom_rules(self) -> None:
        try:
            codes = parse_rules(self.custom_rules.text())
        except ValueError as exc:
            self.custom_rules.setStyleSheet(f"background: {FIELD_ERROR_BASE};")
            self.message.emit(self.tr("Run rules: %s") % exc)
            return
        self.custom_rules.setStyleSheet("")
        self._set("rules", codes, self.tr("Choose run rules"))

    def _limit(self, key: str) -> None:
        edit = self.limits[key]
        text = edit.text().strip()
        study = self.study()
        if study is None:
            return
        try:
            value = read_column([text], column=key.upper())[0] if text else None
            lsl = value if key == "lsl" else study.lsl
            usl = value if key == "usl" else study.usl
            if lsl is not None and usl is not None and lsl >= usl:
                raise ValueError(f"the LSL ({lsl:g}) must be below the USL ({usl:g})")
        except (NumberReadError, ValueError) as exc:
            edit.setProperty("refused", True)
            edit.setStyleSheet(f"background: {FIELD_ERROR_BASE};")
            self.message.emit(self.tr("Specification limits: %s") % exc)
            return
        edit.setProperty("refused", False)
        edit.setStyleSheet("")
        self._set(key, value, self.tr("Set the %s") % key.upper())
