"""The command line never falls into the window by mistake (issue 13, section 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from score_desktop import cli
from score_desktop.resources import example_path

EXAMPLE = str(example_path("acme-stamping.scoreproj"))


@pytest.fixture
def no_window(monkeypatch):
    """Fail the test if the window would open."""
    import score_desktop.app

    def refuse(argv):
        raise AssertionError(f"the window was opened with {argv}")

    monkeypatch.setattr(score_desktop.app, "run_gui", refuse)


@pytest.mark.parametrize(
    "argv",
    [
        ["report", EXAMPLE, "-o", "out.pdf"],
        ["report"],
        ["exprot", EXAMPLE],
        [EXAMPLE, "-o", "out.pdf"],
        [EXAMPLE, EXAMPLE],
        ["-o", "out.pdf"],
        ["--no-such-option"],
        ["nonsense-word"],
    ],
)
def test_unknown_command_or_stray_options_is_one_line_and_exit_2(argv, capsys, no_window):
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse usage errors leave through SystemExit(2)
        code = exc.code
    out, err = capsys.readouterr()
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and "error" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv, opens",
    [
        ([], True),
        ([EXAMPLE], True),
        (["new.scoreproj"], True),  # a project that does not exist yet: the window says so
        (["export"], False),
        (["report", EXAMPLE], False),
        ([EXAMPLE, "-o", "x"], False),
        (["--version"], False),
        (["word"], False),
    ],
)
def test_only_a_lone_project_opens_the_window(argv, opens):
    assert cli.opens_window(argv) is opens


def test_headless_subprocess_does_not_hang_or_dump_core(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "score_desktop", "report", EXAMPLE, "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            "PATH": "",
            "QT_QPA_PLATFORM": "minimal",
            "PYTHONPATH": str(Path(cli.__file__).parents[1]),
        },
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "unknown command 'report'" in result.stderr
