"""Where the bundled resources are: example projects, templates, the file schema."""

from __future__ import annotations

import json
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"


def example_projects() -> list[tuple[Path, str]]:
    """The bundled example projects and their names, sorted by file name.

    The name is read from the file's metadata without loading the whole project.
    """
    found = []
    for path in sorted(EXAMPLES.glob("*.scoreproj")) if EXAMPLES.is_dir() else []:
        try:
            name = str(json.loads(path.read_text(encoding="utf-8"))["meta"]["name"])
        except (OSError, ValueError, KeyError, TypeError):
            name = path.stem
        found.append((path, name))
    return found
