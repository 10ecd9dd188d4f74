"""What the value-stream window keeps for a document while it is open (not saved in the file):
simulation settings, sweeps per map and the running job; the runs and the view settings are
in the document's Qt-free session (``Document.session``), where the Excel export finds them.

A panel lives only while its map is shown (opening another record replaces it), so none of
this can live in a panel; the job runner belongs to the session (a child of the document) and
a simulation keeps running while the user looks at other records.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from score_desktop.project.links import resolver as project_resolver
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.replications import SimulationResults, run_replications
from score_desktop.tools.vsm.sensitivity import Sweep, sweep
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled
from score_desktop.widgets.document import Document
from score_desktop.widgets.jobs import JobCancelled, JobContext, JobRunner


def simulate_job(
    ctx: JobContext, m: ValueStreamMap, settings: SimSettings, resolver
) -> SimulationResults:
    """Runs in a worker thread; replications in worker processes when settings allow."""
    ctx.report(0.0, f"Simulating {m.name}…")

    def progress(done: int, total: int) -> None:
        ctx.report(done / total, f"Simulating {m.name}: replication {done} of {total}")

    try:
        return run_replications(m, settings, progress, ctx.is_cancelled, resolver)
    except SimulationCancelled:
        raise JobCancelled from None


def sweep_job(
    ctx: JobContext,
    m: ValueStreamMap,
    step: str,
    parameter: str,
    values: list[float],
    settings: SimSettings,
    resolver,
) -> Sweep:
    ctx.report(0.0, f"Sensitivity of {m.name}…")
    try:
        return sweep(m, step, parameter, values, settings, ctx.report, ctx.is_cancelled, resolver)
    except SimulationCancelled:
        raise JobCancelled from None


class VsmSession(QObject):
    """Per document. ``results_changed(map name)`` after a run or sweep finishes."""

    results_changed = Signal(str)

    def __init__(self, document: Document) -> None:
        super().__init__(document)
        self.document = document
        self.runner = JobRunner(self)
        self.settings = SimSettings()  # the same defaults as `score-desktop simulate`
        self.sweeps: dict[str, Sweep] = {}

    def view_state(self, name: str) -> dict:
        """The view settings of the map called ``name``, kept by its stable id (they follow
        a rename)."""
        rid = self.document.record_id("value_streams", name)
        return self.document.session.view_state("value_streams", rid or name)

    def results_for(self, m: ValueStreamMap) -> SimulationResults | None:
        """The latest results of ``m`` when they are for the map as it is now."""
        return self.document.session.results_of(m)

    def any_results(self, name: str) -> SimulationResults | None:
        """The latest results of the map called ``name``, current or not."""
        run = self.document.session.run_of(name)
        return None if run is None else run.results

    def simulate(self, m: ValueStreamMap) -> None:
        """Run the map in the background with the session's settings."""
        settings = SimSettings(**vars(self.settings))
        resolver = project_resolver(self.document.project)

        def done(results: SimulationResults, name: str = m.name) -> None:
            self.document.session.remember_results(m, results)
            self.results_changed.emit(name)

        self.runner.start(simulate_job, m, settings, resolver, name="simulation", on_result=done)

    def run_sweep(self, m: ValueStreamMap, step: str, parameter: str, values: list[float]) -> None:
        settings = SimSettings(**vars(self.settings))
        resolver = project_resolver(self.document.project)

        def done(result: Sweep, name: str = m.name) -> None:
            self.sweeps[name] = result
            self.results_changed.emit(name)

        self.runner.start(
            sweep_job,
            m,
            step,
            parameter,
            list(values),
            settings,
            resolver,
            name="sensitivity",
            on_result=done,
        )


def session_for(document: Document) -> VsmSession:
    return document.tool_state("value_streams", VsmSession)
