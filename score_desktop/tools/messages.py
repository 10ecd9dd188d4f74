"""Filling translated text: Qt's numbered placeholders (%1, %2, ...) for every layer.

PySide's ``tr()`` returns a Python string, which has no ``QString.arg``; ``arg`` fills the
placeholders the same way, so translators see one convention everywhere and may reorder them.
"""

from __future__ import annotations

import re

_PLACEHOLDER = re.compile(r"%(\d{1,2})")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` ... ``%n`` replaced by the values, in one pass (a value that
    itself contains ``%2`` is not filled again); unknown numbers are left as they are."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
