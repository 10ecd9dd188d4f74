"""The bundled value-stream example project, and the map workspace inside the main window."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from score_desktop.project import load_project
from score_desktop.project.links import resolver
from score_desktop.resources import examples_dir
from score_desktop.tools.vsm import problems, static_figures
from score_desktop.widgets.vsm.panel import ValueStreamPanel

SCRIPTS = Path(__file__).resolve().parents[3] / "resources" / "examples"
EXAMPLE = examples_dir() / "acme-value-stream.scoreproj"


def test_the_example_project_is_what_its_script_builds():
    spec = importlib.util.spec_from_file_location("make_vsm", SCRIPTS / "make_vsm_project.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build()
    saved = load_project(EXAMPLE)
    assert saved.value_streams == built.value_streams
    assert saved.demands == built.demands


def test_the_example_maps_are_valid_linked_and_laid_out():
    p = load_project(EXAMPLE)
    current, future = p.value_streams
    for m in (current, future):
        assert problems(m) == []
        assert m.customer.demand_ref == "State Street orders"
        assert set(m.layout) >= {"supplier", "customer", *m.step_names()}
    assert len(future.kaizen) == 3 and not current.kaizen
    # Learning to See: takt = 27,600 s per shift / 460 parts per shift = 60 s
    f = static_figures(current, resolver(p))
    assert f.takt_s == 60.0 and f.demand_per_day == 920.0
    assert static_figures(future, resolver(p)).total_lead_time_days < f.total_lead_time_days / 3


def test_open_the_example_and_show_a_map_in_the_window(window, qtbot):
    assert window.open_path(EXAMPLE)
    assert window.navigator.select("value_streams", "Future state")
    assert isinstance(window.panel, ValueStreamPanel)
    panel = window.panel
    assert panel.scene.nodes["customer"].linked == "demand State Street orders"
    assert len(panel.scene.kaizen) == 3
    panel.place("kaizen", 100, 100, "")  # an edit rebuilds the panel: a new one shows the map
    qtbot.waitUntil(lambda: isinstance(window.panel, ValueStreamPanel))
    assert len(window.panel.scene.kaizen) == 4
    assert window.isWindowModified()
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: len(window.panel.scene.kaizen) == 3)


def test_simulate_after_the_window_rebuilt_the_panel(window, qtbot):
    """Session signals must not reach panels the main window already replaced."""
    assert window.open_path(EXAMPLE)
    window.navigator.select("value_streams", "Current state")
    window.panel.place("kaizen", 0, 0, "")  # the window replaces the panel after an edit
    qtbot.waitUntil(lambda: len(window.panel.scene.kaizen) == 1)
    panel = window.panel
    panel.session.settings.workers = 1
    panel.horizon.setValue(30)
    panel.warmup.setValue(3)
    panel.replications.setValue(2)
    with qtbot.waitSignal(panel.session.results_changed, timeout=60_000):
        panel.simulate_button.click()
    qtbot.waitUntil(lambda: window.panel.simulate_button.isEnabled())
    assert window.panel.session.results_for(window.document.project.value_streams[0])
