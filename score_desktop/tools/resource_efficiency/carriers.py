"""Energy carriers converted to kWh and CO2 with stated, editable factors; costs from tariffs."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

# Units a carrier (or an import column) may be measured in: dimension and size in base units
# (energy: kWh, mass: kg, volume: m3).
UNITS: Mapping[str, tuple[str, float]] = MappingProxyType(
    {
        "kWh": ("energy", 1.0),
        "MWh": ("energy", 1000.0),
        "GJ": ("energy", 1e9 / 3.6e6),
        "MJ": ("energy", 1e6 / 3.6e6),
        "kg": ("mass", 1.0),
        "t": ("mass", 1000.0),
        "m3": ("volume", 1.0),
        "litre": ("volume", 0.001),
    }
)
_UNIT_ALIASES = {
    "kwh": "kWh",
    "mwh": "MWh",
    "gj": "GJ",
    "mj": "MJ",
    "kg": "kg",
    "t": "t",
    "tonne": "t",
    "tonnes": "t",
    "ton": "t",
    "m3": "m3",
    "m³": "m3",
    "cubic metre": "m3",
    "l": "litre",
    "litre": "litre",
    "litres": "litre",
    "liter": "litre",
    "liters": "litre",
}

_KWH_PER_TJ = 1e12 / 3.6e6  # 277 777.8 kWh in one terajoule
_IPCC = "IPCC 2006 Guidelines, Vol. 2 Energy, ch. 1"


def unit_name(text: str) -> str:
    """The canonical spelling of a unit (``m³`` -> ``m3``, ``l`` -> ``litre``), or ValueError."""
    key = text.strip().lower()
    if key not in _UNIT_ALIASES:
        known = ", ".join(UNITS)
        raise ValueError(f"unit '{text}' is not known; use one of {known}")
    return _UNIT_ALIASES[key]


@dataclass(frozen=True)
class EnergyCarrier:
    """One energy carrier in one purchase unit, e.g. natural gas in m3.

    ``kwh_per_unit`` is the final energy (net calorific value for fuels) in one unit;
    ``co2_kg_per_kwh`` the CO2 emitted per kWh of it. Both state their source.
    """

    key: str
    name: str
    unit: str
    kwh_per_unit: float
    kwh_source: str
    co2_kg_per_kwh: float
    co2_source: str

    def __post_init__(self) -> None:
        for attribute in ("key", "name", "unit"):
            if not str(getattr(self, attribute)).strip():
                raise ValueError(f"energy carrier: {attribute} must not be empty")
        unit_name(self.unit)
        if not (math.isfinite(self.kwh_per_unit) and self.kwh_per_unit > 0):
            raise ValueError(
                f"energy carrier '{self.key}': kWh per {self.unit} must be a positive number, "
                f"found {self.kwh_per_unit}"
            )
        if not (math.isfinite(self.co2_kg_per_kwh) and self.co2_kg_per_kwh >= 0):
            raise ValueError(
                f"energy carrier '{self.key}': kg CO2 per kWh must be zero or more, "
                f"found {self.co2_kg_per_kwh}"
            )

    @property
    def co2_kg_per_unit(self) -> float:
        return self.kwh_per_unit * self.co2_kg_per_kwh

    def to_kwh(self, quantity: float) -> float:
        return quantity * self.kwh_per_unit


def _fuel(
    key: str,
    name: str,
    unit: str,
    mj_per_kg: float,
    kg_per_unit: float,
    density_note: str,
    co2_kg_per_tj: float,
    fuel: str,
) -> EnergyCarrier:
    kwh = mj_per_kg * kg_per_unit / 3.6
    source = f"{_IPCC}, Table 1.2: net calorific value of {fuel} {mj_per_kg} MJ/kg"
    if density_note:
        source += f"; {density_note}"
    return EnergyCarrier(
        key=key,
        name=name,
        unit=unit,
        kwh_per_unit=round(kwh, 4),
        kwh_source=source,
        co2_kg_per_kwh=round(co2_kg_per_tj / _KWH_PER_TJ, 5),
        co2_source=f"{_IPCC}, Table 1.4: {fuel} {co2_kg_per_tj:,.0f} kg CO2/TJ",
    )


_GAS_KWH = EnergyCarrier(
    key="natural_gas_kwh",
    name="Natural gas",
    unit="kWh",
    kwh_per_unit=1.0,
    kwh_source="metered in kWh (check the bill says net, not gross, calorific value)",
    co2_kg_per_kwh=round(56_100 / _KWH_PER_TJ, 5),
    co2_source=f"{_IPCC}, Table 1.4: natural gas 56,100 kg CO2/TJ",
)
_STEAM_KWH_PER_KG = (2777.1 - 83.9) / 3600  # kJ/kg -> kWh/kg
_STEAM_SOURCE = (
    "saturated steam at 10 bar(a), h = 2777.1 kJ/kg, less feedwater at 20 °C, 83.9 kJ/kg "
    "(IAPWS-IF97 steam tables); set your own pressure and condensate return"
)
_STEAM_CO2 = round(56_100 / _KWH_PER_TJ / 0.85, 5)
_STEAM_CO2_SOURCE = (
    "natural-gas boiler at 85 % efficiency: 56,100 kg CO2/TJ (IPCC 2006, Table 1.4) / 0.85"
)
_BIOMASS_CO2_SOURCE = (
    "biogenic CO2 counted as 0 in energy totals (IPCC 2006, Vol. 2, ch. 1: reported as a "
    "memo item; 112,000 kg CO2/TJ if you must show it)"
)

DEFAULT_CARRIERS: Mapping[str, EnergyCarrier] = MappingProxyType(
    {
        c.key: c
        for c in (
            EnergyCarrier(
                key="electricity_kwh",
                name="Electricity",
                unit="kWh",
                kwh_per_unit=1.0,
                kwh_source="metered in kWh (definition)",
                co2_kg_per_kwh=0.481,
                co2_source=(
                    "world average grid 2023, 481 g CO2/kWh (Ember, Global Electricity Review "
                    "2024); replace it with your country's or supplier's factor"
                ),
            ),
            _fuel(
                "natural_gas_m3",
                "Natural gas",
                "m3",
                48.0,
                0.75,
                "density 0.75 kg/m3 at standard conditions, about 10.0 kWh/m3; use the "
                "calorific value on your gas bill",
                56_100,
                "natural gas",
            ),
            _GAS_KWH,
            _fuel(
                "fuel_oil_litre",
                "Fuel oil",
                "litre",
                43.0,
                0.845,
                "light fuel oil (heating oil) density 0.845 kg/litre",
                74_100,
                "gas/diesel oil",
            ),
            _fuel(
                "heavy_fuel_oil_litre",
                "Heavy fuel oil",
                "litre",
                40.4,
                0.98,
                "density 0.98 kg/litre",
                77_400,
                "residual fuel oil",
            ),
            _fuel(
                "diesel_litre",
                "Diesel",
                "litre",
                43.0,
                0.84,
                "density 0.84 kg/litre (EN 590 range 0.82-0.845)",
                74_100,
                "gas/diesel oil",
            ),
            _fuel("lpg_kg", "LPG", "kg", 47.3, 1.0, "", 63_100, "liquefied petroleum gases"),
            _fuel(
                "lpg_litre",
                "LPG",
                "litre",
                47.3,
                0.54,
                "propane-butane mix density 0.54 kg/litre",
                63_100,
                "liquefied petroleum gases",
            ),
            EnergyCarrier(
                "steam_kg",
                "Steam",
                "kg",
                round(_STEAM_KWH_PER_KG, 5),
                _STEAM_SOURCE,
                _STEAM_CO2,
                _STEAM_CO2_SOURCE,
            ),
            EnergyCarrier(
                "steam_tonne",
                "Steam",
                "t",
                round(1000 * _STEAM_KWH_PER_KG, 2),
                _STEAM_SOURCE,
                _STEAM_CO2,
                _STEAM_CO2_SOURCE,
            ),
            EnergyCarrier(
                "biomass_kg",
                "Biomass",
                "kg",
                round(15.6 / 3.6, 4),
                f"{_IPCC}, Table 1.2: wood/wood waste 15.6 MJ/kg (air-dry); wet chips are lower",
                0.0,
                _BIOMASS_CO2_SOURCE,
            ),
            EnergyCarrier(
                "biomass_tonne",
                "Biomass",
                "t",
                round(15600 / 3.6, 1),
                f"{_IPCC}, Table 1.2: wood/wood waste 15.6 MJ/kg (air-dry); wet chips are lower",
                0.0,
                _BIOMASS_CO2_SOURCE,
            ),
            _fuel("coal_kg", "Coal", "kg", 25.8, 1.0, "", 94_600, "other bituminous coal"),
        )
    }
)


def find_carrier(
    name: str, unit: str, carriers: Mapping[str, EnergyCarrier] = DEFAULT_CARRIERS
) -> tuple[EnergyCarrier, float]:
    """The carrier called ``name`` and the factor that turns ``unit`` into its unit.

    ``find_carrier("electricity", "MWh")`` gives (electricity in kWh, 1000). Prefers a
    carrier kept in exactly that unit, then one of the same dimension (energy, mass, volume).
    """
    canonical = unit_name(unit)
    wanted = name.strip().lower()
    matches = [c for c in carriers.values() if c.name.strip().lower() == wanted]
    if not matches:
        known = sorted({c.name for c in carriers.values()})
        raise ValueError(f"energy carrier '{name}' is not known; known: {', '.join(known)}")
    for carrier in matches:
        if unit_name(carrier.unit) == canonical:
            return carrier, 1.0
    dimension, size = UNITS[canonical]
    for carrier in matches:
        carrier_dimension, carrier_size = UNITS[unit_name(carrier.unit)]
        if carrier_dimension == dimension:
            return carrier, size / carrier_size
    units = ", ".join(sorted({c.unit for c in matches}))
    raise ValueError(
        f"energy carrier '{name}' cannot be given in {unit}; use {units} "
        "(or add a carrier with that unit and its conversion factor)"
    )


@dataclass(frozen=True)
class Tariff:
    """Price of a carrier: ``price_per_unit`` (per the carrier's unit) plus a fixed charge per
    period (standing charge); demand charges can be added to the fixed part."""

    price_per_unit: float
    fixed_charge: float = 0.0

    def __post_init__(self) -> None:
        for name in ("price_per_unit", "fixed_charge"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise ValueError(f"tariff: {name} must be zero or more, found {value}")

    def cost(self, quantity: float) -> float:
        return self.fixed_charge + self.price_per_unit * quantity


@dataclass(frozen=True)
class CarrierLine:
    """One carrier in an energy summary."""

    key: str
    name: str
    unit: str
    quantity: float
    kwh: float
    co2_kg: float
    cost: float | None


@dataclass(frozen=True)
class EnergySummary:
    """Energy use in one period, per carrier and in total (kWh, kg CO2, cost)."""

    lines: tuple[CarrierLine, ...]
    total_kwh: float
    total_co2_kg: float
    total_cost: float | None  # None when no carrier has a tariff
    carriers_without_tariff: tuple[str, ...]


def energy_summary(
    quantities: Mapping[str, float],
    carriers: Mapping[str, EnergyCarrier] = DEFAULT_CARRIERS,
    tariffs: Mapping[str, Tariff] | None = None,
) -> EnergySummary:
    """Convert quantities (carrier key -> amount in the carrier's unit) to kWh, CO2 and cost."""
    tariffs = tariffs or {}
    lines = []
    missing = []
    for key, quantity in quantities.items():
        if key not in carriers:
            known = ", ".join(sorted(carriers))
            raise ValueError(f"energy carrier '{key}' is not known; known: {known}")
        if isinstance(quantity, bool) or not isinstance(quantity, int | float):
            raise ValueError(f"energy '{key}': quantity must be a number")
        if not (math.isfinite(quantity) and quantity >= 0):
            raise ValueError(f"energy '{key}': quantity must be zero or more, found {quantity}")
        carrier = carriers[key]
        kwh = carrier.to_kwh(quantity)
        tariff = tariffs.get(key)
        if tariff is None:
            missing.append(key)
        lines.append(
            CarrierLine(
                key,
                carrier.name,
                carrier.unit,
                float(quantity),
                kwh,
                kwh * carrier.co2_kg_per_kwh,
                tariff.cost(quantity) if tariff is not None else None,
            )
        )
    costs = [line.cost for line in lines if line.cost is not None]
    return EnergySummary(
        lines=tuple(lines),
        total_kwh=sum(line.kwh for line in lines),
        total_co2_kg=sum(line.co2_kg for line in lines),
        total_cost=sum(costs) if costs else None,
        carriers_without_tariff=tuple(missing),
    )


def carrier_to_dict(carrier: EnergyCarrier) -> dict[str, Any]:
    return {
        "key": carrier.key,
        "name": carrier.name,
        "unit": carrier.unit,
        "kwh_per_unit": carrier.kwh_per_unit,
        "kwh_source": carrier.kwh_source,
        "co2_kg_per_kwh": carrier.co2_kg_per_kwh,
        "co2_source": carrier.co2_source,
    }


def carrier_from_dict(data: Any, where: str) -> EnergyCarrier:
    """Read a carrier written by :func:`carrier_to_dict`; ValueError names ``where``."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object")
    values: dict[str, Any] = {}
    for name in ("key", "name", "unit", "kwh_source", "co2_source"):
        value = data.get(name, "")
        if not isinstance(value, str):
            raise ValueError(f"{where}.{name}: must be text")
        values[name] = value
    for name in ("kwh_per_unit", "co2_kg_per_kwh"):
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}.{name}: must be a number")
        values[name] = float(value)
    try:
        return EnergyCarrier(**values)
    except ValueError as error:
        raise ValueError(f"{where}: {error}") from None
