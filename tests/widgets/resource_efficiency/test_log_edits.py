"""The pure helpers behind the resource views: number reading, merges, cell issues, summaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.resource_efficiency import LogPeriod, ResourceLog, validate_log
from score_desktop.widgets.resource_efficiency.log_edits import (
    issues_by_cell,
    log_columns,
    merge_logs,
    parse_number,
    with_block,
)
from score_desktop.widgets.resource_efficiency.results import ratio_summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("12", 12.0),
        ("1,234", 1234.0),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("12,5", 12.5),
        ("1 234", 1234.0),
        ("-3", -3.0),
        (7, 7.0),
    ],
)
def test_parse_number_reads_what_people_type(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["abc", "inf", "nan", "1e999", "12 kg"])
def test_parse_number_refuses_the_rest(text):
    with pytest.raises(ValueError):
        parse_number(text)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 2)))
def test_parse_number_reads_excel_style_thousands(value):
    assert parse_number(f"{value:,.2f}") == pytest.approx(value, abs=1e-9)


def log(*periods: LogPeriod) -> ResourceLog:
    return ResourceLog(site="S", periods=periods)


def test_merge_updates_known_periods_keeps_empty_cells_and_appends_new_ones():
    old = log(
        LogPeriod("2024-01", production=10.0, energy={"electricity_kwh": 100.0}, note="kept"),
        LogPeriod("2024-02", production=11.0),
    )
    new = log(
        LogPeriod("2024-01", energy={"natural_gas_m3": 5.0}),
        LogPeriod("2024-03", production=12.0),
    )
    merged = merge_logs(old, new)
    assert [p.period for p in merged.periods] == ["2024-01", "2024-02", "2024-03"]
    first = merged.periods[0]
    assert first.production == 10.0 and first.note == "kept"
    assert first.energy == {"electricity_kwh": 100.0, "natural_gas_m3": 5.0}


@given(st.lists(st.integers(1, 12), unique=True, min_size=1, max_size=12))
def test_merging_a_log_into_itself_changes_nothing(months):
    periods = tuple(LogPeriod(f"2024-{m:02d}", production=float(m)) for m in months)
    assert merge_logs(log(*periods), log(*periods)).periods == periods


def test_issues_land_on_their_cells_and_gaps_under_the_table():
    bad = log(
        LogPeriod("2024-01", production=-1.0, energy={"electricity_kwh": 5.0}),
        LogPeriod("2024-03", production=1.0, energy={"electricity_kwh": -5.0}),
    )
    columns = log_columns(bad)
    placed, loose = issues_by_cell(bad, columns, validate_log(bad))
    headers = [c.header for c in columns]
    assert set(placed) == {
        (0, headers.index("production [t]")),
        (1, headers.index("Electricity [kWh]")),
    }
    assert [i.message for i in loose] == [
        "1 missing month between 2024-01 and 2024-03: 2024-02. Totals and trends skip them."
    ]


def test_a_pasted_block_adds_rows_at_the_end():
    start = log(LogPeriod("2024-01"))
    columns = log_columns(start)
    pasted = with_block(start, columns, 0, 1, [["5"], ["6"], ["7"]])
    assert [(p.period, p.production) for p in pasted.periods] == [
        ("2024-01", 5.0),
        ("2024-02", 6.0),
        ("2024-03", 7.0),
    ]


def test_ratio_summary_counts_periods_meeting_the_target():
    s = ratio_summary("specific_energy", [5.0, None, 3.0, 4.0], target=4.0)
    assert (s.first, s.last, s.average, s.periods, s.meeting_target) == (5.0, 4.0, 4.0, 3, 2)
    s = ratio_summary("energy_productivity", [5.0, 3.0], target=4.0)
    assert s.meeting_target == 1 and not s.lower_is_better
    assert ratio_summary("water_productivity", [None, None], None) is None
