"""`score-desktop balance`: exit codes, the JSON object, the station table, bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from score_desktop.cli import main
from score_desktop.resources import template_path

REPO = Path(__file__).resolve().parents[2]
TEMPLATE = template_path("line_balancing_template.csv")

# Groover's 12-element example (see tests/tools/line_balancing/test_heuristics.py)
GROOVER_CSV = """task,description,time (min),predecessors
1,,0.2,
2,,0.4,
3,,0.7,1
4,,0.1,"1,2"
5,,0.3,2
6,,0.11,3
7,,0.32,3
8,,0.6,"3,4"
9,,0.27,"6,7,8"
10,,0.38,"5,8"
11,,0.5,"9,10"
12,,0.12,11
"""

KEYS = {
    "cycle_time",
    "station_count",
    "stations",
    "station_times",
    "lower_bound",
    "proven_optimal",
    "efficiency",
    "smoothness_index",
    "method",
    "seconds",
}


@pytest.fixture
def groover(tmp_path):
    path = tmp_path / "groover.csv"
    path.write_text(GROOVER_CSV, encoding="utf-8")
    return path


def run_json(capsys, *args):
    code = main(["balance", *map(str, args), "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


@pytest.mark.parametrize("method", ["rpw", "lcr", "kw", "comsoal"])
def test_heuristics_json(capsys, groover, method):
    code, report, err = run_json(capsys, groover, "--cycle-time", 1, "--method", method)
    assert code == 0 and err == ""
    assert report.keys() >= KEYS
    assert report["method"] == method
    assert report["cycle_time"] == 1.0
    assert report["station_count"] == len(report["stations"]) == 5
    assert sorted(t for s in report["stations"] for t in s) == sorted(str(i) for i in range(1, 13))
    assert report["lower_bound"] == 4 and report["proven_optimal"] is False
    assert report["efficiency"] == pytest.approx(0.8)
    assert sum(report["station_times"]) == pytest.approx(4.0)
    assert report["smoothness_reference"] == "largest station time"


def test_lcr_json_stations_are_groovers(capsys, groover):
    _, report, _ = run_json(capsys, groover, "--cycle-time", 1, "--method", "lcr")
    assert report["stations"] == [
        ["2", "5", "1", "4"],
        ["3", "6"],
        ["8", "10"],
        ["7", "9"],
        ["11", "12"],
    ]
    assert report["station_times"] == pytest.approx([1.0, 0.81, 0.98, 0.59, 0.62])


def test_exact_salbp1_is_default_and_proves_optimality(capsys, groover):
    code, report, _ = run_json(capsys, groover, "--cycle-time", 1)
    assert code == 0
    assert report["method"] == "exact" and report["problem"] == "SALBP-1"
    assert report["station_count"] == 5  # no 4-station line exists for Tc = 1.0
    assert report["proven_optimal"] is True
    assert report["lower_bound"] == 5


def test_salbp2_with_stations(capsys, groover):
    code, exact, _ = run_json(capsys, groover, "--stations", 5)
    assert code == 0 and exact["problem"] == "SALBP-2"
    assert exact["station_count"] <= 5
    assert exact["cycle_time"] == pytest.approx(max(exact["station_times"]))
    code, heuristic, _ = run_json(capsys, groover, "--stations", 5, "--method", "rpw")
    assert code == 0
    assert heuristic["cycle_time"] >= exact["cycle_time"] - 1e-9
    assert heuristic["lower_bound"] == pytest.approx(0.8)  # max(0.7, 4.0 / 5)


def test_human_readable_table(capsys, groover):
    assert main(["balance", str(groover), "--cycle-time", "1", "--method", "rpw"]) == 0
    out = capsys.readouterr().out
    assert "Station" in out and "Tasks" in out
    assert "1, 3" in out and "2, 4, 5, 6" in out
    assert "Efficiency 80.0 %" in out
    assert "smoothness index" in out


def test_alb_uses_the_files_cycle_time(capsys, shared_data):
    path = shared_data / "salbp" / "otto2013" / "small" / "instance_n=20_1.alb"
    code, report, _ = run_json(capsys, path, "--method", "rpw")
    assert code == 0 and report["cycle_time"] == 1000
    code, report, _ = run_json(capsys, path, "--method", "rpw", "--cycle-time", 2000)
    assert report["cycle_time"] == 2000


def test_in2_with_cycle_time_matches_the_reference_optimum(capsys, shared_data):
    # salbp1_optima.csv: MERTENS with c = 6 needs 6 stations
    path = shared_data / "salbp" / "scholl" / "MERTENS.IN2"
    code, report, _ = run_json(capsys, path, "--cycle-time", 6, "--time-limit", 5)
    assert code == 0 and report["station_count"] == 6 and report["proven_optimal"]


def test_comsoal_seed_is_repeatable(capsys, groover):
    args = (groover, "--cycle-time", 1, "--method", "comsoal", "--seed", 3, "--iterations", 5)
    _, first, _ = run_json(capsys, *args)
    _, second, _ = run_json(capsys, *args)
    assert first["stations"] == second["stations"] and first["seed"] == 3


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["missing.csv", "--cycle-time", "1"], "no such file"),
        (["{groover}"], "has no cycle time"),
        (["{groover}", "--cycle-time", "0.5"], "longer than the cycle time"),
        (["{groover}", "--cycle-time", "0"], "--cycle-time must be above zero"),
        (["{groover}", "--stations", "0"], "--stations must be at least 1"),
        (["{groover}", "--cycle-time", "1", "--time-limit", "-1"], "--time-limit"),
        (["{bad}", "--cycle-time", "1"], "row 3"),
        (["{junk}", "--cycle-time", "1"], "binary data"),
    ],
)
def test_bad_input_one_line_exit_2(capsys, tmp_path, groover, args, words):
    bad = tmp_path / "bad.csv"
    bad.write_text("task,time,predecessors\nA,1,\nB,oops,A\n", encoding="utf-8")
    junk = tmp_path / "junk.csv"
    junk.write_bytes(bytes(range(256)) * 10)
    args = [a.format(groover=groover, bad=bad, junk=junk) for a in args]
    code = main(["balance", *args])
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("score-desktop balance: error:")
    assert words in err
    assert "Traceback" not in err


def test_argparse_errors_exit_2(capsys, groover):
    with pytest.raises(SystemExit) as info:
        main(["balance", str(groover), "--cycle-time", "1", "--method", "magic"])
    assert info.value.code == 2
    with pytest.raises(SystemExit) as info:
        main(["balance", str(groover), "--cycle-time", "1", "--stations", "3"])
    assert info.value.code == 2
    capsys.readouterr()


def test_subprocess_json_and_error(tmp_path):
    ok = subprocess.run(
        [
            sys.executable,
            "-m",
            "score_desktop",
            "balance",
            str(TEMPLATE),
            "--cycle-time",
            "1",
            "--method",
            "lcr",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert ok.returncode == 0, ok.stderr
    report = json.loads(ok.stdout)
    assert report["stations"][0][0] == "10" and report["time_unit"] == "min"
    bad = tmp_path / "bad.alb"
    bad.write_text("<number of tasks>\n3\n<task times>\n1 4\n", encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, "-m", "score_desktop", "balance", str(bad)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert failed.stderr.strip().count("\n") == 0 and "truncated" in failed.stderr


def test_restriction_columns_are_honoured(capsys, tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "task,time,predecessors,fixed station,same station as,not with\n"
        'A,2,,,,B\nB,3,,,,\nC,1,A,2,,\nD,4,"B,C",,,\n',
        encoding="utf-8",
    )
    for method in ("exact", "rpw", "comsoal"):
        code, report, _ = run_json(capsys, path, "--cycle-time", 6, "--method", method)
        assert code == 0 and report["problems"] == []
        where = {t: k for k, s in enumerate(report["stations"]) for t in s}
        assert where["A"] != where["B"] and where["C"] == 1
