"""The map's picture for the Excel export, drawn offscreen by the canvas's own scene code.

The window and ``score-desktop export`` both call :func:`map_png`, on a scene of its own
(not the one on screen), so the picture depends on the map and its run only: not on the
zoom, the selection or whether the map was ever opened.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from score_desktop.project.links import resolver as project_resolver
from score_desktop.project.records import Project
from score_desktop.project.session import ProjectSession, map_key
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.widgets.vsm.content import map_view
from score_desktop.widgets.vsm.export import render_png_bytes
from score_desktop.widgets.vsm.scene import VsmScene

#: Pixels per scene unit of the exported picture (the sheet scales it to 900 px wide at most).
EXPORT_SCALE = 1.0


def map_png(project: Project, index: int, session: ProjectSession | None = None) -> bytes:
    """PNG of map number ``index`` of ``project`` as the canvas draws it, with the figures of
    its current run in ``session`` when there is one. Needs a QApplication (any platform).

    The session keeps the pictures it drew (a map takes about 0.1 s) with the linked numbers
    they showed, so exporting again redraws only the maps whose content, links or run
    changed."""
    m = project.value_streams[index]
    results = session.results_of(m) if session is not None else None
    resolve = project_resolver(project)
    run = session.run_of(m.name) if session is not None and results is not None else None
    key = json.dumps([map_key(m, for_results=False), run.serial if run is not None else 0])
    kept = session.picture(key) if session is not None else None
    if kept is not None and all(_ask(resolve, k, n) == v for k, n, v in kept[0]):
        return kept[1]
    asked: list[tuple[str, str, str]] = []

    def recording(kind: str, name: str) -> float:
        value = _ask(resolve, kind, name)
        asked.append((kind, name, value))
        return resolve(kind, name)

    png = _draw(m, recording, results)
    if session is not None:
        session.keep_picture(key, asked, png)
    return png


def _ask(resolve: Callable[[str, str], float], kind: str, name: str) -> str:
    """A linked number as text, or why it cannot be had (a broken link is drawn too)."""
    try:
        return repr(resolve(kind, name))
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"


def _draw(m: ValueStreamMap, resolve: Callable[[str, str], float], results) -> bytes:
    scene = VsmScene()
    try:
        scene.show_map(m, map_view(m, resolve, results))
        return render_png_bytes(scene, EXPORT_SCALE)
    finally:
        scene.clear()
        scene.deleteLater()


def export_pictures(
    project: Project, session: ProjectSession | None = None
) -> dict[tuple[str, int], bytes]:
    """A picture of every map, by ("value_streams", position)."""
    return {
        ("value_streams", i): map_png(project, i, session)
        for i in range(len(project.value_streams))
    }
