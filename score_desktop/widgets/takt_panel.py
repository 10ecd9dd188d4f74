"""The takt panel: demand and shift calendar in, takt, planned cycle time and staffing out."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.takt import draw_demand_vs_capacity
from score_desktop.project.edits import replace_record
from score_desktop.project.links import demand_efficiency
from score_desktop.project.record_fields import DEMAND_PERIOD_CHOICES, DEMAND_RECORD
from score_desktop.tools.takt import capacity, compute_takt, min_operators
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE, RecordForm, form_fields

SECTION = "demands"
PERIODS = DEMAND_PERIOD_CHOICES

DEMAND_FIELDS = form_fields(DEMAND_RECORD)  # from the field catalogue


class TaktPanel(QWidget):
    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.form = RecordForm(document, SECTION, record_name, DEMAND_FIELDS)
        self.efficiency_source = QComboBox()
        self.efficiency_source.setObjectName("efficiency_source")
        self.efficiency_source.activated.connect(self._source_chosen)
        self.form.layout().insertRow(8, self.tr("Efficiency from"), self.efficiency_source)
        inputs = QGroupBox(self.tr("Demand and shift calendar"))
        QVBoxLayout(inputs).addWidget(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inputs)
        scroll.setMinimumWidth(360)
        scroll.setMaximumWidth(420)

        self.values: dict[str, QLabel] = {}
        results = QGroupBox(self.tr("Results"))
        grid = QFormLayout(results)
        for key, text in (
            ("available", "Available time"),
            ("takt", "Takt time"),
            ("rate", "Required rate"),
            ("planned", "Planned cycle time"),
            ("operators", "Minimum operators"),
            ("pitch", "Pitch"),
        ):
            value = QLabel()
            value.setObjectName(f"result_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setStyleSheet("font-size: 11pt;")
            value.setWordWrap(True)
            self.values[key] = value
            grid.addRow(self.tr(text), value)
        self.error = QLabel()
        self.error.setObjectName("result_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.chart = ChartView(height=3.4)
        right = QVBoxLayout()
        right.addWidget(results)
        right.addWidget(self.error)
        right.addWidget(self.note)
        right.addWidget(self.chart, 1)
        body = QHBoxLayout()
        body.addWidget(scroll)
        body.addLayout(right, 1)
        title = QLabel(record_name)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(body, 1)
        document.changed.connect(self.refresh)
        self.refresh()

    def record(self):
        return self.document.project.find(SECTION, self.record_name)

    def _source_chosen(self, index: int) -> None:
        record = self.record()
        source = self.efficiency_source.itemData(index) or ""
        if record is None or source == record.efficiency_oee_record:
            return
        position = self.document.project.demands.index(record)
        self.document.edit(
            self.tr("Take efficiency from %s") % (source or self.tr("typed value")),
            lambda p: replace_record(
                p, SECTION, position, replace(record, efficiency_oee_record=source)
            ),
        )

    def _efficiency(self, record) -> tuple[float, str, object]:
        """The efficiency to use, a sentence saying where it comes from, and the OEE record."""
        linked = demand_efficiency(self.document.project, record)
        ref, typed = record.efficiency_oee_record, record.efficiency * 100
        text = {
            "typed": self.tr("typed efficiency %.1f %%") % typed,
            "linked": self.tr('OEE %.1f %% of "%s" (linked)') % (linked.value * 100, ref),
            "missing": self.tr(
                'OEE record "%s" no longer exists; using the typed efficiency %.1f %%'
            )
            % (ref, typed),
            "invalid": self.tr(
                'OEE record "%s" has input errors; using the typed efficiency %.1f %%'
            )
            % (ref, typed),
        }[linked.source]
        return linked.value, text, linked.oee_record

    def refresh(self) -> None:
        record = self.record()
        if record is None:
            return
        self.form.refresh()
        self.efficiency_source.blockSignals(True)
        self.efficiency_source.clear()
        self.efficiency_source.addItem(self.tr("Typed value below"), "")
        for oee_record in self.document.project.oee_records:
            self.efficiency_source.addItem(self.tr("OEE of %s") % oee_record.name, oee_record.name)
        found = self.efficiency_source.findData(record.efficiency_oee_record)
        if found < 0:  # a dangling reference stays visible until the user changes it
            self.efficiency_source.addItem(
                self.tr("%s (missing)") % record.efficiency_oee_record, record.efficiency_oee_record
            )
            found = self.efficiency_source.count() - 1
        self.efficiency_source.setCurrentIndex(found)
        self.efficiency_source.blockSignals(False)
        self.form.editors["efficiency"].setEnabled(not record.efficiency_oee_record)

        efficiency, source_text, oee_record = self._efficiency(record)
        try:
            result = compute_takt(
                record,
                efficiency=efficiency,
                work_content_s=record.work_content_s or None,
                pack_out_quantity=record.pack_out_quantity,
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            for value in self.values.values():
                value.setText("–")
            self.chart.show_message(self.tr("Correct the input to see this chart"))
            return
        self.error.hide()
        period = dict(PERIODS)[record.period]
        self.values["available"].setText(
            self.tr("%s s %s (%.1f h)")
            % (f"{result.available_time_s:,.0f}", period, result.available_time_s / 3600)
        )
        self.values["takt"].setText(
            self.tr("<b>%.1f s</b> = %.2f min per unit") % (result.takt_s, result.takt_min)
        )
        self.values["rate"].setText(
            self.tr("%.1f units/h, %s units/day")
            % (result.units_per_hour, f"{result.demand_per_day:,.0f}")
        )
        self.values["planned"].setText(
            self.tr("%.1f s (takt × %s)") % (result.planned_cycle_time_s, source_text)
        )
        if result.min_operators is None:
            operators = self.tr("– (enter the work content)")
        else:
            operators = self.tr("%d at takt (work content %s s ÷ takt %.1f s, rounded up)") % (
                result.min_operators,
                f"{result.work_content_s:,.1f}",
                result.takt_s,
            )
            planned = min_operators(
                work_content=result.work_content_s, takt=result.planned_cycle_time_s
            )
            if planned != result.min_operators:
                operators += self.tr("; %d at the planned cycle time") % planned
        self.values["operators"].setText(operators)
        self.values["pitch"].setText(
            self.tr("%s s = %.1f min per container of %d")
            % (f"{result.pitch_s:,.1f}", result.pitch_s / 60, record.pack_out_quantity)
        )

        capacities = []
        if oee_record is not None:
            ideal = capacity(result.available_time_s, oee_record.ideal_cycle_time_s)
            capacities.append((self.tr("%s at ideal speed") % oee_record.name, ideal))
            capacities.append((self.tr("%s at its OEE") % oee_record.name, ideal * efficiency))
        if result.min_operators:
            for count in sorted(
                {
                    result.min_operators,
                    min_operators(
                        work_content=result.work_content_s, takt=result.planned_cycle_time_s
                    ),
                }
            ):
                staffed = capacity(
                    result.available_time_s, result.work_content_s / count, efficiency
                )
                capacities.append(
                    (
                        self.tr("%d operators at %.0f %% efficiency") % (count, efficiency * 100),
                        staffed,
                    )
                )
        self.note.setText(
            self.tr(
                "Capacity bars use the available time of the period; link "
                "an OEE record or enter the work content to compare."
            )
        )
        self.chart.draw(draw_demand_vs_capacity, result.demand, capacities, record.period)
