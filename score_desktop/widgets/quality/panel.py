"""The quality panel: the study's settings and data table beside its control chart,
capability, Pareto and cause-and-effect views.

A click on a chart point selects the data row it starts on; selecting a row rings its point.
Every edit goes through the document's undo stack. Refusals (a row the chart cannot use, a
value out of range) are shown in one message line naming the row and the rule.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import ChartResult
from score_desktop.tools.quality.study import QualityStudy, study_chart
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import ERROR_STYLE
from score_desktop.widgets.quality.import_dialog import StudyImporter
from score_desktop.widgets.quality.sample_edits import split_pasted
from score_desktop.widgets.quality.sample_model import SECTION, SampleTableModel
from score_desktop.widgets.quality.settings_view import StudySettings
from score_desktop.widgets.quality.views import CapabilityView, ControlChartView, ParetoView


class QualityPanel(QWidget):
    """One quality study."""

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.result: ChartResult | None = None
        self.presentation = None
        title = QLabel(record_name)
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.zones = QCheckBox(self.tr("Shade 1 and 2 sigma zones"))
        self.zones.setObjectName("zones")
        self.zones.toggled.connect(self._zones)
        present = QPushButton(self.tr("Present (large print)"))
        present.setObjectName("present")
        present.clicked.connect(self.open_presentation)
        head = QHBoxLayout()
        head.addWidget(title, 1)
        head.addWidget(self.zones)
        head.addWidget(present)

        self.settings = StudySettings(document, record_name)
        settings_box = QGroupBox(self.tr("Study"))
        QVBoxLayout(settings_box).addWidget(self.settings)
        self.model = SampleTableModel(document, record_name, self)
        self.table = QTableView()
        self.table.setObjectName("samples")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.horizontalHeader().setResizeContentsPrecision(200)  # fast on long data
        self.model.modelReset.connect(self.table.resizeColumnsToContents)
        self.table.resizeColumnsToContents()
        self.table.selectionModel().currentRowChanged.connect(self._row_selected)
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        self.importer = StudyImporter(document, record_name, self)
        self.importer.message.connect(self.show_message)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add row"), lambda: self.model.add_rows(1), "add_row"),
            (self.tr("Delete rows"), self.delete_rows, "delete_rows"),
            (self.tr("Paste from Excel"), self.paste, "paste"),
            (self.tr("Import…"), self.importer.choose_file, "import"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        data_box = QGroupBox(self.tr("Data (one row per value or sample)"))
        data_layout = QVBoxLayout(data_box)
        data_layout.addWidget(self.table, 1)
        data_layout.addLayout(buttons)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(settings_box)
        left_layout.addWidget(data_box, 1)

        self.chart_view = ControlChartView(document, record_name)
        self.chart_view.point_clicked.connect(self.select_row)
        self.capability_view = CapabilityView()
        self.pareto_view = ParetoView(document, record_name)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("quality_tabs")
        self.tabs.addTab(self.chart_view, self.tr("Control chart"))
        self.tabs.addTab(self.capability_view, self.tr("Capability"))
        self.tabs.addTab(self.pareto_view, self.tr("Pareto"))
        self._add_cause_view()
        self._stale: set[QWidget] = set()
        self._chart_message = ""
        self.tabs.currentChanged.connect(self._refresh_tab)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)
        split.setSizes([380, 900])
        self.error = QLabel()
        self.error.setObjectName("quality_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(split, 1)
        layout.addWidget(self.error)
        for source in (self.model, self.settings, self.chart_view, self.pareto_view):
            source.message.connect(self.show_message)
        document.changed.connect(self.refresh)
        self.refresh()

    def _refresh_tab(self, index: int) -> None:
        """Bring the shown tab up to date; the others wait until they are shown (a long
        study's capability and Pareto are then not recomputed on every edit)."""
        view = self.tabs.widget(index)
        study = self.study()
        if view not in self._stale or study is None:
            return
        self._stale.discard(view)
        if view is self.capability_view:
            self.capability_view.show_study(study)
        elif view is self.pareto_view:
            self.pareto_view.refresh()
        elif view is self.cause_view:
            self.cause_view.refresh()

    def _add_cause_view(self) -> None:
        """The cause-and-effect tab (its own module)."""
        from score_desktop.widgets.quality.cause_view import CauseView

        self.cause_view = CauseView(self.document, self.record_name)
        self.cause_view.message.connect(self.show_message)
        self.tabs.addTab(self.cause_view, self.tr("Cause and effect"))

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def show_message(self, text: str) -> None:
        self.error.setText(text)

    def refresh(self) -> None:
        study = self.study()
        if study is None:
            return
        self.settings.refresh()
        error, bad_row = "", None
        self.result = None
        if study.samples:
            try:
                self.result = study_chart(study)
            except QualityInputError as exc:
                error = str(exc)
                bad_row = exc.row - 1 if exc.label == "row" and exc.row else None
        else:
            error = self.tr("No data yet: type, paste from Excel or add rows.")
        self.chart_view.show_result(study, self.result, error)
        signals: dict[int, tuple[str, ...]] = {}
        if self.result is not None:
            rows = self.chart_view.point_rows
            for point, rules in self.result.signalled_points().items():
                if point < len(rows):
                    signals[rows[point] - 1] = rules
        self.model.set_marks(signals, bad_row, error)
        self._stale = {self.capability_view, self.pareto_view, self.cause_view}
        self._refresh_tab(self.tabs.currentIndex())
        chart_message = self.tr("Control chart: %s") % error if study.samples and error else ""
        if chart_message:
            self.show_message(chart_message)
        elif self.error.text() == self._chart_message:  # the data were put right (or undone)
            self.show_message("")
        self._chart_message = chart_message
        if self.presentation is not None:
            self.presentation.refresh()

    # --- rows and points -------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        """Select data row ``row`` (0-based) in the table (a click on its chart point)."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _row_selected(self, current, previous) -> None:
        rows = self.chart_view.point_rows
        row = current.row() + 1
        point = max((i for i, start in enumerate(rows) if start <= row), default=None)
        if point != self.chart_view.selected_point:
            self.chart_view.selected_point = point
            study = self.study()
            if study is not None and self.result is not None:
                self.chart_view.show_result(study, self.result, "")

    def _zones(self, on: bool) -> None:
        self.chart_view.zones = on
        self.refresh()

    def delete_rows(self) -> bool:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        if not rows and self.table.currentIndex().isValid():
            rows = {self.table.currentIndex().row()}
        return self.model.remove_rows(rows)

    def paste(self, text: str | None = None) -> bool:
        """Paste Excel's clipboard (or ``text``) at the current cell, adding rows as needed."""
        if text is None or not isinstance(text, str):
            text = QGuiApplication.clipboard().text()
        grid = split_pasted(text)
        if not grid:
            self.show_message(self.tr("The clipboard holds no cells to paste."))
            return False
        current = self.table.currentIndex()
        row = current.row() if current.isValid() else self.model.rowCount()
        column = current.column() if current.isValid() else 0
        return self.model.paste(row, column, grid)

    # --- presentation ----------------------------------------------------------------------

    def open_presentation(self, full_screen: bool = True) -> None:
        from score_desktop.widgets.quality.presentation import QualityPresentation

        if self.presentation is None:
            self.presentation = QualityPresentation(self)
            self.presentation.destroyed.connect(self._presentation_closed)
        self.presentation.open(full_screen)

    def _presentation_closed(self) -> None:
        self.presentation = None
