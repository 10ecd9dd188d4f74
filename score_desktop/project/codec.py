"""Conversion between project records and the JSON objects of the project file.

Reading checks every field and every rule a record must keep, so that the rest of
the app only ever sees valid records. Each error names the record and the field.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from score_desktop.project import registry
from score_desktop.project.errors import ProjectError
from score_desktop.project.fields import Fields
from score_desktop.project.records import (
    DEMAND_PERIODS,
    STOP_CATEGORIES,
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
    shift = f.number("shift_length_min", 480.0, minimum=0, exclusive_minimum=True, maximum=100_000)
    breaks = f.number("planned_breaks_min", 0.0, minimum=0)
    if breaks >= shift:
        raise f.error(f"planned breaks {breaks:g} min are not shorter than the shift {shift:g} min")
    total = f.integer("total_count", 0, minimum=0)
    good = f.integer("good_count", 0, minimum=0)
    if good > total:
        raise f.error(f"good count {good} exceeds total count {total}")
    rejects = f.integer("startup_rejects", 0, minimum=0)
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
    calendar = f.optional_number("calendar_time_min", minimum=0, exclusive_minimum=True)
    if calendar is not None and calendar < shift:
        raise f.error(f"calendar time {calendar:g} min is shorter than the shift {shift:g} min")
    return OeeRecord(
        name=name,
        machine=f.text("machine", max_length=MAX_NAME),
        date=f.text("date", max_length=40),
        shift_length_min=shift,
        planned_breaks_min=breaks,
        ideal_cycle_time_s=f.number("ideal_cycle_time_s", 1.0, minimum=0, exclusive_minimum=True),
        total_count=total,
        good_count=good,
        startup_rejects=rejects,
        minor_stop_threshold_min=f.number("minor_stop_threshold_min", 5.0, minimum=0),
        calendar_time_min=calendar,
        stops=stops,
        notes=f.text("notes"),
    )


def _stop_from_json(data: Any, where: str, index: int) -> StopEntry:
    f = Fields(data, f"{where}, stop #{index + 1}")
    return StopEntry(
        start_min=f.number("start_min", 0.0, minimum=0),
        duration_min=f.number("duration_min", required=True, minimum=0),
        reason=f.text("reason", max_length=MAX_NAME),
        category=f.choice("category", STOP_CATEGORIES, "breakdown"),
    )


def demand_from_json(data: Any, index: int) -> DemandRecord:
    name = _record_name(data, "demand record", index)
    f = Fields(data, f'demand record "{name}"')
    shift = f.number("shift_length_min", 480.0, minimum=0, exclusive_minimum=True, maximum=1440)
    breaks = f.number("breaks_per_shift_min", 0.0, minimum=0)
    if breaks >= shift:
        raise f.error(f"breaks {breaks:g} min are not shorter than the shift {shift:g} min")
    shifts = f.integer("shifts_per_day", 1, minimum=1)
    if shifts * shift > 1440:
        raise f.error(f"{shifts} shifts of {shift:g} min do not fit in a day")
    return DemandRecord(
        name=name,
        demand=f.number("demand", minimum=0, exclusive_minimum=True),
        period=f.choice("period", DEMAND_PERIODS, "day"),
        shifts_per_day=shifts,
        shift_length_min=shift,
        breaks_per_shift_min=breaks,
        working_days_per_period=f.number(
            "working_days_per_period", 1.0, minimum=0, exclusive_minimum=True, maximum=31
        ),
        pack_out_quantity=f.integer("pack_out_quantity", 1, minimum=1),
        efficiency=f.number("efficiency", 0.85, minimum=0, exclusive_minimum=True, maximum=1),
        efficiency_oee_record=f.text("efficiency_oee_record", max_length=MAX_NAME),
        work_content_s=f.number("work_content_s", 0.0, minimum=0),
        notes=f.text("notes"),
    )


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
