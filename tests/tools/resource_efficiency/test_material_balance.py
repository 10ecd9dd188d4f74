"""Material balance identities and the cost-of-waste Pareto."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.resource_efficiency.material_balance import (
    MaterialInput,
    WasteStream,
    cost_of_waste,
    material_balance,
    pareto,
)

INPUTS = [MaterialInput("cotton yarn", 10_000, 3.0), MaterialInput("dyes", 500, 8.0)]


def test_balance_of_a_dye_house_month():
    streams = [
        WasteStream("fabric scrap", "scrap", 600),
        WasteStream("sludge", "solid waste", 200),
        WasteStream("dye in effluent", "effluent", 150),
    ]
    b = material_balance(INPUTS, 9_400, streams)
    assert b.input_kg == 10_500
    assert b.losses_kg == 1_100
    assert b.loss_rate == pytest.approx(1_100 / 10_500)
    assert b.accounted_losses_kg == 950
    assert b.unaccounted_kg == 150
    assert b.input_kg == pytest.approx(b.product_kg + b.accounted_losses_kg + b.unaccounted_kg)
    assert b.warnings == ()


@given(
    inputs=st.lists(st.floats(0.1, 1e6), min_size=1, max_size=5),
    product_share=st.floats(0, 1),
    stream_shares=st.lists(st.floats(0, 0.3), max_size=4),
)
def test_inputs_equal_product_plus_losses(inputs, product_share, stream_shares):
    total = sum(inputs)
    materials = [MaterialInput(f"m{i}", q) for i, q in enumerate(inputs)]
    streams = [WasteStream(f"w{i}", "solid waste", s * total) for i, s in enumerate(stream_shares)]
    b = material_balance(materials, product_share * total, streams)
    assert b.input_kg == pytest.approx(
        b.product_kg + sum(s.quantity_kg for s in b.streams) + b.unaccounted_kg, rel=1e-9
    )
    assert b.losses_kg == pytest.approx(
        b.accounted_losses_kg + b.unaccounted_kg, rel=1e-9, abs=1e-6
    )
    assert 0.0 <= b.loss_rate <= 1.0


def test_balance_warnings():
    unaccounted = material_balance(INPUTS, 8_000, [WasteStream("scrap", "scrap", 500)])
    assert "not found in the product" in unaccounted.warnings[0]
    over = material_balance(INPUTS, 10_000, [WasteStream("scrap", "scrap", 800)])
    assert any("more than the inputs" in w for w in over.warnings)
    heavy = material_balance(INPUTS, 11_000, [])
    assert any("weighs more than all inputs" in w for w in heavy.warnings)


def test_balance_errors():
    with pytest.raises(ValueError, match="kind 'sludge' is not one of"):
        WasteStream("x", "sludge", 5)
    with pytest.raises(ValueError, match="'scrap' is listed twice"):
        material_balance(INPUTS, 1, [WasteStream("scrap", "scrap", 1)] * 2)
    with pytest.raises(ValueError, match="quantity_kg: must be zero or more"):
        MaterialInput("yarn", -3)
    with pytest.raises(ValueError, match="more than 0 kg"):
        material_balance([], 0, [])


def test_cost_of_waste_components_and_pareto():
    streams = [
        # 600 kg scrap at the inputs' average price, sold for 100
        WasteStream("fabric scrap", "scrap", 600, revenue=100),
        WasteStream(
            "sludge",
            "solid waste",
            200,
            material_value_per_kg=0.0,
            disposal_cost_per_kg=0.5,
            disposal_cost=40,
        ),
        WasteStream(
            "dye in effluent",
            "effluent",
            150,
            material_value_per_kg=8.0,
            energy_cost=30,
            labour_cost=0,
        ),
    ]
    result = cost_of_waste(
        streams, INPUTS, energy_cost_per_kg_processed=0.2, labour_cost_per_kg_processed=0.1
    )
    average = (10_000 * 3 + 500 * 8) / 10_500
    assert result.average_material_price_per_kg == pytest.approx(average)
    by_name = {c.name: c for c in result.streams}
    scrap = by_name["fabric scrap"]
    assert scrap.material_value == pytest.approx(600 * average)
    assert scrap.energy == pytest.approx(120) and scrap.labour == pytest.approx(60)
    assert scrap.total == pytest.approx(600 * average + 180 - 100)
    sludge = by_name["sludge"]
    assert sludge.disposal == pytest.approx(140)
    assert sludge.total == pytest.approx(140 + 40 + 20)
    effluent = by_name["dye in effluent"]
    assert effluent.total == pytest.approx(1200 + 30)
    assert [c.name for c in result.streams] == ["fabric scrap", "dye in effluent", "sludge"]
    assert [p.name for p in result.pareto] == ["fabric scrap", "dye in effluent", "sludge"]
    assert result.pareto[-1].cumulative_share == pytest.approx(1.0)
    assert result.total == pytest.approx(scrap.total + sludge.total + effluent.total)


def test_cost_of_waste_needs_a_price():
    with pytest.raises(ValueError, match="no material value per kg"):
        cost_of_waste([WasteStream("scrap", "scrap", 1)])


def test_pareto_shares():
    items = pareto({"a": 10, "b": 30, "c": 60, "d": 0})
    assert [i.name for i in items] == ["c", "b", "a", "d"]
    assert [i.cumulative_share for i in items] == pytest.approx([0.6, 0.9, 1.0, 1.0])
    assert pareto({"a": 0})[0].share == 0.0
