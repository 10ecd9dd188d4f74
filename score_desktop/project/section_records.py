"""Value-stream maps and resource-efficiency logs in the project file.

Their data models live with their tools (``tools/vsm``, ``tools/resource_efficiency``);
this module wraps their JSON converters so that every problem becomes a
:class:`ProjectError` that names the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from score_desktop.project.errors import ProjectError
from score_desktop.project.fields import Fields
from score_desktop.tools.resource_efficiency.datalog import ResourceLog, log_from_dict, log_to_dict
from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict


def value_stream_from_json(data: Any, index: int) -> ValueStreamMap:
    if not isinstance(data, dict):
        raise ProjectError(f"value stream #{index + 1}: expected an object")
    try:
        return map_from_dict(data, f"value stream #{index + 1}")
    except ValueError as exc:
        raise ProjectError(str(exc)) from None


def value_stream_to_json(record: ValueStreamMap) -> dict[str, Any]:
    return map_to_dict(record)


@dataclass(frozen=True)
class ResourceRecord:
    """One site's resource log and the analysis choices made on it.

    Periods are the log's period labels (e.g. "2025-01"); empty means "from the first"
    or "to the last". ``drivers`` are the relevant variables of the energy baseline.
    """

    name: str
    log: ResourceLog
    baseline_start: str = ""
    baseline_end: str = ""
    reporting_start: str = ""
    reporting_end: str = ""
    drivers: tuple[str, ...] = ("production",)
    notes: str = ""


def resource_record_from_json(data: Any, index: int) -> ResourceRecord:
    f = Fields(data, f"resource log #{index + 1}")
    name = f.text("name", required=True, max_length=200).strip()
    if not name:
        raise f.error("the name is empty")
    f = Fields(data, f'resource log "{name}"')
    try:
        log = log_from_dict(f.data.get("log"), f.where)
    except ValueError as exc:
        raise ProjectError(str(exc)) from None
    drivers = f.data.get("drivers", ["production"])
    if not isinstance(drivers, list) or not all(isinstance(d, str) for d in drivers):
        raise f.error('"drivers" must be a list of variable names')
    return ResourceRecord(
        name=name,
        log=log,
        baseline_start=f.text("baseline_start", max_length=20),
        baseline_end=f.text("baseline_end", max_length=20),
        reporting_start=f.text("reporting_start", max_length=20),
        reporting_end=f.text("reporting_end", max_length=20),
        drivers=tuple(drivers),
        notes=f.text("notes"),
    )


def resource_record_to_json(record: ResourceRecord) -> dict[str, Any]:
    return {
        "name": record.name,
        "baseline_start": record.baseline_start,
        "baseline_end": record.baseline_end,
        "reporting_start": record.reporting_start,
        "reporting_end": record.reporting_end,
        "drivers": list(record.drivers),
        "notes": record.notes,
        "log": log_to_dict(record.log),
    }
