"""Customer demand pulling from finished goods and scheduled supplier deliveries, against exact
results (score_desktop/tools/vsm/theory_customer.py)."""

import pytest

from score_desktop.tools.vsm import theory_customer as tc
from score_desktop.tools.vsm.distributions import Distribution as D
from score_desktop.tools.vsm.loads import overload_warnings
from score_desktop.tools.vsm.model import Buffer, Step, Supplier, ValueStreamMap
from score_desktop.tools.vsm.replications import run_replications
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict
from score_desktop.tools.vsm.simulation import SimSettings
from score_desktop.tools.vsm.validation import problems


def test_base_stock_fill_rate_and_backorders_with_poisson_demand():
    lam, mu, s = 0.8, 1.0, 3
    m = ValueStreamMap.serial("bs", [Step("Make", D.exponential(1 / mu, "h"))])
    m.customer.demand_per_day = 24 * lam
    m.customer.demand_pattern = "random"
    m.customer.finished_goods = Buffer("supermarket", cards=s, initial=s)
    r = run_replications(m, SimSettings(20_000, 200, 10, 1, workers=1))
    exact = tc.base_stock_mm1(lam, mu, s)  # fill 0.488, backorders 2.048, on hand 1.048
    c = r.customer
    for key, value, slack in (
        ("fill_rate", exact.fill_rate, 0.03),
        ("finished_goods", exact.on_hand, 0.08),
        ("backorders", exact.backorders, 0.3),
    ):
        assert abs(c[key].mean - value) <= max(2 * c[key].half_width, 0.0) + slack, key
    assert r.throughput_per_h.mean == pytest.approx(lam, rel=0.02)


def test_kanban_pulled_at_takt_is_exact():
    m = ValueStreamMap.serial("k", [Step("Make", D.fixed(40.0, "s"))])
    m.customer.demand_per_day = 86_400 / 60  # takt 60 s around the clock
    m.customer.demand_pattern = "steady"
    m.customer.finished_goods = Buffer("supermarket", cards=5, initial=5)
    r = run_replications(m, SimSettings(100, 10, 1, 1, workers=1))
    exact = tc.steady_pull_kanban(60.0, 40.0, 5)
    assert r.customer["fill_rate"].mean == 1.0
    assert r.customer["finished_goods"].mean == pytest.approx(exact.on_hand, rel=1e-6)
    assert r.customer["backorders"].mean == 0.0
    assert r.throughput_per_h.mean == pytest.approx(60.0)


def test_scheduled_deliveries_are_exact():
    sup = Supplier(delivery_quantity=20, delivery_every_h=1.0)
    m = ValueStreamMap.serial("d", [Step("Cut", D.fixed(2.0, "min"))], supplier=sup)
    r = run_replications(m, SimSettings(100, 10, 1, 1, workers=1))
    exact = tc.scheduled_delivery(20, 60.0, 2.0)
    assert r.throughput_per_h.mean == pytest.approx(60 * exact.throughput)
    assert r.wip_per_buffer["Cut"].mean == pytest.approx(exact.buffer)
    assert r.utilisation["Cut"].mean == pytest.approx(exact.utilisation)


def test_bad_demand_and_deliveries_get_clear_messages():
    m = ValueStreamMap.serial("x", [Step("A", D.fixed(60.0))])
    m.customer.demand_pattern = "steady"
    assert any("needs a demand per day > 0" in p for p in problems(m))
    m.customer.demand_per_day = 3000.0  # 1,440 parts a day is all step A can make
    assert any("cannot meet the customer's demand" in w for w in overload_warnings(m))
    m.supplier = Supplier(arrival=D.fixed(30.0), delivery_quantity=5, delivery_every_h=1.0)
    assert any("not both" in p for p in problems(m))


def test_new_fields_round_trip():
    m = ValueStreamMap.serial("x", [Step("A", D.fixed(60.0))])
    m.customer.demand_pattern, m.customer.pitch_parts = "levelled", 20
    m.supplier = Supplier(delivery_quantity=100, delivery_every_h=4.0)
    assert map_from_dict(map_to_dict(m)) == m
