"""The architecture contracts: import-linter (layers, no Qt below the window, no cycles) and
mypy on the Qt-free layers, both configured in pyproject.toml and run from the repository."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LINT = "from importlinter.cli import lint_imports_command; lint_imports_command()"


def _run(args: list[str], cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    path = os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])
    env = {**os.environ, "PYTHONPATH": path}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)


def test_import_contracts_are_kept() -> None:
    result = _run([sys.executable, "-c", LINT, "--no-cache"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_a_broken_import_contract_is_reported(tmp_path: Path) -> None:
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_package = "score_desktop"\ninclude_external_packages = true\n'
        '[[tool.importlinter.contracts]]\nname = "tools without numpy"\ntype = "forbidden"\n'
        'source_modules = ["score_desktop.tools"]\nforbidden_modules = ["numpy"]\n',
        encoding="utf-8",
    )
    result = _run([sys.executable, "-c", LINT, "--no-cache", "--config", str(config)])
    assert result.returncode != 0
    assert "BROKEN" in result.stdout


@pytest.mark.slow
def test_mypy_is_clean_on_the_qt_free_layers() -> None:
    result = _run([sys.executable, "-m", "mypy", "score_desktop/tools", "score_desktop/project"])
    assert result.returncode == 0, result.stdout + result.stderr
