"""A site's monthly or weekly resource data log, its validation and its JSON form."""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from score_desktop.tools.resource_efficiency.carriers import (
    DEFAULT_CARRIERS,
    EnergyCarrier,
    Tariff,
    carrier_from_dict,
    carrier_to_dict,
)
from score_desktop.tools.resource_efficiency.material_balance import WASTE_KINDS
from score_desktop.tools.resource_efficiency.periods import (
    FREQUENCIES,
    period_label,
    period_ordinal,
)

# The optional number fields of a period, with the words used for them in messages.
NUMBER_FIELDS: Mapping[str, str] = MappingProxyType(
    {
        "production": "production",
        "product_kg": "material in product [kg]",
        "water_m3": "water [m3]",
        "heating_degree_days": "heating degree days",
        "cooling_degree_days": "cooling degree days",
        "value_added": "value added",
    }
)


@dataclass(frozen=True)
class LogPeriod:
    """One month or week of a site: what it produced and what it used and lost.

    ``energy`` maps a carrier key (e.g. ``natural_gas_m3``) to the quantity in that carrier's
    unit; ``materials_kg`` and ``waste_kg`` map a material or waste stream name to kg.
    ``product_kg`` is the material that left in the product (for the material balance).
    Values are kept as typed, even if invalid: :func:`validate_log` reports the problems.
    """

    period: str
    production: float | None = None
    energy: Mapping[str, float] = field(default_factory=dict)
    water_m3: float | None = None
    materials_kg: Mapping[str, float] = field(default_factory=dict)
    waste_kg: Mapping[str, float] = field(default_factory=dict)
    product_kg: float | None = None
    heating_degree_days: float | None = None
    cooling_degree_days: float | None = None
    value_added: float | None = None
    note: str = ""


@dataclass(frozen=True)
class WasteStreamSettings:
    """What a waste stream is and what it costs per kg (disposal) or earns (scrap sales)."""

    kind: str = "solid waste"
    disposal_cost_per_kg: float = 0.0
    revenue_per_kg: float = 0.0
    material_value_per_kg: float | None = None  # None: the materials' average purchase price


@dataclass(frozen=True)
class ResourceLog:
    """The data log of one site with the factors and prices that turn it into kWh, CO2, cost."""

    site: str
    frequency: str = "monthly"
    production_unit: str = "t"
    currency: str = "EUR"
    periods: tuple[LogPeriod, ...] = ()
    carriers: Mapping[str, EnergyCarrier] = field(default_factory=lambda: DEFAULT_CARRIERS)
    tariffs: Mapping[str, Tariff] = field(default_factory=dict)
    water_price_per_m3: float | None = None
    material_prices_per_kg: Mapping[str, float] = field(default_factory=dict)
    waste_streams: Mapping[str, WasteStreamSettings] = field(default_factory=dict)
    labour_cost_per_kg_processed: float = 0.0

    def period(self, label: str) -> LogPeriod:
        for p in self.periods:
            if p.period == label:
                return p
        raise ValueError(f"resource log '{self.site}': there is no period {label}")

    def carrier_rows(self, keys: Sequence[str]) -> list[tuple]:
        """Per carrier key: name, unit, kWh per unit, kg CO2 per kWh, price per unit and fixed
        charge per period (None without a tariff), as the settings and the Excel sheet show."""
        rows = []
        for key in keys:
            carrier = self.carriers[key]
            tariff = self.tariffs.get(key)
            rows.append(
                (
                    carrier.name,
                    carrier.unit,
                    carrier.kwh_per_unit,
                    carrier.co2_kg_per_kwh,
                    tariff.price_per_unit if tariff else None,
                    tariff.fixed_charge if tariff else None,
                )
            )
        return rows

    def sorted_periods(self) -> tuple[LogPeriod, ...]:
        """Periods in time order (labels that cannot be read go last, in their given order)."""

        def key(p: LogPeriod) -> tuple[int, int]:
            try:
                return (0, period_ordinal(p.period, self.frequency))
            except ValueError:
                return (1, 0)

        return tuple(sorted(self.periods, key=key))


@dataclass(frozen=True)
class LogIssue:
    """One validation finding; ``message`` is a full sentence naming the period and field."""

    severity: str  # "error" (the figure cannot be used) or "warning" (check it)
    period: str | None
    field: str | None
    message: str


def _bad_number(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "is not a number"
    if not math.isfinite(value):
        return "is not a finite number"
    return None


def _check_value(issues: list[LogIssue], label: str, name: str, value: Any) -> None:
    problem = _bad_number(value)
    if problem:
        issues.append(LogIssue("error", label, name, f"{label}, {name}: {problem} ({value!r})."))
    elif value < 0:
        issues.append(
            LogIssue(
                "error",
                label,
                name,
                f"{label}, {name}: negative use ({value:g}); "
                "figures in the log are amounts used or produced and cannot be below 0.",
            )
        )


def validate_log(log: ResourceLog) -> tuple[LogIssue, ...]:
    """Every problem in the log: malformed or duplicate periods, gaps, negative or non-numeric
    values, unknown energy carriers (units), zero production. Errors first, then warnings."""
    issues: list[LogIssue] = []
    if log.frequency not in FREQUENCIES:
        issues.append(
            LogIssue(
                "error",
                None,
                "frequency",
                f"Frequency '{log.frequency}' must be monthly or weekly.",
            )
        )
        return tuple(issues)
    seen: dict[str, int] = {}
    ordinals: list[tuple[int, str]] = []
    for row, p in enumerate(log.periods, start=1):
        label = p.period
        try:
            ordinals.append((period_ordinal(label, log.frequency), label))
        except ValueError as error:
            issues.append(LogIssue("error", label, "period", f"Row {row}: {error}."))
        if label in seen:
            issues.append(
                LogIssue(
                    "error",
                    label,
                    "period",
                    f"{label} appears twice (rows {seen[label]} "
                    f"and {row}); keep one row per {_unit_of_time(log.frequency)}.",
                )
            )
        else:
            seen[label] = row
        for name, words in NUMBER_FIELDS.items():
            value = getattr(p, name)
            # value added may be negative (a loss-making period); every other figure may not
            if value is not None and (name != "value_added" or _bad_number(value)):
                _check_value(issues, label, words, value)
        for key, quantity in p.energy.items():
            carrier = log.carriers.get(key)
            if carrier is None:
                issues.append(
                    LogIssue(
                        "error",
                        label,
                        f"energy:{key}",
                        f"{label}, energy '{key}': unknown "
                        "energy carrier or unit; define it with its kWh factor first.",
                    )
                )
                continue
            _check_value(issues, label, f"{carrier.name} [{carrier.unit}]", quantity)
        for name, quantity in p.materials_kg.items():
            _check_value(issues, label, f"material: {name} [kg]", quantity)
        for name, quantity in p.waste_kg.items():
            _check_value(issues, label, f"waste: {name} [kg]", quantity)
        if p.production == 0:
            issues.append(
                LogIssue(
                    "warning",
                    label,
                    "production",
                    f"{label}, production is 0: ratios per "
                    "unit of output are not defined for this period (shutdown?).",
                )
            )
    for name in {w for p in log.periods for w in p.waste_kg}:
        settings = log.waste_streams.get(name)
        if settings is not None and settings.kind not in WASTE_KINDS:
            issues.append(
                LogIssue(
                    "error",
                    None,
                    f"waste:{name}",
                    f"Waste stream '{name}': kind '{settings.kind}' is not one of "
                    f"{', '.join(WASTE_KINDS)}.",
                )
            )
    issues.extend(_gaps(ordinals, log.frequency))
    return tuple(sorted(issues, key=lambda i: i.severity != "error"))


def _unit_of_time(frequency: str) -> str:
    return "month" if frequency == "monthly" else "week"


def _gaps(ordinals: list[tuple[int, str]], frequency: str) -> list[LogIssue]:
    issues = []
    ordered = sorted(set(ordinals))
    if [o for o, _ in ordinals] != sorted(o for o, _ in ordinals):
        issues.append(
            LogIssue(
                "warning",
                None,
                "period",
                "The periods are not in date order; they are used in date order.",
            )
        )
    for (a, label_a), (b, label_b) in itertools.pairwise(ordered):
        if b - a > 1:
            missing = [period_label(k, frequency) for k in range(a + 1, b)]
            shown = ", ".join(missing[:6]) + (" ..." if len(missing) > 6 else "")
            word = _unit_of_time(frequency) + ("s" if len(missing) > 1 else "")
            issues.append(
                LogIssue(
                    "warning",
                    missing[0],
                    "period",
                    f"{len(missing)} missing {word} between "
                    f"{label_a} and {label_b}: {shown}. Totals and trends skip them.",
                )
            )
    return issues


# ---- JSON form (for the project file) -------------------------------------------------------


def _opt(value: float | None) -> float | None:
    return None if value is None else float(value)


def log_to_dict(log: ResourceLog) -> dict[str, Any]:
    """The log as JSON-safe data: only dicts, lists, str, float and None.

    Carriers are written when a period or tariff uses them or when their factors differ from
    the defaults, so the file states every factor its figures depend on.
    """
    used = {k for p in log.periods for k in p.energy} | set(log.tariffs)
    carriers = [
        carrier_to_dict(c)
        for key, c in log.carriers.items()
        if key in used or DEFAULT_CARRIERS.get(key) != c
    ]
    return {
        "site": log.site,
        "frequency": log.frequency,
        "production_unit": log.production_unit,
        "currency": log.currency,
        "carriers": carriers,
        "tariffs": {
            k: {"price_per_unit": t.price_per_unit, "fixed_charge": t.fixed_charge}
            for k, t in log.tariffs.items()
        },
        "water_price_per_m3": _opt(log.water_price_per_m3),
        "material_prices_per_kg": {k: float(v) for k, v in log.material_prices_per_kg.items()},
        "waste_streams": {
            name: {
                "kind": w.kind,
                "disposal_cost_per_kg": w.disposal_cost_per_kg,
                "revenue_per_kg": w.revenue_per_kg,
                "material_value_per_kg": _opt(w.material_value_per_kg),
            }
            for name, w in log.waste_streams.items()
        },
        "labour_cost_per_kg_processed": log.labour_cost_per_kg_processed,
        "periods": [
            {
                "period": p.period,
                **{name: _opt(getattr(p, name)) for name in NUMBER_FIELDS},
                "energy": {k: float(v) for k, v in p.energy.items()},
                "materials_kg": {k: float(v) for k, v in p.materials_kg.items()},
                "waste_kg": {k: float(v) for k, v in p.waste_kg.items()},
                "note": p.note,
            }
            for p in log.periods
        ],
    }


class _Reader:
    """Reads one JSON object; every error names ``where`` and the key."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ValueError(f"{where}: expected an object, found {type(data).__name__}")
        self.data = data
        self.where = where

    def text(self, key: str, default: str) -> str:
        value = self.data.get(key, default)
        if value is None:
            return default
        if not isinstance(value, str):
            raise ValueError(f"{self.where}.{key}: must be text")
        return value

    def number(
        self, key: str, default: float | None = None, minimum: float | None = None
    ) -> float | None:
        value = self.data.get(key, default)
        return _number(value, f"{self.where}.{key}", minimum)

    def mapping(self, key: str) -> dict[str, Any]:
        value = {} if self.data.get(key) is None else self.data[key]
        if not isinstance(value, dict):
            raise ValueError(f"{self.where}.{key}: expected an object")
        return value

    def numbers(self, key: str, minimum: float | None = None) -> dict[str, float]:
        result = {}
        for name, value in self.mapping(key).items():
            number = _number(value, f"{self.where}.{key}.{name}", minimum)
            if number is None:
                raise ValueError(f"{self.where}.{key}.{name}: must be a number")
            result[name] = number
        return result


def _number(value: Any, where: str, minimum: float | None = None) -> float | None:
    if value is None:
        return None
    if _bad_number(value):
        raise ValueError(f"{where}: must be a finite number, found {value!r}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{where}: must be at least {minimum:g}, found {value:g}")
    return float(value)


def log_from_dict(data: Any, where: str = "resource_log") -> ResourceLog:
    """Read what :func:`log_to_dict` wrote. Refuses wrong types, malformed period labels and
    undefined carriers with a ValueError naming the location (``where.periods[3].energy``);
    keeps negative values, gaps and duplicates, which :func:`validate_log` reports."""
    r = _Reader(data, where)
    frequency = r.text("frequency", "monthly")
    if frequency not in FREQUENCIES:
        raise ValueError(f"{where}.frequency: must be monthly or weekly, found '{frequency}'")
    carriers = dict(DEFAULT_CARRIERS)
    raw_carriers = [] if data.get("carriers") is None else data["carriers"]
    if not isinstance(raw_carriers, list):
        raise ValueError(f"{where}.carriers: expected a list")
    for i, raw in enumerate(raw_carriers):
        carrier = carrier_from_dict(raw, f"{where}.carriers[{i}]")
        carriers[carrier.key] = carrier
    tariffs = {}
    for key, raw in r.mapping("tariffs").items():
        t = _Reader(raw, f"{where}.tariffs.{key}")
        if key not in carriers:
            raise ValueError(f"{where}.tariffs.{key}: no such energy carrier")
        price = t.number("price_per_unit", minimum=0)
        if price is None:
            raise ValueError(f"{where}.tariffs.{key}.price_per_unit: must be a number")
        tariffs[key] = Tariff(price, t.number("fixed_charge", 0.0, minimum=0) or 0.0)
    streams = {}
    for name, raw in r.mapping("waste_streams").items():
        w = _Reader(raw, f"{where}.waste_streams.{name}")
        kind = w.text("kind", "solid waste")
        if kind not in WASTE_KINDS:
            raise ValueError(f"{w.where}.kind: must be one of {', '.join(WASTE_KINDS)}")
        streams[name] = WasteStreamSettings(
            kind=kind,
            disposal_cost_per_kg=w.number("disposal_cost_per_kg", 0.0, minimum=0) or 0.0,
            revenue_per_kg=w.number("revenue_per_kg", 0.0, minimum=0) or 0.0,
            material_value_per_kg=w.number("material_value_per_kg", minimum=0),
        )
    raw_periods = [] if data.get("periods") is None else data["periods"]
    if not isinstance(raw_periods, list):
        raise ValueError(f"{where}.periods: expected a list")
    periods = []
    for i, raw in enumerate(raw_periods):
        pw = f"{where}.periods[{i}]"
        p = _Reader(raw, pw)
        label = p.text("period", "")
        try:
            period_ordinal(label, frequency)
        except ValueError as error:
            raise ValueError(f"{pw}.period: {error}") from None
        energy = p.numbers("energy")
        for key in energy:
            if key not in carriers:
                raise ValueError(
                    f"{pw}.energy.{key}: energy carrier not defined in {where}.carriers"
                )
        periods.append(
            LogPeriod(
                period=label,
                energy=energy,
                materials_kg=p.numbers("materials_kg"),
                waste_kg=p.numbers("waste_kg"),
                note=p.text("note", ""),
                **{name: p.number(name) for name in NUMBER_FIELDS},
            )
        )
    return ResourceLog(
        site=r.text("site", ""),
        frequency=frequency,
        production_unit=r.text("production_unit", "t"),
        currency=r.text("currency", "EUR"),
        periods=tuple(periods),
        carriers=MappingProxyType(carriers),
        tariffs=tariffs,
        water_price_per_m3=r.number("water_price_per_m3", minimum=0),
        material_prices_per_kg=r.numbers("material_prices_per_kg", minimum=0),
        waste_streams=streams,
        labour_cost_per_kg_processed=r.number("labour_cost_per_kg_processed", 0.0, minimum=0)
        or 0.0,
    )
