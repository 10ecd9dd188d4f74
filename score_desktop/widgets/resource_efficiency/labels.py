"""Names and units of drivers and ratios as the resource-efficiency views write them."""

from __future__ import annotations

from score_desktop.tools.resource_efficiency import ResourceLog

DEGREE_DAYS = "°C·day"

DRIVER_NAMES = {
    "production": "Production",
    "heating_degree_days": "Heating degree days",
    "cooling_degree_days": "Cooling degree days",
}

RATIO_LABELS = {
    "specific_energy": "Specific energy",
    "energy_productivity": "Energy productivity",
    "material_productivity": "Material productivity",
    "water_productivity": "Water productivity",
    "waste_intensity": "Waste intensity",
    "value_added_per_kwh": "Value added per kWh",
}


def driver_unit(driver: str, log: ResourceLog) -> str:
    return log.production_unit if driver == "production" else DEGREE_DAYS


def driver_label(driver: str, log: ResourceLog) -> str:
    """``Production [t]``, ``Heating degree days [°C·day]``."""
    return f"{DRIVER_NAMES[driver]} [{driver_unit(driver, log)}]"


def ratio_unit(ratio: str, log: ResourceLog) -> str:
    unit = log.production_unit
    return {
        "specific_energy": f"kWh/{unit}",
        "energy_productivity": f"{unit}/kWh",
        "material_productivity": f"{unit}/kg",
        "water_productivity": f"{unit}/m³",
        "waste_intensity": f"kg/{unit}",
        "value_added_per_kwh": f"{log.currency}/kWh",
    }[ratio]


def ratio_label(ratio: str, log: ResourceLog) -> str:
    """``Specific energy [kWh/t]``."""
    return f"{RATIO_LABELS[ratio]} [{ratio_unit(ratio, log)}]"


def number(value: float | None, digits: int = 4) -> str:
    """A figure to about ``digits`` significant figures with thousands separators; – for None."""
    if value is None:
        return "–"
    if value == 0:
        return "0"
    magnitude = abs(value)
    decimals = 0 if magnitude >= 10 ** (digits - 1) else digits - 1 - int(f"{magnitude:e}"[-3:])
    return f"{value:,.{max(0, decimals)}f}"
