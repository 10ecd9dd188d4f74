"""Resource productivity and intensity ratios of one period (SCORE / UNIDO-UNEP RECP)."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class ResourceRatios:
    """Productivity = output / resource use; intensity = resource use / output.

    A ratio whose input was not given (or whose denominator is 0) is None.
    """

    output: float
    energy_productivity: float | None  # output per kWh
    specific_energy: float | None  # kWh per unit of output
    material_productivity: float | None  # output per kg of material
    water_productivity: float | None  # output per m3 of water
    waste_intensity: float | None  # kg of waste per unit of output
    value_added_per_kwh: float | None  # value added per kWh


def _check(name: str, value: float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name}: must be a number, found {type(value).__name__}")
    value = float(value)
    if not math.isfinite(value):
        raise ValueError(f"{name}: must be a finite number, found {value}")
    if value < 0:
        raise ValueError(f"{name}: must not be negative, found {value:g}")
    return value


def _divide(numerator: float | None, denominator: float | None) -> float | None:
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator


def resource_ratios(
    output: float,
    energy_kwh: float | None = None,
    material_kg: float | None = None,
    water_m3: float | None = None,
    waste_kg: float | None = None,
    value_added: float | None = None,
) -> ResourceRatios:
    """Ratios for one period: ``output`` in the factory's unit (t, pieces, m of fabric...).

    Inputs must be finite and not negative (value added may be negative: a loss-making period).
    """
    out = _check("output", output)
    if out is None:
        raise ValueError("output: is required (the quantity produced in the period)")
    energy = _check("energy_kwh", energy_kwh)
    material = _check("material_kg", material_kg)
    water = _check("water_m3", water_m3)
    waste = _check("waste_kg", waste_kg)
    if value_added is not None:
        if isinstance(value_added, bool) or not isinstance(value_added, int | float):
            raise ValueError("value_added: must be a number")
        if not math.isfinite(value_added):
            raise ValueError(f"value_added: must be a finite number, found {value_added}")
        value_added = float(value_added)
    return ResourceRatios(
        output=out,
        energy_productivity=_divide(out, energy),
        specific_energy=_divide(energy, out),
        material_productivity=_divide(out, material),
        water_productivity=_divide(out, water),
        waste_intensity=_divide(waste, out),
        value_added_per_kwh=_divide(value_added, energy),
    )
