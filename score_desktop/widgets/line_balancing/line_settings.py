"""The line's settings row: cycle time typed or taken from a demand's takt, unit, stations."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from score_desktop.widgets.line_balancing.task_model import TaskTableModel
from score_desktop.widgets.line_balancing.workspace import LineState

UNITS = ("s", "min", "h")


class LineSettings(QWidget):
    """Edits the cycle time, its takt link, the time unit and the station count (SALBP-2)."""

    def __init__(self, model: TaskTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.cycle = QDoubleSpinBox()
        self.cycle.setObjectName("cycle_time")
        self.cycle.setRange(0, 1e7)
        self.cycle.setDecimals(3)
        self.cycle.setKeyboardTracking(False)
        self.cycle.setSpecialValueText(self.tr("not set"))
        self.cycle.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.takt = QComboBox()
        self.takt.setObjectName("takt_link")
        self.takt.setToolTip(
            self.tr(
                "Take the cycle time from a demand record's takt time "
                "(it follows changes of the demand)"
            )
        )
        self.unit = QComboBox()
        self.unit.setObjectName("time_unit")
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.stations = QSpinBox()
        self.stations.setObjectName("station_count")
        self.stations.setRange(0, 10_000)
        self.stations.setSpecialValueText(self.tr("not set"))
        self.stations.setToolTip(
            self.tr(
                "For the shortest cycle time with this many stations "
                "(SALBP-2): leave the cycle time not set"
            )
        )
        self.stations.setKeyboardTracking(False)
        self.restrictions = QLabel()
        self.restrictions.setObjectName("restrictions")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for text, widget in (
            (self.tr("Cycle time"), self.cycle),
            (self.tr("from"), self.takt),
            (self.tr("Unit"), self.unit),
            (self.tr("Stations"), self.stations),
        ):
            layout.addWidget(QLabel(text))
            layout.addWidget(widget)
        layout.addWidget(self.restrictions, 1)
        self.cycle.valueChanged.connect(self._cycle_edited)
        self.takt.activated.connect(self._takt_edited)
        self.unit.currentTextChanged.connect(self._unit_edited)
        self.stations.valueChanged.connect(self._stations_edited)

    def show_state(self, state: LineState | None) -> None:
        if state is None:
            return
        record = state.record
        for w in (self.cycle, self.takt, self.unit, self.stations):
            w.blockSignals(True)
        self.cycle.setValue(state.cycle.value or 0)
        self.cycle.setReadOnly(state.cycle.source == "takt")
        self.cycle.setSuffix(f" {record.line.time_unit}" if record.line.time_unit else "")
        self.takt.clear()
        self.takt.addItem(self.tr("typed in"), "")
        for demand in self.model.document.project.demands:
            self.takt.addItem(self.tr("takt of %1").replace("%1", demand.name), demand.name)
        self.takt.setCurrentIndex(max(0, self.takt.findData(record.takt_demand)))
        self.unit.setCurrentText(record.line.time_unit)
        self.stations.setValue(record.line.station_count or 0)
        for w in (self.cycle, self.takt, self.unit, self.stations):
            w.blockSignals(False)
        r = record.line.restrictions
        parts = []
        if r.must_share:
            parts.append(self.tr("%n must-share group(s)", "", len(r.must_share)))
        if r.must_not_share:
            parts.append(self.tr("%n must-not-share pair(s)", "", len(r.must_not_share)))
        if r.fixed_station:
            parts.append(self.tr("%n fixed task(s)", "", len(r.fixed_station)))
        self.restrictions.setText(self.tr("Restrictions: ") + ", ".join(parts) if parts else "")

    def _line_edit(self, text: str, **changes) -> None:
        self.model.edit_record(text, lambda r: replace(r, line=replace(r.line, **changes)))

    def _cycle_edited(self, value: float) -> None:
        self._line_edit(self.tr("Change cycle time"), cycle_time=value or None)

    def _stations_edited(self, value: int) -> None:
        self._line_edit(self.tr("Change station count"), station_count=value or None)

    def _unit_edited(self, text: str) -> None:
        if text.strip():
            self._line_edit(self.tr("Change time unit"), time_unit=text.strip())

    def _takt_edited(self, _index: int) -> None:
        name = self.takt.currentData() or ""
        self.model.edit_record(
            self.tr("Link cycle time to takt"), lambda r: replace(r, takt_demand=name)
        )
