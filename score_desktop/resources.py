"""Where the bundled resources are: example projects, templates, the file schema.

Everything the app reads at run time lives inside the package (``score_desktop/data``) and is
found with ``importlib.resources``, so a wheel or a bundle carries it; nothing here resolves a
path relative to the source tree.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path


class MissingResourceError(FileNotFoundError):
    """A file that belongs to the installation is not there (a damaged installation)."""

    def __init__(self, what: str, path: Path) -> None:
        super().__init__(
            f"The installation is incomplete: {what} is missing ({path}). Reinstall SCORE Desktop."
        )
        self.path = path


def data_dir() -> Path:
    """The folder of bundled data inside the installed package."""
    return Path(str(files("score_desktop") / "data"))


def examples_dir() -> Path:
    """The folder of the bundled example projects."""
    return data_dir() / "examples"


def templates_dir() -> Path:
    """The folder of the bundled import templates."""
    return data_dir() / "templates"


def _bundled(folder: Path, name: str, what: str) -> Path:
    path = folder / name
    if not path.is_file():
        raise MissingResourceError(what, path)
    return path


def example_path(file_name: str) -> Path:
    """The path of one bundled example project, e.g. ``acme-stamping.scoreproj``."""
    return _bundled(examples_dir(), file_name, f"the example project {file_name}")


def template_path(file_name: str) -> Path:
    """The path of one bundled import template, e.g. ``line_balancing_template.csv``."""
    return _bundled(templates_dir(), file_name, f"the template {file_name}")


def guide_dir() -> Path:
    """The folder of the user guide's pages (Markdown, copied from docs/ by
    resources/build_guide.py)."""
    return data_dir() / "guide"


def guide_path(page: str = "user-guide.md") -> Path:
    """The path of one page of the user guide; the first page by default."""
    return _bundled(guide_dir(), page, f"the user guide page {page}")


def icon_path(file_name: str = "score-desktop.svg") -> Path:
    """The path of the application icon (SVG, or a PNG size such as ``score-desktop-64.png``)."""
    return _bundled(data_dir() / "icons", file_name, f"the application icon {file_name}")


def schema_path() -> Path:
    """The path of the project file's JSON Schema."""
    return _bundled(data_dir() / "schema", "scoreproj.schema.json", "the project file schema")


def example_projects() -> list[tuple[Path, str]]:
    """The bundled example projects and their names, sorted by file name.

    The name is read from the file's metadata without loading the whole project.
    """
    folder = examples_dir()
    found = []
    for path in sorted(folder.glob("*.scoreproj")) if folder.is_dir() else []:
        try:
            name = str(json.loads(path.read_text(encoding="utf-8"))["meta"]["name"])
        except (OSError, ValueError, KeyError, TypeError):
            name = path.stem
        found.append((path, name))
    return found
