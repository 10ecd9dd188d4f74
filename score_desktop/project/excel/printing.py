"""Print set-up for every sheet: orientation, fit to width, print titles, header and footer.

Paper size is left to the printer (A4 or Letter): fit-to-width makes either legible.
"""

from __future__ import annotations

from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

#: Sheets wider than this many used columns print in landscape.
LANDSCAPE_FROM_COLUMNS = 7


def _header_text(text: str) -> str:
    """User text for a header or footer: "&" starts a code there, so it is doubled."""
    return " ".join(text.replace("&", "&&").split())[:120]


def print_setup(ws: Worksheet, project_name: str, title_rows: str | None = None) -> None:
    """Set up ``ws`` for printing; ``title_rows`` (e.g. "1:1") repeat on every page."""
    wide = ws.max_column >= LANDSCAPE_FROM_COLUMNS
    ws.page_setup.orientation = "landscape" if wide else "portrait"
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddHeader.left.text = _header_text(project_name or "SCORE Desktop project")
    ws.oddHeader.left.size = 9
    ws.oddHeader.right.text = _header_text(ws.title)
    ws.oddHeader.right.size = 9
    ws.oddFooter.center.text = "Page &P of &N"
    ws.oddFooter.center.size = 9
    ws.oddFooter.right.text = "SCORE Desktop"
    ws.oddFooter.right.size = 8
