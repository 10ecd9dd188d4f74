"""Energy carriers: conversions to kWh and CO2 from the stated factors, tariffs, editing."""

import dataclasses

import pytest

from score_desktop.tools.resource_efficiency.carriers import (
    DEFAULT_CARRIERS,
    EnergyCarrier,
    Tariff,
    carrier_from_dict,
    carrier_to_dict,
    energy_summary,
    find_carrier,
    unit_name,
)


def test_every_default_states_its_sources():
    wanted = {
        "electricity_kwh",
        "natural_gas_m3",
        "natural_gas_kwh",
        "fuel_oil_litre",
        "lpg_kg",
        "lpg_litre",
        "diesel_litre",
        "steam_kg",
        "steam_tonne",
        "biomass_kg",
    }
    assert wanted <= set(DEFAULT_CARRIERS)
    for carrier in DEFAULT_CARRIERS.values():
        assert len(carrier.kwh_source) > 10 and len(carrier.co2_source) > 10


def test_conversions_from_ipcc_calorific_values():
    # IPCC 2006 Vol. 2 Table 1.2 net calorific values, 1 kWh = 3.6 MJ
    assert DEFAULT_CARRIERS["lpg_kg"].to_kwh(100) == pytest.approx(100 * 47.3 / 3.6, rel=1e-4)
    assert DEFAULT_CARRIERS["diesel_litre"].to_kwh(1) == pytest.approx(43.0 * 0.84 / 3.6, rel=1e-4)
    assert DEFAULT_CARRIERS["natural_gas_m3"].to_kwh(1000) == pytest.approx(10_000, rel=1e-4)
    assert DEFAULT_CARRIERS["biomass_tonne"].to_kwh(2) == pytest.approx(2 * 15600 / 3.6, rel=1e-4)
    # steam: (2777.1 - 83.9) kJ/kg / 3600 kJ/kWh
    assert DEFAULT_CARRIERS["steam_tonne"].to_kwh(1) == pytest.approx(2693.2 / 3.6, rel=1e-5)
    assert DEFAULT_CARRIERS["steam_tonne"].to_kwh(1) == pytest.approx(
        1000 * DEFAULT_CARRIERS["steam_kg"].to_kwh(1), rel=1e-5
    )


def test_co2_factors():
    # 56,100 kg CO2/TJ natural gas = 0.20196 kg/kWh; diesel about 2.68 kg CO2 per litre
    assert DEFAULT_CARRIERS["natural_gas_kwh"].co2_kg_per_kwh == pytest.approx(0.20196, abs=1e-5)
    assert DEFAULT_CARRIERS["diesel_litre"].co2_kg_per_unit == pytest.approx(2.68, abs=0.01)
    assert DEFAULT_CARRIERS["biomass_kg"].co2_kg_per_kwh == 0.0


def test_energy_summary_with_tariffs():
    summary = energy_summary(
        {"electricity_kwh": 10_000, "natural_gas_m3": 2_000, "diesel_litre": 100},
        tariffs={"electricity_kwh": Tariff(0.20, fixed_charge=50), "natural_gas_m3": Tariff(0.8)},
    )
    assert summary.total_kwh == pytest.approx(10_000 + 20_000 + 100 * 10.0333, rel=1e-4)
    assert summary.lines[0].cost == pytest.approx(2050)
    assert summary.lines[1].cost == pytest.approx(1600)
    assert summary.lines[2].cost is None
    assert summary.total_cost == pytest.approx(3650)
    assert summary.carriers_without_tariff == ("diesel_litre",)
    assert summary.total_co2_kg == pytest.approx(
        10_000 * 0.481 + 20_000 * 0.20196 + 100 * 10.0333 * 0.26676, rel=1e-4
    )


def test_edited_factor_is_used():
    carriers = dict(DEFAULT_CARRIERS)
    carriers["natural_gas_m3"] = dataclasses.replace(
        carriers["natural_gas_m3"], kwh_per_unit=10.55, kwh_source="supplier bill 2024"
    )
    assert energy_summary({"natural_gas_m3": 100}, carriers).total_kwh == pytest.approx(1055)


@pytest.mark.parametrize(
    ("quantities", "match"),
    [
        ({"unobtainium_kg": 1}, "'unobtainium_kg' is not known"),
        ({"electricity_kwh": -1}, "zero or more"),
    ],
)
def test_energy_summary_errors(quantities, match):
    with pytest.raises(ValueError, match=match):
        energy_summary(quantities)


def test_find_carrier_by_name_and_unit():
    assert find_carrier("Electricity", "kWh") == (DEFAULT_CARRIERS["electricity_kwh"], 1.0)
    assert find_carrier("electricity", "MWh") == (DEFAULT_CARRIERS["electricity_kwh"], 1000.0)
    assert find_carrier("Natural gas", "m³")[0].key == "natural_gas_m3"
    assert find_carrier("Natural gas", "GJ") == (
        DEFAULT_CARRIERS["natural_gas_kwh"],
        pytest.approx(277.7778, rel=1e-6),
    )
    assert find_carrier("steam", "tonnes")[0].key == "steam_tonne"
    assert find_carrier("LPG", "l")[0].key == "lpg_litre"
    with pytest.raises(ValueError, match="cannot be given in kg"):
        find_carrier("electricity", "kg")
    with pytest.raises(ValueError, match="'plasma' is not known"):
        find_carrier("plasma", "kWh")
    with pytest.raises(ValueError, match="unit 'gallon' is not known"):
        unit_name("gallon")


def test_invalid_carrier_and_tariff():
    with pytest.raises(ValueError, match="must be a positive number"):
        EnergyCarrier("x", "X", "kg", 0.0, "s", 0.1, "s")
    with pytest.raises(ValueError, match="fixed_charge must be zero or more"):
        Tariff(0.1, fixed_charge=-5)


def test_carrier_dict_round_trip_and_errors():
    for carrier in DEFAULT_CARRIERS.values():
        assert carrier_from_dict(carrier_to_dict(carrier), "c") == carrier
    bad = carrier_to_dict(DEFAULT_CARRIERS["lpg_kg"]) | {"kwh_per_unit": "13"}
    with pytest.raises(ValueError, match=r"^log\.carriers\[0\]\.kwh_per_unit: must be a number"):
        carrier_from_dict(bad, "log.carriers[0]")
