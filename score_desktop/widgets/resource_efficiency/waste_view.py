"""Cost of waste (Pareto by stream, with the cost build-up) and the material-flow Sankey."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.resource_efficiency import draw_material_sankey, draw_waste_pareto
from score_desktop.tools.resource_efficiency import CostOfWaste, MaterialBalance, ResourceLog
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.resource_efficiency.labels import number
from score_desktop.widgets.resource_efficiency.results import BASELINE, REPORTING, WHOLE_LOG

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class WasteView(QWidget):
    """Emits ``scope_changed`` when the user picks which periods to add up."""

    scope_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scope = QComboBox(objectName="waste_scope")
        self.scope.addItem(self.tr("Whole log"), WHOLE_LOG)
        self.scope.addItem(self.tr("Baseline period"), BASELINE)
        self.scope.addItem(self.tr("Reporting period"), REPORTING)
        self.scope.currentIndexChanged.connect(self.scope_changed)
        self.summary = QLabel(objectName="waste_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.error = QLabel(objectName="waste_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        self.table = QTableWidget(objectName="waste_table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.pareto_chart = ChartView(height=3.6)
        self.sankey_chart = ChartView(height=3.6)
        pareto_page = QSplitter(Qt.Orientation.Vertical)
        pareto_page.addWidget(self.pareto_chart)
        pareto_page.addWidget(self.table)
        pareto_page.setSizes([400, 200])
        self.tabs = QTabWidget()
        self.tabs.addTab(pareto_page, self.tr("Cost-of-waste Pareto"))
        self.tabs.addTab(self.sankey_chart, self.tr("Material flow"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Periods:")))
        top.addWidget(self.scope)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)

    def current_scope(self) -> str:
        return self.scope.currentData()

    def show_results(
        self,
        log: ResourceLog,
        cost: CostOfWaste | None,
        balance: MaterialBalance | None,
        inputs: dict[str, float],
        problems: list[str],
        periods: int = 0,
    ) -> None:
        currency = log.currency
        self.error.setText("\n".join(problems))
        self.error.setVisible(bool(problems))
        parts = []
        if balance is not None:
            parts.append(
                self.tr(
                    "Material in %s kg, in product %s kg, lost %s kg: "
                    "<b>loss rate %.1f %%</b> of the material bought."
                )
                % (
                    number(balance.input_kg),
                    number(balance.product_kg),
                    number(balance.losses_kg),
                    balance.loss_rate * 100,
                )
            )
        if cost is not None:
            parts.append(
                self.tr(
                    "Cost of waste over %d periods <b>%s %s</b> (lost material, disposal, "
                    "energy and labour spent on it, less scrap sales)."
                )
                % (periods, number(cost.total), html.escape(currency))
            )
        self.summary.setText("<br>".join(parts))
        headers = [
            self.tr("Waste stream"),
            self.tr("Kind"),
            self.tr("Quantity [kg]"),
            self.tr("Material value [%s]") % currency,
            self.tr("Disposal [%s]") % currency,
            self.tr("Energy [%s]") % currency,
            self.tr("Labour [%s]") % currency,
            self.tr("Scrap sales [%s]") % currency,
            self.tr("Cost of waste [%s]") % currency,
        ]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels([h.replace(" [", "\n[", 1) for h in headers])
        streams = cost.streams if cost is not None else ()
        self.table.setRowCount(len(streams))
        for i, s in enumerate(streams):
            values = [
                s.name,
                s.kind,
                number(s.quantity_kg),
                *(number(v) for v in (s.material_value, s.disposal, s.energy, s.labour)),
                number(-s.revenue) if s.revenue else "0",
                number(s.total),
            ]
            for j, text in enumerate(values):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setTextAlignment(RIGHT)
                self.table.setItem(i, j, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        if cost is None:
            self.pareto_chart.show_message(self.tr("No cost of waste for these periods"))
        else:
            self.pareto_chart.draw(_pareto, cost.pareto, currency)
        if balance is None:
            self.sankey_chart.show_message(
                self.tr("The material flow needs materials and material in product [kg]")
            )
        else:
            self.sankey_chart.draw(_sankey, balance, tuple(inputs.items()))


def _pareto(figure, items, currency) -> None:
    draw_waste_pareto(figure, items, currency=currency)
    figure.tight_layout()


def _sankey(figure, balance, inputs) -> None:
    draw_material_sankey(figure, balance, inputs=dict(inputs) or None)
