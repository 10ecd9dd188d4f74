"""`score-desktop balance --layout u`: the JSON with the side of every task, the table, errors."""

import json

import pytest

from score_desktop.cli import main

CHAIN = "task,time (min),predecessors\nA,3,\nB,5,A\nC,1,B\nD,3,C\n"


@pytest.fixture
def chain(tmp_path):
    path = tmp_path / "chain.csv"
    path.write_text(CHAIN, encoding="utf-8")
    return path


def test_u_line_json_has_layout_sides_and_proof(chain, capsys):
    assert main(["balance", str(chain), "--cycle-time", "6", "--layout", "u", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["layout"] == "u"
    assert report["station_count"] == 2 and report["proven_optimal"]
    assert report["lower_bound"] == 2 and report["lower_bound_of"] == "stations"
    assert report["sides"] == {"A": "front", "B": "front", "C": "front", "D": "back"}
    assert report["station_back"][0] == ["D"]
    assert report["time_unit"] == "min"


def test_straight_json_says_its_layout(chain, capsys):
    assert main(["balance", str(chain), "--cycle-time", "6", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["layout"] == "straight" and report["station_count"] == 3


def test_u_line_for_a_station_count_by_rpw_and_exact(chain, capsys):
    for method in ("rpw", "exact"):
        args = ["balance", str(chain), "--stations", "2", "--layout", "u", "--method", method]
        assert main([*args, "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["problem"] == "UALBP-2"
        assert report["cycle_time"] == 6.0 and report["proven_optimal"]


def test_u_line_table_shows_both_legs(chain, capsys):
    assert main(["balance", str(chain), "--cycle-time", "6", "--layout", "u"]) == 0
    out = capsys.readouterr().out
    assert "On the way in | on the way back" in out
    assert "A | D" in out


def test_u_line_refuses_other_heuristics_in_one_line(chain, capsys):
    code = main(["balance", str(chain), "--cycle-time", "6", "--layout", "u", "--method", "kw"])
    assert code == 2
    err = capsys.readouterr().err
    assert "--method exact or rpw" in err and len(err.strip().splitlines()) == 1


MIXED = "task,predecessors,time:A (min),time:B (min)\n1,,4,2\n2,1,1,5\n3,2,2,2\n"


@pytest.fixture
def mixed(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(MIXED, encoding="utf-8")
    return path


def test_mixed_model_json_has_per_model_station_times(mixed, capsys):
    args = ["balance", str(mixed), "--cycle-time", "5", "--mix", "A=0.5,B=50%", "--json"]
    assert main(args) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["models"] == ["A", "B"] and report["station_count"] == 2
    assert report["model_station_times"] == {"A": [4.0, 3.0], "B": [2.0, 7.0]}
    assert report["model_overloads"]["B"] == [0.0, 2.0]
    assert report["average_station_times"] == [3.0, 5.0]
    assert report["proven_optimal"] and report["time_unit"] == "min"


def test_mixed_model_with_demands_and_a_cap(mixed, capsys):
    args = ["balance", str(mixed), "--cycle-time", "5", "--demand", "A=100,B=100"]
    assert main([*args, "--model-cap", "6", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["station_count"] == 3 and report["demands"] == {"A": 100.0, "B": 100.0}
    assert main(args) == 0
    assert "! marks a model over the cycle time" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("extra", "words"),
    [
        (["--mix", "A=0.5,B=0.4"], "sums to 90 % (A 50 %, B 40 %), not 100 %"),
        (["--mix", "A=1"], "no share for model B"),
        (["--mix", "A=0.5,B=0.25,C=0.25"], "names model C"),
    ],
)
def test_a_bad_mix_is_one_line_naming_the_models(mixed, capsys, extra, words):
    assert main(["balance", str(mixed), "--cycle-time", "5", *extra]) == 2
    err = capsys.readouterr().err
    assert words in err and len(err.strip().splitlines()) == 1


SPREAD = "task,time (min),predecessors,sd\nA,3,,0.5\nB,5,A,1\nC,1,B,0.2\nD,3,C,0.6\nE,4,,1.5\n"


def test_chance_constrained_json_straight_and_u(tmp_path, capsys):
    path = tmp_path / "spread.csv"
    path.write_text(SPREAD, encoding="utf-8")
    args = ["balance", str(path), "--cycle-time", "9", "--overrun", "0.05", "--json"]
    assert main(args) == 0
    straight = json.loads(capsys.readouterr().out)
    assert straight["station_count"] == 4 and straight["proven_optimal"]
    assert max(straight["station_overrun_probabilities"]) <= 0.05
    assert main([*args, "--layout", "u"]) == 0
    u = json.loads(capsys.readouterr().out)
    assert u["layout"] == "u" and u["station_count"] == 3
    assert u["stations"][0] == ["A", "C", "D"]


def test_overrun_without_a_spread_column_is_one_line(chain, capsys):
    assert main(["balance", str(chain), "--cycle-time", "9", "--overrun", "0.05"]) == 2
    err = capsys.readouterr().err
    assert "needs an 'sd' column" in err and len(err.strip().splitlines()) == 1
