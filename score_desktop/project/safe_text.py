"""The one text rule of a project and how every writer keeps it (see docs/file-format.md).

A project holds any Unicode text JSON can hold, except lone surrogates (half of a UTF-16
pair, U+D800 to U+DFFF alone), which no UTF-8 file can store: the loader refuses them with
the place named (:func:`score_desktop.project.fileio.lone_surrogate_at`).

Writers whose formats cannot hold some characters change only those, by one rule, so that an
export never fails and never writes ill-formed XML:

- C0 control characters other than tab, line feed and carriage return (U+0000 to U+001F)
  become their visible Unicode "control pictures" (U+2400 to U+241F: ``␀ ␁ … ␟``);
- the non-characters U+FFFE and U+FFFF, and any lone surrogate, become U+FFFD (``�``).

Everything else (tabs, newlines, emoji, right-to-left scripts, U+007F to U+009F) is written
as it is. The project itself is never changed: the rule applies to the exported copy.
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

#: Characters XML 1.0 (and so .xlsx, .svg) cannot hold.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"

T = TypeVar("T")


def _replace(match: re.Match[str]) -> str:
    code = ord(match.group())
    return chr(0x2400 + code) if code < 0x20 else REPLACEMENT


def xml_text(text: str) -> str:
    """``text`` with every character XML cannot hold replaced by the rule above."""
    if text.isascii() and text.isprintable():
        return text
    return XML_UNSAFE.sub(_replace, text)


def is_xml_safe(text: str) -> bool:
    """True when :func:`xml_text` would leave ``text`` unchanged."""
    return XML_UNSAFE.search(text) is None


def xml_safe_copy(value: T) -> T:
    """A copy of a project (or any record) whose every text is :func:`xml_text`-safe.

    Frozen dataclasses are rebuilt with :func:`dataclasses.replace`, tuples, lists and
    dicts (keys too) item by item; a part with nothing to change is returned as it is, so a
    project of ordinary text comes back as the same object.
    """
    return _clean(value)


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return xml_text(value)
    if isinstance(value, int | float | bool) or value is None:
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for field in dataclasses.fields(value):
            if not field.init:
                continue
            old = getattr(value, field.name)
            new = _clean(old)
            if new is not old:
                changes[field.name] = new
        return dataclasses.replace(value, **changes) if changes else value
    if isinstance(value, tuple):
        items = [_clean(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return type(value)(*items) if hasattr(value, "_fields") else type(value)(items)
    if isinstance(value, list):
        items = [_clean(item) for item in value]
        if all(new is old for new, old in zip(items, value, strict=True)):
            return value
        return items
    if isinstance(value, dict):
        pairs = [(_clean(k), _clean(v)) for k, v in value.items()]
        if all(k is k0 and v is v0 for (k, v), (k0, v0) in zip(pairs, value.items(), strict=True)):
            return value
        return type(value)(pairs) if type(value) is not dict else dict(pairs)
    return value
