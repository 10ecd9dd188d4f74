"""Names and units of drivers and ratios as the resource-efficiency views write them."""

from __future__ import annotations

from score_desktop.project.metrics import RATIOS_BY_KEY, RESOURCE_RATIOS
from score_desktop.tools.resource_efficiency import ResourceLog

DEGREE_DAYS = "°C·day"

DRIVER_NAMES = {
    "production": "Production",
    "heating_degree_days": "Heating degree days",
    "cooling_degree_days": "Cooling degree days",
}

#: The ratios' names, from the metric catalogue (the workbook uses the same ones).
RATIO_LABELS = {m.key: m.label for m in RESOURCE_RATIOS}


def driver_unit(driver: str, log: ResourceLog) -> str:
    return log.production_unit if driver == "production" else DEGREE_DAYS


def driver_label(driver: str, log: ResourceLog) -> str:
    """``Production [t]``, ``Heating degree days [°C·day]``."""
    return f"{DRIVER_NAMES[driver]} [{driver_unit(driver, log)}]"


def ratio_unit(ratio: str, log: ResourceLog) -> str:
    return RATIOS_BY_KEY[ratio].unit_for(log.production_unit, log.currency)


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
