"""Runs that would never end are refused before they start (issue 13, section 4)."""

from __future__ import annotations

import dataclasses
import time

import pytest

from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.limits import SimulationLimitError, check_limits
from score_desktop.tools.vsm.model import ConwipLoop, Failures, Step, ValueStreamMap
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.simulation import SimSettings


def _map(**step) -> ValueStreamMap:
    step.setdefault("cycle_time", Distribution.fixed(60.0))
    return ValueStreamMap.serial("Line", [Step("Press", **step)])


OK = SimSettings(horizon_h=100.0, warmup_h=10.0, replications=2, workers=1)


@pytest.mark.parametrize(
    ("m", "settings", "words"),
    [
        (_map(), dataclasses.replace(OK, horizon_h=float("inf")), "horizon of inf h"),
        (_map(), dataclasses.replace(OK, horizon_h=1e12), "use up to 1e.06 h"),
        (_map(), dataclasses.replace(OK, replications=10**9), "1,000,000,000 replications"),
        (_map(machines=10**9), OK, "parallel machines are too many"),
        (_map(failures=Failures(mttr=1e-9, mtbf=1e-9, unit="min")), OK, "too short"),
        (_map(cycle_time=Distribution.lognormal(1e-300, 1.0)), OK, "too short"),
        (_map(cycle_time=Distribution.lognormal(1.0, 1e308)), OK, "coefficient of variation"),
        (_map(), dataclasses.replace(OK, horizon_h=1e6, replications=10_000), "events"),
    ],
)
def test_runs_beyond_the_limits_are_refused_at_once(m, settings, words):
    start = time.perf_counter()
    with pytest.raises(SimulationLimitError, match=words):
        run_replications(m, settings)
    assert time.perf_counter() - start < 2


def test_conwip_cards_are_bounded():
    m = ValueStreamMap.serial(
        "Line", [Step("A", Distribution.fixed(60.0)), Step("B", Distribution.fixed(60.0))]
    )
    m.conwip.append(ConwipLoop("Loop", "A", "B", 10**12))
    with pytest.raises(SimulationLimitError, match="CONWIP loop"):
        check_limits(m, OK)


def test_an_ordinary_run_passes_and_runs():
    assert check_limits(_map(), OK) < 1e6
    assert run_replications(_map(), OK).throughput_per_h.mean > 0
