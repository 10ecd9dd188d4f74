"""Issue #20 §6: the command line answers bad or odd arguments in one line, exit status 2.

A huge cycle time, more stations than tasks, ``--sheet`` on a one-table file, a single
replication, and the permissions of the files the app writes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.cli import main
from score_desktop.project import save_project, write_atomically
from score_desktop.project.excel import export_workbook
from score_desktop.project.recovery import write_recovery
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import Step, Supplier, ValueStreamMap
from score_desktop.tools.vsm.serialize import map_to_dict
from tests.project.factories import full_project

# Jaeschke's 9-task line (Scholl's data set): work content 37, largest task 6.
JAESCHKE_IN2 = "9\n5\n3\n4\n5\n4\n5\n1\n4\n6\n" + (
    "1,2\n1,3\n2,4\n3,4\n4,5\n4,6\n4,7\n5,8\n6,9\n7,9\n8,9\n-1,-1\n"
)
WORK_CONTENT = 37


@pytest.fixture
def jaeschke(tmp_path: Path) -> Path:
    path = tmp_path / "JAESCHKE.IN2"
    path.write_text(JAESCHKE_IN2, encoding="ascii")
    return path


def run(*args: object) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return code, out.getvalue(), err.getvalue()


def one_line_error(code: int, err: str) -> str:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


# ---------------------------------------------------------------- balance --cycle-time


@pytest.mark.parametrize("method", ["exact", "rpw"])
def test_a_cycle_time_of_a_million_million_gives_one_station_quickly(jaeschke, method):
    code, out, err = run("balance", jaeschke, "--cycle-time", "1e12", "--method", method, "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["station_count"] == 1 and report["cycle_time"] == 1e12
    assert report["idle_times"] == [1e12 - WORK_CONTENT]
    assert report["efficiency"] == pytest.approx(WORK_CONTENT / 1e12)
    assert report["seconds"] < 10


@pytest.mark.parametrize("value", ["1e16", "1e20", "1e308"])
@pytest.mark.parametrize("layout", ["straight", "u"])
def test_a_cycle_time_too_long_to_count_is_one_line(jaeschke, value, layout):
    code, _, err = run("balance", jaeschke, "--cycle-time", value, "--layout", layout)
    line = one_line_error(code, err)
    assert f"--cycle-time {float(value):.10g} is too long to count exactly" in line
    assert "at most 9.007199255e+15" in line


def test_the_largest_countable_cycle_time_is_accepted(jaeschke):
    code, out, err = run("balance", jaeschke, "--cycle-time", str(2**53), "--json")
    assert code == 0, err
    assert json.loads(out)["cycle_time"] == 2**53


def test_the_limit_follows_the_file_decimals(tmp_path):
    path = tmp_path / "line.csv"
    path.write_text("task,time (min),predecessors\nA,0.25,\nB,0.5,A\n", encoding="utf-8")
    code, _, err = run("balance", path, "--cycle-time", "1e15")
    assert "at most 9.007199255e+13 min" in one_line_error(code, err)


@settings(max_examples=25, deadline=None)
@given(
    cycle=st.integers(min_value=WORK_CONTENT, max_value=2**53)
    | st.floats(min_value=WORK_CONTENT, max_value=1e9).map(lambda c: round(c, 3))
)
def test_any_cycle_time_from_the_work_content_up_gives_one_station(cycle):
    # Without restrictions one station holds every task once the cycle time reaches
    # the work content; the efficiency is the work content over the cycle time.
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "j.IN2"
        path.write_text(JAESCHKE_IN2, encoding="ascii")
        code, out, err = run("balance", path, "--cycle-time", repr(cycle), "--json")
    assert code == 0, err
    report = json.loads(out)
    assert report["station_count"] == 1 and report["proven_optimal"]
    assert report["efficiency"] == pytest.approx(WORK_CONTENT / report["cycle_time"])
    assert report["cycle_time"] == pytest.approx(cycle, rel=1e-12)


def test_a_cycle_time_below_the_work_content_is_still_searched(jaeschke):
    # Scholl's optima for Jaeschke: 8 stations at c = 6, 4 at c = 10
    for cycle, stations in ((6, 8), (10, 4)):
        code, out, _ = run("balance", jaeschke, "--cycle-time", cycle, "--json")
        assert code == 0
        report = json.loads(out)
        assert report["station_count"] == stations and report["cycle_time"] == cycle


# ---------------------------------------------------------------- balance --stations


@pytest.mark.parametrize("method", ["exact", "lcr"])
def test_more_stations_than_tasks_is_refused_naming_the_count(jaeschke, method):
    code, _, err = run("balance", jaeschke, "--stations", "100", "--method", method)
    line = one_line_error(code, err)
    assert "--stations 100 is more than the 9 tasks of JAESCHKE.IN2" in line
    assert "give --stations 9 or fewer" in line


def test_as_many_stations_as_tasks_is_balanced(jaeschke):
    code, out, _ = run("balance", jaeschke, "--stations", "9", "--json")
    assert code == 0
    report = json.loads(out)
    assert report["station_count"] == 9 and report["cycle_time"] == 6  # the largest task


# ---------------------------------------------------------------- balance --sheet


@pytest.mark.parametrize("suffix", [".IN2", ".csv", ".alb"])
def test_sheet_is_refused_for_a_one_table_file(tmp_path, suffix):
    path = tmp_path / f"line{suffix}"
    path.write_text("whatever", encoding="utf-8")
    code, _, err = run("balance", path, "--sheet", "Tasks", "--cycle-time", "10")
    line = one_line_error(code, err)
    assert f"--sheet 'Tasks' is only for .xlsx workbooks; line{suffix} is a {suffix} file" in line


def test_sheet_is_refused_on_the_mixed_model_path_too(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("task,predecessors,time:A (min),time:B (min)\n1,,4,2\n", encoding="utf-8")
    args = ("balance", path, "--sheet", "S", "--cycle-time", "5", "--mix", "A=0.5,B=0.5")
    assert "only for .xlsx workbooks" in one_line_error(*run(*args)[::2])


def test_sheet_is_honoured_for_a_workbook(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Other"
    wb.active.append(["nothing", "here"])
    sheet = wb.create_sheet("Line")
    sheet.append(["task", "time (s)", "predecessors"])
    for row in (["A", 4, None], ["B", 5, "A"], ["C", 3, "B"]):
        sheet.append(row)
    path = tmp_path / "line.xlsx"
    wb.save(path)
    code, out, err = run("balance", path, "--sheet", "Line", "--cycle-time", "9", "--json")
    assert code == 0, err
    assert json.loads(out)["station_count"] == 2
    code, _, err = run("balance", path, "--sheet", "Missing", "--cycle-time", "9")
    assert "Missing" in one_line_error(code, err)


# ---------------------------------------------------------------- simulate --replications 1


def _map_file(tmp_path: Path) -> Path:
    steps = [
        Step("Cut", Distribution.exponential(0.5, "h")),
        Step("Weld", Distribution.fixed(0.6, "h")),
    ]
    m = ValueStreamMap.serial(
        "Line", steps, supplier=Supplier(arrival=Distribution.exponential(1, "h"))
    )
    path = tmp_path / "map.json"
    path.write_text(json.dumps(map_to_dict(m)), encoding="utf-8")
    return path


SIM = ("--horizon", "100", "--warmup", "5", "--workers", "1")


def test_one_replication_says_there_is_no_interval(tmp_path):
    path = _map_file(tmp_path)
    code, out, err = run("simulate", path, "--replications", "1", *SIM)
    assert code == 0, err
    assert "1 replication of 100 h" in out
    assert "no confidence interval from one replication (it needs --replications 2 or more)" in out
    assert "[" not in out.split("Bottleneck")[0].split("\n", 2)[2]  # no bracketed interval
    code, out, _ = run("simulate", path, "--replications", "1", *SIM, "--json")
    report = json.loads(out)
    assert report["throughput"]["ci_low"] is None and report["throughput"]["ci_high"] is None
    assert report["throughput"]["mean"] > 0
    assert report["steps"]["Weld"]["working"]["ci_low"] is None
    assert report["confidence_interval"].startswith("no confidence interval")


def test_two_replications_give_an_interval(tmp_path):
    path = _map_file(tmp_path)
    _, out, _ = run("simulate", path, "--replications", "2", *SIM, "--json")
    report = json.loads(out)
    t = report["throughput"]
    assert report["confidence_interval"] == "95 %"
    assert t["ci_low"] < t["mean"] < t["ci_high"]
    _, out, _ = run("simulate", path, "--replications", "2", *SIM)
    assert "2 replications of 100 h" in out and "mean [95 % CI]" in out


# ---------------------------------------------------------------- file permissions


@contextlib.contextmanager
def umask(mask: int) -> Iterator[None]:
    old = os.umask(mask)
    try:
        yield
    finally:
        os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_new_project_and_workbook_follow_the_umask(tmp_path, mask, expected):
    with umask(mask):
        save_project(full_project(), tmp_path / "new.scoreproj")
        export_workbook(full_project(), tmp_path / "new.xlsx")
        write_atomically(tmp_path / "plain.bin", b"x")
    assert mode(tmp_path / "new.scoreproj") == expected
    assert mode(tmp_path / "new.xlsx") == expected
    assert mode(tmp_path / "plain.bin") == expected


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_recovery_copies_stay_owner_only(tmp_path):
    with umask(0o022):
        write_recovery(tmp_path / "r" / "copy.json", full_project(), str(tmp_path / "p.scoreproj"))
    assert mode(tmp_path / "r" / "copy.json") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_file_keeps_its_permissions_whatever_the_umask(tmp_path):
    path = tmp_path / "old.scoreproj"
    path.write_bytes(b"{}")
    path.chmod(0o640)
    with umask(0o000):
        save_project(full_project(), path)
    assert mode(path) == 0o640
