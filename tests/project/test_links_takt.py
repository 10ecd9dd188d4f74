"""The resolver answers kind "takt" with the demand record's takt; static figures use it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from score_desktop.project import DemandRecord, Project
from score_desktop.project.links import LinkError, resolver, takt_seconds
from score_desktop.tools.vsm import static_figures
from score_desktop.tools.vsm.examples import current_state_simulation


def test_takt_of_the_demand_settings_reaches_the_map():
    # One 8 h shift with 20 min of breaks = 27,600 s (Learning to See's shift); 460 parts per
    # day -> takt 60 s, 230 parts per day -> 120 s. The map's own calendar has two shifts, so
    # without the link its takt would be 55,200 s / demand.
    demand = DemandRecord("Orders", demand=460, shifts_per_day=1, shift_length_min=480,
                          breaks_per_shift_min=20, efficiency=1.0)  # fmt: skip
    m = current_state_simulation()
    m.customer.demand_ref = "Orders"
    project = Project(demands=(demand,), value_streams=(m,))
    resolve = resolver(project)
    assert resolve("takt", "Orders") == pytest.approx(60.0) == takt_seconds(project, "Orders")
    assert static_figures(m, resolve).takt_s == pytest.approx(60.0)
    project = replace(project, demands=(replace(demand, demand=230),))
    assert static_figures(m, resolver(project)).takt_s == pytest.approx(120.0)


def test_a_missing_demand_record_is_a_link_error():
    with pytest.raises(LinkError, match='demand record "Nope" is not in the project'):
        resolver(Project())("takt", "Nope")
