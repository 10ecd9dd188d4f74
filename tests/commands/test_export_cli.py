"""`score-desktop export`: exit codes, one-line errors, the workbook written."""

from __future__ import annotations

import subprocess
import sys

from openpyxl import load_workbook

from score_desktop.cli import main
from score_desktop.resources import example_path

EXAMPLE = example_path("acme-stamping.scoreproj")


def test_export_writes_the_workbook(tmp_path, capsys):
    out = tmp_path / "acme.xlsx"
    assert main(["export", str(EXAMPLE), "-o", str(out)]) == 0
    assert "OEE summary" in load_workbook(out).sheetnames
    assert str(out) in capsys.readouterr().out


def test_bad_project_is_one_line_on_stderr(tmp_path, capsys):
    bad = tmp_path / "bad.scoreproj"
    bad.write_text("{not json")
    assert main(["export", str(bad), "-o", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged or not a project file" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_unwritable_target_and_wrong_suffix(tmp_path, capsys):
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "no" / "x.xlsx")]) == 2
    assert "could not be saved" in capsys.readouterr().err
    assert main(["export", str(EXAMPLE), "-o", str(tmp_path / "x.csv")]) == 2
    assert "must be an .xlsx file" in capsys.readouterr().err


def test_subprocess_has_no_traceback(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "score_desktop",
            "export",
            str(tmp_path / "missing.scoreproj"),
            "-o",
            str(tmp_path / "x.xlsx"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "score-desktop export: error: missing.scoreproj: no such file"
