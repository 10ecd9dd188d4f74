"""Build the wheel from a copy of the checkout and install it, not editable, into a fresh
virtual environment: what a user's ``pip install score-desktop`` gets.

The new environment reuses the already-installed libraries of the interpreter running the
tests (a ``.pth`` line after its own site-packages), so nothing is downloaded and the
installed package is found before any source checkout. Used by the tests in this folder and
by ``packaging/``-side checks.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import sysconfig
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Folders of a checkout that are never part of a build.
NOT_SOURCE = (
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    ".pytest_cache",
    ".ruff_cache",
    ".mypy_cache",
    ".hypothesis",
    "shots",
    "tests",
    "benchmarks",
    "*.pyc",
)


def source_folder() -> Path:
    """The checkout to build: ``SCORE_WHEEL_SOURCE`` if set (to check another layout), else
    this repository."""
    return Path(os.environ.get("SCORE_WHEEL_SOURCE", REPO)).resolve()


def child_env(home: Path, **extra: str) -> dict[str, str]:
    """An environment for a child process that sees only the installed package: no
    PYTHONPATH, headless Qt and matplotlib, per-user folders under ``home``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "NUMBA_"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        MPLBACKEND="Agg",
        HOME=str(home),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
    )
    env.update(extra)
    return env


def _setuptools_recent() -> bool:
    try:
        return int(version("setuptools").split(".")[0]) >= 77
    except (PackageNotFoundError, ValueError):
        return False


def build_wheel(source: Path, work: Path) -> Path:
    """Build the wheel of a copy of ``source`` (the checkout is left clean) into ``work``."""
    copy = work / "source"
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns(*NOT_SOURCE))
    dist = work / "dist"
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist)]
    if _setuptools_recent():  # no download needed: build with the installed setuptools
        command.append("--no-build-isolation")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run([*command, str(copy)], cwd=work, env=clean, timeout=600)
    wheels = sorted(dist.glob("score_desktop-*.whl"))
    assert len(wheels) == 1, f"expected one wheel in {dist}, found {wheels}"
    return wheels[0]


def make_venv(wheel: Path, folder: Path) -> Path:
    """A fresh virtual environment in ``folder`` with ``wheel`` installed (not editable);
    returns its ``bin`` (``Scripts`` on Windows) folder."""
    run([sys.executable, "-m", "venv", "--without-pip", str(folder)], timeout=120)
    scripts = folder / ("Scripts" if os.name == "nt" else "bin")
    python = scripts / ("python.exe" if os.name == "nt" else "python")
    purelib = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    )
    pip = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run([*pip, "--no-deps", "--no-index", "--ignore-installed", str(wheel)], env=clean)
    # then the running interpreter's libraries, after the new environment's own site-packages
    # (plain paths: their .pth files, such as an editable install's finder, do not run)
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), *site.getsitepackages()}
    lines = sorted(p for p in ours if Path(p).is_dir())
    (purelib / "zz_score_test_libraries.pth").write_text("\n".join(lines) + "\n")
    return scripts


def run(
    command: list[str],
    *,
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 300,
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; a non-zero exit fails with its output."""
    done = subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    assert done.returncode == 0, (
        f"{' '.join(command)} exited {done.returncode}\n"
        f"--- stdout\n{done.stdout[-4000:]}\n--- stderr\n{done.stderr[-4000:]}"
    )
    return done
