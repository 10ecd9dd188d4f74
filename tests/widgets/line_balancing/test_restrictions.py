"""Restrictions typed in the panel: stored as one undo step, honoured by drags and methods."""

from __future__ import annotations

from score_desktop.tools.line_balancing.model import Restrictions
from tests.widgets.line_balancing.conftest import record


def type_restrictions(panel, same="", apart="", fixed=""):
    view = panel.restrictions
    view.same.setText(same)
    view.apart.setText(apart)
    view.fixed.setText(fixed)
    return view.apply()


def test_restrictions_are_stored_and_undone(panel, document):
    assert type_restrictions(panel, "9, 10", "1 2", "12=5")
    assert record(document).line.restrictions == Restrictions(
        (("9", "10"),), (("1", "2"),), {"12": 5}
    )
    assert "1 must-share group" in panel.settings.restrictions.text()
    document.undo_stack.undo()
    assert record(document).line.restrictions == Restrictions()
    assert panel.restrictions.same.text() == ""


def test_a_typing_error_is_shown_not_stored(panel, document):
    assert not type_restrictions(panel, fixed="12 at 5")
    assert "task=station" in panel.restrictions.error.text()
    assert record(document).line.restrictions == Restrictions()


def test_drag_breaking_a_restriction_is_refused(panel, document):
    # LCR: station 1 = 2, 5, 1, 4; keeping 1 and 3 apart forbids moving 3 into station 1 ...
    assert type_restrictions(panel, apart="1, 6")
    assert not panel.move_task("6", 0)  # 6 after 3: precedence, and 1-6 must not share
    assert "must not share a station" in panel.move_message.text()


def test_methods_honour_restrictions(panel, document, qtbot):
    assert type_restrictions(panel, same="1, 2", apart="8, 10")
    controls = panel.balancing
    controls.set_method("rpw")
    job = controls.run()
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    stations = record(document).balance
    where = {t: k for k, s in enumerate(stations) for t in s}
    assert where["1"] == where["2"]
    assert where["8"] != where["10"]
    assert not panel.state.problems
