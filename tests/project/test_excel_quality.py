"""Quality studies and action lists in the workbook: live formulas where Excel can compute
(checked by recalculating in LibreOffice against the engine and the published examples),
the app's values elsewhere, user text kept as text."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from openpyxl import load_workbook

from score_desktop.project import Project
from score_desktop.project.action_records import Action, ActionList
from score_desktop.project.edits import insert_record
from score_desktop.project.excel import export_workbook
from score_desktop.tools.quality.study import (
    Cause,
    DefectTally,
    QualitySample,
    QualityStudy,
    freeze,
    study_capability,
    study_chart,
)
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2, NIST_P_CHART
from tests.tools.quality.test_pareto import TANK_DEFECTS


def _project() -> Project:
    samples = tuple(QualitySample(v) for g in MONTGOMERY_6_1 + MONTGOMERY_6_2 for v in g)
    wafers = QualityStudy(
        "Flow width",
        unit="microns",
        chart="xbar-r",
        subgroup_size=5,
        samples=samples[:125],
        lsl=1.0,
        usl=2.0,
        defects=tuple(DefectTally(c, n) for c, n in TANK_DEFECTS),
        problem="=Wide flow",
        causes=(Cause("Bake drifts", "machine", ("No calibration", "=No plan")),),
    )
    wafers = replace(freeze(wafers, 0, 24, "2026-12-03T10:00:00+00:00", "phase I"), samples=samples)
    chips = QualityStudy(
        "Chips", chart="p", samples=tuple(QualitySample(c, 50) for c in NIST_P_CHART)
    )
    single = QualityStudy(
        "Single",
        chart="imr",
        samples=tuple(QualitySample(g[0], note="@x") for g in MONTGOMERY_6_1),
        lsl=1.0,
        usl=2.0,
        target=1.45,
    )
    project = Project()
    for study in (wafers, chips, single):
        project = insert_record(project, "quality_studies", study)
    actions = ActionList(
        "Actions",
        (
            Action("=Fit guard", due="2020-01-31", expected_saving=100.0),
            Action("Train", due="2099-01-01", status="open", expected_saving=50.0),
            Action("Done late", due="2020-01-31", status="done", actual_saving=40.0),
        ),
    )
    return insert_record(project, "action_lists", actions)


@pytest.fixture(scope="module")
def exported(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("quality") / "quality.xlsx"
    export_workbook(_project(), path)
    return path


def _labels(ws) -> dict:
    return {
        ws.cell(row=r, column=1).value: [ws.cell(row=r, column=c).value for c in (2, 3, 4)]
        for r in range(1, 80)
    }


def test_sheets_and_live_formulas(exported) -> None:
    wb = load_workbook(exported)
    assert wb.sheetnames[-4:] == [
        "Quality Flow width",
        "Quality Chips",
        "Quality Single",
        "Actions Actions",
    ]
    rows = _labels(wb["Quality Flow width"])
    assert (
        rows["Centre line"][0].startswith("=AVERAGE(") and rows["Centre line"][1] == "live formula"
    )
    spread, constant = rows["Sigma of the process"][0][1:].split("/")
    assert spread == "B20" and float(constant) == pytest.approx(2.326, abs=5e-4)  # d2(5)
    assert rows["Cp"][0] == "=(B11-B10)/(6*B27)"
    chips = _labels(wb["Quality Chips"])
    assert chips["p-bar"][0].startswith("=SUM(") and chips["Sigma of the process"][1] == (
        "value from SCORE Desktop"
    )


def test_user_text_stays_text(exported) -> None:
    wb = load_workbook(exported)
    texts = [c.value for row in wb["Quality Flow width"].iter_rows() for c in row]
    assert "Cause and effect: =Wide flow" in texts and "=No plan" in texts
    ws = wb["Actions Actions"]
    assert ws["A5"].value == "=Fit guard" and ws["A5"].data_type == "s"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_app_s_figures(exported, tmp_path) -> None:
    subprocess.run(
        ["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", str(tmp_path),
         str(exported)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    wb = load_workbook(tmp_path / "quality.xlsx", data_only=True)
    project = _project()
    wafers, _, single = project.section("quality_studies")
    rows = _labels(wb["Quality Flow width"])
    # Montgomery ISQC Example 6.1/6.2: x-double-bar 1.5056, R-bar 0.32521, limits frozen
    assert rows["Centre line"][0] == pytest.approx(1.5056, abs=5e-5)
    assert rows["R-bar"][0] == pytest.approx(0.32521, abs=5e-6)
    ws = wb["Quality Flow width"]
    heads = [ws.cell(row=4, column=c).value for c in range(12, 30)]
    ucl = 12 + heads.index("UCL")
    assert ws.cell(row=5 + 44, column=ucl).value == pytest.approx(1.6932, abs=1e-4)
    capability = study_capability(wafers)
    for index in capability.indices:
        assert rows[index.name][0] == pytest.approx(index.value, rel=1e-9), index.name
    assert rows["Expected ppm outside the limits (overall s)"][0] == pytest.approx(
        capability.ppm_overall.total, rel=1e-6
    )
    # NIST e-Handbook 6.3.3.2: p-bar .2313, UCL .4102, LCL .0524
    chips_ws = wb["Quality Chips"]
    assert _labels(chips_ws)["p-bar"][0] == pytest.approx(0.2313, abs=5e-5)
    heads = [chips_ws.cell(row=4, column=c).value for c in range(12, 30)]
    assert chips_ws.cell(row=5, column=12 + heads.index("UCL")).value == pytest.approx(
        0.4102, abs=1e-4
    )
    assert chips_ws.cell(row=5, column=12 + heads.index("LCL")).value == pytest.approx(
        0.0524, abs=1e-4
    )
    result = study_chart(single)
    single_rows = _labels(wb["Quality Single"])
    assert single_rows["Sigma of the process"][0] == pytest.approx(result.limits.sigma, rel=1e-12)
    assert single_rows["Cpm"][0] == pytest.approx(study_capability(single).index("Cpm").value)
    pareto = _labels(ws)
    assert pareto["Incorrect dimensions"][2] == pytest.approx(36 / 166)
    assert pareto["Adhesive failure"][2] == pytest.approx(135 / 166)
    actions = wb["Actions Actions"]
    assert [actions.cell(row=r, column=8).value for r in (5, 6, 7)] == ["overdue", None, None]
    assert actions["E9"].value == 150 and actions["F9"].value == 40


def test_native_control_and_pareto_charts(exported) -> None:
    import zipfile

    with zipfile.ZipFile(exported) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        xml = " ".join(archive.read(n).decode() for n in charts)
    # wafers: control chart + Pareto; chips and single: control chart only
    assert len(charts) == 4
    assert "Subgroup means and ranges (X-bar-R)" in xml and "Pareto of defects" in xml


def test_skewed_data_get_the_johnson_row(tmp_path) -> None:
    import numpy as np

    rng = np.random.default_rng(2)
    values = 10 + 1.5 * np.sinh((rng.standard_normal(200) + 1.5) / 1.2)
    study = QualityStudy(
        "Skewed", chart="imr", samples=tuple(QualitySample(float(v)) for v in values),
        lsl=5.0, usl=60.0,
    )  # fmt: skip
    path = tmp_path / "skewed.xlsx"
    export_workbook(insert_record(Project(), "quality_studies", study), path)
    rows = _labels(load_workbook(path)["Quality Skewed"])
    assert rows["Johnson SU transformation"][0].startswith("Pp ")
