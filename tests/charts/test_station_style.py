"""Station colours and patterns stay distinct past seven stations (issue #20 §2)."""

from __future__ import annotations

from itertools import combinations

from score_desktop.charts.station_style import (
    MPL_HATCHES,
    STATION_COLOURS,
    STATION_PATTERNS,
    UNASSIGNED_COLOUR,
    distinct_station_count,
    station_style,
    text_colour,
)


def test_every_pair_of_stations_1_to_21_differs_in_colour_or_pattern():
    looks = [(station_style(k).colour, station_style(k).pattern) for k in range(21)]
    for a, b in combinations(range(21), 2):
        assert looks[a] != looks[b], (a + 1, b + 1)
    assert len(set(looks)) == 21


def test_the_scheme_stays_distinct_for_28_stations_and_names_them():
    assert distinct_station_count() == 28
    assert len({(station_style(k).colour, station_style(k).pattern) for k in range(28)}) == 28
    assert [station_style(k).number for k in (0, 7, 20)] == [1, 8, 21]


def test_stations_1_7_are_plain_and_8_14_15_21_add_a_pattern_each():
    assert {station_style(k).pattern for k in range(7)} == {"solid"}
    assert {station_style(k).pattern for k in range(7, 14)} == {STATION_PATTERNS[1]}
    assert {station_style(k).pattern for k in range(14, 21)} == {STATION_PATTERNS[2]}
    assert station_style(0).colour == station_style(7).colour == STATION_COLOURS[0]
    assert station_style(0).hatch is None and station_style(7).hatch == MPL_HATCHES["diagonal"]
    # "/" is the overloaded-station hatch: no station pattern uses it
    assert all("/" not in (h or "") for h in MPL_HATCHES.values())


def test_a_task_in_no_station_is_plain_white():
    for station in (None, -1):
        style = station_style(station)
        assert (style.colour, style.pattern, style.number) == (UNASSIGNED_COLOUR, "solid", None)


def test_pattern_colour_reads_on_its_fill():
    for k in range(21):
        style = station_style(k)
        assert style.pattern_colour == text_colour(style.colour)
