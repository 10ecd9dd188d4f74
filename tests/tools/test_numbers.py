"""The one number reader: every unambiguous form is read, an ambiguous column is refused."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from score_desktop.tools.numbers import NumberReadError, read_column

LOCALES = ("en_US", "es_ES", "fr_FR", "vi_VN", "de_CH", "de_DE", "pt_BR", "en_IN")


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["1.234,5"], [1234.5]),
        (["1,234.5"], [1234.5]),
        (["1 234,5"], [1234.5]),
        (["1\u202f234,5"], [1234.5]),  # French: narrow no-break space
        (["70,879.0"], [70879.0]),
        (["1,5"], [1.5]),
        (["1'234.5"], [1234.5]),
        (["1,00,000.50"], [100000.5]),  # Indian lakh grouping
        (["12", "", None, "7"], [12.0, None, None, 7.0]),
        (["1,5", "1,200"], [1.5, 1.2]),  # the comma is a decimal mark, so 1,200 is 1.2
        (["1.200", "3.5"], [1.2, 3.5]),
        (["1.200", "1.234.567"], [1200.0, 1234567.0]),  # two points: grouping
        (["0.250", "0.125"], [0.25, 0.125]),  # 0.250 is no grouped number
        (["-3,25", "+4"], [-3.25, 4.0]),
        (["\u22122.5"], [-2.5]),
        (["1.5e3", "2E-2"], [1500.0, 0.02]),
    ],
)
def test_every_unambiguous_form_is_read(cells, expected):
    assert read_column(cells, column="energy") == expected


@pytest.mark.parametrize("cells", [["70.879"], ["1,200", "3,400"], ["1.200", "2.500", "12.000"]])
def test_a_column_that_reads_two_ways_is_refused_with_its_name(cells):
    with pytest.raises(NumberReadError, match=r"column 'Electricity \(kWh\)'.*choose the decimal"):
        read_column(cells, column="Electricity (kWh)")


def test_the_users_choice_of_decimal_mark_settles_an_ambiguous_column():
    assert read_column(["70.879", "1.200"], column="x", decimal=",") == [70879.0, 1200.0]
    assert read_column(["70.879", "1.200"], column="x", decimal=".") == [70.879, 1.2]


def test_a_value_that_is_no_number_is_named_with_its_row():
    with pytest.raises(NumberReadError, match=r"row 3, column 'time': 'twelve' is not a number"):
        read_column(["1", "twelve"], column="time", first_row=2)
    with pytest.raises(NumberReadError, match="row 2"):
        read_column(["1,5", "1.234,5,6"], column="time")
    with pytest.raises(NumberReadError):
        read_column(["1.5", "2,5"], column="x")  # two decimal marks in one column


def test_mixed_conventions_in_one_column_are_refused_not_guessed():
    with pytest.raises(NumberReadError):
        read_column(["1,234.5", "1.234,5"], column="x")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(LOCALES),
    st.lists(
        st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False),
        min_size=1,
        max_size=12,
    ),
)
def test_numbers_written_by_a_locale_are_read_back_equal_or_refused(locale_name, values):
    """Qt's own formatter writes the column; the reader gives the same numbers, or refuses
    the column as ambiguous -- and then the locale's decimal mark settles it."""
    locale = QLocale(locale_name)
    texts = [locale.toString(float(v), "f", 2) for v in values]
    expected = [float(v) for v in values]
    try:
        assert read_column(texts, column="x") == expected
    except NumberReadError as error:
        assert "choose the decimal mark" in str(error)
    mark = locale.decimalPoint()
    assert read_column(texts, column="x", decimal=mark) == expected


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999))
def test_a_thousands_shaped_value_alone_is_never_guessed(head, tail):
    for mark in ".,":
        with pytest.raises(NumberReadError, match="can be read as"):
            read_column([f"{head}{mark}{tail:03d}"], column="x")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=-(10**12), max_value=10**12), min_size=1, max_size=12))
def test_plain_integers_read_in_any_format(values):
    assert read_column([str(v) for v in values], column="x") == [float(v) for v in values]
