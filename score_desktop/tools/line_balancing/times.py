"""Task times as the user writes them, and as the solvers' integers."""

from __future__ import annotations

import math
from decimal import Decimal


def parse_time(value: float | str | None) -> float | None:
    """A task time as a float, or None if missing or not a number.

    Text is accepted with a decimal point or a decimal comma ("0,5"); booleans are not numbers.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip()
    if not text:
        return None
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def typed_time(value: float | str | None) -> float | str | None:
    """A table cell's time as the record keeps it: a finite number as a float (from a
    number cell or number text such as "0.25" or "0,25"), anything else as its text (a
    row problem the table shows) or None when empty. Every importer and the paste and
    cell edits use it, so the same table gives the same record whichever way it came."""
    number = parse_time(value)
    if number is not None and math.isfinite(number):
        return number
    text = "" if value is None or isinstance(value, bool) else str(value).strip()
    return text or None


def scale_time(value: float | None, scale: int) -> int:
    """``value * scale`` as an integer, rounded to the nearest unit."""
    if value is None:
        raise ValueError("time is missing")
    if isinstance(value, int) or float(value).is_integer():
        return int(float(value)) * scale
    return round(Decimal(repr(float(value))) * scale)
