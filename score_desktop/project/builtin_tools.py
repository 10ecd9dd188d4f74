"""The descriptors of the built-in tools, registered in navigator order.

Importing ``score_desktop.project`` imports this module, so the registry is complete
before anything lists tools. The Excel writers and the heavier tool packages (numpy,
SimPy) are imported when they are first used, not when a project is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from score_desktop.project import links
from score_desktop.project.catalogue import QT_TRANSLATE_NOOP
from score_desktop.project.codec import demand_from_json, oee_record_from_json, record_to_json
from score_desktop.project.edits import unique_name
from score_desktop.project.line_records import (
    LineRecord,
    line_record_from_json,
    line_record_to_json,
)
from score_desktop.project.quality_tools import QUALITY_TOOLS
from score_desktop.project.records import DemandRecord, OeeRecord, Project
from score_desktop.project.registry import SheetWriter, ToolDescriptor, register
from score_desktop.project.section_records import (
    ResourceRecord,
    resource_record_from_json,
    resource_record_to_json,
    value_stream_from_json,
    value_stream_to_json,
)

if TYPE_CHECKING:
    from openpyxl import Workbook

    from score_desktop.project.session import ExportSession


# -- new records ---------------------------------------------------------------------------
def new_oee_record(project: Project) -> OeeRecord:
    return OeeRecord(
        name=unique_name(project, "oee_records", "Machine shift"),
        shift_length_min=480,
        planned_breaks_min=30,
        ideal_cycle_time_s=1.0,
    )


def new_demand_record(project: Project) -> DemandRecord:
    return DemandRecord(name=unique_name(project, "demands", "Customer demand"))


def new_line_record(project: Project) -> LineRecord:
    from score_desktop.tools.line_balancing.model import Line

    name = unique_name(project, "lines", "Assembly line")
    return LineRecord(name=name, line=Line(tasks=(), cycle_time=60.0, name=name, time_unit="s"))


def new_value_stream(project: Project) -> Any:
    from score_desktop.tools.vsm.model import ValueStreamMap

    return ValueStreamMap(name=unique_name(project, "value_streams", "Current state"))


def new_resource_record(project: Project) -> ResourceRecord:
    from score_desktop.tools.resource_efficiency.datalog import ResourceLog

    name = unique_name(project, "resource_logs", "Site")
    return ResourceRecord(name=name, log=ResourceLog(site=name))


# -- Excel sheets --------------------------------------------------------------------------
def oee_sheets(project: Project, session: ExportSession) -> list[tuple[str, SheetWriter]]:
    """A live sheet per record; the summary (references to their cells) is written after
    them and placed before them, and the takt sheets link to their OEE cells."""
    from score_desktop.project.excel.oee_sheets import (
        oee_sheets_of,
        reserve_summary,
        write_oee_record,
        write_oee_summary,
    )

    if not project.oee_records:
        return []

    def reserve(wb: Workbook, taken: set[str]) -> None:
        reserve_summary(taken, wb)

    def one(record: OeeRecord) -> SheetWriter:
        def write(wb: Workbook, taken: set[str]) -> None:
            write_oee_record(wb, record, taken, oee_sheets_of(wb))

        return write

    def summary(wb: Workbook, taken: set[str]) -> None:
        sheets = oee_sheets_of(wb)
        assert sheets is not None  # reserved by the first step
        first = sheets.records[0][1].sheet if sheets.records else None
        write_oee_summary(wb, sheets, wb.sheetnames.index(first) if first else len(wb.sheetnames))

    return [
        ("OEE summary", reserve),
        *((f"OEE {r.name}", one(r)) for r in project.oee_records),
        ("OEE summary", summary),
    ]


def takt_sheets(project: Project, session: ExportSession) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.oee_sheets import oee_sheets_of
    from score_desktop.project.excel.takt_sheets import write_demand_record

    def one(record: DemandRecord) -> SheetWriter:
        return lambda wb, taken: write_demand_record(wb, project, record, taken, oee_sheets_of(wb))

    return [(f"Takt {r.name}", one(r)) for r in project.demands]


def line_sheets(project: Project, session: ExportSession) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.line_sheets import write_line_record

    def one(record: LineRecord) -> SheetWriter:
        return lambda wb, taken: write_line_record(wb, project, record, taken)

    return [(f"Line {r.name}", one(r)) for r in project.lines]


def resource_sheets(project: Project, session: ExportSession) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.resource_sheets import write_resource_record

    def one(record: ResourceRecord) -> SheetWriter:
        return lambda wb, taken: write_resource_record(wb, project, record, taken)

    return [(f"Resources {r.name}", one(r)) for r in project.resource_logs]


def value_stream_sheets(project: Project, session: ExportSession) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.vsm_sheets import write_value_streams

    if not project.value_streams:
        return []
    return [("Value streams", lambda wb, taken: write_value_streams(wb, project, taken, session))]


# -- the tools -----------------------------------------------------------------------------
BUILTIN_TOOLS: tuple[ToolDescriptor, ...] = (
    ToolDescriptor(
        key="oee_records",
        label=QT_TRANSLATE_NOOP("Navigator", "OEE"),
        record_label="OEE record",
        record_type=OeeRecord,
        read=oee_record_from_json,
        write=record_to_json,
        new_record=new_oee_record,
        excel_sheets=oee_sheets,
        export_order=10,
        offers={"oee": links.oee_availability},
        schema_definition="oee_record",
        schema_description="OEE records (a shift, day or machine each).",
    ),
    ToolDescriptor(
        key="demands",
        label=QT_TRANSLATE_NOOP("Navigator", "Demand and takt"),
        record_label="demand record",
        record_type=DemandRecord,
        read=demand_from_json,
        write=record_to_json,
        new_record=new_demand_record,
        excel_sheets=takt_sheets,
        export_order=20,
        offers={"demand": links.demand_per_day, "takt": links.takt_seconds},
        accepts=("oee_records",),
        rename_links=links.rename_in_demand,
        schema_definition="demand_record",
        schema_description="Customer demand and shift calendar records for takt time.",
    ),
    ToolDescriptor(
        key="lines",
        label=QT_TRANSLATE_NOOP("Navigator", "Line balancing"),
        record_label="line",
        record_type=LineRecord,
        read=line_record_from_json,
        write=line_record_to_json,
        new_record=new_line_record,
        excel_sheets=line_sheets,
        export_order=30,
        offers={"line_balance": links.line_cycle_seconds},
        accepts=("demands",),
        rename_links=links.rename_in_line,
        schema_definition="line",
        schema_description="Lines to balance (line balancing).",
    ),
    ToolDescriptor(
        key="value_streams",
        label=QT_TRANSLATE_NOOP("Navigator", "Value streams"),
        record_label="value stream",
        record_type="score_desktop.tools.vsm.model:ValueStreamMap",  # loads numpy: named
        read=value_stream_from_json,
        write=value_stream_to_json,
        new_record=new_value_stream,
        excel_sheets=value_stream_sheets,
        export_order=50,
        accepts=("oee_records", "lines", "demands"),
        rename_links=links.rename_in_value_stream,
        schema_definition="value_stream",
        schema_description="Value-stream maps.",
    ),
    ToolDescriptor(
        key="resource_logs",
        label=QT_TRANSLATE_NOOP("Navigator", "Resource efficiency"),
        record_label="resource log",
        record_type=ResourceRecord,
        read=resource_record_from_json,
        write=resource_record_to_json,
        new_record=new_resource_record,
        excel_sheets=resource_sheets,
        export_order=40,
        schema_definition="resource_log",
        schema_description="Resource-efficiency logs, one per site.",
    ),
    *QUALITY_TOOLS,
)

for _descriptor in BUILTIN_TOOLS:
    register(_descriptor)
