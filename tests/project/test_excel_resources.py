"""The resource-efficiency sheets of the Excel export: a table, live formulas, native charts.

The formulas are read back with openpyxl (their text) and calculated with the ``formulas``
package (an Excel formula engine, test dependency); the results must equal the engine's.
"""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
from openpyxl import load_workbook

from score_desktop.project import Project, load_project
from score_desktop.project.excel import build_workbook
from score_desktop.project.section_records import ResourceRecord
from score_desktop.resources import example_path
from score_desktop.tools.resource_efficiency import (
    AnalysisSetup,
    LogPeriod,
    ResourceLog,
    analyse_log,
    log_cost_of_waste,
    log_material_balance,
    log_savings,
    period_results,
)

EXAMPLE = example_path("dye-house-resources.scoreproj")
LOG, BASE, WASTE = (
    "Dye house 2023-2024 log",
    "Dye house 2023-2024 baseline",
    "Dye house 2023-2024 waste",
)


@pytest.fixture(scope="module")
def example() -> Project:
    return load_project(EXAMPLE)


@pytest.fixture(scope="module")
def workbook_path(example: Project, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("xlsx") / "res.xlsx"
    build_workbook(example).save(path)
    return path


@pytest.fixture(scope="module")
def book(workbook_path: Path):
    return load_workbook(workbook_path)


@pytest.fixture(scope="module")
def model(workbook_path: Path):
    formulas = pytest.importorskip("formulas")
    excel = formulas.ExcelModel().loads(str(workbook_path)).finish()
    return excel, excel.calculate()


def key(sheet: str, cell: str) -> str:
    return f"'[res.xlsx]{sheet.upper()}'!{cell}"


def value(solution, sheet: str, cell: str):
    result = solution[key(sheet, cell)].value[0][0]
    return None if result == "" else result


def find_row(ws, text: str, column: int = 1) -> int:
    for row in range(1, ws.max_row + 1):
        if ws.cell(row=row, column=column).value == text:
            return row
    raise AssertionError(f"{text!r} not found in column {column} of {ws.title}")


def header_columns(ws, row: int) -> dict[str, int]:
    return {ws.cell(row=row, column=c).value: c for c in range(1, ws.max_column + 1)}


def test_sheets_and_the_log_as_an_excel_table(book, example) -> None:
    assert book.sheetnames[1:4] == [LOG, BASE, WASTE]
    ws = book[LOG]
    (table,) = ws.tables.values()
    assert table.ref == "A5:O29"  # header + 24 months, 15 columns
    headers = [ws.cell(row=5, column=c).value for c in range(1, 16)]
    assert headers[:4] == ["period", "production [t]", "Electricity [kWh]", "Natural gas [m3]"]
    assert "heating degree days [°C·day]" in headers and headers[-1] == "note"
    log = example.resource_logs[0].log
    assert ws["A6"].value == "2023-01" and ws["A6"].data_type == "s"
    assert ws["B6"].value == log.sorted_periods()[0].production
    assert ws["C29"].value == log.sorted_periods()[-1].energy["electricity_kwh"]


def test_formula_text_references_the_log_and_the_coefficients(book, example) -> None:
    ws = book[BASE]
    header = find_row(ws, "Period")
    columns = header_columns(ws, header)
    first = header + 1
    energy = ws.cell(row=first, column=columns["Energy [kWh]"])
    assert energy.data_type == "f"
    assert energy.value.startswith(f"=IF(COUNT('{LOG}'!C6:D6)=0,\"\",'{LOG}'!C6*$C$")
    specific = ws.cell(row=first, column=columns["Specific energy [kWh/t]"]).value
    assert specific == f"=IF(AND(N('{LOG}'!B6)>0,ISNUMBER(D{first})),D{first}/'{LOG}'!B6,\"\")"
    # the coefficients are values next to the formulas, and the prediction uses them
    intercept_row = find_row(ws, "Base load (intercept)")
    production_row = find_row(ws, "Coefficient: production")
    degree_day_row = find_row(ws, "Coefficient: heating degree days")
    baseline = analyse_log(example.resource_logs[0].log, example.resource_logs[0].setup).baseline
    assert ws.cell(row=intercept_row, column=2).value == pytest.approx(baseline.intercept)
    assert ws.cell(row=production_row, column=2).value == pytest.approx(baseline.coefficients[0])
    assert ws.cell(row=production_row, column=3).value == "kWh per t"
    predicted = ws.cell(row=first, column=columns["Predicted energy [kWh]"]).value
    assert predicted == (
        f"=$B${intercept_row}+$B${production_row}*'{LOG}'!B6+$B${degree_day_row}*'{LOG}'!L6"
    )
    # savings and CUSUM only in the reporting period (from 2024-01, the 13th row)
    reporting = first + 12
    savings_column = columns["Savings [kWh]"]
    cusum_column = columns["CUSUM [kWh]"]
    assert ws.cell(row=first, column=savings_column).value is None
    assert ws.cell(row=reporting, column=2).value == "reporting"
    cusum = ws.cell(row=reporting + 1, column=cusum_column).value
    c, s = ws.cell(row=reporting, column=cusum_column), ws.cell(row=reporting + 1, column=1)
    assert s.value == "2024-02"
    assert cusum == f"={c.column_letter}{reporting}+{c.offset(0, -1).column_letter}{reporting + 1}"


def test_native_charts(book) -> None:
    kinds = sorted(type(chart).__name__ for chart in book[BASE]._charts)
    assert kinds == ["LineChart", "LineChart", "ScatterChart"]
    (pareto,) = book[WASTE]._charts
    assert type(pareto).__name__ == "BarChart"


def test_formulas_give_the_engines_ratios(model, book, example) -> None:
    _, solution = model
    log = example.resource_logs[0].log
    ws = book[BASE]
    header = find_row(ws, "Period")
    columns = header_columns(ws, header)
    for i, result in enumerate(period_results(log)):
        row = header + 1 + i
        assert ws.cell(row=row, column=1).value == result.period

        def at(name: str, row: int = row) -> float:
            return value(
                solution, BASE, f"{ws.cell(row=1, column=columns[name]).column_letter}{row}"
            )

        assert at("Energy [kWh]") == pytest.approx(result.energy.total_kwh, rel=1e-12)
        assert at("CO2 [kg]") == pytest.approx(result.energy.total_co2_kg, rel=1e-12)
        assert at("Energy cost [EUR]") == pytest.approx(result.energy.total_cost, rel=1e-12)
        r = result.ratios
        assert at("Specific energy [kWh/t]") == pytest.approx(r.specific_energy, rel=1e-12)
        assert at("Energy productivity [t/kWh]") == pytest.approx(r.energy_productivity)
        assert at("Material productivity [t/kg]") == pytest.approx(r.material_productivity)
        assert at("Water productivity [t/m³]") == pytest.approx(r.water_productivity)
        assert at("Waste intensity [kg/t]") == pytest.approx(r.waste_intensity, rel=1e-12)
        assert at("Value added per kWh [EUR/kWh]") == pytest.approx(r.value_added_per_kwh)


def _savings_cells(book) -> tuple[dict[str, int], int]:
    ws = book[BASE]
    header = find_row(ws, "Period")
    return header_columns(ws, header), header + 1


def test_formulas_give_the_engines_predicted_savings_and_cusum(model, book, example) -> None:
    _, solution = model
    record = example.resource_logs[0]
    analysis = analyse_log(record.log, record.setup)
    s = analysis.savings
    columns, first = _savings_cells(book)
    ws = book[BASE]
    for i, label in enumerate(s.period_labels):
        row = first + 12 + i
        assert ws.cell(row=row, column=1).value == label
        letters = {k: ws.cell(row=1, column=columns[k]).column_letter for k in columns if k}
        assert value(solution, BASE, f"{letters['Predicted energy [kWh]']}{row}") == pytest.approx(
            s.predicted[i], rel=1e-12
        )
        assert value(solution, BASE, f"{letters['Savings [kWh]']}{row}") == pytest.approx(
            s.savings[i], rel=1e-9
        )
        assert value(solution, BASE, f"{letters['CUSUM [kWh]']}{row}") == pytest.approx(
            s.cusum[i], rel=1e-9
        )
        assert value(
            solution, BASE, f"{letters['EnPI measured / predicted']}{row}"
        ) == pytest.approx(s.enpi_measured_over_predicted[i], rel=1e-9)
    totals = find_row(ws, "Savings")
    assert value(solution, BASE, f"B{totals}") == pytest.approx(s.total_savings, rel=1e-9)
    assert value(solution, BASE, f"B{totals + 1}") == pytest.approx(s.savings_share, rel=1e-9)
    enpi = s.total_measured / s.total_predicted
    assert value(solution, BASE, f"B{totals + 2}") == pytest.approx(enpi, rel=1e-9)
    # baseline rows are predicted too (fitted values), without savings
    assert value(
        solution,
        BASE,
        f"{ws.cell(row=1, column=columns['Predicted energy [kWh]']).column_letter}{first}",
    ) == pytest.approx(analysis.baseline.fitted[0], rel=1e-9)


def test_a_corrected_figure_updates_the_cusum(model, book, example) -> None:
    excel, _ = model
    record = example.resource_logs[0]
    columns, first = _savings_cells(book)
    ws = book[BASE]
    cusum = f"{ws.cell(row=1, column=columns['CUSUM [kWh]']).column_letter}{first + 23}"
    # 2024-03 is row 20 of the log sheet: correct its production from 99 t to 120 t
    assert book[LOG]["A20"].value == "2024-03"
    solution = excel.calculate(inputs={key(LOG, "B20"): 120.0}, outputs=[key(BASE, cusum)])
    periods = list(record.log.periods)
    i = next(j for j, p in enumerate(periods) if p.period == "2024-03")
    periods[i] = dataclasses.replace(periods[i], production=120.0)
    corrected = dataclasses.replace(record.log, periods=tuple(periods))
    analysis = analyse_log(record.log, record.setup)  # the baseline year is unchanged
    expected = log_savings(
        corrected, analysis.baseline, analysis.reporting_periods, record.setup.drivers
    )
    got = solution[key(BASE, cusum)].value[0][0]
    assert got == pytest.approx(expected.cusum[-1], rel=1e-9)
    assert not math.isclose(got, analysis.savings.cusum[-1], rel_tol=1e-3)


def test_formulas_give_the_engines_cost_of_waste_and_balance(model, book, example) -> None:
    _, solution = model
    log = example.resource_logs[0].log
    ws = book[WASTE]
    cost = log_cost_of_waste(log)
    header = find_row(ws, "Waste stream")
    for i, stream in enumerate(cost.streams):
        row = header + 1 + i
        assert ws.cell(row=row, column=1).value == stream.name
        assert value(solution, WASTE, f"C{row}") == pytest.approx(stream.quantity_kg)
        assert value(solution, WASTE, f"H{row}") == pytest.approx(stream.energy, rel=1e-9)
        assert value(solution, WASTE, f"I{row}") == pytest.approx(stream.labour, rel=1e-9)
        assert value(solution, WASTE, f"L{row}") == pytest.approx(stream.total, rel=1e-9)
        assert value(solution, WASTE, f"M{row}") == pytest.approx(
            cost.pareto[i].cumulative_share, rel=1e-9
        )
    balance = log_material_balance(log)
    loss = find_row(ws, "Loss rate")
    assert value(solution, WASTE, f"B{loss}") == pytest.approx(balance.loss_rate, rel=1e-12)


def test_user_text_is_written_as_text_and_bad_logs_do_not_break_the_export(tmp_path) -> None:
    log = ResourceLog(
        site='=HYPERLINK("x")',
        periods=(
            LogPeriod("2025-01", production=10.0, energy={"electricity_kwh": 100.0}, note="=1+1"),
            LogPeriod(
                "2025-02",
                production=-5.0,  # an error: the baseline cannot be fitted
                energy={"electricity_kwh": 90.0},
                materials_kg={"=cmd|' /C calc'!A0": 50.0},
                note="+SUM(A1)",
            ),
        ),
    )
    record = ResourceRecord("=Evil", log, AnalysisSetup("2025-01", "2025-02"), notes="@notes")
    empty = ResourceRecord("Empty site", ResourceLog(site=""))
    path = tmp_path / "text.xlsx"
    build_workbook(Project(resource_logs=(record, empty))).save(path)
    book = load_workbook(path)
    log_ws = book["=Evil log"]
    note_column = [c.value for c in log_ws[5]].index("note") + 1
    for row in (6, 7):
        cell = log_ws.cell(row=row, column=note_column)
        assert cell.data_type == "s" and cell.value in ("=1+1", "+SUM(A1)")
    assert log_ws["A2"].data_type == "s"
    assert "material: =cmd|' /C calc'!A0 [kg]" in [c.value for c in log_ws[5]]
    base = book["=Evil baseline"]
    assert base["B3"].value == "@notes" and base["B3"].data_type == "s"
    message = base.cell(
        row=find_row(base, "Energy baseline (ISO 50006), fitted by SCORE Desktop (values)") + 1,
        column=1,
    ).value
    assert message.startswith("No baseline: ") and "negative" in message
    assert "Empty site log" in book.sheetnames and "Empty site baseline" not in book.sheetnames


def test_an_apostrophe_in_the_name_needs_no_escaping_in_formulas(example, tmp_path) -> None:
    record = dataclasses.replace(example.resource_logs[0], name="O'Brien's dye house")
    path = tmp_path / "apostrophe.xlsx"
    build_workbook(Project(resource_logs=(record,))).save(path)
    book = load_workbook(path)
    assert book.sheetnames[1:] == [
        "O’Brien’s dye house log",
        "O’Brien’s dye house baseline",
        "O’Brien’s dye house waste",
    ]
    ws = book["O’Brien’s dye house baseline"]
    first = find_row(ws, "Period") + 1
    assert ws.cell(row=first, column=3).value == "='O’Brien’s dye house log'!B6"
