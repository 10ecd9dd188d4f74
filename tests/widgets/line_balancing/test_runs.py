"""Job functions of the line-balancing window: what they report while they work."""

from score_desktop.tools.line_balancing.model import Line, Task
from score_desktop.widgets.line_balancing import runs


class Ctx:
    def __init__(self):
        self.texts = []

    def report(self, fraction=None, text="", partial=None):
        self.texts.append(text)

    def is_cancelled(self):
        return False


LINE = Line(
    (Task("a", 3, ()), Task("b", 4, ("a",)), Task("c", 5, ("a",)), Task("d", 2, ("b", "c"))),
    cycle_time=7,
    time_unit="s",
)


def test_first_exact_run_says_the_solver_is_being_prepared(monkeypatch):
    monkeypatch.setattr(runs, "kernel_ready", lambda: False)
    ctx = Ctx()
    outcome = runs.run_method(ctx, LINE, "exact", time_limit=5)
    assert ctx.texts and all(t.startswith("Preparing the solver") for t in ctx.texts[1:])
    assert outcome.proven_optimal and len(outcome.stations) == 2
    ctx = Ctx()
    runs.count_table(ctx, LINE, time_limit_per_row=1)
    assert ctx.texts[0].startswith("Preparing the solver")


def test_later_runs_do_not(monkeypatch):
    monkeypatch.setattr(runs, "kernel_ready", lambda: True)
    ctx = Ctx()
    runs.run_method(ctx, LINE, "exact", time_limit=5)
    assert not any("Preparing" in t for t in ctx.texts)
