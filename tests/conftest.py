"""Shared test set-up: headless Qt, Agg matplotlib, the benchmark data folder."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """The read-only benchmark data beside the repository (never copied into it)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"benchmark data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(scope="session", autouse=True)
def compiled_search():
    """Compile (or load from numba's cache) the exact search kernel once, before any test
    times a search or waits for one: its first call in a process takes seconds (it extends
    that search's deadline by as much)."""
    from score_desktop.tools.line_balancing.exact import prepare_solver

    prepare_solver()
