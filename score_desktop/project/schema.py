"""The project file's JSON Schema, with one section per registered tool.

The bundled schema (``score_desktop/data/schema/scoreproj.schema.json``) describes the
built-in tools; :func:`project_schema` rebuilds its list of sections from the registry
and adds the definitions a newer tool brings (``ToolDescriptor.schema_defs``). A test
keeps the bundled file equal to what this function makes of it.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from score_desktop.project import registry


def section_schema(t: registry.ToolDescriptor) -> dict[str, Any]:
    """The schema of one tool's section: a list of its records."""
    fragment: dict[str, Any] = {
        "type": "array",
        "items": {"$ref": f"#/$defs/{t.schema_definition}"},
    }
    if t.schema_description:
        fragment["description"] = t.schema_description
    return fragment


def project_schema(base: dict[str, Any] | None = None) -> dict[str, Any]:
    """The schema of a project file: ``base`` (the bundled schema when None) with its
    sections replaced by those of the registered tools, in registry order."""
    if base is None:
        from score_desktop.resources import schema_path

        base = json.loads(schema_path().read_text(encoding="utf-8"))
    schema = copy.deepcopy(base)
    properties = {k: schema["properties"][k] for k in ("format_version", "meta")}
    definitions = schema.setdefault("$defs", {})
    for t in registry.tools():
        if not t.schema_definition:
            raise ValueError(f'the tool "{t.key}" names no schema definition for its records')
        definitions.update(copy.deepcopy(dict(t.schema_defs)))
        if t.schema_definition not in definitions:
            raise ValueError(
                f'the tool "{t.key}" names the schema definition "{t.schema_definition}", '
                "which neither the schema nor the tool defines"
            )
        properties[t.key] = section_schema(t)
    schema["properties"] = properties
    return schema
