"""Typed reading of JSON objects with error messages that say where a bad value is."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from score_desktop.project.errors import ProjectError

MAX_NUMBER = 1e12  # larger magnitudes are refused as typos rather than kept as data


class Fields:
    """A JSON object being read, with ``where`` naming it for error messages."""

    def __init__(self, data: Any, where: str) -> None:
        if not isinstance(data, dict):
            raise ProjectError(f"{where}: expected an object, found {_kind(data)}")
        self.data = data
        self.where = where

    def error(self, message: str) -> ProjectError:
        return ProjectError(f"{self.where}: {message}")

    def _get(self, key: str, default: Any, required: bool) -> Any:
        if key not in self.data or self.data[key] is None:
            if required:
                raise self.error(f'"{key}" is missing')
            return default
        return self.data[key]

    def text(
        self, key: str, default: str = "", *, required: bool = False, max_length: int = 100_000
    ) -> str:
        value = self._get(key, default, required)
        if not isinstance(value, str):
            raise self.error(f'"{key}" must be text, found {_kind(value)}')
        if len(value) > max_length:
            raise self.error(f'"{key}" is longer than {max_length:,} characters')
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate from a \ud800-style escape
            raise self.error(f'"{key}" contains an invalid character') from None
        return value

    def optional_text(self, key: str) -> str | None:
        return self.text(key) if self.data.get(key) is not None else None

    def number(
        self,
        key: str,
        default: float | None = None,
        *,
        required: bool = False,
        minimum: float | None = None,
        maximum: float | None = None,
        exclusive_minimum: bool = False,
    ) -> float:
        value = self._get(key, default, required or default is None)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(f'"{key}" must be a number, found {_kind(value)}')
        # compare before float(): whole numbers beyond 1e308 cannot even become floats
        if (isinstance(value, float) and math.isnan(value)) or abs(value) > MAX_NUMBER:
            raise self.error(f'"{key}" is not a usable number ({_number(value)})')
        value = float(value)
        if minimum is not None and (value <= minimum if exclusive_minimum else value < minimum):
            rule = "greater than" if exclusive_minimum else "at least"
            raise self.error(f'"{key}" must be {rule} {minimum:g}, found {value:g}')
        if maximum is not None and value > maximum:
            raise self.error(f'"{key}" must be at most {maximum:g}, found {value:g}')
        return value

    def optional_number(self, key: str, **limits: Any) -> float | None:
        if self.data.get(key) is None:
            return None
        return self.number(key, **limits)

    def integer(
        self,
        key: str,
        default: int | None = None,
        *,
        required: bool = False,
        minimum: int | None = None,
    ) -> int:
        value = self._get(key, default, required or default is None)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.error(f'"{key}" must be a whole number, found {_kind(value)}')
        if abs(value) > MAX_NUMBER:
            raise self.error(f'"{key}" is not a usable number ({_number(value)})')
        if minimum is not None and value < minimum:
            raise self.error(f'"{key}" must be at least {minimum}, found {value}')
        return value

    def boolean(self, key: str, default: bool) -> bool:
        value = self._get(key, default, False)
        if not isinstance(value, bool):
            raise self.error(f'"{key}" must be true or false, found {_kind(value)}')
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str | None = None) -> str:
        value = self.text(key, default or "", required=default is None)
        if value not in choices:
            raise self.error(f'"{key}" must be one of {", ".join(choices)}; found "{value}"')
        return value

    def items(self, key: str) -> Iterator[tuple[int, Any]]:
        value = self._get(key, [], False)
        if not isinstance(value, list):
            raise self.error(f'"{key}" must be a list, found {_kind(value)}')
        yield from enumerate(value)

    def object(self, key: str, where: str) -> Fields:
        return Fields(self._get(key, {}, False), where)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        shown = _number(value)
        return shown if shown.startswith("a ") else f"the number {shown}"
    if isinstance(value, str):
        shown = value if len(value) <= 30 else value[:27] + "..."
        return f'the text "{shown}"'
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def _number(value: int | float) -> str:
    """A number for a message; whole numbers too large for a float are not converted."""
    if isinstance(value, int) and abs(value) >= 10**16:
        return f"a {len(str(abs(value)))}-digit number"
    return f"{value:g}"
