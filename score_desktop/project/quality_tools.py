"""The descriptors of the quality tool: quality studies and the project's action list.

``builtin_tools.py`` registers them after the other built-in tools (navigator order).
"""

from __future__ import annotations

from typing import Any

from score_desktop.project.action_records import (
    ACTION_LIST_SCHEMA,
    ActionList,
    action_list_from_json,
    action_list_to_json,
    rename_in_action_list,
)
from score_desktop.project.catalogue import QT_TRANSLATE_NOOP
from score_desktop.project.edits import unique_name
from score_desktop.project.quality_records import (
    QUALITY_SCHEMA,
    quality_study_from_json,
    quality_study_to_json,
)
from score_desktop.project.records import Project
from score_desktop.project.registry import SheetWriter, ToolDescriptor

QUALITY_KEY = "quality_studies"
ACTIONS_KEY = "action_lists"


def quality_sheets(project: Project, session: Any = None) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.quality_sheets import write_quality_study

    def one(study: Any) -> SheetWriter:
        return lambda wb, taken: write_quality_study(wb, project, study, taken)

    return [(f"Quality {s.name}", one(s)) for s in project.section(QUALITY_KEY)]


def action_sheets(project: Project, session: Any = None) -> list[tuple[str, SheetWriter]]:
    from score_desktop.project.excel.action_sheets import write_action_list

    def one(record: ActionList) -> SheetWriter:
        return lambda wb, taken: write_action_list(wb, project, record, taken)

    return [(f"Actions {r.name}", one(r)) for r in project.section(ACTIONS_KEY)]


def new_quality_study(project: Project) -> Any:
    from score_desktop.tools.quality.study import QualityStudy

    return QualityStudy(name=unique_name(project, QUALITY_KEY, "Characteristic"))


def new_action_list(project: Project) -> ActionList:
    return ActionList(name=unique_name(project, ACTIONS_KEY, "Actions"))


QUALITY_TOOLS: tuple[ToolDescriptor, ...] = (
    ToolDescriptor(
        key=QUALITY_KEY,
        label=QT_TRANSLATE_NOOP("Navigator", "Quality"),
        record_label="quality study",
        record_type="score_desktop.tools.quality.study:QualityStudy",  # loads numpy: named
        read=quality_study_from_json,
        write=quality_study_to_json,
        new_record=new_quality_study,
        excel_sheets=quality_sheets,
        export_order=60,
        schema_definition="quality_study",
        schema_description="Quality studies: control charts, capability, Pareto and "
        "cause-and-effect diagrams, one characteristic each.",
        schema_defs=QUALITY_SCHEMA,
    ),
    ToolDescriptor(
        key=ACTIONS_KEY,
        label=QT_TRANSLATE_NOOP("Navigator", "Actions"),
        record_label="action list",
        record_type=ActionList,
        read=action_list_from_json,
        write=action_list_to_json,
        new_record=new_action_list,
        excel_sheets=action_sheets,
        export_order=70,
        accepts=(QUALITY_KEY, "value_streams", "resource_logs"),
        rename_links=rename_in_action_list,
        schema_definition="action_list",
        schema_description="The project's action list (usually one): actions from quality "
        "causes, kaizen bursts and resource measures.",
        schema_defs=ACTION_LIST_SCHEMA,
    ),
)
