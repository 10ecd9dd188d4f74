"""Resource productivity and intensity ratios (definitions: shared DOMAIN.md, UNIDO-UNEP RECP)."""

import pytest

from score_desktop.tools.resource_efficiency import resource_ratios


def test_all_ratios():
    r = resource_ratios(
        200,
        energy_kwh=50_000,
        material_kg=250_000,
        water_m3=4_000,
        waste_kg=30_000,
        value_added=120_000,
    )
    assert r.energy_productivity == pytest.approx(200 / 50_000)
    assert r.specific_energy == pytest.approx(250.0)
    assert r.material_productivity == pytest.approx(200 / 250_000)
    assert r.water_productivity == pytest.approx(0.05)
    assert r.waste_intensity == pytest.approx(150.0)
    assert r.value_added_per_kwh == pytest.approx(2.4)


def test_missing_inputs_give_none():
    r = resource_ratios(100, energy_kwh=1000)
    assert r.specific_energy == 10
    assert r.material_productivity is None
    assert r.water_productivity is None
    assert r.waste_intensity is None
    assert r.value_added_per_kwh is None


def test_zero_denominators_give_none():
    r = resource_ratios(0, energy_kwh=0, waste_kg=5)
    assert r.energy_productivity is None
    assert r.specific_energy is None
    assert r.waste_intensity is None


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"output": -1}, "output: must not be negative"),
        ({"output": 1, "energy_kwh": -5}, "energy_kwh: must not be negative"),
        ({"output": 1, "water_m3": float("inf")}, "water_m3: must be a finite"),
        ({"output": "ten"}, "output: must be a number"),
        ({"output": None}, "output: is required"),
    ],
)
def test_invalid_inputs(kwargs, match):
    with pytest.raises(ValueError, match=match):
        resource_ratios(**kwargs)
