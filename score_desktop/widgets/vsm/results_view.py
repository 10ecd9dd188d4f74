"""Result panes: simulated figures with 95 % CIs and plots; scenario comparison; sensitivity."""

from __future__ import annotations

import math

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.vsm import (
    comparison_chart,
    lead_time_chart,
    sensitivity_chart,
    wip_output_chart,
)
from score_desktop.tools.vsm.compare import Comparison
from score_desktop.tools.vsm.replications import Estimate, SimulationResults
from score_desktop.tools.vsm.sensitivity import PARAMETERS, Sweep
from score_desktop.widgets.chart_view import ChartView


def ci_text(e: Estimate, unit: str, decimals: int = 1) -> str:
    if not math.isfinite(e.mean):
        return "-"
    if e.ci_low == e.ci_high:
        return f"{e.mean:,.{decimals}f} {unit}"
    return f"{e.mean:,.{decimals}f} {unit}  [{e.ci_low:,.{decimals}f} – {e.ci_high:,.{decimals}f}]"


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class ResultsView(QWidget):
    """Throughput, lead time and WIP with 95 % CIs, per-step states, and the plots."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = QLabel(self.tr("Not simulated yet: press Simulate."))
        self.message.setObjectName("results_message")
        self.message.setWordWrap(True)
        self.summary = _table([self.tr("Figure"), self.tr("Mean [95 % confidence interval]")])
        self.summary.setObjectName("results_summary")
        self.steps = _table(
            [
                self.tr("Step"),
                self.tr("Utilisation"),
                self.tr("Working"),
                self.tr("Blocked"),
                self.tr("Starved"),
                self.tr("Down"),
                self.tr("WIP in front"),
            ]
        )
        self.tabs = QTabWidget()
        self.series_chart = ChartView(height=4.0)
        self.lead_chart = ChartView(height=3.0)
        self.tabs.addTab(self.series_chart, self.tr("WIP and output"))
        self.tabs.addTab(self.lead_chart, self.tr("Lead time"))
        self.tabs.addTab(self.steps, self.tr("Steps"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

    def show_results(self, r: SimulationResults | None, stale: bool = False) -> None:
        if r is None:
            self.message.setText(self.tr("Not simulated yet: press Simulate."))
            _fill(self.summary, [])
            _fill(self.steps, [])
            self.series_chart.show_message(self.tr("No simulation results"))
            self.lead_chart.show_message(self.tr("No simulation results"))
            return
        s = r.settings
        text = (
            self.tr("%1 replications of %2 h (first %3 h warm-up).")
            .replace("%1", str(s.replications))
            .replace("%2", f"{s.horizon_h:g}")
            .replace("%3", f"{s.warmup_h:g}")
        )
        text += " " + self.tr("Bottleneck: %1.").replace("%1", r.bottleneck)
        if stale:
            text = self.tr("The map changed since this run; simulate again. ") + text
        for w in r.warnings:
            text += "\n⚠ " + w
        self.message.setText(text)
        rows = [
            [self.tr("Throughput"), ci_text(r.throughput_per_h, "parts/h", 2)],
            [self.tr("Lead time (mean)"), ci_text(r.lead_time_h, "h", 1)],
            *[
                [self.tr("Lead time %1th percentile").replace("%1", k[1:]), ci_text(e, "h", 1)]
                for k, e in r.lead_time_percentiles_h.items()
            ],
            [self.tr("WIP (time average)"), ci_text(r.wip_total, "parts", 0)],
        ]
        _fill(self.summary, rows)
        step_rows = []
        for name, states in r.step_states.items():
            wip = r.wip_per_buffer.get(name)
            step_rows.append(
                [
                    name,
                    f"{100 * r.utilisation[name].mean:.0f} %",
                    *[
                        f"{100 * states[k].mean:.0f} %"
                        for k in ("working", "blocked", "starved", "down")
                    ],
                    "-" if wip is None else f"{wip.mean:,.0f} parts",
                ]
            )
        _fill(self.steps, step_rows)
        self.series_chart.draw(wip_output_chart, r)
        self.lead_chart.draw(lead_time_chart, r)


class CompareView(QWidget):
    """Pick another map; its latest results are compared with this map's, in words and bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.other = QComboBox()
        self.other.setObjectName("compare_with")
        self.sentence = QLabel()
        self.sentence.setObjectName("compare_sentence")
        self.sentence.setWordWrap(True)
        self.sentence.setStyleSheet("font-size: 13px; font-weight: 600;")
        self.table = _table([self.tr("Measure"), "A", "B", self.tr("Change"), self.tr("Verdict")])
        self.table.setObjectName("compare_table")
        self.chart = ChartView(height=3.0)
        form = QFormLayout()
        form.addRow(self.tr("Compare with"), self.other)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.sentence)
        layout.addWidget(self.table)
        layout.addWidget(self.chart, 1)

    def show_comparison(self, comparison: Comparison | None, message: str = "") -> None:
        if comparison is None:
            self.sentence.setText(message)
            _fill(self.table, [])
            self.chart.show_message(message)
            return
        self.sentence.setText(comparison.summary() + ".")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Measure"),
                comparison.first_name,
                comparison.second_name,
                self.tr("Change"),
                self.tr("Verdict"),
            ]
        )
        rows = []
        for d in comparison.rows:
            verdict = {
                True: self.tr("significant"),
                False: self.tr("within uncertainty"),
                None: self.tr("not judged"),
            }[d.significant]
            pct = "-" if math.isnan(d.change_percent) else f"{d.change_percent:+.0f} %"
            rows.append(
                [
                    f"{d.measure} ({d.unit})",
                    ci_text(d.first, "", 1),
                    ci_text(d.second, "", 1),
                    pct,
                    verdict,
                ]
            )
        _fill(self.table, rows)
        self.table.setToolTip("\n".join(d.sentence() for d in comparison.rows))
        self.chart.draw(comparison_chart, comparison)


class SensitivityView(QWidget):
    """Choose a step, a parameter and a range; the sweep runs in the worker."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = QComboBox()
        self.step.setObjectName("sens_step")
        self.parameter = QComboBox()
        self.parameter.setObjectName("sens_parameter")
        for key, (label, *_rest) in PARAMETERS.items():
            self.parameter.addItem(self.tr(label), key)
        self.low = QDoubleSpinBox()
        self.high = QDoubleSpinBox()
        for box, value in ((self.low, 1.0), (self.high, 5.0)):
            box.setRange(0, 1e6)
            box.setDecimals(1)
            box.setValue(value)
        self.count = QSpinBox()
        self.count.setRange(2, 20)
        self.count.setValue(5)
        self.run_button = QPushButton(self.tr("Run sensitivity"))
        self.run_button.setObjectName("sens_run")
        self.chart = ChartView(height=3.2)
        form = QFormLayout()
        form.addRow(self.tr("Step"), self.step)
        form.addRow(self.tr("Parameter"), self.parameter)
        form.addRow(self.tr("From"), self.low)
        form.addRow(self.tr("To"), self.high)
        form.addRow(self.tr("Values"), self.count)
        self.error = QLabel()
        self.error.setObjectName("sens_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.error)
        layout.addWidget(self.chart, 1)

    def set_steps(self, names: list[str]) -> None:
        current = self.step.currentText()
        self.step.clear()
        self.step.addItems(names)
        if current in names:
            self.step.setCurrentText(current)

    def show_sweep(self, result: Sweep | None) -> None:
        if result is None:
            self.chart.show_message(self.tr("Choose a parameter and a range, then run."))
        else:
            self.chart.draw(sensitivity_chart, result)
