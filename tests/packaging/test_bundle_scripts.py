"""The bundle's build and smoke scripts stay in step with the package (the bundle itself is
built by packaging/build.sh, not by the test suite: it takes minutes and 450 MB)."""

from __future__ import annotations

import importlib.util
import inspect
import re
from pathlib import Path

from score_desktop.tools.line_balancing import read_line
from score_desktop.tools.line_balancing.exact import prepare_solver, solve_salbp1

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def _smoke_module():
    spec = importlib.util.spec_from_file_location("smoke_bundle", PACKAGING / "smoke_bundle.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_line_needs_the_search_and_has_six_stations(tmp_path):
    smoke = _smoke_module()
    line = read_line(smoke.write_search_line(tmp_path / "line.csv"), cycle_time=12)
    result = solve_salbp1(line.to_instance(), time_limit=30)
    assert result.station_count == 6 and result.proven_optimal
    assert result.nodes > 0 and "search" in result.message  # the compiled search ran


def test_the_smoke_line_is_the_one_the_warm_up_solves():
    body = inspect.getsource(prepare_solver)
    times = tuple(int(t) for t in re.search(r"times = \(([^)]*)\)", body).group(1).split(","))
    assert tuple(t for t, _ in _smoke_module().SEARCH_LINE) == times


def test_build_script_runs_pyinstaller_on_the_spec_and_then_the_smoke_test():
    script = (PACKAGING / "build.sh").read_text(encoding="utf-8")
    assert "PyInstaller" in script and "packaging/score-desktop.spec" in script
    assert "packaging/smoke_bundle.py" in script
    assert (PACKAGING / "score-desktop.spec").is_file()
    assert (PACKAGING / "build.sh").stat().st_mode & 0o111  # executable
