"""Log analyses on the bundled example: per-period results, baseline and savings, balance, waste."""

import json

import pytest

from score_desktop.tools.resource_efficiency import (
    AnalysisSetup,
    LogPeriod,
    ResourceLog,
    analyse_log,
    baseline_savings,
    fit_baseline,
    fit_log_baseline,
    log_cost_of_waste,
    log_material_balance,
    log_savings,
    log_series,
    period_results,
    setup_from_dict,
    setup_to_dict,
)

DRIVERS = ("production", "heating_degree_days")


def _labels(log):
    return [p.period for p in log.sorted_periods()]


def test_period_results_convert_carriers(example_log):
    first = period_results(example_log)[0]
    p = example_log.periods[0]
    kwh = p.energy["electricity_kwh"] + 10.0 * p.energy["natural_gas_m3"]
    assert first.energy.total_kwh == pytest.approx(kwh)
    assert first.ratios.specific_energy == pytest.approx(kwh / p.production)
    assert first.ratios.water_productivity == pytest.approx(p.production / p.water_m3)
    assert first.material_kg == pytest.approx(sum(p.materials_kg.values()))
    assert first.water_cost == pytest.approx(p.water_m3 * 2.1)
    co2 = p.energy["electricity_kwh"] * 0.481 + 10.0 * p.energy["natural_gas_m3"] * 0.20196
    assert first.co2_intensity == pytest.approx(co2 / p.production)
    assert first.energy_cost_per_unit == pytest.approx(first.energy.total_cost / p.production)
    assert first.energy.total_cost == pytest.approx(
        350 + 0.18 * p.energy["electricity_kwh"] + 120 + 0.75 * p.energy["natural_gas_m3"]
    )


def test_example_has_a_good_baseline_and_a_visible_saving(example_log):
    labels = _labels(example_log)
    baseline = fit_log_baseline(example_log, labels[:12], DRIVERS)
    assert baseline.driver_names == ("production", "heating degree days")
    assert baseline.r_squared > 0.9
    assert baseline.warnings == ()
    assert all(p < 0.05 for p in baseline.p_values)
    savings = log_savings(example_log, baseline, labels[12:], DRIVERS)
    assert 0.07 < savings.savings_share < 0.13  # built with about 10 % savings from month 13
    assert all(b > a for a, b in zip(savings.cusum, savings.cusum[1:], strict=False))
    # the same numbers as the plain functions on the same series
    rows, kwh = log_series(example_log, labels[12:], DRIVERS)
    direct = baseline_savings(baseline, rows, kwh)
    assert savings.cusum == pytest.approx(direct.cusum)
    # the baseline year itself shows no savings overall (OLS residuals sum to zero)
    same = log_savings(example_log, baseline, labels[:12], DRIVERS)
    assert same.total_savings == pytest.approx(0.0, abs=1e-6 * same.total_measured)


def test_energy_of_one_carrier_and_output_not_first(example_log):
    labels = _labels(example_log)
    rows, kwh = log_series(
        example_log, labels[:12], ("heating_degree_days", "production"), energy="natural_gas_m3"
    )
    assert kwh[0] == pytest.approx(10.0 * example_log.periods[0].energy["natural_gas_m3"])
    b = fit_baseline(rows, kwh)
    s = log_savings(
        example_log, b, labels[12:14], ("heating_degree_days", "production"), "natural_gas_m3"
    )
    p = example_log.period(labels[12])
    assert s.enpi_ratio[0] == pytest.approx(10.0 * p.energy["natural_gas_m3"] / p.production)


def test_missing_driver_or_bad_choice_is_named():
    log = ResourceLog(
        site="x",
        periods=(
            LogPeriod("2024-01", production=1, energy={"electricity_kwh": 1.0}),
            LogPeriod("2024-02", energy={"electricity_kwh": 1.0}),
        ),
    )
    with pytest.raises(ValueError, match="2024-02: no figure for production"):
        log_series(log, ["2024-01", "2024-02"], ["production"])
    with pytest.raises(ValueError, match="driver 'sunshine' must be one of"):
        log_series(log, ["2024-01"], ["sunshine"])
    with pytest.raises(ValueError, match="there is no period 2025-01"):
        log_series(log, ["2025-01"], ["production"])


def test_log_with_errors_is_refused():
    log = ResourceLog(site="Mill", periods=(LogPeriod("2024-01", production=-1),))
    with pytest.raises(ValueError, match="resource log 'Mill': 2024-01, production: negative use"):
        period_results(log)


def test_material_balance_of_the_example(example_log):
    balance = log_material_balance(example_log)
    materials = sum(sum(p.materials_kg.values()) for p in example_log.periods)
    assert balance.input_kg == pytest.approx(materials)
    assert balance.input_kg == pytest.approx(
        balance.product_kg + balance.accounted_losses_kg + balance.unaccounted_kg
    )
    assert 0.05 < balance.loss_rate < 0.2
    assert balance.warnings == ()


def test_cost_of_waste_of_the_example(example_log):
    labels = _labels(example_log)[:12]
    result = log_cost_of_waste(example_log, labels)
    chosen = [example_log.period(label) for label in labels]
    processed = sum(sum(p.materials_kg.values()) for p in chosen)
    energy_cost = sum(r.energy.total_cost for r in period_results(example_log)[:12])
    scrap = next(s for s in result.streams if s.name == "fabric scrap")
    scrap_kg = sum(p.waste_kg["fabric scrap"] for p in chosen)
    assert scrap.quantity_kg == pytest.approx(scrap_kg)
    assert scrap.energy == pytest.approx(scrap_kg * energy_cost / processed)
    assert scrap.labour == pytest.approx(scrap_kg * 0.35)
    assert scrap.material_value == pytest.approx(scrap_kg * 4.2)
    assert scrap.revenue == pytest.approx(scrap_kg * 0.3)
    assert result.pareto[0].name == "fabric scrap"
    assert result.pareto[-1].cumulative_share == pytest.approx(1.0)


def test_material_balance_needs_product_figure():
    log = ResourceLog(site="x", periods=(LogPeriod("2024-01", materials_kg={"a": 5.0}),))
    with pytest.raises(ValueError, match="2024-01: no figure for material in product"):
        log_material_balance(log)


def test_analyse_log_with_a_saved_setup(example_log):
    setup = AnalysisSetup(
        "2023-01", "2023-12", "2024-01", None, DRIVERS, ratio_targets={"specific_energy": 3800}
    )
    data = json.loads(json.dumps(setup_to_dict(setup)))
    assert setup_from_dict(data) == setup
    result = analyse_log(example_log, setup)
    assert result.baseline_periods[0] == "2023-01" and len(result.baseline_periods) == 12
    assert result.reporting_periods[-1] == "2024-12"
    assert result.savings.cusum[-1] == pytest.approx(result.savings.total_savings)
    assert len(result.periods) == 24
    no_reporting = analyse_log(example_log, AnalysisSetup("2023-01", "2023-12"))
    assert no_reporting.savings is None


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"baseline_last": "2023-12"}, r"^a\.baseline_first: must be a period label"),
        (
            {"baseline_first": "2023-01", "baseline_last": "2023-12", "drivers": ["sun"]},
            r"^a\.drivers\[0\]: must be one of",
        ),
        (
            {"baseline_first": "2023-01", "baseline_last": "2023-12", "ratio_targets": {"oee": 1}},
            r"^a\.ratio_targets\.oee: not a ratio",
        ),
        (
            {
                "baseline_first": "2023-01",
                "baseline_last": "2023-12",
                "ratio_targets": {"specific_energy": -1},
            },
            r"^a\.ratio_targets\.specific_energy",
        ),
    ],
)
def test_setup_errors_name_the_key(data, message):
    with pytest.raises(ValueError, match=message):
        setup_from_dict(data, "a")


def test_analyse_log_period_range_errors(example_log):
    with pytest.raises(ValueError, match="baseline period: the log has no periods from 2020-01"):
        analyse_log(example_log, AnalysisSetup("2020-01", "2020-12"))
    with pytest.raises(ValueError, match=r"reporting period: .* comes before"):
        analyse_log(example_log, AnalysisSetup("2023-01", "2023-12", "2024-05", "2024-01"))


def test_period_without_production_or_energy():
    log = ResourceLog(
        site="x", periods=(LogPeriod("2024-01", water_m3=5.0), LogPeriod("2024-02", production=3.0))
    )
    first, second = period_results(log)
    assert first.ratios is None and first.co2_intensity is None
    assert second.ratios.specific_energy is None
    assert second.co2_intensity is None and second.energy_cost_per_unit is None
