"""Resource log: validation messages, periods, and the JSON form for the project file."""

import dataclasses
import json

import pytest

from score_desktop.tools.resource_efficiency import (
    DEFAULT_CARRIERS,
    LogPeriod,
    ResourceLog,
    Tariff,
    WasteStreamSettings,
    log_from_dict,
    log_to_dict,
    periods_between,
    validate_log,
)
from score_desktop.tools.resource_efficiency.periods import period_ordinal


def _log(*periods, frequency="monthly"):
    return ResourceLog(site="Mill", frequency=frequency, periods=tuple(periods))


def _messages(log):
    return [(i.severity, i.message) for i in validate_log(log)]


def test_clean_log_has_no_issues(example_log):
    assert validate_log(example_log) == ()
    assert len(example_log.periods) == 24


def test_negative_use_names_period_and_field():
    log = _log(LogPeriod("2024-01", production=10, energy={"electricity_kwh": -5.0}, water_m3=-1))
    messages = _messages(log)
    assert (
        "error",
        "2024-01, Electricity [kWh]: negative use (-5); figures in the log are "
        "amounts used or produced and cannot be below 0.",
    ) in messages
    assert any(m.startswith("2024-01, water [m3]: negative use (-1)") for _, m in messages)


def test_missing_months_are_listed():
    log = _log(LogPeriod("2023-11", production=1), LogPeriod("2024-03", production=1))
    [(severity, message)] = _messages(log)
    assert severity == "warning"
    assert message.startswith(
        "3 missing months between 2023-11 and 2024-03: 2023-12, 2024-01, 2024-02."
    )


def test_missing_week_across_new_year():
    log = _log(LogPeriod("2020-W53"), LogPeriod("2021-W02"), frequency="weekly")
    [(_, message)] = _messages(log)
    assert message.startswith("1 missing week between 2020-W53 and 2021-W02: 2021-W01.")


def test_duplicates_bad_labels_unknown_carrier_zero_production_and_order():
    log = _log(
        LogPeriod("2024-02", production=0),
        LogPeriod("2024-01", energy={"plasma_kwh": 3.0}),
        LogPeriod("2024-02", production=4),
        LogPeriod("2024-13"),
        LogPeriod("2024-03", materials_kg={"yarn": float("nan")}),
    )
    messages = [m for _, m in _messages(log)]
    assert "2024-02 appears twice (rows 1 and 3); keep one row per month." in messages
    assert any(
        m.startswith("Row 4: period '2024-13' is not a month written as YYYY-MM") for m in messages
    )
    assert any(
        m.startswith("2024-01, energy 'plasma_kwh': unknown energy carrier") for m in messages
    )
    assert any(m.startswith("2024-02, production is 0") for m in messages)
    assert any(
        m.startswith("2024-03, material: yarn [kg]: is not a finite number") for m in messages
    )
    assert "The periods are not in date order; they are used in date order." in messages
    severities = [s for s, _ in _messages(log)]
    assert severities == sorted(severities)  # errors before warnings


def test_value_added_may_be_negative():
    assert validate_log(_log(LogPeriod("2024-01", value_added=-500.0))) == ()


def test_period_helpers():
    assert periods_between("2023-11", "2024-02", "monthly") == (
        "2023-11",
        "2023-12",
        "2024-01",
        "2024-02",
    )
    assert periods_between("2020-W52", "2021-W01", "weekly") == ("2020-W52", "2020-W53", "2021-W01")
    with pytest.raises(ValueError, match="has no such week"):
        period_ordinal("2021-W53", "weekly")
    with pytest.raises(ValueError, match="comes before"):
        periods_between("2024-02", "2024-01", "monthly")


def test_round_trip_is_json_safe(example_log):
    data = log_to_dict(example_log)
    text = json.dumps(data, allow_nan=False)
    assert log_from_dict(json.loads(text), "log") == example_log


def test_round_trip_keeps_edited_factors_and_settings():
    gas = dataclasses.replace(
        DEFAULT_CARRIERS["natural_gas_m3"], kwh_per_unit=10.55, kwh_source="supplier bill"
    )
    log = ResourceLog(
        site="Bakery",
        frequency="weekly",
        production_unit="pieces",
        currency="GHS",
        periods=(
            LogPeriod(
                "2024-W01",
                production=5000,
                energy={"natural_gas_m3": 120.0},
                waste_kg={"dough": 12.0},
                note="é ü ✓",
            ),
        ),
        carriers={**DEFAULT_CARRIERS, "natural_gas_m3": gas},
        tariffs={"natural_gas_m3": Tariff(1.1, 5.0)},
        water_price_per_m3=None,
        waste_streams={"dough": WasteStreamSettings("solid waste", 0.05, 0.0, None)},
        labour_cost_per_kg_processed=0.2,
    )
    data = json.loads(json.dumps(log_to_dict(log)))
    assert [c["key"] for c in data["carriers"]] == ["natural_gas_m3"]
    back = log_from_dict(data, "log")
    assert back == log
    assert back.carriers["natural_gas_m3"].kwh_per_unit == 10.55


def test_round_trip_keeps_invalid_figures_for_validation():
    log = _log(LogPeriod("2024-01", production=-3.0), LogPeriod("2024-01", production=2.0))
    assert log_from_dict(log_to_dict(log)) == log


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["periods"][1]["energy"].update(electricity_kwh="12"),
            r"^log\.periods\[1\]\.energy\.electricity_kwh: must be a finite number",
        ),
        (
            lambda d: d["periods"][2].update(period="2023/03"),
            r"^log\.periods\[2\]\.period: period '2023/03' is not a month",
        ),
        (
            lambda d: d["periods"][0]["energy"].update(plasma_kwh=1),
            r"^log\.periods\[0\]\.energy\.plasma_kwh: energy carrier not defined in log\.carriers",
        ),
        (lambda d: d.update(frequency="daily"), r"^log\.frequency: must be monthly or weekly"),
        (
            lambda d: d["tariffs"].update(steam_gj={"price_per_unit": 1}),
            r"^log\.tariffs\.steam_gj: no such energy carrier",
        ),
        (
            lambda d: d["carriers"][0].update(kwh_per_unit=-1),
            r"^log\.carriers\[0\]: energy carrier .* must be a positive number",
        ),
        (
            lambda d: d["waste_streams"]["fabric scrap"].update(kind="rubbish"),
            r"^log\.waste_streams\.fabric scrap\.kind: must be one of",
        ),
        (
            lambda d: d["periods"][3].update(water_m3=float("inf")),
            r"^log\.periods\[3\]\.water_m3: must be a finite number",
        ),
        (lambda d: d.update(periods={}), r"^log\.periods: expected a list"),
    ],
)
def test_from_dict_errors_name_the_location(example_log, change, message):
    data = json.loads(json.dumps(log_to_dict(example_log)))
    change(data)
    with pytest.raises(ValueError, match=message):
        log_from_dict(data, "log")


def test_from_dict_refuses_a_non_object():
    with pytest.raises(ValueError, match=r"^project\.logs\[2\]: expected an object"):
        log_from_dict([], "project.logs[2]")
