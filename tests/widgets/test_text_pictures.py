"""Names with any text a project holds draw in the window's charts and save in map pictures.

Issue 13, §1: a control character or U+FFFE in a step name made the map's SVG ill-formed
(Qt writes text as it is), and a reason such as ``$\\frac{$`` made a chart fail to draw.
"""

from __future__ import annotations

from xml.etree import ElementTree

import pytest
from PySide6.QtWidgets import QGraphicsScene

from score_desktop.charts.oee import draw_downtime_pareto
from score_desktop.tools.stop_log import ParetoBar
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.vsm.export import export_pdf, export_svg

NAMES = ["Cut \x01\x02\x1f", "\ufffe\uffff", "عطل في المكبس", "Máy ép 😀", "x" * 5000, "a<b>&\"'"]


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_map_picture_of_any_name_is_well_formed_svg_and_a_pdf(qtbot, tmp_path, name):
    scene = QGraphicsScene()
    scene.addSimpleText(name)
    scene.addText(name)
    export_svg(scene, tmp_path / "map.svg", title=name)
    root = ElementTree.fromstring((tmp_path / "map.svg").read_bytes())
    texts = "".join(root.itertext())
    if name.startswith("Cut"):
        assert "Cut \u2401\u2402\u241f" in texts  # the documented control pictures
    elif name.isprintable() and "x" not in name:
        assert name in texts
    export_pdf(scene, tmp_path / "map.pdf", title=name)
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_a_chart_of_nasty_reasons_draws_in_the_window(qtbot):
    view = ChartView()
    qtbot.addWidget(view)
    reasons = ["$\\frac{$", "US$ 5 to US$ 10", "stop\x01", "\ufffe"]
    bars = [ParetoBar(r, 10.0 - i, 1, 0.25, 0.25 * (i + 1)) for i, r in enumerate(reasons)]
    view.draw(draw_downtime_pareto, bars)
    view.render_now()
    view.canvas.draw()  # raises if a text cannot be drawn
    ticks = [t.get_text() for t in view.figure.axes[0].get_xticklabels()]
    assert any("US\\$ 5" in t for t in ticks)
