"""A toy tool added through one descriptor alone: kaizen ideas with an expected saving.

Used by tests/project/test_registry.py (file, schema, workbook, links) and
tests/widgets/test_tool_registry.py (navigator, panel). Nothing else in the app knows it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from score_desktop.project.edits import unique_name
from score_desktop.project.excel.cells import sheet_name, title
from score_desktop.project.fields import Fields
from score_desktop.project.registry import ToolDescriptor

KEY = "kaizen_ideas"


@dataclass(frozen=True)
class KaizenIdea:
    name: str
    saving_usd: float = 0.0
    oee_record: str = ""  # the OEE record the idea improves (a link)


def read(data: Any, index: int) -> KaizenIdea:
    f = Fields(data, f"kaizen idea #{index + 1}")
    return KaizenIdea(
        name=f.text("name", required=True),
        saving_usd=f.number("saving_usd", 0.0, minimum=0),
        oee_record=f.text("oee_record"),
    )


def write(record: KaizenIdea) -> dict[str, Any]:
    return asdict(record)


def sheets(project):
    def one(record: KaizenIdea):
        def write_sheet(wb, taken: set[str]) -> None:
            ws = wb.create_sheet(sheet_name(f"Kaizen {record.name}", taken))
            title(ws, record.name, f"Expected saving {record.saving_usd:g} USD")

        return write_sheet

    return [(f"Kaizen {r.name}", one(r)) for r in project.section(KEY)]


def rename_links(record: KaizenIdea, section: str, old: str, new: str) -> KaizenIdea:
    if section == "oee_records" and record.oee_record == old:
        return KaizenIdea(record.name, record.saving_usd, new)
    return record


DESCRIPTOR = ToolDescriptor(
    key=KEY,
    label="Kaizen ideas",
    record_label="kaizen idea",
    record_type=KaizenIdea,
    read=read,
    write=write,
    new_record=lambda project: KaizenIdea(unique_name(project, KEY, "Idea")),
    excel_sheets=sheets,
    export_order=60,
    offers={"kaizen_saving": lambda project, name: project.find(KEY, name).saving_usd},
    accepts=("oee_records",),
    rename_links=rename_links,
    schema_definition="kaizen_idea",
    schema_description="Kaizen ideas with their expected saving.",
    schema_defs={
        "kaizen_idea": {
            "type": "object",
            "required": ["name"],
            "additionalProperties": False,
            "properties": {
                "name": {"type": "string", "minLength": 1},
                "saving_usd": {"type": "number", "minimum": 0},
                "oee_record": {"type": "string"},
            },
        }
    },
)
