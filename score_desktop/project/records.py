"""The records a project holds: metadata, OEE records with their stop logs, demand settings.

Records are immutable values: an edit replaces a record with a changed copy
(``dataclasses.replace``), which is what the undo stack stores.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from score_desktop.project import registry

if TYPE_CHECKING:
    from score_desktop.project.line_records import LineRecord
    from score_desktop.project.section_records import ResourceRecord
    from score_desktop.tools.vsm.model import ValueStreamMap

STOP_CATEGORIES: tuple[str, ...] = (
    "breakdown",
    "setup_adjustment",
    "minor_stop",
    "reduced_speed",
    "defects",
    "startup_rejects",
)
DEMAND_PERIODS: tuple[str, ...] = ("day", "week", "month")


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


@dataclass(frozen=True)
class ProjectMeta:
    name: str = "Untitled project"
    company: str = ""
    site: str = ""
    author: str = ""
    notes: str = ""
    currency: str = "USD"
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)


@dataclass(frozen=True)
class StopEntry:
    """One stop in a shift's stop log; ``start_min`` counts minutes from the shift start."""

    start_min: float = 0.0
    duration_min: float = 0.0
    reason: str = ""
    category: str = "breakdown"


@dataclass(frozen=True)
class OeeRecord:
    """One shift (or day, or machine) of production data for OEE.

    ``calendar_time_min`` is all calendar time for TEEP (e.g. 1440 min for a day);
    OOE uses the shift length as its denominator.
    """

    name: str
    machine: str = ""
    date: str = ""
    shift_length_min: float = 480.0
    planned_breaks_min: float = 0.0
    ideal_cycle_time_s: float = 1.0
    total_count: int = 0
    good_count: int = 0
    startup_rejects: int = 0
    minor_stop_threshold_min: float = 5.0
    calendar_time_min: float | None = None
    stops: tuple[StopEntry, ...] = ()
    notes: str = ""

    @property
    def planned_time_min(self) -> float:
        return self.shift_length_min - self.planned_breaks_min


@dataclass(frozen=True)
class DemandRecord:
    """Customer demand and the shift calendar that serves it, for takt time.

    ``efficiency_oee_record`` names an OEE record whose OEE is the planned-cycle-time
    efficiency; when it is empty, ``efficiency`` (a fraction) is used.
    """

    name: str
    demand: float = 1000.0
    period: str = "day"
    shifts_per_day: int = 1
    shift_length_min: float = 480.0
    breaks_per_shift_min: float = 30.0
    working_days_per_period: float = 1.0
    pack_out_quantity: int = 1
    efficiency: float = 0.85
    efficiency_oee_record: str = ""
    work_content_s: float = 0.0
    notes: str = ""


class _Sections(Mapping[str, str]):
    """The sections of a project, in navigator order: key -> user-facing label.

    A live view of the tool registry (``registry.py``), so that a registered tool is a
    section everywhere that lists them."""

    def __getitem__(self, key: str) -> str:
        try:
            return registry.tool(key).label
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self) -> Iterator[str]:
        return registry.tool_keys()

    def __len__(self) -> int:
        return len(registry.tools())

    def __repr__(self) -> str:
        return f"SECTIONS({dict(self)!r})"


#: The sections of a project, in navigator order: attribute name -> user-facing label.
SECTIONS: Mapping[str, str] = _Sections()


@dataclass(frozen=True)
class Project:
    """The records of a project, one tuple per tool.

    The built-in tools have a field each; the records of any other registered tool are in
    ``more`` as (key, records) pairs in registry order. Use :meth:`section` and
    :meth:`with_section` to reach any tool's records by key.
    """

    meta: ProjectMeta = field(default_factory=ProjectMeta)
    oee_records: tuple[OeeRecord, ...] = ()
    demands: tuple[DemandRecord, ...] = ()
    lines: tuple[LineRecord, ...] = ()
    value_streams: tuple[ValueStreamMap, ...] = ()
    resource_logs: tuple[ResourceRecord, ...] = ()
    more: tuple[tuple[str, tuple], ...] = ()

    def section(self, key: str) -> tuple:
        if not registry.is_tool(key):
            raise KeyError(key)
        if key in _FIELDS:
            return getattr(self, key)
        return dict(self.more).get(key, ())

    def with_section(self, key: str, records: tuple) -> Project:
        """A copy of the project whose section ``key`` holds ``records``."""
        if not registry.is_tool(key):
            raise KeyError(key)
        if key in _FIELDS:
            changes: dict[str, Any] = {key: tuple(records)}
            return replace(self, **changes)
        sections = dict(self.more)
        sections[key] = tuple(records)
        more = tuple(
            (k, sections[k]) for k in registry.tool_keys() if k not in _FIELDS and sections.get(k)
        )
        return replace(self, more=more)

    def find(self, key: str, name: str):
        """The record called ``name`` in section ``key``, or None."""
        return next((r for r in self.section(key) if r.name == name), None)


#: The sections that are fields of :class:`Project` (the others live in ``Project.more``).
_FIELDS = frozenset(f.name for f in fields(Project)) - {"meta", "more"}
