"""Every run keeps within its wall-clock limit, stops promptly on cancel, and queues lazily.

Issue 13, section 4: a run honours cancel and a wall-clock budget, and replications are
submitted lazily (``--replications`` of 10^9 used to queue every job up front). Before this,
a long replication checked for cancel only 20 times in its whole run, and nothing limited
the run's time.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from concurrent.futures import Future

import pytest

from score_desktop.cli import main
from score_desktop.tools.vsm import replications, simulation
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.limits import SimulationTimeLimitError, TimeBudget
from score_desktop.tools.vsm.model import Step, Supplier, ValueStreamMap
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.serialize import map_to_dict
from score_desktop.tools.vsm.simulation import SimSettings, SimulationCancelled, simulate_once


def busy_map() -> ValueStreamMap:
    """Two quick steps: about 40 events per simulated second."""
    steps = [
        Step("Cut", Distribution.exponential(1.0, "s")),
        Step("Weld", Distribution.exponential(0.8, "s")),
    ]
    return ValueStreamMap.serial(
        "Busy", steps, supplier=Supplier(arrival=Distribution.exponential(1.2, "s"))
    )


LONG = SimSettings(horizon_h=2000.0, warmup_h=1.0, replications=1, workers=1, seed=3)
SHORT = SimSettings(horizon_h=0.5, warmup_h=0.05, replications=4, workers=1, seed=3)


def test_a_long_replication_stops_within_a_second_of_cancel():
    cancel = threading.Event()
    threading.Timer(0.5, cancel.set).start()
    start = time.perf_counter()
    with pytest.raises(SimulationCancelled):
        run_replications(busy_map(), LONG, cancel=cancel)
    assert time.perf_counter() - start < 0.5 + 1.0


def test_a_run_that_reaches_its_time_limit_stops_with_a_clear_message():
    start = time.perf_counter()
    with pytest.raises(SimulationTimeLimitError) as info:
        run_replications(busy_map(), LONG, time_limit_s=0.5)
    assert time.perf_counter() - start < 0.5 + 1.0
    assert str(info.value) == (
        "the run was stopped at its time limit of 0.5 s with 0 of 1 replications finished; "
        "use fewer replications or a shorter horizon, or give it more time"
    )
    assert isinstance(info.value, ValueError)  # the window and the CLI show it as a message


def test_a_run_whose_pace_is_too_slow_stops_after_its_first_replications():
    settings = dataclasses.replace(LONG, horizon_h=20.0, replications=400)
    start = time.perf_counter()
    with pytest.raises(
        SimulationTimeLimitError, match=r"the run would take about .* \(1 of 400 replications took"
    ):
        run_replications(busy_map(), settings, time_limit_s=60.0)
    assert time.perf_counter() - start < 20  # told after one replication, not after 60 s


def test_the_pace_rule_by_a_fake_clock():
    now = [0.0]
    budget = TimeBudget(100.0, clock=lambda: now[0])
    now[0] = 10.0
    budget.check_pace(10, 100)  # 100 s projected: exactly the limit
    now[0] = 11.0
    with pytest.raises(
        SimulationTimeLimitError, match=r"about 110 s \(10 of 100 replications took 11 s\)"
    ):
        budget.check_pace(10, 100)
    assert not budget.expired()
    now[0] = 100.5
    assert budget.expired()
    with pytest.raises(ValueError, match="more than 0 s"):
        TimeBudget(0)


def test_an_ordinary_run_is_not_touched_by_the_limit():
    r = run_replications(busy_map(), SHORT, time_limit_s=600)
    assert r.throughput_per_h.mean > 0


def test_pausing_to_check_for_cancel_does_not_change_the_results(monkeypatch):
    m = replications.resolve(busy_map(), None)
    plain = simulate_once(m, SHORT, 1)
    monkeypatch.setattr(simulation, "SLICES", 2000)  # thousands of pauses
    paused = simulate_once(m, SHORT, 1, stop=lambda: False)
    assert _figures(paused) == _figures(plain)


def _figures(run) -> dict:
    figures = dataclasses.asdict(run)
    figures.pop("cpu_s", None)  # computing time differs from run to run
    return figures


class _InlinePool:
    """A stand-in for the process pool that runs each job when it is submitted and counts
    how many submitted jobs the loop has not collected yet."""

    most_outstanding = 0

    def __init__(self, *args, initializer=None, initargs=(), **kwargs):
        self.outstanding: set[Future] = set()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def submit(self, fn, *args):
        future: Future = Future()
        future.set_result(fn(*args))
        future.add_done_callback(lambda f: None)
        self.outstanding.add(future)
        _InlinePool.most_outstanding = max(_InlinePool.most_outstanding, len(self.outstanding))
        original = future.result

        def collected(timeout=None):
            self.outstanding.discard(future)
            return original(timeout)

        future.result = collected  # type: ignore[method-assign]
        return future


def test_replications_are_submitted_a_few_at_a_time(monkeypatch):
    monkeypatch.setattr(replications, "ProcessPoolExecutor", _InlinePool)
    settings = SimSettings(horizon_h=0.02, warmup_h=0.0, replications=300, workers=2, seed=1)
    r = run_replications(busy_map(), settings)
    assert len(r.runs) == 300
    assert _InlinePool.most_outstanding <= 2 * replications.IN_FLIGHT_PER_WORKER


def test_parallel_run_keeps_its_time_limit():
    settings = dataclasses.replace(LONG, replications=4, workers=2)
    start = time.perf_counter()
    with pytest.raises(SimulationTimeLimitError, match="stopped at its time limit of 3 s"):
        run_replications(busy_map(), settings, time_limit_s=3.0)
    assert time.perf_counter() - start < 3.0 + 5.0  # worker start-up and shut-down included


def test_cli_time_limit_is_one_line_and_exit_2(tmp_path, capsys):
    import json

    path = tmp_path / "busy.json"
    path.write_text(json.dumps(map_to_dict(busy_map())))
    args = ["simulate", str(path), "--horizon", "2000", "--warmup", "1", "--replications", "1"]
    assert main([*args, "--workers", "1", "--time-limit", "0.5"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "stopped at its time limit of 0.5 s" in err
