"""How a station looks: a colour and a pattern, the same in the Yamazumi and the precedence graph.

Seven colour-blind-safe colours (Okabe & Ito 2008, vermillion kept for warnings) alone repeat at
station 8; each further group of seven stations adds a pattern over the colour, so stations
1–28 all differ in (colour, pattern). Beyond that the scheme repeats, and the station number
(axis labels, tooltips) tells them apart. Qt-free: patterns are named here and mapped to
matplotlib hatches here and to Qt brush styles in the widgets.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Okabe & Ito (2008) colour-blind-safe colours for stations; vermillion is kept for warnings.
STATION_COLOURS = ("#56B4E9", "#009E73", "#F0E442", "#0072B2", "#CC79A7", "#E69F00", "#BBBBBB")
UNASSIGNED_COLOUR = "#FFFFFF"

#: One pattern per group of seven stations: 1–7 plain, 8–14 "\\" lines, 15–21 dots, 22–28 grid.
#: "/" lines are left to overloaded stations (warning colour with "//").
STATION_PATTERNS = ("solid", "diagonal", "dots", "grid")

#: matplotlib hatch strings for the patterns (``None`` for a plain fill).
MPL_HATCHES: dict[str, str | None] = {
    "solid": None,
    "diagonal": "\\\\",
    "dots": "..",
    "grid": "++",
}


@dataclass(frozen=True)
class StationStyle:
    """The fill colour (#rrggbb) and pattern name of one station (0-based ``index``)."""

    index: int | None
    colour: str
    pattern: str

    @property
    def number(self) -> int | None:
        """The 1-based station number users see, or ``None`` for a task in no station."""
        return None if self.index is None else self.index + 1

    @property
    def hatch(self) -> str | None:
        """The matplotlib hatch of the pattern."""
        return MPL_HATCHES[self.pattern]

    @property
    def pattern_colour(self) -> str:
        """The colour of the pattern's lines or dots: the readable text colour of the fill."""
        return text_colour(self.colour)


def station_style(station: int | None) -> StationStyle:
    """The look of 0-based ``station``: colour ``k % 7``, pattern ``k // 7`` (cycling after 28)."""
    if station is None or station < 0:
        return StationStyle(None, UNASSIGNED_COLOUR, "solid")
    n = len(STATION_COLOURS)
    pattern = STATION_PATTERNS[(station // n) % len(STATION_PATTERNS)]
    return StationStyle(station, STATION_COLOURS[station % n], pattern)


def distinct_station_count() -> int:
    """How many stations in a row get pairwise distinct (colour, pattern): 28."""
    return len(STATION_COLOURS) * len(STATION_PATTERNS)


def text_colour(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (#rrggbb)."""
    r, g, b = (int(fill[i : i + 2], 16) for i in (1, 3, 5))
    return "#000000" if 0.299 * r + 0.587 * g + 0.114 * b > 140 else "#FFFFFF"
