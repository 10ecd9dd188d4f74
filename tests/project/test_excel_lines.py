"""Excel export of lines: task sheet, station sheet with metrics, native stacked Yamazumi chart."""

from __future__ import annotations

import zipfile
from dataclasses import replace

import pytest
from openpyxl import load_workbook

from score_desktop.project import DemandRecord, Project
from score_desktop.project.excel import build_workbook, export_workbook
from score_desktop.project.excel.live import engine_values
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


def test_task_sheet_is_an_excel_table_from_a1(workbook):
    ws = load_workbook(workbook)["Groover tasks"]
    rows = values(ws)
    assert rows["Task"][:5] == [
        "Description",
        "Time (min)",
        "Predecessors",
        "Station",
        "Precedence check",
    ]
    assert rows["8"][1:4] == [0.6, "3, 4", 3]
    assert rows["8"][4].startswith("=IF(E")  # the live check
    (table,) = ws.tables.values()
    assert table.ref == "A1:F13"
    # user text stays text, never a formula
    assert ws.cell(row=[k for k in rows].index("1") + 1, column=2).data_type == "s"


def test_station_sheet_metrics_are_formulas_with_the_engines_values(workbook):
    wb = load_workbook(workbook)
    rows = values(wb["Groover stations"])
    assert rows["Stations"][0].startswith("=MAX(")
    expected = engine_values(build_workbook(project()))
    ws = wb["Groover stations"]
    by_label = {
        ws.cell(row=r, column=1).value: expected.get(("Groover stations", f"B{r}"))
        for r in range(1, ws.max_row + 1)
    }
    assert by_label["Stations"] == 5
    assert by_label["Theoretical minimum stations"] == 4
    assert by_label["Balance efficiency"] == pytest.approx(0.80)
    assert by_label["Balance delay"] == pytest.approx(0.20)
    assert rows[1][0] == "2, 5, 1, 4"  # station 1 and its tasks at export


def test_native_stacked_yamazumi_with_cycle_time_line(workbook):
    with zipfile.ZipFile(workbook) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert len(charts) == 1  # the line without a balance has no chart
        xml = z.read(charts[0]).decode()
    assert '<grouping val="stacked"' in xml and "<barChart>" in xml
    assert "<lineChart>" in xml  # the cycle time over the bars
    assert "$E$" in xml  # the cycle-time column
    assert '<smooth val="0"' in xml  # a straight line


def test_line_without_balance_says_so(workbook):
    wb = load_workbook(workbook)
    ws = wb["Empty stations"]
    assert ws.cell(row=4, column=1).value == "Not yet balanced"
    assert "no balance" in ws.cell(row=5, column=1).value
