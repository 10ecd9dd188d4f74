"""Where the bundled resources are: example projects, templates, the file schema."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
EXAMPLES = RESOURCES / "examples"


def example_projects() -> list[Path]:
    """The bundled example projects, sorted by name."""
    return sorted(EXAMPLES.glob("*.scoreproj")) if EXAMPLES.is_dir() else []
