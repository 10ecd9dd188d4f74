"""Static map figures against the hand calculation of Rother & Shook's Acme Stamping example.

Source: M. Rother & J. Shook, *Learning to See* (Lean Enterprise Institute, 1999), Acme Stamping
current-state map. Published data (as reproduced in the "Acme Stamping Data Set" handout,
https://www.scribd.com/document/638436638/Acme-Stamping-Data-Set, and the worked map in
https://www.scribd.com/document/823107496/Process-Mapping-Example): 18,400 parts/month over 20
days = 920/day (600 LH + 320 RH, from 12,000 and 6,400 per month), 2 shifts of 8 h with two
10-minute breaks each; cycle times stamping 1 s, spot weld I 39 s, spot weld II 46 s, assembly I
62 s, assembly II 40 s; uptimes 85 % (stamping), 80 % (weld II), 100 % otherwise; inventories 5
days of coils, 4,600 LH + 2,400 RH stampings, 1,100 + 600, 1,600 + 850, 1,200 + 640 and
2,700 + 1,440 finished goods; ladder 5 / 7.6 / 1.8 / 2.7 / 2 / 4.5 days; production lead time
23.6 days; processing time 188 s.
"""

import math

import pytest

from score_desktop.tools.vsm.examples import learning_to_see_current_state
from score_desktop.tools.vsm.static import static_figures


@pytest.fixture(scope="module")
def acme():
    return static_figures(learning_to_see_current_state())


def test_available_time_and_takt(acme):
    # 8 h x 3600 - 2 x 10 min x 60 = 27,600 s per shift; 2 shifts; takt = 27,600 / 460 = 60 s.
    assert acme.available_time_per_shift_s == 27_600
    assert acme.available_time_per_day_s == 55_200
    assert acme.demand_per_day == 920
    assert acme.takt_s == pytest.approx(60.0, abs=1e-12)


def test_inventory_days_match_the_published_ladder(acme):
    days = [r.waiting_days for r in acme.ladder]
    assert [round(d, 1) for d in days] == [5.0, 7.6, 1.8, 2.7, 2.0, 4.5]
    # exact values of the hand calculation: inventory / 920 per day
    assert days[1] == pytest.approx(7000 / 920)
    assert days[3] == pytest.approx(2450 / 920)
    assert acme.finished_goods_days == pytest.approx(4140 / 920)


def test_lead_time_and_value_added_time(acme):
    assert acme.waiting_days == pytest.approx(5 + 17_130 / 920)
    assert round(acme.total_lead_time_days, 1) == 23.6
    assert acme.value_added_s == 188.0
    assert [r.processing_s for r in acme.ladder] == [1, 39, 46, 62, 40, 0]
    # process cycle efficiency in working seconds: 188 s / (23.62 days x 55,200 s)
    lead_s = acme.waiting_days * 55_200 + 188
    assert acme.process_cycle_efficiency == pytest.approx(188 / lead_s)


def test_capacity_utilisation_and_bottleneck(acme):
    weld2 = acme.step("S. Weld II")
    # 55,200 s x 80 % / 46 s = 960 parts per day
    assert weld2.capacity_per_day == pytest.approx(960.0)
    assert weld2.utilisation == pytest.approx(920 / 960)
    stamping = acme.step("Stamping")
    assert stamping.capacity_per_day == pytest.approx(55_200 * 0.85)
    # Assembly I (62 s) is slower than takt (60 s): it is the bottleneck, over 100 % loaded.
    assert acme.bottleneck == "Assembly I"
    a1 = acme.step("Assembly I")
    assert a1.is_bottleneck
    assert a1.utilisation == pytest.approx(62 / 60)
    assert a1.capacity_vs_demand < 1 < acme.step("Assembly II").capacity_vs_demand


def test_epei(acme):
    # Stamping: 2 families x 1 h / (55,200 x 0.85 - 920 x 1 s) left per day
    assert acme.step("Stamping").epei_days == pytest.approx(7200 / (46_920 - 920))
    # Assembly has no changeover: EPEI 0 (every part every interval is not limited)
    assert acme.step("Assembly I").epei_days == 0.0
    assert not math.isinf(acme.step("S. Weld II").epei_days)


def test_the_bundled_example_keeps_the_books_inventories():
    """The example project's current state is simulated with FIFO caps, but its inventory counts
    stay the book's: the static map shows 23.6 days, not the caps' 13.7 days."""
    from score_desktop.project import load_project
    from score_desktop.project.links import resolver
    from score_desktop.resources import example_path
    from score_desktop.tools.vsm.examples import current_state_simulation

    m = current_state_simulation()
    assert round(static_figures(m).total_lead_time_days, 1) == 23.6
    assert [s.buffer.limit() for s in m.steps] == [None, 2000, 600, 800, 500]  # caps separate
    project = load_project(example_path("acme-value-stream.scoreproj"))
    current = project.find("value_streams", "Current state")
    f = static_figures(current, resolver(project))
    assert round(f.total_lead_time_days, 1) == 23.6
    assert f.processing_s == pytest.approx(188.0)
