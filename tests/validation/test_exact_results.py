"""The flow simulator reproduces exact queueing results (DOMAIN.md "Flow simulation conventions").

Cases, sources and tolerances are in score_desktop/tools/vsm/validation_cases.py: fixed seeds,
10 independent replications, and each exact value must lie within the simulated 95 % CI widened
by 1.5 while that CI is narrow. Replications run in 2 worker processes.
"""

import pytest

from score_desktop.tools.vsm.replications import Estimate
from score_desktop.tools.vsm.validation_cases import CASES, Check


@pytest.mark.slow
@pytest.mark.parametrize("name", list(CASES))
def test_simulation_matches_theory(name):
    result = CASES[name](workers=2)
    failed = [
        f"{c.quantity}: exact {c.exact:.5g}, simulated {c.simulated.mean:.5g} "
        f"[{c.simulated.ci_low:.5g}, {c.simulated.ci_high:.5g}]"
        for c in result.checks
        if not c.agrees
    ]
    assert result.checks
    assert not failed, f"{result.name}: " + "; ".join(failed)


def test_the_check_can_fail():
    sim = Estimate(1.0, 0.99, 1.01)
    assert Check("x", 1.012, sim).agrees
    assert not Check("x", 1.03, sim).agrees  # outside 1.5 x the half-width
    assert not Check("x", 1.0, Estimate(1.0, 0.5, 1.5)).agrees  # CI too wide to say anything
