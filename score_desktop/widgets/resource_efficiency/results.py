"""Everything the resource panel shows for one record, computed by the engine (no Qt here).

Each part fails on its own: a log without materials still gets its baseline, and every
problem becomes a message in the user's words instead of an exception.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from score_desktop.project.section_records import ResourceRecord, default_setup
from score_desktop.tools.resource_efficiency import (
    AnalysisSetup,
    BaselineSavings,
    CostOfWaste,
    LogAnalysis,
    MaterialBalance,
    PeriodResult,
    analyse_log,
    log_cost_of_waste,
    log_material_balance,
    log_series,
    period_results,
)

WHOLE_LOG, BASELINE, REPORTING = "all", "baseline", "reporting"


@dataclass(frozen=True)
class BaselineSeries:
    """What the charts plot: drivers and kWh of the baseline and reporting periods."""

    baseline_rows: tuple[tuple[float, ...], ...]
    baseline_kwh: tuple[float, ...]
    reporting_rows: tuple[tuple[float, ...], ...]
    reporting_kwh: tuple[float, ...]


@dataclass(frozen=True)
class PanelResults:
    setup: AnalysisSetup | None  # the record's setup, or the default one shown until edited
    analysis: LogAnalysis | None = None
    series: BaselineSeries | None = None
    analysis_error: str = ""
    periods: tuple[PeriodResult, ...] = ()
    periods_error: str = ""
    cost: CostOfWaste | None = None
    balance: MaterialBalance | None = None
    material_inputs: dict[str, float] = field(default_factory=dict)
    waste_problems: list[str] = field(default_factory=list)
    waste_periods: int = 0  # how many periods the cost of waste and the balance add up


LOWER_IS_BETTER = ("specific_energy", "waste_intensity")


@dataclass(frozen=True)
class RatioSummary:
    """A ratio over the log: first, last and average of the periods that have it, and how many
    periods meet the target (at or below it for intensities, at or above for productivities)."""

    first: float
    last: float
    average: float
    periods: int
    meeting_target: int | None
    lower_is_better: bool


def ratio_summary(
    name: str, values: list[float | None], target: float | None
) -> RatioSummary | None:
    """None when no period has the ratio."""
    known = [v for v in values if v is not None]
    if not known:
        return None
    lower = name in LOWER_IS_BETTER
    met = None
    if target is not None:
        met = sum(1 for v in known if (v <= target if lower else v >= target))
    return RatioSummary(known[0], known[-1], sum(known) / len(known), len(known), met, lower)


def reporting_enpi(savings: BaselineSavings) -> float | None:
    """EnPI of the whole reporting period as measured / predicted energy (ISO 50006)."""
    if savings.total_predicted <= 0:
        return None
    return savings.total_measured / savings.total_predicted


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def panel_results(record: ResourceRecord, scope: str = WHOLE_LOG) -> PanelResults:
    """Baseline, savings, ratios and waste of ``record``; ``scope`` picks the periods that the
    cost of waste and the material balance add up (whole log, baseline or reporting)."""
    log = record.log
    setup = record.setup or default_setup(log)
    result = PanelResults(setup)
    if not log.periods:
        message = "The data log is empty: paste or import months to start."
        return PanelResults(setup, analysis_error=message, periods_error=message)
    analysis = series = None
    analysis_error = ""
    if setup is None:
        analysis_error = "Choose a baseline period."
    else:
        try:
            analysis = analyse_log(log, setup)
            rows, kwh = log_series(log, analysis.baseline_periods, setup.drivers, setup.energy)
            r_rows, r_kwh = log_series(log, analysis.reporting_periods, setup.drivers, setup.energy)
            series = BaselineSeries(
                tuple(map(tuple, rows)), tuple(kwh), tuple(map(tuple, r_rows)), tuple(r_kwh)
            )
        except ValueError as exc:
            analysis, analysis_error = None, _first_upper(str(exc))
    periods: tuple[PeriodResult, ...] = ()
    periods_error = ""
    try:
        periods = period_results(log)
    except ValueError as exc:
        periods_error = _first_upper(str(exc))
    chosen = None
    if scope == BASELINE and analysis is not None:
        chosen = list(analysis.baseline_periods)
    elif scope == REPORTING and analysis is not None and analysis.reporting_periods:
        chosen = list(analysis.reporting_periods)
    problems = []
    cost = balance = None
    inputs: dict[str, float] = {}
    if periods_error:
        problems.append(periods_error)
    else:
        labels = set(chosen) if chosen is not None else None
        for p in log.sorted_periods():
            if labels is None or p.period in labels:
                for name, kg in p.materials_kg.items():
                    inputs[name] = inputs.get(name, 0.0) + kg
        try:
            cost = log_cost_of_waste(log, chosen) if any(p.waste_kg for p in log.periods) else None
        except ValueError as exc:
            problems.append(_first_upper(str(exc)))
        try:
            balance = log_material_balance(log, chosen) if inputs else None
        except ValueError as exc:
            problems.append(_first_upper(str(exc)))
    return PanelResults(
        setup=result.setup,
        analysis=analysis,
        series=series,
        analysis_error=analysis_error,
        periods=periods,
        periods_error=periods_error,
        cost=cost,
        balance=balance,
        material_inputs=inputs if balance is not None else {},
        waste_problems=problems,
        waste_periods=len(chosen) if chosen is not None else len(log.periods),
    )
