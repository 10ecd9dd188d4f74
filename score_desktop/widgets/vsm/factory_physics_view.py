"""The Factory Physics tab of the value-stream window: the best, worst and practical worst case
of the map's line against WIP (Hopp & Spearman), with a simulated CONWIP sweep on top.

Computation is in :mod:`score_desktop.tools.vsm.factory_physics`; the sweep runs in the
session's job runner (one job at a time, cancellable) and its points are kept in the session's
view state of the map, so they survive the panel being rebuilt after an edit.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.factory_physics import factory_physics_chart
from score_desktop.project.links import resolver as project_resolver
from score_desktop.tools.vsm.factory_physics import (
    ConwipPoint,
    LineCurves,
    conwip_sweep,
    default_levels,
    map_curves,
    sweep_settings,
)
from score_desktop.tools.vsm.model import ValueStreamMap, resolve
from score_desktop.tools.vsm.simulation import SimulationCancelled
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.jobs import JobCancelled, JobContext

KEY = "factory_physics"  # in the session's view state of a map


def sweep_job(
    ctx: JobContext, m: ValueStreamMap, curves: LineCurves, exponential: bool, workers: int | None
) -> list[ConwipPoint]:
    """Runs in a worker thread: the CONWIP sweep at the default WIP levels of ``curves``."""
    levels = default_levels(curves)
    settings = sweep_settings(curves)
    settings.workers = workers

    def progress(done: int, total: int) -> None:
        ctx.report(done / total, f"CONWIP sweep of {m.name}: WIP level {done} of {total}")

    ctx.report(0.0, f"CONWIP sweep of {m.name}…")
    try:
        return conwip_sweep(m, levels, settings, exponential, progress, ctx.is_cancelled)
    except SimulationCancelled:
        raise JobCancelled from None


class FactoryPhysicsView(QWidget):
    """``current_map()`` gives the map shown; ``session`` the document's VSM session."""

    def __init__(
        self,
        session,
        current_map: Callable[[], ValueStreamMap | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.current_map = current_map
        self.max_wip = QSpinBox()
        self.max_wip.setObjectName("fp_max_wip")
        self.max_wip.setRange(0, 500)
        self.max_wip.setSpecialValueText(self.tr("automatic (3 x W0)"))
        self.max_wip.setSuffix(self.tr(" parts"))
        self.exponential = QCheckBox(self.tr("Exponential times (same means)"))
        self.exponential.setObjectName("fp_exponential")
        self.exponential.setToolTip(
            self.tr("Simulate with exponential process times: the points follow the exact line")
        )
        self.run_button = QPushButton(self.tr("Simulate CONWIP sweep"))
        self.run_button.setObjectName("fp_run")
        self.run_button.setToolTip(
            self.tr("Run the map's line in one CONWIP loop at several WIP levels in the background")
        )
        self.summary = QLabel()
        self.summary.setObjectName("fp_summary")
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("fp_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: 600;")
        self.chart = ChartView(height=4.2)
        form = QFormLayout()
        form.addRow(self.tr("Largest WIP"), self.max_wip)
        form.addRow(self.exponential)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.run_button)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.chart, 1)
        self.max_wip.valueChanged.connect(lambda _v: self.refresh())
        self.run_button.clicked.connect(self.run_sweep)

    def curves(self) -> LineCurves | None:
        """The curves of the map as it is now; None (with the reason shown) when impossible."""
        m = self.current_map()
        if m is None:
            return None
        try:
            resolved = resolve(m, project_resolver(self.session.document.project))
            return map_curves(resolved, self.max_wip.value() or None)
        except (ValueError, KeyError) as exc:
            self.error.setText(str(exc))
            self.summary.clear()
            self.chart.show_message(self.tr("No Factory Physics view for this map."))
            self.run_button.setEnabled(False)
            return None

    def refresh(self) -> None:
        self.error.clear()
        c = self.curves()
        if c is None:
            return
        self.run_button.setEnabled(True)
        m = self.current_map()
        assert m is not None
        state = self.session.view_state(m.name).get(KEY)
        points = state[1] if state is not None and state[0] == c else []
        text = self.tr(
            "Bottleneck rate r_b = %1 parts/h (%2), raw process time T0 = %3, "
            "critical WIP W0 = r_b x T0 = %4 parts."
        )
        t0 = c.raw_process_time
        t0_text = (
            self.tr("%1 min").replace("%1", f"{60 * t0:.4g}")
            if t0 < 1
            else (self.tr("%1 h").replace("%1", f"{t0:.4g}"))
        )
        text = (
            text.replace("%1", f"{c.bottleneck_rate:.4g}")
            .replace("%2", c.bottleneck)
            .replace("%3", t0_text)
            .replace("%4", f"{c.critical_wip:.4g}")
        )
        if c.notes:
            text += " " + self.tr("Left out: %1.").replace("%1", "; ".join(c.notes))
        self.summary.setText(text)
        self.chart.draw(factory_physics_chart, c, points, m.name)

    def run_sweep(self) -> None:
        m = self.current_map()
        c = self.curves()
        if m is None or c is None:
            return
        resolved = resolve(m, project_resolver(self.session.document.project))
        session, name = self.session, m.name

        def done(points: list[ConwipPoint]) -> None:
            session.view_state(name)[KEY] = (c, points)
            session.results_changed.emit(name)

        self.session.runner.start(
            sweep_job,
            resolved,
            c,
            self.exponential.isChecked(),
            self.session.settings.workers,
            name="factory physics sweep",
            on_result=done,
        )
