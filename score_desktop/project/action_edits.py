"""Pure edits of an action list from what the user typed; ValueError says what is wrong."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from score_desktop.project.action_records import (
    ACTION_SOURCES,
    STATUS_LABELS,
    Action,
    ActionList,
    check_due,
)
from score_desktop.project.edits import insert_record, replace_record
from score_desktop.project.records import Project
from score_desktop.tools.numbers import NumberReadError, read_column


@dataclass(frozen=True)
class ActionColumn:
    key: str
    header: str
    editable: bool = True


def action_columns(currency: str) -> tuple[ActionColumn, ...]:
    return (
        ActionColumn("what", "What"),
        ActionColumn("who", "Who"),
        ActionColumn("due", "Due\n(YYYY-MM-DD)"),
        ActionColumn("status", "Status"),
        ActionColumn("expected_saving", f"Expected saving\n({currency}/year)"),
        ActionColumn("actual_saving", f"Actual saving\n({currency}/year)"),
        ActionColumn("source", "Comes from", editable=False),
    )


def status_from_text(text: str) -> str:
    wanted = text.strip().lower().replace(" ", "_")
    for key, label in STATUS_LABELS.items():
        if wanted in (key, label.lower().replace(" ", "_")):
            return key
    choices = ", ".join(STATUS_LABELS.values())
    raise ValueError(f'the status "{text.strip()}" is not one of {choices}')


def source_text(action: Action) -> str:
    if not action.source_section:
        return ""
    what = ACTION_SOURCES.get(action.source_section, action.source_section)
    item = f": {action.source_item}" if action.source_item else ""
    return f'{what} "{action.source_record}"{item}'


def cell_text(action: Action, key: str) -> str:
    if key == "status":
        return STATUS_LABELS[action.status]
    if key == "source":
        return source_text(action)
    value = getattr(action, key)
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:,.2f}"
    return str(value)


def with_action_cell(record: ActionList, row: int, key: str, text: str) -> ActionList:
    """The list with field ``key`` of action ``row`` (0-based) set from ``text``."""
    action = record.actions[row]
    where = f"action {row + 1}"
    value: object
    if key == "what":
        value = text.strip()
        if not value:
            raise ValueError(f"{where}: say what is to be done (the text is empty)")
    elif key == "who":
        value = text.strip()
    elif key == "due":
        try:
            value = check_due(text)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
    elif key == "status":
        try:
            value = status_from_text(text)
        except ValueError as exc:
            raise ValueError(f"{where}: {exc}") from None
    elif key in ("expected_saving", "actual_saving"):
        try:
            number = read_column([text], column=key.replace("_", " "), first_row=row + 1)[0]
        except NumberReadError as exc:
            raise ValueError(f"{where}: {exc}") from None
        if number is None and key == "expected_saving":
            number = 0.0
        value = number
    else:
        raise ValueError(f'"{key}" cannot be edited')
    actions = list(record.actions)
    changes: dict[str, Any] = {key: value}
    actions[row] = replace(action, **changes)
    return replace(record, actions=tuple(actions))


def with_new_action(record: ActionList, what: str = "New action") -> ActionList:
    return replace(record, actions=(*record.actions, Action(what)))


def without_action(record: ActionList, row: int) -> ActionList:
    return replace(record, actions=tuple(a for i, a in enumerate(record.actions) if i != row))


def overdue_note(record: ActionList, today: date | None = None) -> str:
    """ "2 overdue" for the navigator, or ""."""
    count = len(record.overdue(today or date.today()))
    return f"{count} overdue" if count else ""


@dataclass(frozen=True)
class ActionSource:
    """Something an action can come from: a quality cause, a kaizen burst, a resource log."""

    section: str
    record: str
    item: str = ""

    @property
    def label(self) -> str:
        what = ACTION_SOURCES.get(self.section, self.section)
        return f'{what} "{self.record}"' + (f": {self.item}" if self.item else "")


def action_sources(project: Project) -> list[ActionSource]:
    """Every cause of every quality study, every kaizen burst of every value stream and every
    resource log, in navigator order."""
    found = [
        ActionSource("quality_studies", study.name, cause.text)
        for study in project.section("quality_studies")
        for cause in study.causes
    ]
    for stream in project.value_streams:
        for burst in getattr(stream, "kaizen", ()):
            text = str(getattr(burst, "text", "")).strip()
            if text:
                found.append(ActionSource("value_streams", stream.name, text))
    found += [ActionSource("resource_logs", log.name) for log in project.resource_logs]
    return found


def with_action_from(project: Project, source: ActionSource, what: str = "") -> Project:
    """The project with an open action for ``source`` on its first action list (made if the
    project has none)."""
    action = Action(
        what=what or f"Act on: {source.item or source.record}",
        source_section=source.section,
        source_record=source.record,
        source_item=source.item,
    )
    lists = project.section("action_lists")
    if not lists:
        return insert_record(project, "action_lists", ActionList("Actions", (action,)))
    first: ActionList = lists[0]
    return replace_record(
        project, "action_lists", 0, replace(first, actions=(*first.actions, action))
    )
