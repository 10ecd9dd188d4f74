"""Conversion between project records and the JSON objects of the project file.

Reading checks every field and every rule a record must keep, so that the rest of
the app only ever sees valid records. Each error names the record and the field.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from score_desktop.project import registry
from score_desktop.project.catalogue import read_fields
from score_desktop.project.errors import ProjectError
from score_desktop.project.fields import Fields
from score_desktop.project.record_fields import DEMAND_RECORD, OEE_RECORD, STOP
from score_desktop.project.records import (
    DemandRecord,
    OeeRecord,
    Project,
    ProjectMeta,
    StopEntry,
)

MAX_NAME = 200


def meta_from_json(data: Any) -> ProjectMeta:
    f = Fields(data, "project metadata")
    defaults = ProjectMeta()
    return ProjectMeta(
        name=f.text("name", defaults.name, max_length=MAX_NAME),
        company=f.text("company"),
        site=f.text("site"),
        author=f.text("author"),
        notes=f.text("notes"),
        currency=f.text("currency", "USD", max_length=10),
        created=f.text("created", defaults.created, max_length=40),
        modified=f.text("modified", defaults.modified, max_length=40),
    )


def _record_name(data: Any, label: str, index: int) -> str:
    f = Fields(data, f"{label} #{index + 1}")
    name = f.text("name", required=True, max_length=MAX_NAME).strip()
    if not name:
        raise f.error("the name is empty")
    return name


def oee_record_from_json(data: Any, index: int) -> OeeRecord:
    name = _record_name(data, "OEE record", index)
    f = Fields(data, f'OEE record "{name}"')
    v = read_fields(f, OEE_RECORD)  # each field by the catalogue; then the rules between them
    shift, breaks = v["shift_length_min"], v["planned_breaks_min"]
    if breaks >= shift:
        raise f.error(f"planned breaks {breaks:g} min are not shorter than the shift {shift:g} min")
    total, good, rejects = v["total_count"], v["good_count"], v["startup_rejects"]
    if good > total:
        raise f.error(f"good count {good} exceeds total count {total}")
    if rejects > total - good:
        raise f.error(
            f"start-up rejects {rejects} exceed the rejected count "
            f"{total - good} (total {total} - good {good})"
        )
    stops = tuple(_stop_from_json(item, f.where, i) for i, item in f.items("stops"))
    planned = shift - breaks
    stop_total = sum(s.duration_min for s in stops)
    if stop_total > planned + 1e-9:
        raise f.error(
            f"stops add up to {stop_total:g} min, more than the planned "
            f"production time {planned:g} min"
        )
    calendar = v["calendar_time_min"]
    if calendar is not None and calendar < shift:
        raise f.error(f"calendar time {calendar:g} min is shorter than the shift {shift:g} min")
    v.update(name=name, stops=stops)
    return OeeRecord(**v)


def _stop_from_json(data: Any, where: str, index: int) -> StopEntry:
    f = Fields(data, f"{where}, stop #{index + 1}")
    return StopEntry(**read_fields(f, STOP))


def demand_from_json(data: Any, index: int) -> DemandRecord:
    name = _record_name(data, "demand record", index)
    f = Fields(data, f'demand record "{name}"')
    v = read_fields(f, DEMAND_RECORD)
    shift, breaks, shifts = v["shift_length_min"], v["breaks_per_shift_min"], v["shifts_per_day"]
    if breaks >= shift:
        raise f.error(f"breaks {breaks:g} min are not shorter than the shift {shift:g} min")
    if shifts * shift > 1440:
        raise f.error(f"{shifts} shifts of {shift:g} min do not fit in a day")
    v["name"] = name
    return DemandRecord(**v)


def record_to_json(record: Any) -> dict[str, Any]:
    data = asdict(record)
    if "stops" in data:
        data["stops"] = [dict(s) for s in data["stops"]]
    return data


def project_from_json(data: Any) -> Project:
    """Build a :class:`Project` from the current-format JSON object, checking everything.

    Every registered tool reads its own section (``ToolDescriptor.read``)."""
    f = Fields(data, "project file")
    project = Project(meta=meta_from_json(data.get("meta", {})))
    for t in registry.tools():
        records = tuple(t.read(item, i) for i, item in f.items(t.key))
        _check_unique_names(records, t.record_label)
        project = project.with_section(t.key, records)
    return project


def project_to_json(project: Project, format_version: int) -> dict[str, Any]:
    data: dict[str, Any] = {"format_version": format_version, "meta": asdict(project.meta)}
    for t in registry.tools():
        data[t.key] = [t.write(r) for r in project.section(t.key)]
    return data


def _check_unique_names(records: tuple, label: str) -> None:
    seen: set[str] = set()
    for record in records:
        if record.name in seen:
            raise ProjectError(f'two {label}s are called "{record.name}"; names must differ')
        seen.add(record.name)


def validate_record(key: str, record: Any) -> Any:
    """Check one record by the same rules as loading; raise ProjectError naming the field."""
    t = registry.tool(key)
    return t.read(t.write(record), 0)
