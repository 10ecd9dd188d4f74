"""What the value-stream window keeps for a document while it is open (not saved in the file):
simulation settings, results and sweeps per map, the running job, and view settings.

A panel lives only while its map is shown (opening another record replaces it), so none of
this can live in a panel; the job runner belongs to the session (a child of the document) and
a simulation keeps running while the user looks at other records.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from score_desktop.project.excel.vsm_sheets import remember_results
from score_desktop.project.links import resolver as project_resolver
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.replications import SimulationResults, run_replications
from score_desktop.tools.vsm.sensitivity import Sweep, sweep
from score_desktop.tools.vsm.serialize import map_to_dict
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled
from score_desktop.widgets.document import Document
from score_desktop.widgets.jobs import JobCancelled, JobContext, JobRunner

_SESSIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def simulation_key(m: ValueStreamMap) -> dict:
    """The parts of a map that change simulation results (not positions, bursts or notes)."""
    d = map_to_dict(m)
    for key in ("layout", "kaizen", "notes", "name"):
        d.pop(key, None)
    return d


@dataclass
class RunRecord:
    key: dict
    results: SimulationResults


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
        self.runs: dict[str, RunRecord] = {}
        self.sweeps: dict[str, Sweep] = {}
        self.view: dict[str, dict] = {}

    def view_state(self, name: str) -> dict:
        return self.view.setdefault(name, {})

    def results_for(self, m: ValueStreamMap) -> SimulationResults | None:
        """The latest results of ``m`` when they are for the map as it is now."""
        record = self.runs.get(m.name)
        if record is None or record.key != simulation_key(m):
            return None
        return record.results

    def any_results(self, name: str) -> SimulationResults | None:
        """The latest results of the map called ``name``, current or not."""
        record = self.runs.get(name)
        return None if record is None else record.results

    def simulate(self, m: ValueStreamMap) -> None:
        """Run the map in the background with the session's settings."""
        settings = SimSettings(**vars(self.settings))
        key = simulation_key(m)
        resolver = project_resolver(self.document.project)

        def done(results: SimulationResults, name: str = m.name) -> None:
            self.runs[name] = RunRecord(key, results)
            remember_results(m, results)
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
    session = _SESSIONS.get(document)
    if session is None:
        session = VsmSession(document)
        _SESSIONS[document] = session
    return session


def latest_results(document: Document) -> dict[str, SimulationResults]:
    """Results of every map that was simulated in this session and has not changed since."""
    session = _SESSIONS.get(document)
    if session is None:
        return {}
    out = {}
    for m in document.project.value_streams:
        r = session.results_for(m)
        if r is not None:
            out[m.name] = r
    return out
