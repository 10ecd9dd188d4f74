"""The built wheel is the whole product: installed (not editable) into a fresh environment
and run from a folder outside the checkout, it starts, opens and exports every bundled
example, balances a bundled line, simulates a bundled map, and opens the guide and templates.

Set ``SCORE_WHEEL_SOURCE`` to another checkout to check its layout instead of this one.
"""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.packaging.installed import child_env, make_venv, run, source_folder

pytestmark = pytest.mark.slow  # about a minute: build, install, a dozen fresh processes

SMOKE = Path(__file__).with_name("smoke_installed.py")
# Every kind of file the app reads at run time, by folder of score_desktop/data.
DATA_FOLDERS = ("examples", "templates", "schema", "guide", "icons", "linux")


def expected_data_files(source: Path) -> set[str]:
    """The data files of the checkout, as wheel paths (score_desktop/data/...)."""
    data = source / "score_desktop" / "data"
    return {
        "score_desktop/" + path.relative_to(source / "score_desktop").as_posix()
        for path in data.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


def missing_from_wheel(wheel: Path, source: Path) -> list[str]:
    """What a wheel lacks: data files of the checkout, a whole data folder, the licence,
    the console and window entry points."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(
            (archive.read(n).decode() for n in names if n.endswith(".dist-info/entry_points.txt")),
            "",
        )
    missing = sorted(expected_data_files(source) - names)
    for folder in DATA_FOLDERS:
        if not any(n.startswith(f"score_desktop/data/{folder}/") for n in names):
            missing.append(f"score_desktop/data/{folder}/ (empty or absent)")
    if not any(re.search(r"\.dist-info/licenses/LICENSE$", n) for n in names):
        missing.append("the LICENSE file")
    for section in ("[console_scripts]", "[gui_scripts]"):
        if section not in entry_points:
            missing.append(f"the {section} entry point")
    return missing


def _fake_wheel(path: Path, names: list[str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name in names:
            archive.writestr(name, "x")
    return path


def test_the_checker_names_a_data_file_missing_from_a_wheel(tmp_path):
    source = tmp_path / "src"
    for name in ("examples/a.scoreproj", "templates/t.csv", "guide/g.md"):
        (source / "score_desktop" / "data" / name).parent.mkdir(parents=True, exist_ok=True)
        (source / "score_desktop" / "data" / name).write_text("x")
    wheel = _fake_wheel(
        tmp_path / "w.whl",
        [
            "score_desktop/data/examples/a.scoreproj",
            "score_desktop/data/guide/g.md",
            "score_desktop-0.1.0.dist-info/licenses/LICENSE",
        ],
    )
    missing = missing_from_wheel(wheel, source)
    assert "score_desktop/data/templates/t.csv" in missing
    assert "score_desktop/data/schema/ (empty or absent)" in missing
    assert "the [gui_scripts] entry point" in missing
    assert not any("examples" in m or "guide" in m or "LICENSE" in m for m in missing)


def test_the_wheel_holds_every_data_file(wheel):
    assert missing_from_wheel(wheel, source_folder()) == []


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory):
    """(bin folder, environment folder, a user folder outside the checkout)."""
    root = tmp_path_factory.mktemp("installed")
    scripts = make_venv(wheel, root / "env")
    user = root / "user"
    user.mkdir()
    return scripts, root / "env", user


def _cli(installed, *args: str, timeout: float = 180):
    scripts, _, user = installed
    return run(
        [str(scripts / "score-desktop"), *args], cwd=user, env=child_env(user), timeout=timeout
    )


def test_version_from_the_entry_point(installed):
    init = (source_folder() / "score_desktop" / "__init__.py").read_text(encoding="utf-8")
    version = re.search(r'__version__\s*=\s*"([^"]+)"', init).group(1)
    assert _cli(installed, "--version").stdout.strip() == f"score-desktop {version}"
    scripts, _, _ = installed
    assert (scripts / "score-desktop-gui").is_file()  # the window's entry point (no console)


def test_every_bundled_example_exports_to_excel(installed):
    examples = sorted((source_folder() / "score_desktop" / "data" / "examples").glob("*.scoreproj"))
    assert examples, "the checkout has no bundled examples"
    _, env, user = installed
    package_examples = sorted(env.rglob("site-packages/score_desktop/data/examples/*.scoreproj"))
    assert [p.name for p in package_examples] == [p.name for p in examples]
    for example in package_examples:
        output = user / f"{example.stem}.xlsx"
        _cli(installed, "export", str(example), "-o", str(output))
        sheets = load_workbook(output, read_only=True).sheetnames
        assert len(sheets) >= 2, f"{example.name}: sheets {sheets}"


def test_a_bundled_line_balances_and_a_bundled_map_simulates(installed):
    _, env, _ = installed
    data = next(env.rglob("site-packages/score_desktop/data"))
    balanced = _cli(
        installed,
        "balance",
        str(data / "templates" / "line_balancing_template.csv"),
        "--cycle-time",
        "1",
        "--method",
        "rpw",
        "--json",
    )
    assert json.loads(balanced.stdout)["stations"]
    simulated = _cli(
        installed,
        "simulate",
        str(data / "examples" / "acme-value-stream.scoreproj"),
        "--replications",
        "2",
        "--horizon",
        "16",
        "--warmup",
        "1",
        "--workers",
        "1",
        "--json",
    )
    assert json.loads(simulated.stdout)


def test_the_window_opens_every_example_the_guide_and_the_templates(installed):
    scripts, env, user = installed
    templates = sorted(p.name for p in (source_folder() / "score_desktop/data/templates").iterdir())
    done = run(
        [str(scripts / "python"), str(SMOKE), str(env), str(user), *templates],
        cwd=user,
        env=child_env(user),
        timeout=300,
    )
    report = json.loads(done.stdout.strip().splitlines()[-1])
    source_data = source_folder() / "score_desktop" / "data"
    assert sorted(report["examples"]) == sorted(
        p.name for p in (source_data / "examples").glob("*.scoreproj")
    )
    assert all(e["records"] > 0 for e in report["examples"].values()), report["examples"]
    assert report["guide_page"] == "user-guide.md"
    assert sorted(report["templates"]) == sorted(
        p.name for p in (source_data / "templates").iterdir()
    )
    assert report["schema_title"]


def test_the_window_starts_from_the_entry_point_on_an_example(installed):
    _, env, user = installed
    example = next(env.rglob("site-packages/score_desktop/data/examples/acme-stamping.scoreproj"))
    scripts, _, _ = installed
    done = run(
        [str(scripts / "score-desktop"), str(example)],
        cwd=user,
        env=child_env(user, SCORE_DESKTOP_SMOKE_TEST="1"),
        timeout=180,
    )
    assert "window shown" in done.stdout and "Acme Stamping" in done.stdout, done.stdout
