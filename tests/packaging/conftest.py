"""The wheel, built once per test session from a copy of the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.packaging.installed import build_wheel, source_folder


@pytest.fixture(scope="session")
def wheel(tmp_path_factory) -> Path:
    return build_wheel(source_folder(), tmp_path_factory.mktemp("wheel"))
