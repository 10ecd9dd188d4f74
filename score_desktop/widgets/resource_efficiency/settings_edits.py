"""Pure edits of a resource log's settings: factors, tariffs, prices, waste streams (no Qt)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from score_desktop.tools.resource_efficiency import (
    WASTE_KINDS,
    ResourceLog,
    Tariff,
    WasteStreamSettings,
)
from score_desktop.widgets.resource_efficiency.log_edits import parse_number

USER_SOURCE = "set by the user in SCORE Desktop"


@dataclass(frozen=True)
class SettingsTable:
    """One settings table: headers, rows of cell values and which columns can be edited."""

    headers: tuple[str, ...]
    keys: tuple[str, ...]  # the carrier key, material or stream name of each row
    rows: tuple[tuple[Any, ...], ...]
    editable: frozenset[int]
    tooltips: tuple[str, ...] = ()
    apply: Callable[[ResourceLog, str, int, Any], ResourceLog] | None = None


def _amount(text: Any, what: str, *, optional: bool = True) -> float | None:
    try:
        value = parse_number(text)
    except ValueError:
        raise ValueError(f"{what}: '{text}' is not a number") from None
    if value is None:
        if optional:
            return None
        raise ValueError(f"{what}: a number is needed")
    if value < 0:
        raise ValueError(f"{what}: must be 0 or more, found {value:g}")
    return value


def carrier_table(log: ResourceLog, keys: Sequence[str]) -> SettingsTable:
    """The energy carriers shown in the data log, with their factors and tariffs."""
    c = log.currency
    rows = log.carrier_rows(keys)
    tips = [
        f"kWh factor: {log.carriers[k].kwh_source}\nCO2 factor: {log.carriers[k].co2_source}"
        for k in keys
    ]
    return SettingsTable(
        headers=(
            "Carrier",
            "Unit",
            "kWh per unit",
            "kg CO₂ per kWh",
            f"Price [{c}/unit]",
            f"Fixed [{c}/period]",
        ),
        keys=tuple(keys),
        rows=tuple(rows),
        editable=frozenset({2, 3, 4, 5}),
        tooltips=tuple(tips),
        apply=set_carrier_value,
    )


def set_carrier_value(log: ResourceLog, key: str, column: int, text: Any) -> ResourceLog:
    carrier = log.carriers[key]
    if column in (2, 3):
        what = "kWh per unit" if column == 2 else "kg CO2 per kWh"
        value = _amount(text, f"{carrier.name}, {what}", optional=False)
        assert value is not None
        if column == 2:
            if value <= 0:
                raise ValueError(f"{carrier.name}, kWh per unit: must be more than 0")
            carrier = dataclasses.replace(carrier, kwh_per_unit=value, kwh_source=USER_SOURCE)
        else:
            carrier = dataclasses.replace(carrier, co2_kg_per_kwh=value, co2_source=USER_SOURCE)
        return dataclasses.replace(log, carriers={**log.carriers, key: carrier})
    tariffs = dict(log.tariffs)
    old = tariffs.get(key)
    if column == 4:
        price = _amount(text, f"{carrier.name}, price per {carrier.unit}")
        if price is None:
            tariffs.pop(key, None)
        else:
            tariffs[key] = Tariff(price, old.fixed_charge if old else 0.0)
    else:
        fixed = _amount(text, f"{carrier.name}, fixed charge") or 0.0
        if old is None:
            raise ValueError(f"{carrier.name}: enter the price per {carrier.unit} first")
        tariffs[key] = Tariff(old.price_per_unit, fixed)
    return dataclasses.replace(log, tariffs=tariffs)


def material_table(log: ResourceLog, names: Sequence[str]) -> SettingsTable:
    return SettingsTable(
        headers=("Material", f"Purchase price [{log.currency}/kg]"),
        keys=tuple(names),
        rows=tuple((n, log.material_prices_per_kg.get(n)) for n in names),
        editable=frozenset({1}),
        apply=set_material_price,
    )


def set_material_price(log: ResourceLog, name: str, column: int, text: Any) -> ResourceLog:
    prices = dict(log.material_prices_per_kg)
    value = _amount(text, f"{name}, purchase price")
    if value is None:
        prices.pop(name, None)
    else:
        prices[name] = value
    return dataclasses.replace(log, material_prices_per_kg=prices)


def waste_table(log: ResourceLog, names: Sequence[str]) -> SettingsTable:
    c = log.currency
    rows = []
    for n in names:
        s = log.waste_streams.get(n, WasteStreamSettings())
        rows.append((n, s.kind, s.disposal_cost_per_kg, s.revenue_per_kg, s.material_value_per_kg))
    return SettingsTable(
        headers=(
            "Waste stream",
            "Kind",
            f"Disposal [{c}/kg]",
            f"Scrap sales [{c}/kg]",
            f"Material value [{c}/kg]",
        ),
        keys=tuple(names),
        rows=tuple(rows),
        editable=frozenset({1, 2, 3, 4}),
        tooltips=tuple(
            "Material value: empty = the average purchase price of the materials" for _ in names
        ),
        apply=set_waste_value,
    )


def set_waste_value(log: ResourceLog, name: str, column: int, text: Any) -> ResourceLog:
    settings = log.waste_streams.get(name, WasteStreamSettings())
    if column == 1:
        kind = str(text).strip()
        if kind not in WASTE_KINDS:
            raise ValueError(f"{name}: the kind must be one of {', '.join(WASTE_KINDS)}")
        settings = dataclasses.replace(settings, kind=kind)
    elif column == 4:
        value = _amount(text, f"{name}, material value per kg")
        settings = dataclasses.replace(settings, material_value_per_kg=value)
    else:
        what = "disposal cost per kg" if column == 2 else "scrap sales per kg"
        value = _amount(text, f"{name}, {what}") or 0.0
        attribute = "disposal_cost_per_kg" if column == 2 else "revenue_per_kg"
        settings = dataclasses.replace(settings, **{attribute: value})
    return dataclasses.replace(log, waste_streams={**log.waste_streams, name: settings})


def with_site_value(log: ResourceLog, field: str, text: Any) -> ResourceLog:
    """Site, production unit, currency, frequency, water price or labour cost per kg."""
    if field in ("site", "production_unit", "currency"):
        value = str(text).strip()
        if field != "site" and not value:
            raise ValueError(f"{field.replace('_', ' ')}: must not be empty")
        return dataclasses.replace(log, **{field: value})
    if field == "frequency":
        if log.periods and text != log.frequency:
            raise ValueError("frequency: empty the log before changing months to weeks")
        return dataclasses.replace(log, frequency=str(text))
    if field == "water_price_per_m3":
        return dataclasses.replace(log, water_price_per_m3=_amount(text, "water price"))
    if field == "labour_cost_per_kg_processed":
        value = _amount(text, "labour cost per kg processed") or 0.0
        return dataclasses.replace(log, labour_cost_per_kg_processed=value)
    raise KeyError(field)
