"""The project's action list: what is to be done, by whom, by when, and what it saves.

An action can come from a cause in a quality study, a kaizen burst on a value-stream map
or a measure in a resource log (``source_section`` / ``source_record`` / ``source_item``)
and links back to it; renaming the source record follows the link. Savings are in the
project's currency per year.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, replace
from datetime import date
from typing import Any

from score_desktop.project.codec import MAX_NAME
from score_desktop.project.fields import Fields

ACTION_STATUSES: tuple[str, ...] = ("open", "in_progress", "done", "cancelled")
STATUS_LABELS: dict[str, str] = {
    "open": "Open",
    "in_progress": "In progress",
    "done": "Done",
    "cancelled": "Cancelled",
}
#: Sections an action can come from (its ``source_section``), with a label.
ACTION_SOURCES: dict[str, str] = {
    "": "(none)",
    "quality_studies": "Quality study",
    "value_streams": "Value stream (kaizen burst)",
    "resource_logs": "Resource log (measure)",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Action:
    """One action. ``due`` is an ISO date (YYYY-MM-DD) or empty."""

    what: str
    who: str = ""
    due: str = ""
    status: str = "open"
    expected_saving: float = 0.0
    actual_saving: float | None = None
    source_section: str = ""
    source_record: str = ""
    source_item: str = ""

    def is_overdue(self, today: date) -> bool:
        if self.status in ("done", "cancelled") or not self.due:
            return False
        return date.fromisoformat(self.due) < today


@dataclass(frozen=True)
class ActionList:
    name: str
    actions: tuple[Action, ...] = ()
    notes: str = ""

    def overdue(self, today: date) -> tuple[Action, ...]:
        return tuple(a for a in self.actions if a.is_overdue(today))


def check_due(text: str) -> str:
    """``text`` as an ISO date (empty allowed); ValueError saying what is wrong."""
    text = text.strip()
    if not text:
        return ""
    if not _DATE.match(text):
        raise ValueError(f'the due date "{text}" is not a date like 2026-12-31 (YYYY-MM-DD)')
    try:
        date.fromisoformat(text)
    except ValueError:
        raise ValueError(f'the due date "{text}" does not exist') from None
    return text


def _action(data: Any, where: str, index: int) -> Action:
    f = Fields(data, f"{where}, action #{index + 1}")
    what = f.text("what", required=True, max_length=2000).strip()
    if not what:
        raise f.error('"what" is empty: say what is to be done')
    try:
        due = check_due(f.text("due", max_length=40))
    except ValueError as exc:
        raise f.error(str(exc)) from None
    actual = f.optional_number("actual_saving")
    return Action(
        what=what,
        who=f.text("who", max_length=MAX_NAME),
        due=due,
        status=f.choice("status", ACTION_STATUSES, "open"),
        expected_saving=f.number("expected_saving", 0.0),
        actual_saving=actual,
        source_section=f.choice("source_section", tuple(ACTION_SOURCES), ""),
        source_record=f.text("source_record", max_length=MAX_NAME),
        source_item=f.text("source_item", max_length=2000),
    )


def action_list_from_json(data: Any, index: int) -> ActionList:
    f = Fields(data, f"action list #{index + 1}")
    name = f.text("name", required=True, max_length=MAX_NAME).strip()
    if not name:
        raise f.error("the name is empty")
    f = Fields(data, f'action list "{name}"')
    actions = tuple(_action(item, f.where, i) for i, item in f.items("actions"))
    return ActionList(name=name, actions=actions, notes=f.text("notes"))


def action_list_to_json(record: ActionList) -> dict[str, Any]:
    return {
        "name": record.name,
        "notes": record.notes,
        "actions": [asdict(a) for a in record.actions],
    }


def rename_in_action_list(record: ActionList, section: str, old: str, new: str) -> ActionList:
    """Follow the rename of a record an action comes from."""
    if not any(a.source_section == section and a.source_record == old for a in record.actions):
        return record
    actions = tuple(
        replace(a, source_record=new)
        if a.source_section == section and a.source_record == old
        else a
        for a in record.actions
    )
    return replace(record, actions=actions)


ACTION_LIST_SCHEMA: dict[str, Any] = {
    "action_list": {
        "type": "object",
        "description": "One action list for the project (what, who, due, status, savings).",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
            "notes": {"type": "string"},
            "actions": {"type": "array", "items": {"$ref": "#/$defs/action"}},
        },
    },
    "action": {
        "type": "object",
        "required": ["what"],
        "additionalProperties": False,
        "properties": {
            "what": {"type": "string", "minLength": 1, "maxLength": 2000},
            "who": {"type": "string", "maxLength": MAX_NAME},
            "due": {
                "type": "string",
                "description": "ISO date YYYY-MM-DD, or empty",
                "anyOf": [{"const": ""}, {"pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}],
            },
            "status": {"enum": list(ACTION_STATUSES), "default": "open"},
            "expected_saving": {
                "type": "number",
                "description": "in the project's currency per year",
                "default": 0.0,
            },
            "actual_saving": {"type": ["number", "null"]},
            "source_section": {"enum": list(ACTION_SOURCES), "default": ""},
            "source_record": {"type": "string", "maxLength": MAX_NAME},
            "source_item": {"type": "string", "maxLength": 2000},
        },
    },
}
