"""The resource-efficiency panel of one site: data log, baseline and savings, ratios, waste."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from score_desktop.project.edits import replace_record
from score_desktop.project.section_records import ResourceRecord, default_setup
from score_desktop.tools.resource_efficiency import AnalysisSetup
from score_desktop.widgets.document import Document
from score_desktop.widgets.job_progress import JobProgress
from score_desktop.widgets.jobs import JobContext, JobRunner
from score_desktop.widgets.resource_efficiency.baseline_view import BaselineView
from score_desktop.widgets.resource_efficiency.dashboard_view import DashboardView
from score_desktop.widgets.resource_efficiency.log_view import LogView
from score_desktop.widgets.resource_efficiency.results import PanelResults, panel_results
from score_desktop.widgets.resource_efficiency.settings_view import SettingsView
from score_desktop.widgets.resource_efficiency.waste_view import WasteView

SECTION = "resource_logs"
SYNC_LIMIT = 600  # longer logs are analysed in a worker (5,000 periods take about 2 s)


def analyse_record(ctx: JobContext, record: ResourceRecord, scope: str) -> tuple:
    """The worker job for long logs: the record and everything the views show."""
    ctx.report(None, "Analysing the resource log")
    return record, panel_results(record, scope)


class ResourcePanel(QWidget):
    """Five tabs over one resource record; every change is one step on the undo stack."""

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.results: PanelResults | None = None
        self.log_view = LogView(document, record_name)
        self.baseline_view = BaselineView()
        self.dashboard = DashboardView()
        self.waste_view = WasteView()
        self.settings_view = SettingsView(self.log_view.model, self.change_notes)
        self.tabs = QTabWidget(objectName="resource_tabs")
        self.tabs.addTab(self.log_view, self.tr("Data log"))
        self.tabs.addTab(self.baseline_view, self.tr("Baseline and savings"))
        self.tabs.addTab(self.dashboard, self.tr("Ratios"))
        self.tabs.addTab(self.waste_view, self.tr("Waste and material flow"))
        self.tabs.addTab(self.settings_view, self.tr("Factors, prices and notes"))
        self.title = QLabel(record_name)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setStyleSheet("color: #555555;")
        self.runner = JobRunner(self)
        self.progress = JobProgress(self, compact=True)
        self.progress.follow(self.runner)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.progress)
        layout.addWidget(self.tabs, 1)
        self.baseline_view.setup_changed.connect(self.change_setup)
        self.dashboard.target_changed.connect(self.change_target)
        self.waste_view.scope_changed.connect(self.refresh)
        document.changed.connect(self.refresh)
        self.refresh()

    def record(self) -> ResourceRecord | None:
        return self.document.project.find(SECTION, self.record_name)

    def _edit(self, text: str, record: ResourceRecord) -> None:
        index = self.document.project.resource_logs.index(self.record())
        self.document.edit(text, lambda p: replace_record(p, SECTION, index, record))

    def change_setup(self, setup: AnalysisSetup) -> None:
        record = self.record()
        if record is not None and setup != record.setup:
            self._edit(self.tr("Change baseline choices"), replace(record, setup=setup))

    def change_notes(self, notes: str) -> None:
        record = self.record()
        if record is not None and notes != record.notes:
            self._edit(self.tr("Edit notes"), replace(record, notes=notes))

    def change_target(self, ratio: str, value: float | None) -> None:
        record = self.record()
        setup = record.setup or default_setup(record.log) if record else None
        if record is None or setup is None:
            return
        targets = dict(setup.ratio_targets)
        if value is None:
            targets.pop(ratio, None)
        else:
            targets[ratio] = value
        self._edit(
            self.tr("Set target"), replace(record, setup=replace(setup, ratio_targets=targets))
        )

    def refresh(self) -> None:
        record = self.record()
        if record is None:
            return
        log = record.log
        self.settings_view.refresh(record.notes)
        self.subtitle.setText(
            self.tr("%s · %s data · %d periods · production in %s · costs in %s")
            % (
                log.site or record.name,
                self.tr(log.frequency),
                len(log.periods),
                log.production_unit,
                log.currency,
            )
        )
        scope = self.waste_view.current_scope()
        if len(log.periods) > SYNC_LIMIT:
            self.runner.start(
                analyse_record,
                record,
                scope,
                name=self.tr("analyse %s") % record.name,
                on_result=lambda pair: self.show_results(*pair),
            )
        else:
            self.runner.cancel()
            self.show_results(record, panel_results(record, scope))

    def show_results(self, record: ResourceRecord, results: PanelResults) -> None:
        """Show what :func:`panel_results` found for ``record`` in every view."""
        log = record.log
        self.results = results
        analysis_error = results.analysis_error
        if not log.periods:
            analysis_error = self.tr("The data log is empty: paste or import months to start.")
        self.baseline_view.set_choices(log, results.setup)
        if results.analysis is None or results.series is None or results.setup is None:
            self.baseline_view.show_error(analysis_error)
        else:
            self.baseline_view.show_analysis(log, results.setup, results.analysis, results.series)
        if results.periods_error:
            self.dashboard.show_error(analysis_error if not log.periods else results.periods_error)
        else:
            targets = dict(results.setup.ratio_targets) if results.setup else {}
            self.dashboard.show_results(log, results.periods, targets)
        self.waste_view.show_results(
            log,
            results.cost,
            results.balance,
            results.material_inputs,
            results.waste_problems,
            results.waste_periods,
        )
