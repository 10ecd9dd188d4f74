"""Map editing and validation messages."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    CUSTOMER,
    SUPPLIER,
    Buffer,
    ConwipLoop,
    Failures,
    Flow,
    Step,
    ValueStreamMap,
    resolve,
)
from score_desktop.tools.vsm.static import static_figures, visit_ratios
from score_desktop.tools.vsm.validation import MapError, check, problems


def line(*names):
    return ValueStreamMap.serial("Line", [Step(n, Distribution.fixed(10.0)) for n in names])


def test_a_valid_line_has_no_problems():
    assert problems(line("A", "B")) == []


def test_editing_step_by_step_keeps_the_flow_connected():
    m = line("A", "C")
    m.add_step(Step("B"), after="A")
    assert sorted((f.source, f.target) for f in m.flows) == sorted(
        [(SUPPLIER, "A"), ("A", "B"), ("B", "C"), ("C", CUSTOMER)]
    )
    assert problems(m) == []
    m.rename_step("B", "Bend")
    m.conwip.append(ConwipLoop("loop", "A", "Bend", 3))
    m.step("C").rework_to = "Bend"
    assert problems(m) == []
    assert m.step("C").rework_to == "Bend"
    m.remove_step("Bend")
    assert m.step("C").rework_to == ""
    assert problems(m) == []
    assert sorted((f.source, f.target) for f in m.flows) == [
        ("A", "C"),
        ("C", CUSTOMER),
        (SUPPLIER, "A"),
    ]
    assert m.conwip == []
    with pytest.raises(ValueError, match='step "A": name is already used'):
        m.add_step(Step("A"))
    m.disconnect("A", "C")
    assert any("no path from here to the customer" in p for p in problems(m))


def test_no_path_to_the_customer():
    m = line("A", "B")
    m.flows = [f for f in m.flows if f.target != CUSTOMER] + [Flow("A", CUSTOMER)]
    msgs = problems(m)
    assert 'value stream "Line", step "B": the flow has no path from here to the customer' in msgs


def test_merge_without_inputs():
    m = line("A", "C")
    m.steps.append(Step("B"))
    m.flows.append(Flow("B", "C"))
    assert any('step "B": no flow comes into this step' in p for p in problems(m))


def test_impossible_distribution_and_zero_capacity():
    m = line("Welding")
    m.steps[0].cycle_time = Distribution.normal(0.0, 1.0)
    m.steps[0].machines = 0
    with pytest.raises(MapError) as err:
        check(m)
    assert 'value stream "Line", step "Welding": cycle time mean must be > 0' in err.value.problems
    assert any("machines must be a whole number >= 1" in p for p in err.value.problems)
    assert isinstance(err.value, ValueError)


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda s: setattr(s, "failures", Failures(mttr=10, uptime_percent=0)), "uptime must be"),
        (lambda s: setattr(s, "failures", Failures(mttr=0, mtbf=10)), "MTTR must be > 0"),
        (lambda s: setattr(s, "buffer", Buffer("supermarket", cards=0)), "kanban cards >= 1"),
        (lambda s: setattr(s, "buffer", Buffer("fifo", capacity=-1)), "FIFO lane maximum"),
        (lambda s: setattr(s, "buffer", Buffer("fifo", 2, initial=3)), "must not exceed"),
        (lambda s: setattr(s, "scrap_rate", 0.6) or setattr(s, "rework_rate", 0.4), "< 1"),
        (lambda s: setattr(s, "rework_to", "Nowhere"), '"Nowhere" which does not exist'),
        (lambda s: setattr(s, "batch_size", 0), "batch size"),
    ],
)
def test_step_rules(edit, message):
    m = line("A", "B")
    edit(m.steps[1])
    assert any(
        p.startswith('value stream "Line", step "B": ') and message in p for p in problems(m)
    )


def test_loops_and_bad_flows():
    m = line("A", "B")
    m.flows.append(Flow("B", "A"))
    assert any("flows form a loop" in p for p in problems(m))
    m = line("A")
    m.flows.append(Flow("A", "Ghost", 0.0))
    msgs = problems(m)
    assert any('"Ghost" does not exist' in p for p in msgs)
    assert any("share must be > 0" in p for p in msgs)
    m = line("A", "B")
    m.conwip.append(ConwipLoop("loop", "B", "A", 0))
    msgs = problems(m)
    assert any("last step cannot be reached" in p for p in msgs)
    assert any("cards must be a whole number >= 1" in p for p in msgs)


def test_supermarket_needs_a_dedicated_feeder():
    m = line("A", "B")
    m.steps[0].buffer = Buffer("supermarket", cards=5)
    assert any("supermarket must be fed by steps" in p for p in problems(m))


def test_split_merge_scrap_and_rework_loads():
    # A splits 60/40 to B1/B2 which merge into C; C scraps 10 % and reworks 20 % at A.
    m = ValueStreamMap(
        "Split", steps=[Step(n, Distribution.fixed(30.0)) for n in ["A", "B1", "B2", "C"]]
    )
    m.flows = [
        Flow(SUPPLIER, "A"),
        Flow("A", "B1", 3),
        Flow("A", "B2", 2),
        Flow("B1", "C"),
        Flow("B2", "C"),
        Flow("C", CUSTOMER),
    ]
    c = m.step("C")
    c.scrap_rate, c.rework_rate, c.rework_to = 0.1, 0.2, "A"
    visits, delivered = visit_ratios(m)
    # x = visits of A per release: x = 1 + 0.2 x  =>  x = 1.25; C sees x; 0.7 x leaves good.
    assert visits["A"] == pytest.approx(1.25)
    assert visits["B1"] == pytest.approx(0.75)
    assert visits["C"] == pytest.approx(1.25)
    assert delivered == pytest.approx(0.875)
    m.customer.demand_per_day = 700
    f = static_figures(m)
    assert f.step("A").load_per_day == pytest.approx(1000)
    assert f.step("B2").load_per_day == pytest.approx(400)


def test_resolver_fills_references():
    m = line("A")
    s = m.steps[0]
    s.cycle_time = Distribution.normal(1.0, 0.1, "min")
    s.cycle_time_ref = "Balance 1"
    s.uptime_ref = "OEE press"
    m.customer.demand_ref = "Demand 2026"
    values = {"line_balance": 90.0, "oee": 0.9, "demand": 480.0}
    r = resolve(m, lambda kind, name: values[kind])
    assert r.steps[0].cycle_time.mean_seconds() == pytest.approx(90.0)
    assert r.steps[0].cycle_time.sd == pytest.approx(0.15)
    assert r.steps[0].availability() == pytest.approx(0.9)
    assert r.customer.demand_per_day == 480.0
    assert m.steps[0].cycle_time.mean == 1.0  # the original is untouched


def test_unlimited_raw_material_cannot_merge_with_other_flows():
    m = line("A", "B")
    m.flows.append(Flow(SUPPLIER, "B"))
    assert any("fed by unlimited raw material cannot also take parts" in p for p in problems(m))
    m.supplier.arrival = Distribution.exponential(60.0)
    assert problems(m) == []


def test_takt_from_the_demand_settings_when_the_resolver_offers_it():
    m = line("A")
    m.customer.demand_ref = "Demand 2026"
    values = {"demand": 480.0, "takt": 55.0}
    assert static_figures(m, lambda kind, name: values[kind]).takt_s == 55.0
    only_demand = {"demand": 480.0}
    f = static_figures(m, lambda kind, name: only_demand[kind])  # KeyError: no "takt" kind
    assert f.takt_s == pytest.approx(86_400 / 480)


@pytest.mark.parametrize(
    "dist",
    [
        Distribution.fixed(1.0, "min"),
        Distribution.exponential(1.0, "min"),
        Distribution.normal(1.0, 0.1, "min"),
        Distribution.lognormal(1.0, 0.3, "min"),
        Distribution.triangular(0.5, 1.0, 2.0, "min"),
        Distribution.empirical([40.0, 55.0, 60.0, 95.0], "s"),
    ],
    ids=lambda d: d.kind,
)
def test_a_cycle_time_from_a_line_balance_keeps_its_kind_and_variability(dist):
    m = line("A")
    m.steps[0].cycle_time = dist
    m.steps[0].cycle_time_ref = "Balance 1"
    r = resolve(m, lambda kind, name: 90.0)
    ct = r.steps[0].cycle_time
    assert ct.kind == dist.kind and ct.unit == dist.unit
    assert ct.mean_seconds() == pytest.approx(90.0)
    assert ct.scv() == pytest.approx(dist.scv())  # coefficient of variation kept
    assert ct.problems() == []
    sample = ct.draw(np.random.default_rng(1), 20_000)
    assert sample.mean() == pytest.approx(90.0, rel=0.02)


@given(
    low=st.floats(0.0, 10.0),
    width=st.floats(0.01, 10.0),
    at=st.floats(0.0, 1.0),
    target=st.floats(0.1, 1e4),
)
def test_rescaling_a_triangular_time_keeps_its_shape(low, width, at, target):
    d = Distribution.triangular(low, low + at * width, low + width, "min")
    r = d.with_mean_seconds(target)
    assert r.mean_seconds() == pytest.approx(target)
    assert r.scv() == pytest.approx(d.scv(), rel=1e-9, abs=1e-12)
