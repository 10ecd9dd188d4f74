"""Period labels of a resource log: months ``2024-01`` and ISO weeks ``2024-W05``."""

from __future__ import annotations

import datetime as dt
import re

FREQUENCIES = ("monthly", "weekly")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def period_ordinal(label: str, frequency: str) -> int:
    """A whole number that increases by 1 from one period to the next; ValueError if malformed.

    Monthly periods are written ``YYYY-MM``, weekly periods as ISO weeks ``YYYY-Www``.
    """
    if frequency == "monthly":
        match = _MONTH.match(label)
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise ValueError(f"period '{label}' is not a month written as YYYY-MM (e.g. 2024-01)")
        return int(match.group(1)) * 12 + int(match.group(2)) - 1
    if frequency == "weekly":
        match = _WEEK.match(label)
        if not match:
            raise ValueError(f"period '{label}' is not an ISO week written as YYYY-Www (2024-W05)")
        try:
            monday = dt.date.fromisocalendar(int(match.group(1)), int(match.group(2)), 1)
        except ValueError:
            raise ValueError(f"period '{label}': year {match.group(1)} has no such week") from None
        return monday.toordinal() // 7
    raise ValueError(f"frequency '{frequency}' must be one of {', '.join(FREQUENCIES)}")


def period_label(ordinal: int, frequency: str) -> str:
    """The label of the period with this ordinal (inverse of :func:`period_ordinal`)."""
    if frequency == "monthly":
        return f"{ordinal // 12:04d}-{ordinal % 12 + 1:02d}"
    if frequency == "weekly":
        year, week, _ = dt.date.fromordinal(ordinal * 7 + 1).isocalendar()
        # ordinal * 7 + 1 is a Monday because date.toordinal() of a Monday is 7k + 1
        return f"{year:04d}-W{week:02d}"
    raise ValueError(f"frequency '{frequency}' must be one of {', '.join(FREQUENCIES)}")


def period_from_date(day: dt.date, frequency: str) -> str:
    """The period that contains ``day`` (Excel often turns ``2024-01`` into a date)."""
    if frequency == "monthly":
        return f"{day.year:04d}-{day.month:02d}"
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def guess_frequency(label: str) -> str:
    """``monthly`` or ``weekly`` from the form of one label; ValueError if neither."""
    if _MONTH.match(label):
        return "monthly"
    if _WEEK.match(label):
        return "weekly"
    raise ValueError(
        f"period '{label}' is neither a month (YYYY-MM, e.g. 2024-01) nor an ISO week "
        "(YYYY-Www, e.g. 2024-W05)"
    )


def periods_between(first: str, last: str, frequency: str) -> tuple[str, ...]:
    """All period labels from ``first`` to ``last`` inclusive."""
    start, end = period_ordinal(first, frequency), period_ordinal(last, frequency)
    if end < start:
        raise ValueError(f"period range: '{last}' comes before '{first}'")
    return tuple(period_label(k, frequency) for k in range(start, end + 1))
