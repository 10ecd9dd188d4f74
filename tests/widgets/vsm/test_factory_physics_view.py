"""The Factory Physics tab: the map's r_b, T0 and W0, the curves, and a sweep in the worker."""

from __future__ import annotations

from score_desktop.tools.vsm import factory_physics
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import Flow
from score_desktop.widgets.vsm import factory_physics_view as fpv


def _tab(panel):
    panel.side.setCurrentWidget(panel.factory_physics)
    return panel.factory_physics


def test_the_tab_shows_the_lines_parameters(panel):
    view = _tab(panel)
    view.refresh()
    text = view.summary.text()
    # Acme current state: Assembly I 62 s is the bottleneck, 3600/62 = 58.06 parts/h
    assert "r_b = 58.06 parts/h (Assembly I)" in text
    assert (
        "T0 = 3.328 min" in text
        and "W0 = r_b x T0 = 3.221 parts" in text
        and "Left out: changeovers; shift calendars" in text
    )
    assert view.run_button.isEnabled() and view.error.text() == ""
    view.chart.render_now()
    assert len(view.chart.figure.axes) == 2
    panel.grab().save("/tmp/fp_tab.png")


def test_a_branching_map_gets_a_message_not_a_chart(panel, document):
    m = panel.current_map()
    m.flows.append(Flow("S. Weld I", "Assembly I"))  # no undo needed: a throw-away document
    view = _tab(panel)
    view.refresh()
    assert 'step "S. Weld I" has 2 outgoing flows' in view.error.text()
    assert not view.run_button.isEnabled()


def test_the_sweep_runs_in_the_background_and_its_points_are_drawn(panel, qtbot, monkeypatch):
    m = panel.current_map()
    for s in m.steps:
        s.cycle_time = Distribution.fixed(s.cycle_time.mean_seconds(), "s")
    real = factory_physics.sweep_settings
    monkeypatch.setattr(fpv, "sweep_settings", lambda c: real(c, parts=200, replications=2))
    view = _tab(panel)
    view.max_wip.setValue(6)
    with qtbot.waitSignal(panel.session.results_changed, timeout=60_000):
        view.run_button.click()
    curves, points = panel.session.view_state(m.name)[fpv.KEY]
    assert [p.wip for p in points] == factory_physics.default_levels(curves)
    assert all(p.throughput_per_h.mean <= curves.bottleneck_rate * 1.01 for p in points)
    view = panel.factory_physics  # the panel may have refreshed
    view.refresh()
    view.chart.render_now()
    assert "simulated CONWIP line" in [
        t.get_text() for t in view.chart.figure.axes[0].get_legend().get_texts()
    ]
