"""Resource-log analyses: ratios per period, baseline and savings, material balance, waste cost."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from score_desktop.tools.resource_efficiency.baseline import EnergyBaseline, fit_baseline
from score_desktop.tools.resource_efficiency.carriers import EnergySummary, energy_summary
from score_desktop.tools.resource_efficiency.datalog import (
    NUMBER_FIELDS,
    LogPeriod,
    ResourceLog,
    WasteStreamSettings,
    validate_log,
)
from score_desktop.tools.resource_efficiency.material_balance import (
    CostOfWaste,
    MaterialBalance,
    MaterialInput,
    WasteStream,
    cost_of_waste,
    material_balance,
)
from score_desktop.tools.resource_efficiency.periods import periods_between
from score_desktop.tools.resource_efficiency.ratios import ResourceRatios, resource_ratios
from score_desktop.tools.resource_efficiency.savings import BaselineSavings, baseline_savings

DRIVER_FIELDS = ("production", "heating_degree_days", "cooling_degree_days")
TOTAL_ENERGY = "total"  # the energy series "all carriers in kWh"


def _usable(log: ResourceLog) -> None:
    errors = [i.message for i in validate_log(log) if i.severity == "error"]
    if errors:
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise ValueError(f"resource log '{log.site}': {errors[0]}{more}")


@dataclass(frozen=True)
class PeriodResult:
    """Energy in kWh, CO2 and cost, and the resource ratios of one period."""

    period: str
    energy: EnergySummary
    ratios: ResourceRatios | None  # None when the period has no production figure
    material_kg: float | None
    waste_kg: float | None
    water_cost: float | None

    @property
    def co2_intensity(self) -> float | None:
        """kg CO2 per unit of output (None without production or energy figures)."""
        if self.ratios is None or not self.ratios.output or not self.energy.lines:
            return None
        return self.energy.total_co2_kg / self.ratios.output

    @property
    def energy_cost_per_unit(self) -> float | None:
        """Energy cost per unit of output (None without production or tariffs)."""
        if self.ratios is None or not self.ratios.output or self.energy.total_cost is None:
            return None
        return self.energy.total_cost / self.ratios.output


def period_results(log: ResourceLog) -> tuple[PeriodResult, ...]:
    """Ratios and energy totals per period, in date order. ValueError if the log has errors."""
    _usable(log)
    results = []
    for p in log.sorted_periods():
        energy = energy_summary(p.energy, log.carriers, log.tariffs)
        material = sum(p.materials_kg.values()) if p.materials_kg else None
        waste = sum(p.waste_kg.values()) if p.waste_kg else None
        ratios = None
        if p.production is not None:
            ratios = resource_ratios(
                p.production,
                energy_kwh=energy.total_kwh if p.energy else None,
                material_kg=material,
                water_m3=p.water_m3,
                waste_kg=waste,
                value_added=p.value_added,
            )
        water_cost = (
            p.water_m3 * log.water_price_per_m3
            if p.water_m3 is not None and log.water_price_per_m3 is not None
            else None
        )
        results.append(PeriodResult(p.period, energy, ratios, material, waste, water_cost))
    return tuple(results)


def _energy_kwh(log: ResourceLog, p: LogPeriod, energy: str) -> float:
    if energy == TOTAL_ENERGY:
        if not p.energy:
            raise ValueError(f"{p.period}: no energy figures")
        return energy_summary(p.energy, log.carriers).total_kwh
    if energy not in p.energy:
        raise ValueError(f"{p.period}: no figure for energy carrier '{energy}'")
    return log.carriers[energy].to_kwh(p.energy[energy])


def log_series(
    log: ResourceLog, periods: Sequence[str], drivers: Sequence[str], energy: str = TOTAL_ENERGY
) -> tuple[list[list[float]], list[float]]:
    """Driver rows and energy (kWh) for the given periods; ValueError names a missing figure.

    ``drivers`` are names from DRIVER_FIELDS; ``energy`` is "total" or one carrier key.
    """
    for name in drivers:
        if name not in DRIVER_FIELDS:
            raise ValueError(f"driver '{name}' must be one of {', '.join(DRIVER_FIELDS)}")
    if energy != TOTAL_ENERGY and energy not in log.carriers:
        raise ValueError(f"energy '{energy}' must be 'total' or a carrier of the log")
    by_label = {p.period: p for p in log.periods}
    rows, kwh = [], []
    for label in periods:
        p = by_label.get(label) or log.period(label)  # log.period raises "there is no period"
        row = []
        for name in drivers:
            value = getattr(p, name)
            if value is None:
                raise ValueError(f"{label}: no figure for {NUMBER_FIELDS[name]}")
            row.append(float(value))
        rows.append(row)
        kwh.append(_energy_kwh(log, p, energy))
    return rows, kwh


def fit_log_baseline(
    log: ResourceLog,
    baseline_periods: Sequence[str],
    drivers: Sequence[str] = ("production",),
    energy: str = TOTAL_ENERGY,
) -> EnergyBaseline:
    """Fit the ISO 50006 baseline on chosen periods and drivers of the log."""
    _usable(log)
    rows, kwh = log_series(log, baseline_periods, drivers, energy)
    names = [NUMBER_FIELDS[d] for d in drivers]
    return fit_baseline(rows, kwh, driver_names=names)


def log_savings(
    log: ResourceLog,
    baseline: EnergyBaseline,
    reporting_periods: Sequence[str],
    drivers: Sequence[str] = ("production",),
    energy: str = TOTAL_ENERGY,
) -> BaselineSavings:
    """Savings, CUSUM and EnPI of reporting periods against a baseline fitted on the log.

    The EnPI ratio uses production as output when it is a driver (else the first driver).
    """
    _usable(log)
    rows, kwh = log_series(log, reporting_periods, drivers, energy)
    output = None
    if "production" in drivers and drivers[0] != "production":
        j = list(drivers).index("production")
        output = [row[j] for row in rows]
    return baseline_savings(baseline, rows, kwh, output=output, period_labels=reporting_periods)


def _totals(periods: Sequence[LogPeriod], attribute: str) -> dict[str, float]:
    totals: dict[str, float] = {}
    for p in periods:
        for name, value in getattr(p, attribute).items():
            totals[name] = totals.get(name, 0.0) + value
    return totals


def _select(log: ResourceLog, periods: Sequence[str] | None) -> list[LogPeriod]:
    _usable(log)
    if periods is None:
        return list(log.sorted_periods())
    by_label = {p.period: p for p in log.periods}
    return [by_label.get(label) or log.period(label) for label in periods]


def log_material_balance(log: ResourceLog, periods: Sequence[str] | None = None) -> MaterialBalance:
    """Material balance summed over the periods (all by default); needs material in product."""
    chosen = _select(log, periods)
    missing = [p.period for p in chosen if p.product_kg is None]
    if missing:
        raise ValueError(
            f"{missing[0]}: no figure for material in product [kg], needed for the balance"
        )
    inputs = [
        MaterialInput(name, kg, log.material_prices_per_kg.get(name, 0.0))
        for name, kg in _totals(chosen, "materials_kg").items()
    ]
    streams = [
        WasteStream(name, _settings(log, name).kind, kg)
        for name, kg in _totals(chosen, "waste_kg").items()
    ]
    product = sum(p.product_kg or 0.0 for p in chosen)
    return material_balance(inputs, product, streams)


def _settings(log: ResourceLog, name: str) -> WasteStreamSettings:
    return log.waste_streams.get(name, WasteStreamSettings())


def log_cost_of_waste(log: ResourceLog, periods: Sequence[str] | None = None) -> CostOfWaste:
    """Cost of waste over the periods, by stream (Pareto).

    Energy spent on waste = (energy cost / kg of material processed) x kg lost, using the
    log's tariffs; labour from the log's labour cost per kg processed.
    """
    chosen = _select(log, periods)
    materials = _totals(chosen, "materials_kg")
    inputs = [
        MaterialInput(name, kg, log.material_prices_per_kg.get(name, 0.0))
        for name, kg in materials.items()
    ]
    processed = sum(materials.values())
    energy_cost = 0.0
    for p in chosen:
        cost = energy_summary(p.energy, log.carriers, log.tariffs).total_cost
        energy_cost += cost or 0.0
    energy_rate = energy_cost / processed if processed > 0 else 0.0
    streams = []
    for name, kg in _totals(chosen, "waste_kg").items():
        s = _settings(log, name)
        streams.append(
            WasteStream(
                name,
                s.kind,
                kg,
                material_value_per_kg=s.material_value_per_kg,
                disposal_cost_per_kg=s.disposal_cost_per_kg,
                revenue=s.revenue_per_kg * kg,
            )
        )
    return cost_of_waste(
        streams,
        inputs,
        energy_cost_per_kg_processed=energy_rate,
        labour_cost_per_kg_processed=log.labour_cost_per_kg_processed,
    )


RATIO_NAMES = (
    "energy_productivity",
    "specific_energy",
    "material_productivity",
    "water_productivity",
    "waste_intensity",
    "value_added_per_kwh",
)


@dataclass(frozen=True)
class AnalysisSetup:
    """The user's choices for a log's baseline panel and ratio dashboard (saved with the log).

    Periods run from ``*_first`` to ``*_last`` inclusive; missing periods inside a range are
    skipped (the log's validation reports them). ``ratio_targets`` maps a ratio name (see
    RATIO_NAMES) to its target value.
    """

    baseline_first: str
    baseline_last: str
    reporting_first: str | None = None
    reporting_last: str | None = None
    drivers: tuple[str, ...] = ("production",)
    energy: str = TOTAL_ENERGY
    ratio_targets: Mapping[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class LogAnalysis:
    """Everything the baseline panel and dashboard show for one log and setup."""

    baseline_periods: tuple[str, ...]
    reporting_periods: tuple[str, ...]
    baseline: EnergyBaseline
    savings: BaselineSavings | None
    periods: tuple[PeriodResult, ...]


def _present(log: ResourceLog, first: str, last: str, what: str) -> tuple[str, ...]:
    try:
        wanted = periods_between(first, last, log.frequency)
    except ValueError as error:
        raise ValueError(f"{what}: {error}") from None
    labels = {p.period for p in log.periods}
    chosen = tuple(label for label in wanted if label in labels)
    if not chosen:
        raise ValueError(f"{what}: the log has no periods from {first} to {last}")
    return chosen


def analyse_log(log: ResourceLog, setup: AnalysisSetup) -> LogAnalysis:
    """Fit the baseline, compute savings for the reporting periods and the per-period ratios."""
    baseline_periods = _present(log, setup.baseline_first, setup.baseline_last, "baseline period")
    baseline = fit_log_baseline(log, baseline_periods, setup.drivers, setup.energy)
    reporting: tuple[str, ...] = ()
    savings = None
    if setup.reporting_first is not None:
        last = setup.reporting_last or log.sorted_periods()[-1].period
        reporting = _present(log, setup.reporting_first, last, "reporting period")
        savings = log_savings(log, baseline, reporting, setup.drivers, setup.energy)
    return LogAnalysis(baseline_periods, reporting, baseline, savings, period_results(log))


def setup_to_dict(setup: AnalysisSetup) -> dict[str, Any]:
    return {
        "baseline_first": setup.baseline_first,
        "baseline_last": setup.baseline_last,
        "reporting_first": setup.reporting_first,
        "reporting_last": setup.reporting_last,
        "drivers": list(setup.drivers),
        "energy": setup.energy,
        "ratio_targets": {k: float(v) for k, v in setup.ratio_targets.items()},
    }


def setup_from_dict(data: Any, where: str = "analysis") -> AnalysisSetup:
    """Read :func:`setup_to_dict` output; ValueError names ``where`` and the key."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected an object")

    def text(key: str, required: bool) -> str | None:
        value = data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or not value:
            raise ValueError(f"{where}.{key}: must be a period label such as 2024-01")
        return value

    drivers = data.get("drivers", ["production"])
    if not isinstance(drivers, list) or not drivers:
        raise ValueError(f"{where}.drivers: must be a non-empty list")
    for i, name in enumerate(drivers):
        if name not in DRIVER_FIELDS:
            raise ValueError(f"{where}.drivers[{i}]: must be one of {', '.join(DRIVER_FIELDS)}")
    energy = data.get("energy", TOTAL_ENERGY)
    if not isinstance(energy, str):
        raise ValueError(f"{where}.energy: must be 'total' or a carrier key")
    targets = data.get("ratio_targets") or {}
    if not isinstance(targets, dict):
        raise ValueError(f"{where}.ratio_targets: expected an object")
    for name, value in targets.items():
        if name not in RATIO_NAMES:
            raise ValueError(
                f"{where}.ratio_targets.{name}: not a ratio ({', '.join(RATIO_NAMES)})"
            )
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not (math.isfinite(value) and value >= 0)
        ):
            raise ValueError(f"{where}.ratio_targets.{name}: must be a number, 0 or more")
    return AnalysisSetup(
        baseline_first=text("baseline_first", True) or "",
        baseline_last=text("baseline_last", True) or "",
        reporting_first=text("reporting_first", False),
        reporting_last=text("reporting_last", False),
        drivers=tuple(drivers),
        energy=energy,
        ratio_targets={k: float(v) for k, v in targets.items()},
    )
