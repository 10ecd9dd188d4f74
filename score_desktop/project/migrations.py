"""Upgrades of older project files, one small function per format version step.

``MIGRATIONS[v]`` turns a version-``v`` JSON object into a version-``v + 1`` one.
Each function only renames, moves or fills in what changed in that step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from score_desktop.project.errors import ProjectError

CURRENT_FORMAT_VERSION = 6

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def _v1_to_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 (the pre-release format) kept OEE records under "oee", the project name
    as "title" in "meta", and stop durations in seconds ("duration_s").

    Values of the wrong type are passed on unchanged for the validator to name.
    """
    data = dict(data)
    meta = data.get("meta")
    if isinstance(meta, dict) and "title" in meta:
        meta = dict(meta)
        meta.setdefault("name", meta.pop("title"))
        data["meta"] = meta
    if "oee" in data:  # without it, keep any "oee_records" rather than drop them silently
        records = data.pop("oee")
        if isinstance(records, list):
            records = [_v1_oee_record(r) if isinstance(r, dict) else r for r in records]
        data["oee_records"] = records
    data["format_version"] = 2
    return data


def _v1_oee_record(record: dict[str, Any]) -> dict[str, Any]:
    record = dict(record)
    if isinstance(record.get("stops"), list):
        record["stops"] = [
            _v1_stop(s) if isinstance(s, dict) and "duration_s" in s else s for s in record["stops"]
        ]
    return record


def _v1_stop(stop: dict[str, Any]) -> dict[str, Any]:
    stop = dict(stop)
    seconds = stop.pop("duration_s")
    usable = isinstance(seconds, int | float) and not isinstance(seconds, bool)
    # a whole number too large for a float is passed on for the validator to refuse
    stop["duration_min"] = seconds / 60 if usable and abs(seconds) < 1e300 else seconds
    return stop


def _v2_to_v3(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds line-balancing lines, value-stream maps and resource logs."""
    data = dict(data)
    for key in ("lines", "value_streams", "resource_logs"):
        data.setdefault(key, [])
    data["format_version"] = 3
    return data


_V3_PERIOD_KEYS = ("baseline_start", "baseline_end", "reporting_start", "reporting_end", "drivers")
_V4_DRIVERS = ("production", "heating_degree_days", "cooling_degree_days")


def _v3_to_v4(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 keeps a resource log's analysis choices in one "analysis" object (the
    engine's AnalysisSetup): the flat baseline_start/end, reporting_start/end and drivers move
    into it; an empty start or end meant "from the first" / "to the last" period of the log.
    Drivers the engine does not know are dropped and named in the record's notes."""
    data = dict(data)
    records = data.get("resource_logs")
    if isinstance(records, list):
        data["resource_logs"] = [
            _v3_resource_record(r) if isinstance(r, dict) else r for r in records
        ]
    data["format_version"] = 4
    return data


def _v3_resource_record(record: dict[str, Any]) -> dict[str, Any]:
    record = dict(record)
    if "analysis" in record and not any(k in record for k in _V3_PERIOD_KEYS):
        return record  # already in the version-4 shape
    old = {k: record.pop(k, None) for k in _V3_PERIOD_KEYS}
    log = record.get("log")
    periods = log.get("periods") if isinstance(log, dict) else None
    labels = sorted(
        p["period"]
        for p in (periods if isinstance(periods, list) else [])
        if isinstance(p, dict) and isinstance(p.get("period"), str) and p["period"]
    )

    def label(key: str) -> str | None:
        value = old[key]
        return value if isinstance(value, str) and value.strip() else None

    drivers = old["drivers"] if isinstance(old["drivers"], list) else ["production"]
    known = [d for d in drivers if d in _V4_DRIVERS]
    dropped = [str(d) for d in drivers if d not in _V4_DRIVERS]
    if dropped:
        note = "Upgraded from format 3: driver(s) not recognised and removed: " + ", ".join(dropped)
        notes = record.get("notes")
        record["notes"] = f"{notes}\n{note}" if isinstance(notes, str) and notes else note
    first = label("baseline_start") or (labels[0] if labels else None)
    last = label("baseline_end") or (labels[-1] if labels else None)
    if first is None or last is None:
        record["analysis"] = None  # an empty log: no baseline can be chosen yet
        return record
    reporting_first = label("reporting_start")
    reporting_last = label("reporting_end")
    if reporting_first is None and reporting_last is not None and labels:
        reporting_first = labels[0]
    record["analysis"] = {
        "baseline_first": first,
        "baseline_last": last,
        "reporting_first": reporting_first,
        "reporting_last": reporting_last if reporting_first is not None else None,
        "drivers": known or ["production"],
        "energy": "total",
        "ratio_targets": {},
    }
    return record


def _v4_to_v5(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 records the layout of every line to balance: "straight" (the only layout
    before) or "u" (a U-shaped cell)."""
    data = dict(data)
    lines = data.get("lines")
    if isinstance(lines, list):
        data["lines"] = [
            {"layout": "straight", **line} if isinstance(line, dict) else line for line in lines
        ]
    data["format_version"] = 5
    return data


def _v5_to_v6(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 adds the customer's demand pattern (pull from finished goods at takt) and the
    supplier's scheduled deliveries to value streams; older maps keep today's behaviour: the
    customer takes every part at once ("none") and the supplier has no scheduled deliveries."""
    data = dict(data)
    streams = data.get("value_streams")
    if isinstance(streams, list):
        data["value_streams"] = [_v5_stream(m) if isinstance(m, dict) else m for m in streams]
    data["format_version"] = 6
    return data


def _v5_stream(m: dict[str, Any]) -> dict[str, Any]:
    m = dict(m)
    for key, defaults in (
        ("supplier", {"delivery_quantity": 0, "delivery_every_h": 0.0}),
        ("customer", {"demand_pattern": "none", "pitch_parts": 1}),
    ):
        part = m.get(key)
        if isinstance(part, dict):
            m[key] = {**defaults, **part}
    return m


MIGRATIONS: dict[int, Migration] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}


def upgrade(data: dict[str, Any]) -> dict[str, Any]:
    """Bring a project JSON object of any known version up to the current one."""
    version = data.get("format_version")
    if isinstance(version, float) and version.is_integer():
        version = int(version)  # 2.0 is the same number as 2, as for every whole-number field
    if isinstance(version, bool) or not isinstance(version, int):
        raise ProjectError('project file: "format_version" must be a whole number')
    if version > CURRENT_FORMAT_VERSION:
        raise ProjectError(
            f"project file: format version {version} is newer than this app understands "
            f"(up to {CURRENT_FORMAT_VERSION}); please update SCORE Desktop"
        )
    if version < min(MIGRATIONS, default=CURRENT_FORMAT_VERSION):
        raise ProjectError(f"project file: format version {version} is not a known version")
    while version < CURRENT_FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
