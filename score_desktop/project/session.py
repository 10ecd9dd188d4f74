"""What an open document knows beyond its file, and what an export takes besides the project.

A :class:`ProjectSession` belongs to one document (the window's ``Document.session``): the
latest simulation run of each value-stream map and the view settings of each record's panel
(tab, zoom, selection), which outlive the panel that showed them. Nothing here is global, so
two open documents never see each other's runs, and nothing depends on which panels were
opened.

An :class:`ExportSession` is the frozen snapshot of it that one export reads: the results and
pictures of each record, by section and position. It is built on the GUI thread (pictures
are drawn there) and handed to the export worker, so the worker reads nothing that can
change under it. The same project with the same snapshot always gives the same workbook.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: The parts of a map that do not change what a simulation of it gives.
_IGNORED_FOR_RESULTS = ("layout", "kaizen", "notes", "name")


def map_key(m: Any, for_results: bool = True) -> str:
    """A text that changes exactly when map ``m`` changes (for a run: only when the change
    can change its results; moving a box or editing notes keeps the run)."""
    from score_desktop.tools.vsm.serialize import map_to_dict

    d = map_to_dict(m)
    if for_results:
        for k in _IGNORED_FOR_RESULTS:
            d.pop(k, None)
    return json.dumps(d, sort_keys=True)


@dataclass(frozen=True)
class SimulationRun:
    """One finished simulation of a map: the key of the map it ran on, and its results."""

    map_key: str
    results: Any  # tools.vsm.replications.SimulationResults (numpy: not imported here)
    serial: int = 0  # runs of one session are numbered 1, 2, ... in the order they finished


class ProjectSession:
    """Per document: the latest simulation of each map (by map name) and panel view state."""

    #: Pictures kept for the export (the maps drawn last); older ones are dropped.
    PICTURES_KEPT = 32

    def __init__(self) -> None:
        self._runs: dict[str, SimulationRun] = {}
        self._serials = itertools.count(1)
        self._views: dict[tuple[str, str], dict[str, Any]] = {}
        self._pictures: dict[str, tuple[Any, bytes]] = {}

    # -- pictures for the export -----------------------------------------------------------
    def picture(self, key: str) -> tuple[Any, bytes] | None:
        """The picture drawn for ``key`` (a text naming what it shows) with what the drawer
        noted about it (e.g. the linked numbers it showed), if it is still kept."""
        return self._pictures.get(key)

    def keep_picture(self, key: str, note: Any, png: bytes) -> None:
        """Keep a picture so that the next export of an unchanged record need not redraw it."""
        self._pictures.pop(key, None)
        self._pictures[key] = (note, png)
        while len(self._pictures) > self.PICTURES_KEPT:
            del self._pictures[next(iter(self._pictures))]

    # -- simulation runs -------------------------------------------------------------------
    def remember_results(self, m: Any, results: Any) -> None:
        """Keep ``results`` of a run of map ``m`` (the latest run of a map replaces older ones)."""
        self._runs[m.name] = SimulationRun(map_key(m), results, next(self._serials))

    def run_of(self, name: str) -> SimulationRun | None:
        """The latest run of the map called ``name``, current or stale."""
        return self._runs.get(name)

    def results_of(self, m: Any) -> Any | None:
        """The latest results of ``m`` when they are for the map as it is now; else None."""
        run = self._runs.get(m.name)
        return run.results if run is not None and run.map_key == map_key(m) else None

    def forget_results(self, name: str) -> None:
        self._runs.pop(name, None)

    # -- view state ------------------------------------------------------------------------
    def view_state(self, section: str, record: str) -> dict[str, Any]:
        """The (mutable) view settings of one record's panel; a new panel takes them over."""
        return self._views.setdefault((section, record), {})

    def rename_record(self, section: str, old: str, new: str) -> None:
        """Follow a rename: runs and view state stay with the record."""
        if (section, old) in self._views:
            self._views[(section, new)] = self._views.pop((section, old))
        if section == "value_streams" and old in self._runs:
            self._runs[new] = self._runs.pop(old)


@dataclass(frozen=True)
class RecordExtras:
    """What an export has for one record besides the record: simulation results, a picture;
    ``stale`` when the record was simulated but changed since (its old results are not
    exported)."""

    results: Any = None
    picture: bytes | None = None
    stale: bool = False


_NOTHING = RecordExtras()


@dataclass(frozen=True)
class ExportSession:
    """The extras of an export, by (section key, position of the record in the section).

    Positions, not names: the export writes a copy of the project whose text went through
    the workbook's text rule, and positions survive that. An empty session (the default)
    exports the project alone.
    """

    records: Mapping[tuple[str, int], RecordExtras] = field(default_factory=dict)

    def extras(self, section: str, index: int) -> RecordExtras:
        return self.records.get((section, index), _NOTHING)


def export_session(
    project: Any,
    session: ProjectSession | None = None,
    pictures: Mapping[tuple[str, int], bytes] | None = None,
) -> ExportSession:
    """The snapshot for exporting ``project``: the current (not stale) simulation results
    in ``session`` and the given pictures."""
    records: dict[tuple[str, int], RecordExtras] = {}
    keys = set(pictures or {})
    if session is not None:
        keys |= {
            ("value_streams", i)
            for i, m in enumerate(project.value_streams)
            if session.run_of(m.name) is not None
        }
    for key in sorted(keys):
        section, i = key
        results, stale = None, False
        if session is not None and section == "value_streams":
            m = project.value_streams[i]
            results = session.results_of(m)
            stale = results is None and session.run_of(m.name) is not None
        records[key] = RecordExtras(results, (pictures or {}).get(key), stale)
    return ExportSession(records)
