"""The tool registry: one descriptor per tool, and everything that lists tools iterates it.

A descriptor holds the Qt-free part of a tool: the key of its section in the project and
the file, its labels, its record type, how its records are read from and written to the
file, how a new record is made, its Excel sheets, its report section and the links it
offers to and takes from other tools. The window's part (panel, navigator icon) is
registered under the same key in ``score_desktop/widgets/tool_views.py``, so nothing
imports upward. docs/architecture.md has the recipe for adding a tool.

This module imports nothing from the project package: the built-in tools register
themselves in ``builtin_tools.py``, which ``score_desktop.project`` imports.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openpyxl import Workbook

    from score_desktop.project.records import Project

#: Writes one sheet (or a group of sheets) into the workbook; ``taken`` holds the sheet
#: names already used.
SheetWriter = Callable[["Workbook", set[str]], None]
#: The sheets of one tool for a project: (progress label, writer) in sheet order.
ExcelSheets = Callable[["Project"], Sequence[tuple[str, SheetWriter]]]
#: A number one record offers to others: (project, record name) -> value.
LinkResolver = Callable[["Project", str], float]
#: Points a record's references to record ``old`` of ``section`` at ``new``:
#: (record, section, old, new) -> the record, changed or not.
LinkRenamer = Callable[[Any, str, str, str], Any]


@dataclass(frozen=True)
class ToolDescriptor:
    """Everything the Qt-free layers need to know about one tool.

    - ``key``: the section of the project and of the file (``"oee_records"``).
    - ``label``: the navigator's title (``"OEE"``); ``record_label`` names one record in
      messages (``"OEE record"``).
    - ``record_type``: the record class, or its "module:Class" name when importing the
      module is heavy (numpy, SimPy); :meth:`record_class` gives the class.
    - ``read(data, index)`` builds a record from its JSON object, checking every field and
      raising ProjectError naming the record; ``write(record)`` is its JSON object.
    - ``new_record(project)``: a record with default values and a name not yet taken.
    - ``excel_sheets(project)``: the tool's sheets in the workbook; ``export_order`` places
      them among the other tools' sheets (lowest first).
    - ``report_section``: the tool's part of the PDF report (None until the report exists).
    - ``offers``: kinds of link other records can take from this tool's records, with the
      function that turns a record name into the number (see ``links.resolver``).
    - ``accepts``: the kinds of link this tool's records take; ``rename_links`` follows a
      rename of a record they link to.
    - ``schema_definition``: the name of one record's definition in the JSON Schema's
      ``$defs``; ``schema_defs`` are definitions the bundled schema does not have yet
      (a new tool brings its own), ``schema_description`` describes the section.
    """

    key: str
    label: str
    record_label: str
    record_type: type | str
    read: Callable[[Any, int], Any]
    write: Callable[[Any], dict[str, Any]]
    new_record: Callable[[Project], Any]
    excel_sheets: ExcelSheets | None = None
    export_order: int = 100
    report_section: Callable[..., Any] | None = None
    offers: Mapping[str, LinkResolver] = field(default_factory=dict)
    accepts: tuple[str, ...] = ()
    rename_links: LinkRenamer | None = None
    schema_definition: str = ""
    schema_description: str = ""
    schema_defs: Mapping[str, Any] = field(default_factory=dict)

    def record_class(self) -> type:
        if isinstance(self.record_type, type):
            return self.record_type
        module, _, name = self.record_type.partition(":")
        return getattr(importlib.import_module(module), name)


_TOOLS: dict[str, ToolDescriptor] = {}


def register(descriptor: ToolDescriptor) -> ToolDescriptor:
    """Add a tool (after the ones already registered: the navigator shows them in this order)."""
    if descriptor.key in _TOOLS:
        raise ValueError(f'a tool with the key "{descriptor.key}" is already registered')
    if descriptor.key in ("meta", "format_version", "project"):
        raise ValueError(f'"{descriptor.key}" is reserved and cannot be a tool key')
    _TOOLS[descriptor.key] = descriptor
    return descriptor


def unregister(key: str) -> None:
    """Remove a tool (for tests that register a toy tool)."""
    del _TOOLS[key]


def tools() -> tuple[ToolDescriptor, ...]:
    """Every registered tool, in navigator order."""
    return tuple(_TOOLS.values())


def tool(key: str) -> ToolDescriptor:
    """The tool of section ``key``; KeyError if there is none."""
    return _TOOLS[key]


def is_tool(key: str) -> bool:
    return key in _TOOLS


def tool_keys() -> Iterator[str]:
    return iter(tuple(_TOOLS))


def link_kinds() -> dict[str, ToolDescriptor]:
    """Each kind of link, with the tool that offers it."""
    return {kind: t for t in _TOOLS.values() for kind in t.offers}
