"""Running the methods from the panel: each method, the exact search's progress, time limit
and cancel (all in a worker; the tests wait on the job's signals)."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest

from score_desktop.tools.line_balancing import Line, Task, run_heuristic, stations_to_ids
from score_desktop.tools.line_balancing.exact import solve_salbp1, solve_salbp2
from tests.widgets.line_balancing.conftest import groover_record, record, set_record


def hard_line() -> Line:
    """80 random tasks at c = 131: the exact search does not finish in 20 s (found by trying
    seeds; at its time limit it has 34 stations against a lower bound of 33)."""
    rng = random.Random(8)
    tasks = []
    for i in range(80):
        preds = (
            tuple(sorted({str(rng.randint(1, i)) for _ in range(rng.randint(0, 1))})) if i else ()
        )
        tasks.append(Task(str(i + 1), rng.randint(5, 99), preds))
    return Line(tuple(tasks), 131, name="Groover", time_unit="s")


def run(panel, qtbot, method, **settings):
    controls = panel.balancing
    controls.set_method(method)
    for name, value in settings.items():
        getattr(controls, name).setValue(value)
    job = controls.run()
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    return job


@pytest.mark.parametrize("method", ["rpw", "lcr", "kw", "comsoal"])
def test_each_heuristic_gives_the_engines_answer(panel, document, qtbot, method):
    set_record(document, groover_record())
    run(panel, qtbot, method, iterations=50, seed=7)
    line = record(document).line
    expected = run_heuristic(line.to_instance(), method, seed=7, iterations=50)
    assert [list(s) for s in record(document).balance] == stations_to_ids(line, expected.stations)
    assert record(document).balance_method == method
    assert panel.state.metrics.station_count == expected.station_count
    document.undo_stack.undo()  # one undo step
    assert record(document).balance == ()


def test_exact_finds_the_optimum_of_groover(panel, document, qtbot):
    set_record(document, groover_record())
    run(panel, qtbot, "exact")
    # 4 stations (= ceil(4.0 / 1.0)) cannot be reached; the search proves 5 optimal
    assert len(record(document).balance) == 5
    assert "Optimal: 5 stations" in panel.balancing.status.text()


def test_exact_for_a_station_count(panel, document, qtbot):
    r = groover_record()
    set_record(document, replace(r, line=replace(r.line, cycle_time=None, station_count=5)))
    run(panel, qtbot, "exact")
    assert len(record(document).balance) == 5
    instance = record(document).line.to_instance()
    best = solve_salbp2(instance, station_count=5)
    assert best.proven_optimal
    assert panel.state.metrics.max_station_time == pytest.approx(best.cycle_time / 100)


def test_exact_reports_progress_and_stops_at_the_time_limit(panel, document, qtbot):
    set_record(document, replace(groover_record(), line=hard_line()))
    controls = panel.balancing
    controls.set_method("exact")
    controls.time_limit.setValue(1.0)
    job = controls.run()
    texts = []
    job.progress.connect(lambda fraction, text: texts.append((fraction, text)))
    with qtbot.waitSignal(job.done, timeout=30_000):
        pass
    assert any("lower bound" in text and "best 3" in text for _, text in texts)
    assert any(fraction is not None and fraction > 0 for fraction, _ in texts)
    assert job.elapsed < 1.0 + 5
    status = controls.status.text()
    found = re.search(
        r"time limit was reached; best balance has (\d+) stations, and at least "
        r"(\d+) are needed",
        status,
    )
    assert found, status
    best, bound = int(found[1]), int(found[2])
    assert 33 <= bound < best == len(record(document).balance)


def test_cancel_stops_the_exact_search_and_keeps_the_balance(panel, document, qtbot):
    set_record(document, replace(groover_record(), line=hard_line()))
    controls = panel.balancing
    controls.set_method("exact")
    controls.time_limit.setValue(60)
    job = controls.run()
    assert not controls.run_button.isEnabled()
    with qtbot.waitSignal(job.progress, timeout=10_000):
        pass  # the search is running
    with qtbot.waitSignal(job.cancelled, timeout=10_000):
        controls.progress.cancel_button.click()
    assert job.elapsed < 30
    assert record(document).balance == ()
    assert controls.run_button.isEnabled()


def test_unbalanceable_line_says_why(panel, document, qtbot):
    r = groover_record()
    set_record(document, replace(r, line=replace(r.line, cycle_time=None, station_count=None)))
    job = run(panel, qtbot, "rpw")
    assert job.state.value == "failed"
    assert "cycle time or a station count" in panel.balancing.status.text()


def test_solver_agrees_with_the_panel_on_a_random_line(panel, document, qtbot):
    line = replace(hard_line(), cycle_time=211)
    set_record(document, replace(groover_record(), line=line))
    run(panel, qtbot, "exact")
    assert len(record(document).balance) == solve_salbp1(line.to_instance()).station_count
