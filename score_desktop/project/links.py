"""Values one tool takes from another: takt from demand, uptime from OEE, cycle time from a line.

Tools reference records by name instead of copying numbers; these functions turn the
references into numbers from the current project, and rename them when a record is renamed.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from score_desktop.project import registry
from score_desktop.project.records import DemandRecord, OeeRecord, Project
from score_desktop.tools.stop_log import evaluate_shift
from score_desktop.tools.takt import compute_takt

if TYPE_CHECKING:
    from score_desktop.project.line_records import LineRecord
    from score_desktop.tools.vsm.model import ValueStreamMap

Resolver = Callable[[str, str], float]


class LinkError(ValueError):
    """A reference that cannot be turned into a number (missing record, invalid input)."""


def _record(project: Project, section: str, name: str, what: str):
    record = project.find(section, name)
    if record is None:
        raise LinkError(f'{what} "{name}" is not in the project')
    return record


def takt_seconds(project: Project, demand_name: str) -> float:
    """The takt time (s) of a demand record."""
    demand: DemandRecord = _record(project, "demands", demand_name, "demand record")
    try:
        return compute_takt(demand).takt_s
    except ValueError as exc:
        raise LinkError(f'demand record "{demand_name}": {exc}') from None


def demand_per_day(project: Project, demand_name: str) -> float:
    demand: DemandRecord = _record(project, "demands", demand_name, "demand record")
    try:
        return compute_takt(demand).demand_per_day
    except ValueError as exc:
        raise LinkError(f'demand record "{demand_name}": {exc}') from None


def oee_availability(project: Project, oee_name: str) -> float:
    record = _record(project, "oee_records", oee_name, "OEE record")
    try:
        return evaluate_shift(record).result.availability
    except ValueError as exc:
        raise LinkError(f'OEE record "{oee_name}": {exc}') from None


UNIT_SECONDS = {"s": 1.0, "sec": 1.0, "min": 60.0, "h": 3600.0}


def seconds_per_unit(time_unit: str) -> float:
    """Seconds in one of a line's time units ("" means seconds)."""
    scale = UNIT_SECONDS.get(time_unit or "s")
    if scale is None:
        raise LinkError(f'the time unit "{time_unit}" is not s, min or h')
    return scale


def line_takt(project: Project, record: LineRecord) -> float:
    """The takt of the demand record a line is linked to, in the line's time unit."""
    scale = seconds_per_unit(record.line.time_unit)
    return takt_seconds(project, record.takt_demand) / scale


def line_cycle_seconds(project: Project, line_name: str) -> float:
    """The largest station time of a line's current balance, in seconds."""
    from score_desktop.tools.line_balancing.model import parse_time

    record = _record(project, "lines", line_name, "line")
    times = {t.id: parse_time(t.time) or 0.0 for t in record.line.tasks}
    if not record.balance:
        raise LinkError(f'line "{line_name}" has no balance yet')
    largest = max(sum(times.get(task, 0.0) for task in station) for station in record.balance)
    try:
        return largest * seconds_per_unit(record.line.time_unit)
    except LinkError as exc:
        raise LinkError(f'line "{line_name}": {exc}') from None


def resolver(project: Project) -> Resolver:
    """The resolver the value-stream model asks for numbers (see tools/vsm/model.py).

    The kinds of link are those the registered tools offer (``ToolDescriptor.offers``)."""
    kinds = registry.link_kinds()

    def resolve(kind: str, name: str) -> float:
        offering = kinds.get(kind)
        if offering is None:
            raise LinkError(f"unknown kind of reference: {kind}")
        return offering.offers[kind](project, name)

    return resolve


def rename_references(project: Project, section: str, old: str, new: str) -> Project:
    """Point every reference to record ``old`` of ``section`` at ``new``.

    Asks each tool whose records take links from ``section`` (``ToolDescriptor.accepts``)."""
    for t in registry.tools():
        if section not in t.accepts or t.rename_links is None:
            continue
        records = project.section(t.key)
        renamed = tuple(t.rename_links(r, section, old, new) for r in records)
        if any(a is not b for a, b in zip(records, renamed, strict=True)):
            project = project.with_section(t.key, renamed)
    return project


def rename_in_demand(record: DemandRecord, section: str, old: str, new: str) -> DemandRecord:
    """A demand record takes its efficiency from an OEE record."""
    if section == "oee_records" and record.efficiency_oee_record == old:
        return replace(record, efficiency_oee_record=new)
    return record


def rename_in_line(record: LineRecord, section: str, old: str, new: str) -> LineRecord:
    """A line takes its cycle time from the takt of a demand record."""
    if section == "demands" and record.takt_demand == old:
        return replace(record, takt_demand=new)
    return record


def rename_in_value_stream(vsm: ValueStreamMap, section: str, old: str, new: str) -> ValueStreamMap:
    """A value-stream map's steps take uptime from OEE records and cycle times from lines;
    its customer takes the demand from a demand record."""
    field = {"oee_records": "uptime_ref", "lines": "cycle_time_ref"}.get(section)
    touched = (field and any(getattr(s, field) == old for s in vsm.steps)) or (
        section == "demands" and vsm.customer.demand_ref == old
    )
    if not touched:
        return vsm
    vsm = copy.deepcopy(vsm)
    for step in vsm.steps:
        if field and getattr(step, field) == old:
            setattr(step, field, new)
    if section == "demands" and vsm.customer.demand_ref == old:
        vsm.customer.demand_ref = new
    return vsm


@dataclass(frozen=True)
class Efficiency:
    """The efficiency a demand record plans with, and where it comes from.

    ``source`` is "typed", "linked" (the OEE of ``oee_record``), "missing" (the linked
    record is gone) or "invalid" (the linked record has input errors); in the last two
    cases the typed efficiency is used.
    """

    value: float
    source: str
    oee_record: OeeRecord | None = None


def demand_efficiency(project: Project, demand: DemandRecord) -> Efficiency:
    ref = demand.efficiency_oee_record
    if not ref:
        return Efficiency(demand.efficiency, "typed")
    record = project.find("oee_records", ref)
    if record is None:
        return Efficiency(demand.efficiency, "missing")
    try:
        return Efficiency(evaluate_shift(record).result.oee, "linked", record)
    except ValueError:
        return Efficiency(demand.efficiency, "invalid")
