"""The project document: typed records, the versioned JSON file, migrations. Never imports Qt."""

from score_desktop.project import builtin_tools  # noqa: F401 (registers the built-in tools)
from score_desktop.project.errors import ProjectError
from score_desktop.project.fileio import (
    FILE_SUFFIX,
    load_project,
    project_from_bytes,
    project_to_bytes,
    save_project,
    write_atomically,
)
from score_desktop.project.migrations import CURRENT_FORMAT_VERSION
from score_desktop.project.records import (
    SECTIONS,
    DemandRecord,
    OeeRecord,
    Project,
    ProjectMeta,
    StopEntry,
)

__all__ = [
    "CURRENT_FORMAT_VERSION",
    "FILE_SUFFIX",
    "SECTIONS",
    "DemandRecord",
    "OeeRecord",
    "Project",
    "ProjectError",
    "ProjectMeta",
    "StopEntry",
    "load_project",
    "project_from_bytes",
    "project_to_bytes",
    "save_project",
    "write_atomically",
]
