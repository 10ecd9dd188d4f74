"""The quality panel's result views: control chart with its limits, capability, Pareto.

Each view only gathers its inputs, calls the engine (``tools/quality``) and renders; the
figures come from ``charts/quality.py``. ``point_clicked`` of the chart view gives the data
row a clicked point starts on.
"""

from __future__ import annotations

import html
import math
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.quality import draw_capability, draw_control_chart, draw_pareto
from score_desktop.project.edits import replace_record
from score_desktop.project.quality_sources import PARETO_SOURCES, pareto_tallies
from score_desktop.project.records import now_iso
from score_desktop.tools.quality.capability import CapabilityResult
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import CHART_TITLES, ChartResult
from score_desktop.tools.quality.pareto import pareto
from score_desktop.tools.quality.study import (
    DefectTally,
    QualityStudy,
    freeze,
    study_capability,
    study_data,
)
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.document import Document

SECTION = "quality_studies"


def _edit_study(document: Document, study: QualityStudy, text: str, changed: QualityStudy) -> bool:
    position = document.project.section(SECTION).index(study)
    return document.edit(text, lambda p: replace_record(p, SECTION, position, changed))


class ControlChartView(QWidget):
    """The chart, and under it the limits in force with the phase I freezing controls."""

    point_clicked = Signal(int)  # the 0-based data row
    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.scale = 1.0
        self.zones = False
        self.selected_point: int | None = None
        self.point_rows: tuple[int, ...] = ()
        self._count = -1
        self.chart = ChartView(height=4.2)
        self.chart.canvas.mpl_connect("button_press_event", self._clicked)
        self.limits_text = QLabel()
        self.limits_text.setObjectName("limits_in_force")
        self.limits_text.setWordWrap(True)
        self.limits_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.first = QSpinBox()
        self.first.setObjectName("phase1_first")
        self.last = QSpinBox()
        self.last.setObjectName("phase1_last")
        for spin in (self.first, self.last):
            spin.setRange(1, 1)
        self.reason = QLineEdit()
        self.reason.setObjectName("revision_reason")
        self.reason.setPlaceholderText(self.tr("why (e.g. new tooling fitted)"))
        self.freeze_button = QPushButton(self.tr("Freeze limits from these points"))
        self.freeze_button.setObjectName("freeze_limits")
        self.freeze_button.setToolTip(
            self.tr(
                "Recompute the limits from the phase I points and keep them for every later "
                "point until you revise them; the old limits stay in the history"
            )
        )
        self.freeze_button.clicked.connect(self.freeze_limits)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Phase I: points")))
        controls.addWidget(self.first)
        controls.addWidget(QLabel(self.tr("to")))
        controls.addWidget(self.last)
        controls.addWidget(self.reason, 1)
        controls.addWidget(self.freeze_button)
        self.history = QTableWidget(0, 6)
        self.history.setObjectName("limit_history")
        self.history.setHorizontalHeaderLabels(
            [
                self.tr("Frozen on"),
                self.tr("Chart"),
                self.tr("Phase I points"),
                self.tr("Centre"),
                self.tr("Sigma"),
                self.tr("Reason"),
            ]
        )
        self.history.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setMaximumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.limits_text)
        layout.addLayout(controls)
        layout.addWidget(self.history)

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def show_result(self, study: QualityStudy, result: ChartResult | None, error: str) -> None:
        try:
            _, self.point_rows = study_data(study)
        except QualityInputError:
            self.point_rows = ()
        count = len(self.point_rows)
        for spin in (self.first, self.last):
            spin.setRange(1, max(1, count))
        if count != self._count:  # new data: propose the frozen period, or every point
            self._count = count
            revision = study.frozen_limits()
            span = (
                (revision.limits.phase1_first + 1, revision.limits.phase1_last + 1)
                if revision is not None
                else (1, count)
            )
            self.first.setValue(span[0])
            self.last.setValue(max(1, min(span[1], count)))
        self.freeze_button.setEnabled(count >= 2)
        self._history(study)
        if result is None:
            self.chart.show_message(error or self.tr("Enter data to draw the chart"))
            self.limits_text.setText("")
            return
        title = CHART_TITLES[study.chart]
        if study.characteristic:
            title = f"{study.characteristic}: {title}"
        self.chart.draw(
            draw_control_chart,
            result,
            title,
            self.zones,
            self.selected_point,
            self.scale,
        )
        self.limits_text.setText(self._limits_sentence(study, result))

    def _limits_sentence(self, study: QualityStudy, result: ChartResult) -> str:
        limits = result.limits
        span = self.tr("points %d to %d") % (limits.phase1_first + 1, limits.phase1_last + 1)
        revision = study.frozen_limits()
        if revision is None:
            how = self.tr("Limits not frozen yet: estimated from all %s.") % span
        else:
            when = revision.when[:16].replace("T", " ") or self.tr("(no date)")
            how = self.tr("Limits frozen on %s from %s; later points are judged against them.") % (
                when,
                span,
            )
        signals = result.signalled_points()
        found = (
            self.tr("%d point(s) signal a special cause.") % len(signals)
            if signals
            else self.tr("No point signals a special cause.")
        )
        method = limits.method
        return f"{how} {method}. {found}"

    def _history(self, study: QualityStudy) -> None:
        revisions = study.history.revisions
        self.history.setRowCount(len(revisions))
        for row, r in enumerate(reversed(revisions)):
            cells = (
                r.when[:16].replace("T", " "),
                r.limits.kind,
                f"{r.limits.phase1_first + 1}-{r.limits.phase1_last + 1}",
                f"{r.limits.centre:.6g}",
                "" if not math.isfinite(r.limits.sigma) else f"{r.limits.sigma:.6g}",
                r.reason,
            )
            for col, text in enumerate(cells):
                self.history.setItem(row, col, QTableWidgetItem(text))

    def freeze_limits(self) -> bool:
        study = self.study()
        if study is None:
            return False
        first, last = self.first.value() - 1, self.last.value() - 1
        try:
            changed = freeze(study, first, last, now_iso(), self.reason.text().strip())
        except QualityInputError as exc:
            self.message.emit(self.tr("Cannot freeze the limits: %s") % exc)
            return False
        self.reason.clear()
        self.message.emit("")
        return _edit_study(
            self.document,
            study,
            self.tr("Freeze limits from points %d-%d") % (first + 1, last + 1),
            changed,
        )

    def _clicked(self, event: Any) -> None:
        if event.xdata is None or not self.point_rows:
            return
        point = round(event.xdata) - 1
        if 0 <= point < len(self.point_rows):
            self.point_clicked.emit(self.point_rows[point] - 1)


class CapabilityView(QWidget):
    """Histogram with the limits and the indices with their intervals and methods."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = 1.0
        self.chart = ChartView(height=3.6)
        self.table = QLabel()
        self.table.setObjectName("capability_table")
        self.table.setWordWrap(True)
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart, 3)
        layout.addWidget(self.table, 2)

    def show_study(self, study: QualityStudy) -> CapabilityResult | None:
        if study.is_attribute:
            self.chart.show_message(
                self.tr("Capability needs measurements; this study charts counts.")
            )
            self.table.setText("")
            return None
        if study.lsl is None and study.usl is None:
            self.chart.show_message(self.tr("Enter the LSL and/or USL to study capability."))
            self.table.setText("")
            return None
        try:
            result = study_capability(study)
        except QualityInputError as exc:
            self.chart.show_message(self.tr("Capability: %s") % exc)
            self.table.setText("")
            return None
        data, _ = study_data(study)
        values = [v for g in data.subgroups for v in g]  # type: ignore[union-attr]
        title = study.characteristic or study.name
        self.chart.draw(draw_capability, values, result, study.unit, title, self.scale)
        self.table.setText(capability_html(result, study.unit))
        return result


def _f(value: float) -> str:
    return "–" if value is None or not math.isfinite(value) else f"{value:.3f}"


def capability_html(result: CapabilityResult, unit: str = "") -> str:
    """The indices, their confidence intervals and methods, normality and ppm as a table."""
    u = f" {html.escape(unit)}" if unit else ""
    level = f"{result.confidence:.0%}"
    rows = [
        f"<tr><td><b>{i.name}</b></td><td align='right'>{_f(i.value)}</td>"
        f"<td align='right'>{_f(i.lower)} – {_f(i.upper)}</td>"
        f"<td>{html.escape(i.method)}</td></tr>"
        for i in result.indices
    ]
    head = (
        f"<p>n = {result.n}, mean = {result.mean:.5g}{u}, sigma within = "
        f"{result.sigma_within:.4g}{u} ({html.escape(result.within_method)}), sigma overall = "
        f"{result.sigma_overall:.4g}{u}</p>"
    )
    table = (
        f"<table cellspacing='0' cellpadding='3' border='1'><tr><th>Index</th><th>Value</th>"
        f"<th>{level} interval</th><th>Method</th></tr>{''.join(rows)}</table>"
    )
    ppm = (
        f"<p>Parts per million outside the limits: expected {result.ppm_within.total:,.0f} "
        f"(within sigma), {result.ppm_overall.total:,.0f} (overall sigma); observed "
        f"{result.ppm_observed.total:,.0f}.</p>"
    )
    norm = result.normality
    if norm is None:
        normal = "<p>Normality: not tested (fewer than 8 values).</p>"
    else:
        verdict = (
            "no evidence against normality"
            if norm.looks_normal
            else "<b>not normal</b>: use the non-normal figures below"
        )
        normal = (
            f"<p>Normality (Anderson-Darling): A² = {norm.statistic:.3f}, p = "
            f"{norm.p_value:.3f}: {verdict} at 5 %.</p>"
        )
    nn = result.non_normal
    if nn is None:
        other = f"<p>Non-normal methods: {html.escape(result.non_normal_note)}.</p>"
    else:
        other = (
            f"<p>Box-Cox λ = {nn.lam:.2f}: Pp = {_f(nn.pp)}, Ppk = {_f(nn.ppk)}; percentile "
            f"method (ISO 22514-2, 0.135 / 50 / 99.865 %): Pp = {_f(nn.percentile_pp)}, Ppk = "
            f"{_f(nn.percentile_ppk)}; expected {nn.ppm.total:,.0f} ppm.</p>"
        )
    j = result.johnson
    if j is not None:
        after = "" if j.fit.normality is None else f" (p = {j.fit.normality.p_value:.3f} after)"
        other += (
            f"<p>Johnson {j.fit.family}{after}: Pp = {_f(j.pp)}, Ppk = {_f(j.ppk)}; percentile "
            f"method: Pp = {_f(j.percentile_pp)}, Ppk = {_f(j.percentile_ppk)}; expected "
            f"{j.ppm_total:,.0f} ppm. {html.escape(j.fit.description)}.</p>"
        )
    return head + table + ppm + normal + other


class ParetoView(QWidget):
    """The Pareto chart of a tally: the study's own (editable) or the OEE rejects."""

    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.scale = 1.0
        self.source = QComboBox()
        self.source.setObjectName("pareto_source")
        for key, text in PARETO_SOURCES.items():
            self.source.addItem(self.tr(text), key)
        self.source.activated.connect(self._source_chosen)
        self.tally = QTableWidget(0, 2)
        self.tally.setObjectName("defect_tally")
        self.tally.setHorizontalHeaderLabels([self.tr("Defect category"), self.tr("Count")])
        self.tally.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tally.itemChanged.connect(self._tally_edited)
        add = QPushButton(self.tr("Add category"))
        add.clicked.connect(self.add_category)
        remove = QPushButton(self.tr("Delete category"))
        remove.clicked.connect(self.remove_category)
        self.chart = ChartView(height=3.8)
        left = QVBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Defects from"), self.source)
        left.addLayout(form)
        left.addWidget(self.tally, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 1)
        layout.addWidget(self.chart, 3)
        self._filling = False

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def refresh(self) -> None:
        study = self.study()
        if study is None:
            return
        self.source.setCurrentIndex(max(0, self.source.findData(study.pareto_source)))
        own = study.pareto_source == "study"
        self._filling = True
        self.tally.setRowCount(len(study.defects))
        for row, d in enumerate(study.defects):
            self.tally.setItem(row, 0, QTableWidgetItem(d.category))
            count = QTableWidgetItem(f"{d.count:g}")
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tally.setItem(row, 1, count)
        self._filling = False
        self.tally.setEnabled(own)
        tallies = pareto_tallies(self.document.project, study, study.pareto_source)
        if not own and not any(count for _, count in tallies):
            self.chart.show_message(self.tr("No OEE record of this project has rejects yet."))
            return
        try:
            result = pareto(tallies)
        except QualityInputError as exc:
            self.chart.show_message(self.tr("Pareto: %s") % exc)
            return
        unit = "defects" if own else "rejected parts"
        title = study.problem or study.characteristic or study.name
        self.chart.draw(draw_pareto, result, title, unit, self.scale)

    def _source_chosen(self, index: int) -> None:
        study = self.study()
        source = self.source.itemData(index)
        if study is None or source == study.pareto_source:
            return
        _edit_study(
            self.document,
            study,
            self.tr("Pareto from %s") % self.source.itemText(index),
            replace(study, pareto_source=source),
        )

    def _write(self, text: str, defects: tuple[DefectTally, ...]) -> bool:
        study = self.study()
        if study is None:
            return False
        names = [d.category for d in defects]
        if len(set(names)) != len(names):
            self.message.emit(self.tr("Two defect categories have the same name"))
            self.refresh()
            return False
        self.message.emit("")
        return _edit_study(self.document, study, text, replace(study, defects=defects))

    def _tally_edited(self, item: QTableWidgetItem) -> None:
        study = self.study()
        if self._filling or study is None or item.row() >= len(study.defects):
            return
        defects = list(study.defects)
        old = defects[item.row()]
        text = item.text().strip()
        if item.column() == 0:
            if not text:
                self.message.emit(self.tr("Row %d: the category is empty") % (item.row() + 1))
                self.refresh()
                return
            defects[item.row()] = replace(old, category=text)
        else:
            try:
                count = float(text.replace(",", "."))
                if not math.isfinite(count) or count < 0:
                    raise ValueError
            except ValueError:
                self.message.emit(
                    self.tr('Row %d: the count "%s" is not a number of 0 or more')
                    % (item.row() + 1, text)
                )
                self.refresh()
                return
            defects[item.row()] = replace(old, count=count)
        self._write(self.tr("Edit the defect tally"), tuple(defects))

    def add_category(self) -> bool:
        study = self.study()
        if study is None:
            return False
        taken = {d.category for d in study.defects}
        n = len(study.defects) + 1
        while f"Defect {n}" in taken:
            n += 1
        return self._write(
            self.tr("Add a defect category"), (*study.defects, DefectTally(f"Defect {n}", 0.0))
        )

    def remove_category(self) -> bool:
        study = self.study()
        row = self.tally.currentRow()
        if study is None or not 0 <= row < len(study.defects):
            return False
        defects = tuple(d for i, d in enumerate(study.defects) if i != row)
        return self._write(self.tr("Delete a defect category"), defects)
