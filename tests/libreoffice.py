"""Recalculate a workbook in LibreOffice headless and read the values back (a test helper).

``soffice --convert-to`` keeps the values stored in the file unless the profile tells Calc to
recalculate on load; the private profile written here sets "always recalculate" for Excel
2007+ and ODF files, so every formula cell is computed by LibreOffice itself. Each call uses
its own profile folder (``-env:UserInstallation``), so parallel runs do not clash.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook import Workbook


def _build(project):
    from score_desktop.project.excel import build_workbook

    return build_workbook(project)


_RECALC_ALWAYS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry"
 xmlns:xs="http://www.w3.org/2001/XMLSchema"
 xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load">
 <prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""

TIMEOUT_S = 180


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def recalculate(path: Path, out_dir: Path | None = None) -> Path:
    """``path`` opened, recalculated and saved again as xlsx by LibreOffice; returns the copy.

    Skips the calling test when LibreOffice is not installed (``.ci/run`` installs it).
    """
    exe = soffice()
    if exe is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    path = Path(path)
    out_dir = Path(out_dir or tempfile.mkdtemp(prefix="lo-out-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        user = Path(profile) / "user"
        user.mkdir()
        (user / "registrymodifications.xcu").write_text(_RECALC_ALWAYS, encoding="utf-8")
        run = subprocess.run(
            [
                exe,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--norestore",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                str(out_dir),
                str(path),
            ],
            capture_output=True,
            text=True,
            timeout=TIMEOUT_S,
            check=False,
        )
    result = out_dir / (path.stem + ".xlsx")
    if run.returncode != 0 or not result.exists():
        raise AssertionError(f"LibreOffice could not convert {path}: {run.stdout}{run.stderr}")
    return result


def recalculated_values(wb: Workbook | Path, tmp_path: Path, name: str = "book") -> Workbook:
    """The workbook (an openpyxl book or a file) as LibreOffice computes it (data_only)."""
    if isinstance(wb, Workbook):
        source = tmp_path / f"{name}.xlsx"
        wb.save(source)
    else:
        source = Path(wb)
    out = recalculate(source, tmp_path / f"{name}-lo")
    return load_workbook(out, data_only=True)


def formula_cells(wb: Workbook) -> list[tuple[str, str]]:
    """(sheet title, coordinate) of every formula cell in a workbook loaded with formulas."""
    cells = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cells.append((ws.title, cell.coordinate))
    return cells


def mismatches(lo: Workbook, expected: dict, rel: float = 1e-9) -> list[str]:
    """Every formula cell whose LibreOffice value differs from the engine's."""
    out = []
    for (sheet, cell), want in expected.items():
        got = lo[sheet][cell].value
        if want is None:
            ok = got in (None, "")
        elif isinstance(want, str):
            ok = got == want
        else:
            ok = isinstance(got, int | float) and abs(got - want) <= rel * max(1.0, abs(want))
        if not ok:
            out.append(f"{sheet}!{cell}: LibreOffice {got!r}, engine {want!r}")
    return out


def name_cell(ws, name: str):
    """The cell a sheet-scoped name points at."""
    ref = ws.defined_names[name].attr_text.split("!")[1].replace("$", "")
    return ws[ref]


def edited_in_the_workbook(project, edit, tmp_path: Path) -> Workbook:
    """Export, apply ``edit(workbook)`` with openpyxl, recalculate in LibreOffice."""
    path = tmp_path / "export.xlsx"
    _build(project).save(path)
    wb = load_workbook(path)
    edit(wb)
    wb.save(path)
    return recalculated_values(path, tmp_path, "edited")
