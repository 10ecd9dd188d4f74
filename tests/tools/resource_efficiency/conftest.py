"""Shared fixtures: the bundled 24-month example log."""

import json
from pathlib import Path

import pytest

from score_desktop.tools.resource_efficiency import ResourceLog, log_from_dict

EXAMPLE = (
    Path(__file__).resolve().parents[3] / "resources" / "examples" / "resource_log_example.json"
)


@pytest.fixture(scope="session")
def example_log() -> ResourceLog:
    return log_from_dict(json.loads(EXAMPLE.read_text(encoding="utf-8")), "example")
