"""Rewrite the field tables of docs/file-format.md from the field catalogue.

Run after changing an entry in score_desktop/project/record_fields.py:
``python resources/make_field_tables.py``; tests/project/test_catalogue.py fails until the
docs say what the catalogue says.
"""

from __future__ import annotations

from pathlib import Path

from score_desktop.project.catalogue import doc_table
from score_desktop.project.record_fields import DEMAND_RECORD, OEE_RECORD, STOP

DOCS = Path(__file__).parents[1] / "docs" / "file-format.md"
HEAD = "| Key | Type | Unit | Default | Rule |"
TABLES = (
    ("## OEE records (`oee_records`)", OEE_RECORD),
    ("### Stops", STOP),
    ("## Demand records (`demands`)", DEMAND_RECORD),
)


def with_tables(text: str) -> str:
    """``text`` with the first table after each heading replaced by the catalogue's."""
    for heading, entries in TABLES:
        start = text.index(HEAD, text.index(heading))
        end = start
        while end < len(text) and text.startswith("|", end):
            end = text.index("\n", end) + 1
        text = text[:start] + doc_table(entries) + text[end:]
    return text


if __name__ == "__main__":
    DOCS.write_text(with_tables(DOCS.read_text(encoding="utf-8")), encoding="utf-8")
    print(f"Wrote the field tables of {DOCS}")
