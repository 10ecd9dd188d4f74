"""Month labels as spreadsheets write them, read as ``YYYY-MM`` or refused, never misread.

Accepted: ``2024-01``, ``2024-01-01`` (any ISO date gives its month), ``01/2024``, ``1-2024``,
``Jan-24``, ``January 2024``, month names and abbreviations in English, Spanish, French and
Vietnamese (``ene-24``, ``févr. 2024``, ``Tháng 1/2024``, ``T1-2024``), and day-month-year or
month-day-year dates when the day is above 12 (``15/01/2024``). A date such as ``01/02/2024`` is
refused, because it is the 1st of February in most of the world and the 2nd of January in the
United States.
"""

from __future__ import annotations

import re
import unicodedata

_NAMES = {
    1: "jan january ene enero janv janvier",
    2: "feb february febr febrero fev fevr fevrier",
    3: "mar march marzo mars",
    4: "apr april abr abril avr avril",
    5: "may mayo mai",
    6: "jun june junio juin",
    7: "jul july julio juil juillet",
    8: "aug august ago agosto aout",
    9: "sep sept september septiembre setiembre septembre",
    10: "oct october octubre octobre",
    11: "nov november noviembre novembre",
    12: "dec december dic diciembre decembre",
}
MONTH_NAMES = {name: month for month, names in _NAMES.items() for name in names.split()}

_ISO = re.compile(r"^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\- ](\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_VIETNAMESE = re.compile(r"^(?:thang|th|t)\s*(\d{1,2})\s*(?:nam\s*)?[/.\- ,]\s*(\d{2}|\d{4})$")
_NAMED = re.compile(r"^([a-z]+)\.?\s*(?:de\s+)?[/.\-' ,]?\s*(\d{2}|\d{4})$")


class MonthLabelError(ValueError):
    """A cell that is not a month label, or that could be two different months."""


def _plain(text: str) -> str:
    """Lower case without accents (``Févr.`` -> ``fevr.``, ``Tháng`` -> ``thang``)."""
    decomposed = unicodedata.normalize("NFKD", text.strip().lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _year(text: str) -> int:
    """A four-digit year; two digits follow Excel's rule (00-29 are 2000s, 30-99 1900s)."""
    if len(text) == 2:
        return (2000 if int(text) < 30 else 1900) + int(text)
    return int(text)


def _label(year: int, month: int, original: str) -> str:
    if not 1 <= month <= 12 or not 1900 <= year <= 2200:
        raise MonthLabelError(f"'{original}' is not a month (month 1-12, year 1900-2200)")
    return f"{year:04d}-{month:02d}"


def parse_month(text: str) -> str:
    """The month ``text`` names, as ``YYYY-MM``; MonthLabelError says why it is refused."""
    plain = _plain(text)
    if match := _ISO.match(plain):
        return _label(int(match.group(1)), int(match.group(2)), text)
    if match := _MONTH_YEAR.match(plain):
        return _label(int(match.group(2)), int(match.group(1)), text)
    if match := _DAY_MONTH_YEAR.match(plain):
        first, second, year = int(match.group(1)), int(match.group(2)), int(match.group(3))
        if first > 12 >= second:
            return _label(year, second, text)
        if second > 12 >= first:
            return _label(year, first, text)
        if first == second:
            return _label(year, first, text)
        raise MonthLabelError(
            f"'{text.strip()}' could be month {second} (day first) or month {first} (month "
            "first); write the month as YYYY-MM, e.g. 2024-01"
        )
    if match := _VIETNAMESE.match(plain):
        return _label(_year(match.group(2)), int(match.group(1)), text)
    if (match := _NAMED.match(plain)) and match.group(1) in MONTH_NAMES:
        return _label(_year(match.group(2)), MONTH_NAMES[match.group(1)], text)
    raise MonthLabelError(
        f"'{text.strip()}' is not a month label; write it as YYYY-MM (e.g. 2024-01) or as a "
        "month name and year (e.g. Jan-24)"
    )
