"""The simulate and validate-sim commands: JSON shape, table, bad input, examples."""

import json
from pathlib import Path

import pytest

from score_desktop.cli import main
from score_desktop.commands import CommandError
from score_desktop.commands.simulate import SimulateOptions, load_maps, pick_map, run_simulate
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import Step, Supplier, ValueStreamMap
from score_desktop.tools.vsm.serialize import map_from_dict, map_to_dict

EXAMPLES = Path(__file__).resolve().parents[3] / "resources" / "examples"  # generator inputs


def small_map(name="Line"):
    steps = [
        Step("Cut", Distribution.exponential(0.5, "h")),
        Step("Weld", Distribution.fixed(0.6, "h")),
    ]
    return ValueStreamMap.serial(
        name, steps, supplier=Supplier(arrival=Distribution.exponential(1, "h"))
    )


FAST = SimulateOptions(horizon_h=200, warmup_h=10, replications=3, seed=1, workers=1)


def test_run_simulate_returns_estimates_with_units():
    r = run_simulate(small_map(), FAST)
    for key in ("throughput", "wip", "lead_time"):
        assert set(r[key]) == {"mean", "ci_low", "ci_high"}
        assert r[key]["ci_low"] <= r[key]["mean"] <= r[key]["ci_high"]
    assert r["units"] == {"throughput": "parts per hour", "wip": "parts", "lead_time": "hours"}
    assert set(r["steps"]["Weld"]) >= {"working", "blocked", "starved", "down", "changeover"}
    assert r["throughput"]["mean"] == pytest.approx(1.0, abs=0.2)
    json.dumps(r, allow_nan=False)


def test_cli_json_and_table(tmp_path, capsys):
    path = tmp_path / "maps.json"
    path.write_text(
        json.dumps({"value_streams": [map_to_dict(small_map("A")), map_to_dict(small_map("B"))]})
    )
    args = ["simulate", str(path), "--replications", "2", "--horizon", "100", "--warmup", "5"]
    assert main([*args, "--workers", "1", "--json", "--map", "B"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["map"] == "B"
    assert out["settings"]["replications"] == 2
    assert main([*args, "--workers", "1"]) == 0
    text = capsys.readouterr().out
    assert 'Value stream "A"' in text and "Throughput (parts/h)" in text and "Bottleneck:" in text


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (None, [], "no such file"),
        ("{not json", [], "JSON error at line 1"),
        ("[]", [], "expected a JSON object"),
        ("MAP", ["--map", "Nope"], 'no value stream called "Nope"'),
        ("MAP", ["--warmup", "500", "--horizon", "100"], "warm-up must be"),
        ("BAD", [], 'step "Cut": cycle time mean must be > 0'),
    ],
)
def test_bad_input_is_one_line_on_stderr(tmp_path, capsys, content, extra, message):
    path = tmp_path / "m.json"
    if content == "MAP":
        content = json.dumps(map_to_dict(small_map()))
    elif content == "BAD":
        d = map_to_dict(small_map())
        d["steps"][0]["cycle_time"]["mean"] = 0
        content = json.dumps(d)
    if content is not None:
        path.write_text(content)
    assert main(["simulate", str(path), "--replications", "1", "--workers", "1", *extra]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1


def test_pick_map_defaults_to_the_first():
    maps = [small_map("First"), small_map("Second")]
    assert pick_map(maps, None).name == "First"
    with pytest.raises(CommandError):
        pick_map([], None)


def test_examples_show_a_clear_improvement():
    cur = load_maps(EXAMPLES / "vsm_current_state.json")[0][0]
    fut = load_maps(EXAMPLES / "vsm_future_state.json")[0][0]
    opts = SimulateOptions(horizon_h=500, warmup_h=150, replications=2, seed=1, workers=1)
    a, b = run_simulate(cur, opts), run_simulate(fut, opts)
    assert b["lead_time"]["ci_high"] < 0.3 * a["lead_time"]["ci_low"]
    assert b["wip"]["ci_high"] < 0.3 * a["wip"]["ci_low"]
    assert b["throughput"]["mean"] >= 0.95 * a["throughput"]["mean"]


def test_example_files_are_the_builders_output():
    from score_desktop.tools.vsm.examples import current_state_simulation, future_state_simulation

    for name, build in [("current", current_state_simulation), ("future", future_state_simulation)]:
        data = json.loads((EXAMPLES / f"vsm_{name}_state.json").read_text())
        assert map_from_dict(data, name) == build()


def test_validate_sim_prints_theory_next_to_simulation(capsys):
    assert main(["validate-sim", "--case", "deterministic", "--workers", "1"]) == 0
    out = capsys.readouterr().out
    assert "Deterministic line" in out and "agrees" in out and "exact" in out


def test_project_file_end_to_end_with_references(tmp_path, capsys):
    from score_desktop.project import DemandRecord, Project, save_project
    from score_desktop.tools.vsm.examples import future_state_simulation

    fut = future_state_simulation()
    fut.customer.demand_ref = "Acme demand"
    other = small_map("Other")
    project = Project(
        demands=(DemandRecord("Acme demand", demand=920.0, shifts_per_day=2),),
        value_streams=(other, fut),
    )
    path = tmp_path / "acme.scoreproj"
    save_project(project, path)
    maps, resolver = load_maps(path)
    assert [m.name for m in maps] == ["Other", "Future state"]
    assert resolver is not None and resolver("demand", "Acme demand") == pytest.approx(920.0)
    args = ["simulate", str(path), "--map", "Future state", "--replications", "2", "--workers", "1"]
    assert main([*args, "--horizon", "300", "--warmup", "50", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["map"] == "Future state"
    assert out["throughput"]["mean"] > 30
    fut.customer.demand_ref = "Missing demand"
    save_project(Project(value_streams=(fut,)), path)
    assert main(["simulate", str(path), "--replications", "1", "--workers", "1"]) == 2
    assert 'demand record "Missing demand" is not in the project' in capsys.readouterr().err


def test_validate_sim_fails_when_a_figure_disagrees(monkeypatch, capsys):
    from score_desktop.commands import validate_sim
    from score_desktop.tools.vsm.replications import Estimate
    from score_desktop.tools.vsm.validation_cases import CaseResult, Check

    bad = CaseResult(
        "Broken case", "nowhere", [Check("throughput /h", 1.0, Estimate(2.0, 1.9, 2.1))]
    )
    monkeypatch.setattr(validate_sim, "CASES", {"broken": lambda scale, workers: bad})
    assert main(["validate-sim"]) == 1
    out = capsys.readouterr().out
    assert "DISAGREES" in out and "SOME FIGURES DISAGREE" in out
