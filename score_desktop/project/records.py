"""The records a project holds: metadata, OEE records with their stop logs, demand settings.

Records are immutable values: an edit replaces a record with a changed copy
(``dataclasses.replace``), which is what the undo stack stores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

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


#: The sections of a project, in navigator order: attribute name -> user-facing label.
SECTIONS: dict[str, str] = {
    "oee_records": "OEE",
    "demands": "Demand and takt",
    "lines": "Line balancing",
    "value_streams": "Value streams",
    "resource_logs": "Resource efficiency",
}


@dataclass(frozen=True)
class Project:
    meta: ProjectMeta = field(default_factory=ProjectMeta)
    oee_records: tuple[OeeRecord, ...] = ()
    demands: tuple[DemandRecord, ...] = ()
    lines: tuple[LineRecord, ...] = ()
    value_streams: tuple[ValueStreamMap, ...] = ()
    resource_logs: tuple[ResourceRecord, ...] = ()

    def section(self, key: str) -> tuple:
        if key not in SECTIONS:
            raise KeyError(key)
        return getattr(self, key)

    def find(self, key: str, name: str):
        """The record called ``name`` in section ``key``, or None."""
        return next((r for r in self.section(key) if r.name == name), None)
