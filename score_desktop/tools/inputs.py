"""Checks of numeric inputs shared by the tools, each failure naming the field and the rule."""

from __future__ import annotations

import math


class InputError(ValueError):
    """Invalid input to a tool; ``field`` is the name of the offending input."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NumberChecks:
    """``number``, ``positive`` and ``non_negative`` raising the tool's own error class."""

    def __init__(self, error: type[InputError]) -> None:
        self.error = error

    def number(self, field: str, label: str, value: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.error(field, f"{label} must be a number, got {value!r}.")
        value = float(value)
        if not math.isfinite(value):
            raise self.error(field, f"{label} must be a finite number, got {value}.")
        return value

    def positive(self, field: str, label: str, value: float) -> float:
        value = self.number(field, label, value)
        if value <= 0:
            raise self.error(field, f"{label} must be greater than zero, got {value:g}.")
        return value

    def non_negative(self, field: str, label: str, value: float) -> float:
        value = self.number(field, label, value)
        if value < 0:
            raise self.error(field, f"{label} must not be negative, got {value:g}.")
        return value
