"""The Qt-free layers (tools, project, charts) never import Qt, directly or indirectly."""

import subprocess
import sys
from pathlib import Path

import score_desktop

PACKAGE = Path(score_desktop.__file__).parent
QT_FREE = ("tools", "project", "charts")
FORBIDDEN = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "matplotlib.backends.backend_qt")


def _qt_free_modules() -> list[str]:
    modules = []
    for layer in QT_FREE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            rel = path.relative_to(PACKAGE.parent).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules.append(".".join(parts))
    return modules


def test_qt_free_layers_import_no_qt():
    modules = _qt_free_modules()
    assert modules, "no modules found in the Qt-free layers"
    script = (
        "import importlib, sys\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        f"bad = sorted(n for n in sys.modules if n.startswith({FORBIDDEN!r}))\n"
        "print('\\n'.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"Qt imported by the Qt-free layers: {result.stdout}"


def test_the_check_itself_can_fail():
    script = "import sys, PySide6.QtCore\nprint('PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.stdout.strip() == "True"
