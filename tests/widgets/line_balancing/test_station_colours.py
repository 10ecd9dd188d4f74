"""Twelve stations: 1 and 8 look different in the Yamazumi chart and the precedence graph."""

from __future__ import annotations

from dataclasses import replace

import pytest
from matplotlib.figure import Figure
from PySide6.QtGui import QColor

from score_desktop.charts.line_balancing import draw_yamazumi
from score_desktop.project import Project
from score_desktop.widgets.line_balancing.workspace import line_state, yamazumi_data
from tests.widgets.line_balancing.conftest import groover_record, record, set_record

# Groover's twelve tasks, one per station, at a cycle time of 0.7 min (task 3 takes 0.7)
TWELVE = tuple((str(i),) for i in range(1, 13))


def twelve_stations():
    rec = groover_record(TWELVE)
    return replace(rec, line=replace(rec.line, cycle_time=0.7))


def test_yamazumi_chart_draws_stations_1_and_8_differently():
    rec = twelve_stations()
    data = yamazumi_data(line_state(Project(lines=(rec,)), rec))
    assert len(data.stations) == 12 and not data.overloaded
    ax = draw_yamazumi(Figure(), data)
    bars = {round(p.get_x() + p.get_width() / 2): p for p in ax.patches}  # x = station number
    one, eight = bars[1], bars[8]
    assert tuple(one.get_facecolor()) == tuple(eight.get_facecolor())  # same colour ...
    assert (one.get_hatch(), eight.get_hatch()) == (None, "\\\\")  # ... told apart by hatch
    looks = {(tuple(p.get_facecolor()), p.get_hatch()) for p in bars.values()}
    assert len(looks) == 12


def test_graph_node_brushes_of_stations_1_and_8_differ(panel, document):
    set_record(document, replace(twelve_stations(), line=record(document).line))
    nodes = panel.graph.nodes
    assert (nodes["1"].station, nodes["8"].station) == (0, 7)
    one, eight = nodes["1"].brushes(), nodes["8"].brushes()
    assert one[0].color() == eight[0].color()  # the seven colours repeat ...
    assert [b.style() for b in one] != [b.style() for b in eight]  # ... the pattern does not
    assert len(one) == 1 and len(eight) == 2
    assert nodes["8"].toolTip().endswith("8")  # the tooltip names the station


@pytest.mark.parametrize("large", [False, True])
def test_yamazumi_view_paints_the_pattern_of_station_8(qtbot, large):
    from score_desktop.widgets.line_balancing.yamazumi_view import YamazumiView

    rec = twelve_stations()
    view = YamazumiView()
    view.large = large
    view.resize(1400 if large else 900, 600)
    view.show_data(yamazumi_data(line_state(Project(lines=(rec,)), rec)))
    qtbot.addWidget(view)
    image = view.grab().toImage()
    rects = {k: rect for rect, _task, k in view.blocks}

    def colours(k: int) -> set[str]:  # along a row near the bottom of the block, inside its edges
        rect = rects[k]
        y = int(rect.bottom()) - 6
        return {
            QColor(image.pixel(x, y)).name()
            for x in range(int(rect.left()) + 6, int(rect.right()) - 6)
        }

    assert colours(0) == {"#56b4e9"}  # plain fill
    assert "#56b4e9" in colours(7) and len(colours(7)) > 1  # the pattern's lines cross the fill
