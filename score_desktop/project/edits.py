"""Pure edits of a project: each returns a new :class:`Project` and leaves the old one alone."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from score_desktop.project import registry
from score_desktop.project.codec import MAX_NAME
from score_desktop.project.links import rename_references
from score_desktop.project.records import Project


def _with_section(project: Project, key: str, records: tuple) -> Project:
    return project.with_section(key, records)


def unique_name(project: Project, key: str, base: str) -> str:
    """``base``, or ``base (2)``, ``base (3)``… whichever no record in the section has."""
    taken = {r.name for r in project.section(key)}
    base = base.strip()[:MAX_NAME].rstrip() or "Untitled"  # the file allows MAX_NAME characters
    if base not in taken:
        return base
    n = 2
    while True:
        suffix = f" ({n})"
        name = base[: MAX_NAME - len(suffix)].rstrip() + suffix
        if name not in taken:
            return name
        n += 1


def insert_record(project: Project, key: str, record: Any, index: int | None = None) -> Project:
    records = list(project.section(key))
    if any(r.name == record.name for r in records):
        raise ValueError(f'a record called "{record.name}" already exists')
    records.insert(len(records) if index is None else index, record)
    return _with_section(project, key, tuple(records))


def replace_record(project: Project, key: str, index: int, record: Any) -> Project:
    records = list(project.section(key))
    if any(i != index and r.name == record.name for i, r in enumerate(records)):
        raise ValueError(f'a record called "{record.name}" already exists')
    records[index] = record
    return _with_section(project, key, tuple(records))


def remove_record(project: Project, key: str, index: int) -> Project:
    records = list(project.section(key))
    del records[index]
    return _with_section(project, key, tuple(records))


def duplicate_record(project: Project, key: str, index: int) -> Project:
    record = project.section(key)[index]
    copy = replace(record, name=unique_name(project, key, f"{record.name} copy"))
    return insert_record(project, key, copy, index + 1)


def rename_record(project: Project, key: str, index: int, new_name: str) -> Project:
    """Rename a record and every reference to it in other records."""
    new_name = new_name.strip()
    if not new_name:
        raise ValueError("a name cannot be empty")
    if len(new_name) > MAX_NAME:
        raise ValueError(f"a name can have at most {MAX_NAME} characters")
    old_name = project.section(key)[index].name
    project = replace_record(
        project, key, index, replace(project.section(key)[index], name=new_name)
    )
    return rename_references(project, key, old_name, new_name)


def new_record(key: str, project: Project) -> Any:
    """A new record with default values and a name no record in the section has."""
    return registry.tool(key).new_record(project)
