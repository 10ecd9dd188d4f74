"""Ratio dashboard: resource ratios per period, their trend and a target kept in the record."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.resource_efficiency import draw_ratio_trend
from score_desktop.tools.resource_efficiency import PeriodResult, ResourceLog
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.resource_efficiency.labels import (
    RATIO_LABELS,
    number,
    ratio_label,
)
from score_desktop.widgets.resource_efficiency.log_edits import parse_number
from score_desktop.widgets.resource_efficiency.results import ratio_summary

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DashboardView(QWidget):
    """Emits ``target_changed(ratio, value or None)`` when the user types a target."""

    target_changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._targets: dict[str, float] = {}
        self._updating = False
        self.ratio = QComboBox(objectName="ratio")
        for name in RATIO_LABELS:
            self.ratio.addItem(self.tr(RATIO_LABELS[name]), name)
        self.ratio.currentIndexChanged.connect(self._show_ratio)
        self.target = QLineEdit(objectName="target")
        self.target.setPlaceholderText(self.tr("no target"))
        self.target.setMaximumWidth(140)
        self.target.editingFinished.connect(self._target_edited)
        self.target_unit = QLabel()
        self.error = QLabel(objectName="dashboard_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.summary = QLabel(objectName="ratio_summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(objectName="ratio_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.chart = ChartView(height=3.6)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Ratio:")))
        top.addWidget(self.ratio)
        top.addSpacing(20)
        top.addWidget(QLabel(self.tr("Target:")))
        top.addWidget(self.target)
        top.addWidget(self.target_unit)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart)
        splitter.addWidget(self.table)
        splitter.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self._log: ResourceLog | None = None
        self._results: Sequence[PeriodResult] = ()

    def current_ratio(self) -> str:
        return self.ratio.currentData()

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.table.setRowCount(0)
        self.summary.setText("")
        self.chart.show_message(self.tr("Correct the data log to see the ratios"))

    def show_results(
        self, log: ResourceLog, results: Sequence[PeriodResult], targets: dict[str, float]
    ) -> None:
        self.error.hide()
        self._log, self._results, self._targets = log, results, dict(targets)
        unit, currency = log.production_unit, log.currency
        headers = [
            self.tr("Period"),
            self.tr("Production [%s]") % unit,
            self.tr("Energy [kWh]"),
            *(self.tr(ratio_label(name, log)) for name in RATIO_LABELS),
            self.tr("CO₂ intensity [kg CO₂/%s]") % unit,
            self.tr("Energy cost [%s/%s]") % (currency, unit),
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels([h.replace(" [", "\n[", 1) for h in headers])
        self.table.setRowCount(len(results))
        for i, r in enumerate(results):
            ratios = r.ratios
            values = [
                r.period,
                number(ratios.output) if ratios else "–",
                number(r.energy.total_kwh) if r.energy.lines else "–",
                *(number(getattr(ratios, n)) if ratios else "–" for n in RATIO_LABELS),
                number(r.co2_intensity),
                number(r.energy_cost_per_unit),
            ]
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._show_ratio()

    def _show_ratio(self) -> None:
        log = self._log
        if log is None:
            return
        name = self.current_ratio()
        self._updating = True
        target = self._targets.get(name)
        self.target.setText("" if target is None else f"{target:g}")
        self._updating = False
        label = ratio_label(name, log)
        self.target_unit.setText(label[label.index("[") :])
        values = [getattr(r.ratios, name) if r.ratios else None for r in self._results]
        labels = [r.period for r in self._results]
        summary = ratio_summary(name, values, target)
        if summary is None:
            self.summary.setText(self.tr("The log has no figures for this ratio."))
        else:
            text = self.tr("%s: first period %s, last period %s, average %s %s.") % (
                self.tr(RATIO_LABELS[name]),
                number(summary.first),
                number(summary.last),
                number(summary.average),
                label[label.index("[") + 1 : -1],
            )
            if summary.meeting_target is not None:
                text += " " + self.tr("%d of %d periods meet the target (%s is better).") % (
                    summary.meeting_target,
                    summary.periods,
                    self.tr("lower") if summary.lower_is_better else self.tr("higher"),
                )
            self.summary.setText(text)
        self.chart.draw(_trend, tuple(labels), tuple(values), target, label)

    def _target_edited(self) -> None:
        if self._updating or self._log is None:
            return
        name = self.current_ratio()
        try:
            value = parse_number(self.target.text())
        except ValueError:
            value = -1.0
        if value is not None and value < 0:
            self.error.setText(self.tr("The target must be a number, 0 or more."))
            self.error.show()
            return
        self.error.hide()
        if value != self._targets.get(name):
            self.target_changed.emit(name, value)


def _trend(figure, labels, values, target, label) -> None:
    draw_ratio_trend(
        figure, labels, values, target=target, ylabel=label, title=label.split(" [")[0] + " trend"
    )
    figure.tight_layout()
