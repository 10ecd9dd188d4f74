"""Value-stream charts draw what they promise (Qt-free)."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from score_desktop.charts.vsm import (
    comparison_chart,
    lead_time_chart,
    sensitivity_chart,
    wip_output_chart,
)
from score_desktop.tools.vsm.compare import compare
from score_desktop.tools.vsm.examples import current_state_simulation, future_state_simulation
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.sensitivity import sweep
from score_desktop.tools.vsm.simulation import SimSettings

SETTINGS = SimSettings(horizon_h=30, warmup_h=3, replications=2, workers=1, reservoir=500)


@pytest.fixture(scope="module")
def runs():
    return run_replications(current_state_simulation(), SETTINGS), run_replications(
        future_state_simulation(), SETTINGS
    )


def test_lead_time_histogram_pools_the_sampled_lead_times(runs):
    current, _ = runs
    sample = [x for r in current.runs for x in r.lead_time_sample_h]
    assert 0 < len(sample) <= 2 * SETTINGS.reservoir  # the reservoir bounds the memory
    fig = Figure()
    lead_time_chart(fig, current)
    hist, bars = fig.axes
    assert sum(p.get_height() for p in hist.patches) == len(sample)
    assert [t.get_text() for t in bars.get_yticklabels()][:2] == ["mean", "50th percentile"]


def test_wip_output_comparison_and_sensitivity_charts(runs):
    current, future = runs
    fig = Figure()
    wip_output_chart(fig, current)
    assert [a.get_ylabel() for a in fig.axes] == ["WIP (parts)", "Output (parts/h)"]
    comparison_chart(fig, compare(current, future))
    assert len(fig.axes) == 3 and fig.axes[0].get_title().startswith("lead time")
    result = sweep(future_state_simulation(), "Weld + Assembly cell", "cards", [300, 600], SETTINGS)
    sensitivity_chart(fig, result)
    assert fig.axes[0].get_xlabel() == "kanban cards (cards)"
    assert len(fig.axes[0].lines[0].get_xdata()) == 2
