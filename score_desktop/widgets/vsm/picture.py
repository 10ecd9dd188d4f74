"""The map's picture for the Excel export, drawn offscreen by the canvas's own scene code.

The window and ``score-desktop export`` both call :func:`map_png`, on a scene of its own
(not the one on screen), so the picture depends on the map and its run only: not on the
zoom, the selection or whether the map was ever opened.
"""

from __future__ import annotations

from score_desktop.project.links import resolver as project_resolver
from score_desktop.project.records import Project
from score_desktop.project.session import ProjectSession
from score_desktop.widgets.vsm.content import map_view
from score_desktop.widgets.vsm.export import render_png_bytes
from score_desktop.widgets.vsm.scene import VsmScene

#: Pixels per scene unit of the exported picture (the sheet scales it to 900 px wide at most).
EXPORT_SCALE = 1.0


def map_png(project: Project, index: int, session: ProjectSession | None = None) -> bytes:
    """PNG of map number ``index`` of ``project`` as the canvas draws it, with the figures of
    its current run in ``session`` when there is one. Needs a QApplication (any platform)."""
    m = project.value_streams[index]
    results = session.results_of(m) if session is not None else None
    scene = VsmScene()
    try:
        scene.show_map(m, map_view(m, project_resolver(project), results))
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
