"""The character rule of every writer of text (Excel, SVG, charts, CSV): what each format can hold.

Lives in ``tools`` so that the project's writers, the charts and the window's picture export
all apply the same rule (the rule and its reasons: :mod:`score_desktop.project.safe_text`):
C0 control characters other than tab, line feed and carriage return become their "control
pictures" (U+2400 to U+241F), U+FFFE, U+FFFF and lone surrogates become U+FFFD.
"""

from __future__ import annotations

import re

#: Characters XML 1.0 (and so .xlsx, .svg) cannot hold.
XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
REPLACEMENT = "\ufffd"


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


def xml_bytes(data: bytes) -> bytes:
    """UTF-8 XML (an SVG a library wrote) with every character XML cannot hold replaced."""
    return xml_text(data.decode("utf-8", errors="replace")).encode("utf-8")
