"""The one error type of the quality engine: bad input, named by point and rule."""

from __future__ import annotations


class QualityInputError(ValueError):
    """Input a chart or a capability study cannot use.

    ``row`` is the 1-based point (a value, a subgroup or a sample) at fault, None when the
    problem is not tied to one point; ``rule`` says which rule the input breaks, in plain
    words. Callers that read files map ``row`` back to the file's own row number.
    """

    def __init__(self, rule: str, row: int | None = None, label: str = "point") -> None:
        self.rule = rule
        self.row = row
        self.label = label
        super().__init__(f"{label} {row}: {rule}" if row is not None else rule)
