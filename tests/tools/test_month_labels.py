"""Month labels from spreadsheets in four languages: read as YYYY-MM or refused, never misread."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.month_labels import MonthLabelError, parse_month


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("2024-01", "2024-01"),
        ("2024-01-01", "2024-01"),
        ("2024-03-15 00:00:00", "2024-03"),
        ("01/2024", "2024-01"),
        ("1-2024", "2024-01"),
        ("Jan-24", "2024-01"),
        ("January 2024", "2024-01"),
        ("ene-24", "2024-01"),  # Spanish
        ("dic. de 2024", "2024-12"),
        ("Septiembre 2023", "2023-09"),
        ("févr. 2024", "2024-02"),  # French
        ("août-24", "2024-08"),
        ("Juil 2024", "2024-07"),
        ("Tháng 1/2024", "2024-01"),  # Vietnamese
        ("tháng 12 năm 2024", "2024-12"),
        ("T3-2024", "2024-03"),
        ("15/01/2024", "2024-01"),  # the day above 12 says which is the month
        ("01/15/2024", "2024-01"),
        ("05/05/2024", "2024-05"),
    ],
)
def test_month_labels_are_read(text, month):
    assert parse_month(text) == month


@pytest.mark.parametrize("text", ["01/02/2024", "13/2024", "24-01", "Smarch 2024", "2024-13", ""])
def test_labels_that_are_no_month_or_two_months_are_refused(text):
    with pytest.raises(MonthLabelError):
        parse_month(text)


def test_a_day_month_date_that_could_be_two_months_says_both():
    with pytest.raises(MonthLabelError, match=r"could be month 2 .* or month 1"):
        parse_month("01/02/2024")


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2150, 12, 31)))
def test_any_date_is_its_own_month_or_refused(day):
    expected = f"{day.year:04d}-{day.month:02d}"
    assert parse_month(day.isoformat()) == expected
    assert parse_month(day.strftime("%m/%Y")) == expected
    if 1930 <= day.year <= 2029:  # two-digit years as Excel reads them
        assert parse_month(day.strftime("%b-%y")) == expected
    for written in (day.strftime("%d/%m/%Y"), day.strftime("%m/%d/%Y")):
        try:
            assert parse_month(written) == expected
        except MonthLabelError:
            assert day.day <= 12 and day.day != day.month
