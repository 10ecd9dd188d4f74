"""The OEE panel: shift inputs and stop log on the left, factors, losses and charts on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.oee import (
    draw_downtime_pareto,
    draw_loss_waterfall,
    draw_oee_factors,
    draw_oee_trend,
)
from score_desktop.tools.stop_log import (
    downtime_pareto,
    evaluate_shift,
    iso22400_for_shift,
    oee_trend,
)
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE, FieldSpec, RecordForm
from score_desktop.widgets.stop_log_model import CategoryDelegate, MinutesDelegate, StopLogModel

SECTION = "oee_records"
SHOP_FLOOR, ISO = "shop_floor", "iso22400"

OEE_FIELDS = [
    FieldSpec("machine", "Machine", "text"),
    FieldSpec("date", "Date / shift", "text"),
    FieldSpec("shift_length_min", "Shift length", unit="min", maximum=100_000, decimals=1),
    FieldSpec("planned_breaks_min", "Planned breaks", unit="min", maximum=100_000, decimals=1),
    FieldSpec(
        "ideal_cycle_time_s",
        "Ideal cycle time",
        unit="s/part",
        decimals=3,
        tooltip="The fastest possible time for one part (nameplate or best demonstrated speed).",
    ),
    FieldSpec("total_count", "Total count", "int", unit="parts"),
    FieldSpec("good_count", "Good count", "int", unit="parts"),
    FieldSpec(
        "startup_rejects",
        "Start-up rejects",
        "int",
        unit="parts",
        tooltip="Rejects made while the process warms up; part of total - good.",
    ),
    FieldSpec(
        "minor_stop_threshold_min",
        "Minor-stop threshold",
        unit="min",
        decimals=1,
        tooltip="Unplanned stops shorter than this count as minor stops "
        "(performance loss), longer ones as breakdowns.",
    ),
    FieldSpec(
        "calendar_time_min",
        "Calendar time (for TEEP)",
        unit="min",
        maximum=1e7,
        decimals=0,
        optional=True,
        tooltip="All calendar time of the period, e.g. 1,440 min for a day.",
    ),
]


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}\u00a0%"


class OeePanel(QWidget):
    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.form = RecordForm(document, SECTION, record_name, OEE_FIELDS)

        self.stop_model = StopLogModel(document, record_name, self)
        self.stop_table = QTableView()
        self.stop_table.setObjectName("stop_table")
        self.stop_table.setModel(self.stop_model)
        self.stop_table.setItemDelegateForColumn(3, CategoryDelegate(self.stop_table))
        minutes = MinutesDelegate(self.stop_table)
        self.stop_table.setItemDelegateForColumn(0, minutes)
        self.stop_table.setItemDelegateForColumn(1, minutes)
        self.stop_model.edited.connect(lambda: self._after(not self.stop_model.error))
        header = self.stop_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.stop_table.setWordWrap(False)
        self.stop_table.verticalHeader().setDefaultSectionSize(24)
        self.stop_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.stop_table.setAlternatingRowColors(True)
        add = QPushButton(self.tr("Add stop"))
        add.clicked.connect(lambda: self._after(self.stop_model.add_stop()))
        remove = QPushButton(self.tr("Delete selected"))
        remove.clicked.connect(self.delete_selected_stops)
        paste = QPushButton(self.tr("Paste rows"))
        paste.setToolTip(
            self.tr("Paste rows copied from Excel: start (min), duration (min), reason, category")
        )
        paste.clicked.connect(self.paste_stops)
        QShortcut(QKeySequence.StandardKey.Paste, self.stop_table, self.paste_stops)
        self.stop_error = QLabel()
        self.stop_error.setWordWrap(True)
        self.stop_error.setStyleSheet(ERROR_STYLE)
        self.stop_error.hide()
        buttons = QHBoxLayout()
        for button in (add, remove, paste):
            buttons.addWidget(button)
        buttons.addStretch(1)
        stop_box = QGroupBox(self.tr("Stop log"))
        stop_layout = QVBoxLayout(stop_box)
        stop_layout.addWidget(self.stop_table)
        stop_layout.addLayout(buttons)
        stop_layout.addWidget(self.stop_error)
        input_box = QGroupBox(self.tr("Shift"))
        QVBoxLayout(input_box).addWidget(self.form)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(input_box)
        left_layout.addWidget(stop_box, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(470)

        self.definition = QComboBox()
        self.definition.setObjectName("definition")
        self.definition.addItem(self.tr("Shop-floor OEE (Vorne / Nakajima)"), SHOP_FLOOR)
        self.definition.addItem(self.tr("ISO 22400-2 OEE index"), ISO)
        self.definition.currentIndexChanged.connect(self.refresh)
        self.headline = QLabel()
        self.headline.setObjectName("headline")
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setWordWrap(True)
        self.details = QLabel()
        self.details.setObjectName("details")
        self.details.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("result_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.factors_chart = ChartView()
        self.waterfall_chart = ChartView()
        self.pareto_chart = ChartView()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.factors_chart, self.tr("A × P × Q"))
        self.tabs.addTab(self.waterfall_chart, self.tr("Six big losses"))
        self.tabs.addTab(self.pareto_chart, self.tr("Downtime Pareto"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        definition_row = QHBoxLayout()
        definition_row.addWidget(QLabel(self.tr("Definition:")))
        definition_row.addWidget(self.definition)
        definition_row.addStretch(1)
        right_layout.addLayout(definition_row)
        right_layout.addWidget(self.headline)
        right_layout.addWidget(self.details)
        right_layout.addWidget(self.error)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 660])
        title = QLabel(record_name)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)
        document.changed.connect(self.refresh)
        self.refresh()

    def record(self):
        return self.document.project.find(SECTION, self.record_name)

    def _after(self, ok: bool) -> None:
        self.stop_error.setText(self.stop_model.error)
        self.stop_error.setVisible(bool(self.stop_model.error))

    def delete_selected_stops(self) -> None:
        rows = sorted({i.row() for i in self.stop_table.selectionModel().selectedRows()})
        if rows:
            self._after(self.stop_model.remove_rows(rows))

    def paste_stops(self) -> None:
        self._after(bool(self.stop_model.paste_rows(QGuiApplication.clipboard().text())))

    def refresh(self) -> None:
        record = self.record()
        if record is None:
            return
        self.form.refresh()
        try:
            shift = evaluate_shift(record)
            iso = iso22400_for_shift(record)
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            self.headline.setText(
                self.tr(
                    "<span style='font-size:14pt'>OEE cannot be computed "
                    "until the input is corrected.</span>"
                )
            )
            self.details.setText("")
            for chart in (self.factors_chart, self.waterfall_chart, self.pareto_chart):
                chart.show_message(self.tr("Correct the input to see this chart"))
            return
        self.error.hide()
        r = shift.result
        if self.definition.currentData() == ISO:
            self.headline.setText(
                self.tr(
                    "<span style='font-size:14pt'>Availability <b>%s</b> × Effectiveness "
                    "<b>%s</b> × Quality ratio <b>%s</b> = OEE index <b style='font-size:"
                    "18pt'>%s</b></span>"
                )
                % (
                    pct(iso.availability),
                    pct(iso.effectiveness),
                    pct(iso.quality_ratio),
                    pct(iso.oee_index),
                )
            )
            self.details.setText(
                self.tr(
                    "ISO 22400-2: planned busy time %.0f min, actual production time "
                    "%.1f min (breakdowns and setups excluded), NEE %s. Effectiveness is not "
                    "capped at 100 %%."
                )
                % (iso.planned_busy_time, iso.actual_production_time, pct(iso.nee))
            )
            self.factors_chart.draw(draw_oee_factors, iso)
        else:
            self.headline.setText(
                self.tr(
                    "<span style='font-size:14pt'>Availability <b>%s</b> × Performance "
                    "<b>%s</b> × Quality <b>%s</b> = OEE <b style='font-size:18pt'>%s</b>"
                    "</span>"
                )
                % (pct(r.availability), pct(r.performance), pct(r.quality), pct(r.oee))
            )
            teep = pct(r.teep) if r.teep is not None else self.tr("– (enter calendar time)")
            self.details.setText(
                self.tr(
                    "Planned production time %.0f min, run time %.1f min, fully productive "
                    "time %.1f min. OOE (shift time %.0f min) %s; TEEP %s. World class: "
                    "85 %%."
                )
                % (
                    r.planned_time,
                    r.run_time,
                    r.fully_productive_time,
                    record.shift_length_min,
                    pct(r.ooe),
                    teep,
                )
            )
            self.factors_chart.draw(draw_oee_factors, r)
        self.waterfall_chart.draw(
            draw_loss_waterfall, shift.waterfall(), "min", self.tr("Six big losses (min)")
        )
        self.pareto_chart.draw(draw_downtime_pareto, downtime_pareto(shift.stops))


class OeeOverviewPanel(QWidget):
    """All OEE records side by side: the trend chart and a one-line summary per record."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        title = QLabel(self.tr("OEE trend"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.chart = ChartView(height=4.0)
        self.summary = QLabel()
        self.summary.setObjectName("trend_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.summary)
        document.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        valid, problems = [], []
        for record in self.document.project.oee_records:
            try:
                valid.append(evaluate_shift(record))
            except ValueError as exc:
                problems.append(f"{record.name}: {exc}")
        if not valid:
            self.chart.show_message(
                self.tr("Add OEE records (one per shift, day or machine) to see their trend.")
            )
        else:
            self.chart.draw(draw_oee_trend, oee_trend(valid))
        text = self.tr("%d record(s) in the trend.") % len(valid)
        if problems:
            text += " " + self.tr("Left out because of input errors: %s") % "; ".join(problems)
        self.summary.setText(text)
