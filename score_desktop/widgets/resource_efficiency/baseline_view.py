"""Baseline panel: periods and drivers; energy vs driver with the model, statistics, CUSUM."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.resource_efficiency import (
    draw_cusum,
    draw_energy_vs_driver,
    draw_measured_vs_predicted,
)
from score_desktop.tools.resource_efficiency import (
    DRIVER_FIELDS,
    AnalysisSetup,
    LogAnalysis,
    ResourceLog,
)
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.resource_efficiency.labels import (
    DRIVER_NAMES,
    driver_label,
    driver_unit,
    number,
)
from score_desktop.widgets.resource_efficiency.results import BaselineSeries, reporting_enpi

WARNING_STYLE = "color: #8a5a00;"


class BaselineView(QWidget):
    """Shows a :class:`LogAnalysis`; emits ``setup_changed`` when the user picks other periods,
    drivers or energy series (the panel turns it into one undoable edit)."""

    setup_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup: AnalysisSetup | None = None
        self._updating = False
        self.baseline_first = QComboBox(objectName="baseline_first")
        self.baseline_last = QComboBox(objectName="baseline_last")
        self.reporting_first = QComboBox(objectName="reporting_first")
        self.reporting_last = QComboBox(objectName="reporting_last")
        self.energy = QComboBox(objectName="energy")
        self.driver_boxes = {
            name: QCheckBox(self.tr(DRIVER_NAMES[name]), objectName=f"driver_{name}")
            for name in DRIVER_FIELDS
        }
        for combo in (
            self.baseline_first,
            self.baseline_last,
            self.reporting_first,
            self.reporting_last,
            self.energy,
        ):
            combo.currentIndexChanged.connect(self._emit)
        for box in self.driver_boxes.values():
            box.toggled.connect(self._emit)
        choice = QGroupBox(self.tr("Baseline choices"))
        form = QGridLayout(choice)
        form.addWidget(QLabel(self.tr("Baseline period:")), 0, 0)
        form.addWidget(self.baseline_first, 0, 1)
        form.addWidget(QLabel(self.tr("to")), 0, 2)
        form.addWidget(self.baseline_last, 0, 3)
        form.addWidget(QLabel(self.tr("Reporting period:")), 1, 0)
        form.addWidget(self.reporting_first, 1, 1)
        form.addWidget(QLabel(self.tr("to")), 1, 2)
        form.addWidget(self.reporting_last, 1, 3)
        drivers = QVBoxLayout()
        for box in self.driver_boxes.values():
            drivers.addWidget(box)
        form.addWidget(QLabel(self.tr("Drivers:")), 2, 0, Qt.AlignmentFlag.AlignTop)
        form.addLayout(drivers, 2, 1, 1, 3)
        form.addWidget(QLabel(self.tr("Energy modelled:")), 3, 0)
        form.addWidget(self.energy, 3, 1, 1, 3)
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)

        self.equation = QLabel(objectName="equation")
        self.equation.setTextFormat(Qt.TextFormat.RichText)
        self.equation.setWordWrap(True)
        self.statistics = QLabel(objectName="statistics")
        self.statistics.setTextFormat(Qt.TextFormat.RichText)
        self.statistics.setWordWrap(True)
        self.savings = QLabel(objectName="savings")
        self.savings.setTextFormat(Qt.TextFormat.RichText)
        self.savings.setWordWrap(True)
        self.warnings = QLabel(objectName="warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel(objectName="baseline_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        text = QWidget()
        text_layout = QVBoxLayout(text)
        text_layout.addWidget(choice)
        for label in (self.error, self.equation, self.statistics, self.savings, self.warnings):
            text_layout.addWidget(label)
        text_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(text)
        scroll.setMinimumWidth(380)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.scatter_chart = ChartView(height=4.0)
        self.predicted_chart = ChartView(height=4.0)
        self.cusum_chart = ChartView(height=4.0)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scatter_chart, self.tr("Energy vs driver"))
        self.tabs.addTab(self.predicted_chart, self.tr("Measured vs predicted"))
        self.tabs.addTab(self.cusum_chart, self.tr("CUSUM of savings"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 600])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    # --- choices ---------------------------------------------------------------------------

    def set_choices(self, log: ResourceLog, setup: AnalysisSetup | None) -> None:
        """Fill the period lists from the log and select the setup's choices."""
        self._updating = True
        try:
            self._setup = setup
            labels = [p.period for p in log.sorted_periods()]
            for combo, value in (
                (self.baseline_first, setup.baseline_first if setup else None),
                (self.baseline_last, setup.baseline_last if setup else None),
            ):
                _fill(combo, labels, value, none_text=None)
            _fill(
                self.reporting_first,
                labels,
                setup.reporting_first if setup else None,
                none_text=self.tr("(no reporting period)"),
            )
            _fill(
                self.reporting_last,
                labels,
                setup.reporting_last if setup else None,
                none_text=self.tr("(to the last period)"),
            )
            self.reporting_last.setEnabled(bool(setup and setup.reporting_first))
            energies = [("total", self.tr("All carriers (total kWh)"))]
            used = {k for p in log.periods for k in p.energy}
            energies += [
                (k, self.tr("%s only [kWh]") % c.name) for k, c in log.carriers.items() if k in used
            ]
            self.energy.clear()
            for key, text in energies:
                self.energy.addItem(text, key)
            self.energy.setCurrentIndex(max(0, self.energy.findData(setup.energy if setup else "")))
            drivers = setup.drivers if setup else ("production",)
            for name, box in self.driver_boxes.items():
                box.setChecked(name in drivers)
        finally:
            self._updating = False

    def _emit(self) -> None:
        if self._updating or self._setup is None:
            return
        drivers = tuple(n for n, box in self.driver_boxes.items() if box.isChecked())
        if not drivers:
            self._updating = True
            self.driver_boxes["production"].setChecked(True)
            self._updating = False
            drivers = ("production",)
        reporting_first = self.reporting_first.currentData()
        setup = replace(
            self._setup,
            baseline_first=self.baseline_first.currentData() or self._setup.baseline_first,
            baseline_last=self.baseline_last.currentData() or self._setup.baseline_last,
            reporting_first=reporting_first,
            reporting_last=self.reporting_last.currentData() if reporting_first else None,
            drivers=drivers,
            energy=self.energy.currentData() or "total",
        )
        if setup != self._setup:
            self.setup_changed.emit(setup)

    # --- results ---------------------------------------------------------------------------

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        for label in (self.equation, self.statistics, self.savings, self.warnings):
            label.setText("")
        for chart in (self.scatter_chart, self.predicted_chart, self.cusum_chart):
            chart.show_message(self.tr("Correct the data log or the choices to see this chart"))

    def show_analysis(
        self, log: ResourceLog, setup: AnalysisSetup, result: LogAnalysis, series: BaselineSeries
    ) -> None:
        self.error.hide()
        b = result.baseline
        units = [html.escape(driver_unit(d, log)) for d in setup.drivers]  # rich text
        unit_of_time = self.tr("month") if log.frequency == "monthly" else self.tr("week")
        terms = "".join(
            f" {'−' if c < 0 else '+'} {number(abs(c))} kWh/{u} × {self.tr(DRIVER_NAMES[d])}"
            for c, d, u in zip(b.coefficients, setup.drivers, units, strict=True)
        )
        self.equation.setText(
            self.tr("<b>Baseline model</b> (periods %s to %s, %d periods):<br>")
            % (result.baseline_periods[0], result.baseline_periods[-1], b.n_periods)
            + f"<span style='font-size:12pt'>E [kWh] = {number(b.intercept)} kWh{terms}</span>"
        )
        rows = [
            self.tr(
                "R² = <b>%.3f</b> (adjusted %.3f): the drivers explain %.0f %% of the "
                "changes in energy use from one %s to the next."
            )
            % (b.r_squared, b.adjusted_r_squared, b.r_squared * 100, unit_of_time),
            self.tr(
                "CV(RMSE) = <b>%.1f %%</b>: a typical %s differs from the model by about %s kWh."
            )
            % (b.cv_rmse * 100, unit_of_time, number(b.rmse, 3)),
            self.tr("Base load %s kWh per period (%s).")
            % (number(b.intercept), _p_value(b.intercept_p_value)),
        ]
        for c, p, d, u in zip(b.coefficients, b.p_values, setup.drivers, units, strict=True):
            rows.append(
                self.tr("%s: %s kWh per %s (%s, %s).")
                % (
                    self.tr(DRIVER_NAMES[d]),
                    number(c),
                    u,
                    _p_value(p),
                    self.tr("significant") if p < 0.05 else self.tr("not significant"),
                )
            )
        self.statistics.setText("<br>".join(rows))
        warnings = list(b.warnings)
        s = result.savings
        if s is None:
            self.savings.setText(
                self.tr("Choose a reporting period to see savings against the baseline.")
            )
        else:
            warnings += list(s.warnings)
            share = "" if s.savings_share is None else f" ({s.savings_share:.1%})"
            overall = reporting_enpi(s)
            enpi = "–" if overall is None else f"{overall:.3f}"
            self.savings.setText(
                self.tr(
                    "<b>Savings %s to %s</b>: predicted %s kWh, measured %s kWh, "
                    "saved <b style='font-size:12pt'>%s kWh</b>%s. EnPI measured / predicted "
                    "= %s (below 1: better than the baseline)."
                )
                % (
                    s.period_labels[0],
                    s.period_labels[-1],
                    number(s.total_predicted),
                    number(s.total_measured),
                    number(s.total_savings),
                    share,
                    enpi,
                )
            )
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        main = setup.drivers[0]
        self.scatter_chart.draw(_scatter, series, b, driver_label(main, log))
        labels = list(result.baseline_periods) + list(result.reporting_periods)
        measured = list(series.baseline_kwh) + list(series.reporting_kwh)
        predicted = list(b.fitted) + (list(s.predicted) if s else [])
        self.predicted_chart.draw(
            _measured_vs_predicted,
            tuple(labels),
            tuple(measured),
            tuple(predicted),
            result.reporting_periods[0] if result.reporting_periods else None,
        )
        if s is None:
            self.cusum_chart.show_message(
                self.tr("Choose a reporting period to see the cumulative savings")
            )
        else:
            self.cusum_chart.draw(_cusum, s.period_labels, s.cusum)


def _p_value(p: float) -> str:
    return "p &lt; 0.001" if p < 0.001 else f"p = {p:.3f}"  # shown as rich text


def _fill(combo: QComboBox, labels: list[str], value: str | None, none_text: str | None) -> None:
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for label in labels:
        combo.addItem(label, label)
    index = combo.findData(value) if value is not None else 0
    combo.setCurrentIndex(max(0, index))


def _scatter(figure, series: BaselineSeries, baseline, label: str) -> None:
    draw_energy_vs_driver(
        figure,
        [r[0] for r in series.baseline_rows],
        series.baseline_kwh,
        baseline,
        driver_label=label,
        energy_label="Energy [kWh per period]",
        reporting_driver=[r[0] for r in series.reporting_rows],
        reporting_energy=series.reporting_kwh,
    )
    ax = figure.axes[0]
    for text in ax.texts:  # the model equation: small enough to fit a narrow chart
        text.set_fontsize(8)
        text.set_wrap(True)
    if ax.get_legend() is not None:
        ax.legend(
            loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=2, fontsize=8, frameon=False
        )
    figure.tight_layout()


def _measured_vs_predicted(figure, labels, measured, predicted, reporting_start) -> None:
    draw_measured_vs_predicted(
        figure,
        labels,
        measured,
        predicted,
        reporting_start=reporting_start,
        energy_label="Energy [kWh per period]",
    )
    figure.tight_layout()


def _cusum(figure, labels, cusum) -> None:
    draw_cusum(figure, labels, cusum)
    figure.tight_layout()
