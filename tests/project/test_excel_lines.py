"""Excel export of lines: task sheet, station sheet with metrics, native stacked Yamazumi chart."""

from __future__ import annotations

import zipfile
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from score_desktop.project import DemandRecord, Project
from score_desktop.project.excel import export_workbook
from score_desktop.project.line_records import LineRecord
from score_desktop.tools.line_balancing.model import Line, Task

# Groover, "Automation, Production Systems, and CIM", 3rd ed., Example 15.2/15.3 (Tc = 1.0 min):
# the largest candidate rule gives 5 stations, Eb = 4.0 / (5 x 1.0) = 0.80.
GROOVER = [
    ("1", 0.2, ()), ("2", 0.4, ()), ("3", 0.7, ("1",)), ("4", 0.1, ("1", "2")),
    ("5", 0.3, ("2",)), ("6", 0.11, ("3",)), ("7", 0.32, ("3",)), ("8", 0.6, ("3", "4")),
    ("9", 0.27, ("6", "7", "8")), ("10", 0.38, ("5", "8")), ("11", 0.5, ("9", "10")),
    ("12", 0.12, ("11",)),
]  # fmt: skip
LCR = (("2", "5", "1", "4"), ("3", "6"), ("8", "10"), ("7", "9"), ("11", "12"))


def project() -> Project:
    tasks = [Task(i, t, p) for i, t, p in GROOVER]
    tasks[0] = replace(tasks[0], description='=HYPERLINK("x")')
    line = Line(tuple(tasks), 1.0, name="Groover", time_unit="min")
    empty = Line((Task("A", 1.0),), 2.0, name="Empty", time_unit="min")
    demand = DemandRecord("Shop", demand=200, shift_length_min=400, breaks_per_shift_min=0)
    return Project(
        demands=(demand,),
        lines=(
            LineRecord("Groover", line, balance=LCR, balance_method="lcr"),
            LineRecord("Empty", empty, takt_demand="Shop"),
        ),
    )


@pytest.fixture
def workbook(tmp_path):
    path = tmp_path / "lines.xlsx"
    export_workbook(project(), path)
    return path


def values(ws):
    return {
        ws.cell(row=r, column=1).value: [ws.cell(row=r, column=c).value for c in range(2, 10)]
        for r in range(1, ws.max_row + 1)
    }


def test_task_sheet(workbook):
    ws = load_workbook(workbook)["Groover tasks"]
    rows = values(ws)
    assert rows["Cycle time"][:2] == [1, "min"]
    assert rows["Task"][:4] == ["Description", "Time (min)", "Predecessors", "Station"]
    assert rows["8"][1:4] == [0.6, "3, 4", 3]
    # user text stays text, never a formula
    assert ws.cell(row=[k for k in rows].index("1") + 1, column=2).data_type == "s"


def test_station_sheet_metrics(workbook):
    rows = values(load_workbook(workbook)["Groover stations"])
    assert rows["Stations"][0] == 5
    assert rows["Theoretical minimum stations"][0] == 4
    assert rows["Balance efficiency"][0] == pytest.approx(0.80)
    assert rows["Balance delay"][0] == pytest.approx(0.20)
    assert rows["Station 1"][:4] == ["2, 5, 1, 4", pytest.approx(1.0), pytest.approx(0.0), 1]
    assert rows["Station 3"][1] == pytest.approx(0.98)
    assert rows["Station 1"][4:8] == [0.4, 0.3, 0.2, 0.1]  # the blocks of the stacked bar


def test_native_stacked_yamazumi_with_cycle_time_line(workbook):
    with zipfile.ZipFile(workbook) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1  # the line without a balance has no chart
        xml = z.read(charts[0]).decode()
    assert '<grouping val="stacked"' in xml and "<barChart>" in xml
    assert "<lineChart>" in xml  # the cycle time over the bars
    assert "$E$" in xml  # the cycle-time column


def test_line_without_balance_says_so_and_uses_the_takt(workbook):
    wb = load_workbook(workbook)
    rows = values(wb["Empty tasks"])
    # takt = 400 min / 200 units = 2 min
    assert rows["Cycle time"][0] == pytest.approx(2.0)
    assert rows["Cycle time from"][0] == 'takt of demand "Shop"'
    assert "no balance" in wb["Empty stations"].cell(row=4, column=1).value
