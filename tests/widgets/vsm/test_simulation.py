"""Simulation through the worker: progress, cancel, results on the map and in the panes;
scenario comparison; sensitivity; pictures read back."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from score_desktop.widgets.tool_views import export_session
from score_desktop.widgets.vsm.icons import BufferItem, ProcessItem
from score_desktop.widgets.vsm.panel import ValueStreamPanel
from tests.widgets.vsm.conftest import current


def _short(panel, horizon=60.0, warmup=5.0, replications=3):
    panel.horizon.setValue(horizon)
    panel.warmup.setValue(warmup)
    panel.replications.setValue(replications)


def _simulate(qtbot, panel):
    with qtbot.waitSignal(panel.session.results_changed, timeout=60_000):
        panel.simulate_button.click()


def test_simulate_shows_progress_then_results_on_the_map(qtbot, panel, document):
    _short(panel)
    fractions = []
    panel.session.runner.job_started.connect(
        lambda job: job.progress.connect(lambda f, _t: fractions.append(f))
    )
    with qtbot.waitSignal(panel.session.runner.job_started, timeout=5000):
        panel.simulate_button.click()
    assert not panel.simulate_button.isEnabled()
    assert panel.progress.isVisible()
    with qtbot.waitSignal(panel.session.results_changed, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: panel.simulate_button.isEnabled())
    assert fractions and fractions[-1] == 1.0
    results = panel.session.results_for(current(document))
    assert results.settings.horizon_h == 60 and results.settings.replications == 3
    boxes = {n: i for n, i in panel.scene.nodes.items() if isinstance(i, ProcessItem)}
    assert all(b.view.utilisation is not None and b.view.states for b in boxes.values())
    assert boxes[results.bottleneck].view.bottleneck
    assert sum(b.view.bottleneck for b in boxes.values()) == 1
    wips = {i.node: i.wip for i in panel.scene.items() if isinstance(i, BufferItem)}
    assert all(wips[s] is not None for s in current(document).step_names())
    summary = panel.results.summary
    assert summary.item(0, 0).text() == "Throughput"
    assert "parts/h  [" in summary.item(0, 1).text()
    assert panel.results.series_chart._wanted is not None
    assert panel.side.currentWidget() is panel.results
    # the Excel export gets the run from the document's session, and a picture of the map
    assert document.session.results_of(current(document)) is results
    extras = export_session(document.project, document.session).extras("value_streams", 0)
    assert extras.results is results and extras.picture.startswith(b"\x89PNG")


def test_results_go_stale_when_the_map_changes(qtbot, panel, document):
    _short(panel, 30, 2, 2)
    _simulate(qtbot, panel)
    panel.place("process", 2000, 600, "")  # a changed map: the old run no longer describes it
    assert panel.session.results_for(current(document)) is None
    assert "changed since this run" in panel.results.message.text()
    document.undo_stack.undo()  # back to the simulated map: its results show again
    assert panel.session.results_for(current(document)) is not None


def test_cancel_stops_the_run_without_results(qtbot, panel, document):
    _short(panel, 20_000, 10, 50)
    with qtbot.waitSignal(panel.session.runner.job_started, timeout=5000):
        panel.simulate_button.click()
    job = panel.session.runner.current_job
    with qtbot.waitSignal(job.done, timeout=30_000):
        panel.progress.cancel_button.click()
    assert job.state.value == "cancelled"
    assert panel.session.results_for(current(document)) is None
    assert panel.simulate_button.isEnabled()


def test_invalid_settings_and_maps_are_refused_with_a_message(panel, document):
    _short(panel, 10, 20, 2)
    panel.simulate_button.click()
    assert "warm-up" in panel.message.text()
    assert panel.session.runner.current_job is None


def test_compare_current_and_future_state(qtbot, panel, document):
    _short(panel, 80, 8, 3)
    _simulate(qtbot, panel)
    future = ValueStreamPanel(document, "Future state")
    qtbot.addWidget(future)
    future.show()
    _simulate(qtbot, future)
    assert future.compare_view.other.currentText() == "Current state"
    sentence = future.compare_view.sentence.text()
    assert sentence.startswith("Lead time falls from")
    assert "WIP falls by" in sentence
    table = future.compare_view.table
    assert table.rowCount() == 4 and table.item(0, 4).text() == "significant"


def test_sensitivity_runs_in_the_worker_and_plots(qtbot, panel, document):
    _short(panel, 40, 4, 2)
    v = panel.sensitivity
    v.step.setCurrentText("Assembly I")
    v.parameter.setCurrentIndex(v.parameter.findData("machines"))
    v.low.setValue(1)
    v.high.setValue(2)
    v.count.setValue(2)
    with qtbot.waitSignal(panel.session.results_changed, timeout=60_000):
        v.run_button.click()
    sweep = panel.session.sweeps["Current state"]
    assert [p.value for p in sweep.points] == [1.0, 2.0]
    assert v.chart._wanted is not None
    v.parameter.setCurrentIndex(v.parameter.findData("cards"))
    v.run_button.click()
    assert "not fed by a kanban supermarket" in v.error.text()


def test_export_png_svg_pdf_read_back(panel, tmp_path):
    panel.export_picture(tmp_path / "map.png")
    image = QImage(str(tmp_path / "map.png"))
    assert image.width() > 1500 and image.height() > 500
    panel.export_picture(tmp_path / "map.svg")
    root = ET.parse(tmp_path / "map.svg").getroot()
    assert root.tag.endswith("svg")
    text = (tmp_path / "map.svg").read_text()
    assert "Stamping" in text and "Production Control" in text
    panel.export_picture(tmp_path / "map.pdf")
    pdf = (tmp_path / "map.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    # A3 landscape: 420 x 297 mm = 1190.55 x 841.89 pt (Qt rounds to whole points)
    box = re.search(rb"/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]", pdf)
    assert abs(float(box[1]) - 1190.55) < 1 and abs(float(box[2]) - 841.89) < 1
