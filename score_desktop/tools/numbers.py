"""Reading numbers typed in any locale: one decimal mark and grouping decided per column.

Factories send files from spreadsheets set to many locales, so ``70,879.0``, ``70.879,0``,
``70 879,0`` and ``70879`` can all mean the same figure, while ``70.879`` alone can mean either
70.879 or 70,879. The reader looks at a whole column: every format that reads *every* value is
kept, and the column is read only when all those formats give the same numbers. Otherwise the
column is refused with its name and an example, and the user chooses the decimal mark; a value
is never changed by a factor of a thousand silently.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

POINT, COMMA = ".", ","
SPACE = " "  # stands for every space-like grouping mark (space, no-break space, thin space)
APOSTROPHE = "'"
_SPACES = str.maketrans({"\u00a0": SPACE, "\u202f": SPACE, "\u2009": SPACE, "\u2007": SPACE})
_OTHERS = str.maketrans({"\u2019": APOSTROPHE, "\u2212": "-", "\u2013": "-"})
_EXPONENT = re.compile(r"^([^eE]+)[eE]([+-]?\d{1,3})$")


@dataclass(frozen=True)
class NumberFormat:
    """How numbers are written: the decimal mark and the grouping (thousands) mark, if any."""

    decimal: str = POINT
    grouping: str = ""

    def example(self) -> str:
        """How 1234.5 is written in this format, e.g. ``1.234,5``."""
        return f"1{self.grouping}234{self.decimal}5"


FORMATS: tuple[NumberFormat, ...] = tuple(
    NumberFormat(decimal, grouping)
    for decimal in (POINT, COMMA)
    for grouping in ("", COMMA, POINT, SPACE, APOSTROPHE)
    if grouping != decimal
)


class NumberReadError(ValueError):
    """A number that cannot be read, or a column whose numbers can be read in two ways.

    ``column`` and ``row`` say where (``row`` is None for a whole column)."""

    def __init__(self, message: str, *, column: str = "", row: int | None = None) -> None:
        super().__init__(message)
        self.column = column
        self.row = row


def _normalised(text: str) -> str:
    return text.strip().translate(_SPACES).translate(_OTHERS)


def _digits(text: str) -> bool:
    return text.isascii() and text.isdigit()


def _integer_part(text: str, grouping: str) -> str | None:
    if not grouping or grouping not in text:
        return text if text == "" or _digits(text) else None
    groups = text.split(grouping)
    first, rest = groups[0], groups[1:]
    if not (1 <= len(first) <= 3 and _digits(first)) or (first.startswith("0")):
        return None
    if not all(_digits(group) for group in rest) or len(rest[-1]) != 3:
        return None
    middle = {len(group) for group in rest[:-1]}
    if middle - {3} and middle - {2}:  # every group of three, or Indian lakh groups of two
        return None
    return "".join(groups)


def parse_number(text: str, number_format: NumberFormat) -> float:
    """The value of ``text`` written in ``number_format``; ValueError if it is not such a number.

    A sign, a decimal part and an exponent (``1.5e3``, not with grouping) are accepted.
    """
    s = _normalised(text)
    sign = ""
    if s[:1] in "+-" and s:
        sign, s = ("-" if s[0] == "-" else ""), s[1:].lstrip()
    exponent = ""
    match = _EXPONENT.match(s)
    if match:
        s, exponent = match.group(1), "e" + match.group(2)
    mark, grouping = number_format.decimal, number_format.grouping
    if s.count(mark) > 1 or (exponent and grouping and grouping in s):
        raise ValueError(f"'{text}' is not a number written like {number_format.example()}")
    whole, _, fraction = s.partition(mark)
    integer = _integer_part(whole, grouping)
    if integer is None or (fraction and not _digits(fraction)) or not (integer or fraction):
        raise ValueError(f"'{text}' is not a number written like {number_format.example()}")
    if mark in s and not fraction:
        raise ValueError(f"'{text}' ends with its decimal mark")
    value = float(f"{sign}{integer or '0'}.{fraction or '0'}{exponent}")
    if not math.isfinite(value):
        raise ValueError(f"'{text}' is too large")
    return value


def _readings(text: str) -> dict[NumberFormat, float]:
    found = {}
    for number_format in FORMATS:
        try:
            found[number_format] = parse_number(text, number_format)
        except ValueError:
            continue
    return found


def read_column(
    values: Sequence[str | None],
    *,
    column: str = "",
    first_row: int = 1,
    decimal: str | None = None,
) -> list[float | None]:
    """The numbers of a column of text cells, read in the one way that reads every value.

    Blank cells and None give None. ``first_row`` is the file row of ``values[0]``, used in
    messages; ``decimal`` (``"."`` or ``","``) is the user's choice of decimal mark for a file
    whose numbers can be read in two ways. NumberReadError names the first value that is no
    number, or, when two readings of the column give different numbers, an example and both.
    """
    texts = ["" if v is None else str(v) for v in values]
    results: dict[NumberFormat, list[float]] = {
        f: [] for f in FORMATS if decimal is None or f.decimal == decimal
    }
    filled = [(first_row + i, text) for i, text in enumerate(texts) if text.strip()]
    for row, text in filled:
        readings = _readings(text)
        for unread in [f for f in results if f not in readings]:
            del results[unread]
        for number_format, numbers in results.items():
            numbers.append(readings[number_format])
        if not results:
            written = f" written like {NumberFormat(decimal).example()}" if decimal else ""
            raise NumberReadError(
                f"row {row}, column '{column}': '{text.strip()}' is not a number{written}",
                column=column,
                row=row,
            )
    distinct = sorted({tuple(numbers) for numbers in results.values()})
    if len(distinct) > 1:
        first, second = distinct[:2]
        index = next(i for i, (a, b) in enumerate(zip(first, second, strict=True)) if a != b)
        raise NumberReadError(
            f"column '{column}': numbers like '{filled[index][1].strip()}' (row "
            f"{filled[index][0]}) can be read as {_plain(first[index])} or "
            f"{_plain(second[index])}; choose the decimal mark (point or comma) the file uses",
            column=column,
        )
    read = iter(distinct[0]) if distinct else iter(())
    return [next(read) if text.strip() else None for text in texts]


def _plain(value: float) -> str:
    return f"{value:,.10g}" if abs(value) >= 1000 else f"{value:.10g}"
