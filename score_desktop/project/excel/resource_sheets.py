"""Resource logs in the workbook: the data log as an Excel table, live formulas, native charts.

Three sheets per record. "<name> log" holds the figures as an Excel table; "<name> baseline"
holds the conversion factors and tariffs and the fitted baseline coefficients (values, clearly
labelled), and per period the energy, CO2, cost, ratios, predicted energy, savings and CUSUM as
formulas that read the log cells and those values; "<name> waste" adds up the waste streams and
their cost with formulas. Correcting a figure in the log updates everything in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from openpyxl.chart import BarChart, LineChart, Reference, ScatterChart, Series
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from score_desktop.project.excel.cells import (
    DECIMAL1,
    DECIMAL2,
    INTEGER,
    PERCENT,
    column_widths,
    key_values,
    put,
    put_text,
    section,
    sheet_name,
    table,
    title,
)
from score_desktop.project.records import Project
from score_desktop.project.section_records import ResourceRecord, default_setup
from score_desktop.tools.resource_efficiency import (
    AnalysisSetup,
    LogAnalysis,
    ResourceLog,
    analyse_log,
    log_cost_of_waste,
)

DEGREE_DAYS = "°C·day"
INPUT_FILL = PatternFill("solid", fgColor="DDEBF7")  # values the consultant may change
SMALL = "0.000000"  # productivities such as t/kWh are small numbers
FIRST_ROW = 6  # first data row on the log sheet (header on row 5)
DRIVER_WORDS = {
    "production": "production",
    "heating_degree_days": "heating degree days",
    "cooling_degree_days": "cooling degree days",
}


def quoted(ws: Worksheet) -> str:
    """The sheet's name as formulas write it: 'Dye house log'!"""
    return "'" + ws.title.replace("'", "''") + "'!"


@dataclass
class LogLayout:
    """Which column of the log sheet holds what (1-based column numbers)."""

    log: ResourceLog
    headers: list[str] = field(default_factory=list)
    fields: dict[str, int] = field(default_factory=dict)
    energy: dict[str, int] = field(default_factory=dict)
    materials: dict[str, int] = field(default_factory=dict)
    waste: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        log, periods = self.log, self.log.periods

        def add(header: str) -> int:
            self.headers.append(header)
            return len(self.headers)

        add("period")
        self.fields["production"] = add(f"production [{log.production_unit}]")
        for key, carrier in log.carriers.items():
            if any(key in p.energy for p in periods):
                self.energy[key] = add(f"{carrier.name} [{carrier.unit}]")
        self.fields["water_m3"] = add("water [m3]")
        for name in dict.fromkeys(m for p in periods for m in p.materials_kg):
            self.materials[name] = add(f"material: {name} [kg]")
        self.fields["product_kg"] = add("material in product [kg]")
        for name in dict.fromkeys(w for p in periods for w in p.waste_kg):
            self.waste[name] = add(f"waste: {name} [kg]")
        self.fields["heating_degree_days"] = add(f"heating degree days [{DEGREE_DAYS}]")
        self.fields["cooling_degree_days"] = add(f"cooling degree days [{DEGREE_DAYS}]")
        self.fields["value_added"] = add(f"value added [{log.currency}]")
        self.fields["note"] = add("note")


def _letter(column: int) -> str:
    return get_column_letter(column)


def put_formula(ws: Worksheet, row: int, column: int, formula: str | None, fmt: str | None) -> None:
    """Write a formula we built (never user text) so that Excel calculates it."""
    if formula is None:
        return
    cell = ws.cell(row=row, column=column, value=formula)
    if fmt:
        cell.number_format = fmt


def _mark_inputs(ws: Worksheet, cells: list[tuple[int, int]]) -> None:
    for row, column in cells:
        ws.cell(row=row, column=column).fill = INPUT_FILL


def write_log_sheet(wb: Workbook, record: ResourceRecord, taken: set[str]) -> Worksheet:
    """The data log as an Excel table, one row per period in date order."""
    log = record.log
    layout = LogLayout(log)
    ws = wb.create_sheet(sheet_name(f"{record.name} log", taken))
    title(ws, f"Resource log: {record.name}", f"{log.site} · {log.frequency} figures")
    put_text(
        ws,
        3,
        1,
        "Correct figures here: the baseline and waste sheets recalculate from these cells. "
        "Empty = not measured.",
    )
    rows = []
    for p in log.sorted_periods():
        row: list = [None] * len(layout.headers)
        row[0] = p.period
        for name, column in layout.fields.items():
            row[column - 1] = p.note if name == "note" else getattr(p, name)
        for attribute, columns in (
            ("energy", layout.energy),
            ("materials_kg", layout.materials),
            ("waste_kg", layout.waste),
        ):
            for key, column in columns.items():
                row[column - 1] = getattr(p, attribute).get(key)
        rows.append(row)
    formats = [None] + [DECIMAL1] * (len(layout.headers) - 2) + [None]
    _, end = table(ws, FIRST_ROW - 1, layout.headers, rows, formats)
    if rows:
        ref = f"A{FIRST_ROW - 1}:{_letter(len(layout.headers))}{end - 1}"
        number = sum(len(sheet.tables) for sheet in wb.worksheets) + 1
        excel_table = Table(displayName=f"ResourceLog{number}", ref=ref)
        excel_table.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
        ws.add_table(excel_table)
    ws.freeze_panes = ws.cell(row=FIRST_ROW, column=2)
    column_widths(ws, [10] + [14] * (len(layout.headers) - 2) + [40])
    ws.row_dimensions[FIRST_ROW - 1].height = 45
    return ws


@dataclass
class _Analysis:
    setup: AnalysisSetup | None
    result: LogAnalysis | None
    error: str


def _analyse(record: ResourceRecord) -> _Analysis:
    setup = record.setup or default_setup(record.log)
    if setup is None:
        return _Analysis(None, None, "the log has no periods")
    try:
        return _Analysis(setup, analyse_log(record.log, setup), "")
    except ValueError as exc:
        return _Analysis(setup, None, str(exc))


def write_resource_record(
    wb: Workbook, project: Project, record: ResourceRecord, taken: set[str]
) -> None:
    """The log, baseline and waste sheets of one resource record."""
    log_ws = write_log_sheet(wb, record, taken)
    if not record.log.periods:
        return
    layout = LogLayout(record.log)
    analysis = _analyse(record)
    calc = BaselineSheet(wb, record, layout, log_ws, analysis, taken)
    calc.write()
    write_waste_sheet(wb, record, layout, log_ws, calc, taken)


class BaselineSheet:
    """Factors, coefficients and the per-period formulas of one record."""

    def __init__(
        self,
        wb: Workbook,
        record: ResourceRecord,
        layout: LogLayout,
        log_ws: Worksheet,
        analysis: _Analysis,
        taken: set[str],
    ) -> None:
        self.record, self.layout, self.analysis = record, layout, analysis
        self.log = record.log
        self.src = quoted(log_ws)
        self.ws = wb.create_sheet(sheet_name(f"{record.name} baseline", taken))
        self.factor_cells: dict[str, dict[str, str]] = {}
        self.coefficient_cells: dict[str, str] = {}
        self.target_cells: dict[str, str] = {}
        self.columns: dict[str, int] = {}
        self.first = self.last = 0

    def log_cell(self, column: int, row: int) -> str:
        return f"{self.src}{_letter(column)}{row}"

    def write(self) -> None:
        ws, log = self.ws, self.log
        setup = self.analysis.setup
        row = title(
            ws,
            f"Energy baseline and ratios: {self.record.name}",
            "Blue cells are values you may change; every other figure is a formula.",
        )
        if self.record.notes:
            put_text(ws, 3, 1, "Notes")
            put_text(ws, 3, 2, self.record.notes)
        row = self._write_factors(row)
        row = self._write_baseline(row + 1)
        if setup is not None and setup.ratio_targets:
            row = section(ws, row + 1, "Targets (values)")
            for name, value in setup.ratio_targets.items():
                put_text(ws, row, 1, name.replace("_", " "))
                put(ws, row, 2, value, DECIMAL2)
                _mark_inputs(ws, [(row, 2)])
                put_text(ws, row, 3, _ratio_unit(name, log))
                self.target_cells[name] = f"$B${row}"
                row += 1
        self._write_periods(row + 1)
        self._charts()
        column_widths(ws, (26, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14, 14))

    def _write_factors(self, row: int) -> int:
        ws, log = self.ws, self.log
        row = section(ws, row, "Energy carriers: conversion factors and tariffs (values)")
        headers = (
            "Carrier",
            "Unit",
            "kWh per unit",
            "kg CO2 per kWh",
            f"Price per unit [{log.currency}]",
            f"Fixed charge per period [{log.currency}]",
        )
        rows = []
        for key in self.layout.energy:
            c = log.carriers[key]
            tariff = log.tariffs.get(key)
            rows.append(
                (
                    c.name,
                    c.unit,
                    c.kwh_per_unit,
                    c.co2_kg_per_kwh,
                    tariff.price_per_unit if tariff else None,
                    tariff.fixed_charge if tariff else None,
                )
            )
        first, end = table(
            ws, row, headers, rows, (None, None, "0.000", "0.00000", "0.0000", DECIMAL2)
        )
        _mark_inputs(ws, [(r, col) for r in range(first, end) for col in range(3, 7)])
        for i, key in enumerate(self.layout.energy):
            r = first + i
            self.factor_cells[key] = {
                "kwh": f"$C${r}",
                "co2": f"$D${r}",
                "price": f"$E${r}" if log.tariffs.get(key) else "",
                "fixed": f"$F${r}" if log.tariffs.get(key) else "",
            }
        return end

    def _write_baseline(self, row: int) -> int:
        ws, log, a = self.ws, self.log, self.analysis
        row = section(ws, row, "Energy baseline (ISO 50006), fitted by SCORE Desktop (values)")
        if a.result is None or a.setup is None:
            put_text(ws, row, 1, f"No baseline: {a.error}")
            return row + 1
        b, setup = a.result.baseline, a.setup
        energy = "all carriers" if setup.energy == "total" else log.carriers[setup.energy].name
        put_text(
            ws,
            row,
            1,
            "Least-squares fit on the baseline periods. The coefficients below are values; "
            "predicted energy, savings and CUSUM are formulas that use them.",
        )
        row += 1
        row = key_values(
            ws,
            row,
            [
                ("Baseline periods", f"{setup.baseline_first} to {setup.baseline_last}", "", None),
                ("Energy modelled", energy, "kWh per period", None),
            ],
        )
        put_text(ws, row, 1, "Base load (intercept)")
        put(ws, row, 2, b.intercept, DECIMAL1)
        put_text(ws, row, 3, "kWh per period")
        self.coefficient_cells["intercept"] = f"$B${row}"
        row += 1
        for driver, value in zip(setup.drivers, b.coefficients, strict=True):
            put_text(ws, row, 1, f"Coefficient: {DRIVER_WORDS[driver]}")
            put(ws, row, 2, value, "#,##0.000")
            unit = log.production_unit if driver == "production" else DEGREE_DAYS
            put_text(ws, row, 3, f"kWh per {unit}")
            self.coefficient_cells[driver] = f"$B${row}"
            row += 1
        return key_values(
            ws,
            row,
            [
                ("R²", b.r_squared, "", "0.000"),
                ("Adjusted R²", b.adjusted_r_squared, "", "0.000"),
                ("CV(RMSE)", b.cv_rmse, "", PERCENT),
                ("Periods in the fit", b.n_periods, "", INTEGER),
            ],
        )

    def _write_periods(self, row: int) -> None:
        ws, log = self.ws, self.log
        unit, currency = log.production_unit, log.currency
        row = section(ws, row, "Per period (formulas reading the log sheet)")
        names = [
            ("period", "Period", None),
            ("role", "Role", None),
            ("production", f"Production [{unit}]", DECIMAL1),
            ("energy", "Energy [kWh]", INTEGER),
            ("co2", "CO2 [kg]", INTEGER),
            ("cost", f"Energy cost [{currency}]", INTEGER),
            ("specific_energy", f"Specific energy [kWh/{unit}]", DECIMAL1),
            ("energy_productivity", f"Energy productivity [{unit}/kWh]", SMALL),
            ("material_productivity", f"Material productivity [{unit}/kg]", SMALL),
            ("water_productivity", f"Water productivity [{unit}/m3]", "0.0000"),
            ("waste_intensity", f"Waste intensity [kg/{unit}]", DECIMAL1),
            ("value_added_per_kwh", f"Value added per kWh [{currency}/kWh]", "0.000"),
            ("target", f"Specific energy target [kWh/{unit}]", DECIMAL1),
            ("modelled", "Modelled energy [kWh]", INTEGER),
            ("predicted", "Predicted energy [kWh]", INTEGER),
            ("savings", "Savings [kWh]", INTEGER),
            ("cusum", "CUSUM [kWh]", INTEGER),
        ]
        self.columns = {key: i for i, (key, _, _) in enumerate(names, start=1)}
        periods = self.log.sorted_periods()
        result = self.analysis.result
        baseline = set(result.baseline_periods) if result else set()
        reporting = set(result.reporting_periods) if result else set()
        roles = [
            "baseline" if p.period in baseline else "reporting" if p.period in reporting else ""
            for p in periods
        ]
        rows = [
            [p.period, role] + [None] * (len(names) - 2)
            for p, role in zip(periods, roles, strict=True)
        ]
        formats = [f for _, _, f in names]
        self.first, end = table(ws, row, [h for _, h, _ in names], rows, formats)
        previous_cusum = None
        for i, role in enumerate(roles):
            here = self.first + i
            formulas = self._row_formulas(FIRST_ROW + i, here, role, previous_cusum)
            for column, formula in enumerate(formulas, start=3):
                put_formula(ws, here, column, formula, formats[column - 1])
            if role == "reporting":
                previous_cusum = f"{_letter(self.columns['cusum'])}{here}"
        self.last = end - 1
        ws.freeze_panes = ws.cell(row=self.first, column=2)
        ws.row_dimensions[row].height = 45
        self._write_totals(end + 1)

    def _row_formulas(self, src: int, here: int, role: str, previous_cusum: str | None) -> list:
        c, f = self.columns, self.layout
        col = _letter

        def cell(key: str) -> str:
            return f"{col(c[key])}{here}"

        production = self.log_cell(f.fields["production"], src)
        energy_cells = {k: self.log_cell(j, src) for k, j in f.energy.items()}
        if energy_cells:
            first, last = min(f.energy.values()), max(f.energy.values())
            span = f"{self.log_cell(first, src)}:{col(last)}{src}"
            kwh = "+".join(f"{q}*{self.factor_cells[k]['kwh']}" for k, q in energy_cells.items())
            co2 = "+".join(
                f"{q}*{self.factor_cells[k]['kwh']}*{self.factor_cells[k]['co2']}"
                for k, q in energy_cells.items()
            )
            energy = f'=IF(COUNT({span})=0,"",{kwh})'
            co2_formula = f'=IF(COUNT({span})=0,"",{co2})'
            priced = [k for k in energy_cells if self.factor_cells[k]["price"]]
            if priced:
                parts = "+".join(
                    f"IF(ISNUMBER({energy_cells[k]}),{self.factor_cells[k]['fixed']}"
                    f"+{self.factor_cells[k]['price']}*{energy_cells[k]},0)"
                    for k in priced
                )
                counted = ",".join(energy_cells[k] for k in priced)
                cost = f'=IF(COUNT({counted})=0,"",{parts})'
            else:
                cost = None
        else:
            energy = co2_formula = cost = None
        e = cell("energy")
        materials = [self.log_cell(j, src) for j in f.materials.values()]
        wastes = [self.log_cell(j, src) for j in f.waste.values()]
        water = self.log_cell(f.fields["water_m3"], src)
        value_added = self.log_cell(f.fields["value_added"], src)
        material_sum = f"SUM({','.join(materials)})" if materials else None
        waste_sum = f"SUM({','.join(wastes)})" if wastes else None
        target = self.target_cells.get("specific_energy")
        modelled = self._modelled(src, e)
        predicted = savings = cusum = None
        if role and self.coefficient_cells:
            terms = "".join(
                f"+{self.coefficient_cells[d]}*{self.log_cell(f.fields[d], src)}"
                for d in self.analysis.setup.drivers  # type: ignore[union-attr]
            )
            predicted = f"={self.coefficient_cells['intercept']}{terms}"
        if role == "reporting" and predicted is not None:
            savings = f"={cell('predicted')}-{cell('modelled')}"
            cusum = (
                f"={previous_cusum}+{cell('savings')}" if previous_cusum else f"={cell('savings')}"
            )
        return [
            f"={production}",
            energy,
            co2_formula,
            cost,
            f'=IF(AND(N({production})>0,ISNUMBER({e})),{e}/{production},"")',
            f'=IF(AND(ISNUMBER({production}),N({e})>0),{production}/{e},"")',
            f'=IF(AND(ISNUMBER({production}),{material_sum}>0),{production}/{material_sum},"")'
            if material_sum
            else None,
            f'=IF(AND(ISNUMBER({production}),N({water})>0),{production}/{water},"")',
            f'=IF(AND(N({production})>0,COUNT({",".join(wastes)})>0),{waste_sum}/{production},"")'
            if waste_sum
            else None,
            f"=IF(AND(ISNUMBER({production}),ISNUMBER({value_added}),N({e})>0),"
            f'{value_added}/{e},"")',
            f"={target}" if target else None,
            modelled,
            predicted,
            savings,
            cusum,
        ]

    def _modelled(self, src: int, energy_cell: str) -> str | None:
        setup = self.analysis.setup
        if setup is None or setup.energy == "total":
            return f"={energy_cell}"
        key = setup.energy
        if key not in self.layout.energy:
            return None
        return f"={self.log_cell(self.layout.energy[key], src)}*{self.factor_cells[key]['kwh']}"

    def _write_totals(self, row: int) -> None:
        ws, c = self.ws, self.columns
        if self.analysis.result is None or not self.analysis.result.reporting_periods:
            return
        row = section(ws, row, "Reporting period totals (formulas)")

        def total(key: str) -> str:
            letter = _letter(c[key])
            roles = f"$B${self.first}:$B${self.last}"
            return f'=SUMIF({roles},"reporting",{letter}{self.first}:{letter}{self.last})'

        put_text(ws, row, 1, "Predicted energy")
        ws.cell(row=row, column=2, value=total("predicted")).number_format = INTEGER
        put_text(ws, row + 1, 1, "Measured energy")
        ws.cell(row=row + 1, column=2, value=total("modelled")).number_format = INTEGER
        put_text(ws, row + 2, 1, "Savings")
        ws.cell(row=row + 2, column=2, value=total("savings")).number_format = INTEGER
        put_text(ws, row + 3, 1, "Savings share of predicted")
        share = ws.cell(row=row + 3, column=2, value=f'=IF(B{row}>0,B{row + 2}/B{row},"")')
        share.number_format = PERCENT
        for r in range(row, row + 3):
            put_text(ws, r, 3, "kWh")
        self.totals_row = row

    def _charts(self) -> None:
        ws, c = self.ws, self.columns
        if not self.first or self.last < self.first:
            return
        anchor_column = _letter(len(c) + 2)
        periods = Reference(ws, min_col=1, min_row=self.first, max_row=self.last)
        trend = LineChart()
        trend.title = "Specific energy trend"
        trend.y_axis.title = f"kWh per {self.log.production_unit}"
        trend.x_axis.title = "Period"
        columns = [c["specific_energy"]] + (
            [c["target"]] if self.target_cells.get("specific_energy") else []
        )
        for column in columns:
            trend.add_data(
                Reference(ws, min_col=column, min_row=self.first - 1, max_row=self.last),
                titles_from_data=True,
            )
        trend.set_categories(periods)
        trend.height, trend.width = 8, 18
        ws.add_chart(trend, f"{anchor_column}5")
        if self.analysis.result is None:
            return
        scatter = ScatterChart()
        scatter.title = "Energy against production (baseline periods)"
        scatter.style = 13
        scatter.x_axis.title = f"Production [{self.log.production_unit}]"
        scatter.y_axis.title = "Energy [kWh]"
        rows = self._rows_with_role("baseline")
        if rows:
            lo, hi = rows[0], rows[-1]
            x = Reference(ws, min_col=c["production"], min_row=lo, max_row=hi)
            for key, name in (("modelled", "Measured"), ("predicted", "Predicted by the baseline")):
                series = Series(
                    Reference(ws, min_col=c[key], min_row=lo, max_row=hi), x, title=name
                )
                series.marker.symbol = "circle" if key == "modelled" else "dash"
                series.graphicalProperties.line.noFill = True
                scatter.series.append(series)
        scatter.height, scatter.width = 8, 18
        ws.add_chart(scatter, f"{anchor_column}22")
        rows = self._rows_with_role("reporting")
        if rows:
            cusum = LineChart()
            cusum.title = "CUSUM of energy savings"
            cusum.y_axis.title = "Cumulative savings [kWh]"
            cusum.add_data(
                Reference(ws, min_col=c["cusum"], min_row=rows[0], max_row=rows[-1]),
                titles_from_data=False,
            )
            cusum.set_categories(Reference(ws, min_col=1, min_row=rows[0], max_row=rows[-1]))
            cusum.legend = None
            cusum.height, cusum.width = 8, 18
            ws.add_chart(cusum, f"{anchor_column}39")

    def _rows_with_role(self, role: str) -> list[int]:
        return [
            r
            for r in range(self.first, self.last + 1)
            if self.ws.cell(row=r, column=2).value == role
        ]


def _ratio_unit(name: str, log: ResourceLog) -> str:
    unit = log.production_unit
    return {
        "specific_energy": f"kWh/{unit}",
        "energy_productivity": f"{unit}/kWh",
        "material_productivity": f"{unit}/kg",
        "water_productivity": f"{unit}/m3",
        "waste_intensity": f"kg/{unit}",
        "value_added_per_kwh": f"{log.currency}/kWh",
    }.get(name, "")


def write_waste_sheet(
    wb: Workbook,
    record: ResourceRecord,
    layout: LogLayout,
    log_ws: Worksheet,
    calc: BaselineSheet,
    taken: set[str],
) -> None:
    """Materials, the material balance and the cost of waste per stream (whole log)."""
    log = record.log
    if not layout.materials and not layout.waste:
        return
    ws = wb.create_sheet(sheet_name(f"{record.name} waste", taken))
    row = title(
        ws,
        f"Material balance and cost of waste: {record.name}",
        "Whole log. Prices and costs per kg are values; quantities and costs are formulas.",
    )
    src = quoted(log_ws)
    n = len(log.periods)

    def column_sum(column: int) -> str:
        letter = _letter(column)
        return f"=SUM({src}{letter}{FIRST_ROW}:{letter}{FIRST_ROW + n - 1})"

    currency = log.currency
    row = section(ws, row, "Materials bought")
    first, end = table(
        ws,
        row,
        ("Material", "Quantity [kg]", f"Price [{currency}/kg]", f"Value [{currency}]"),
        [
            (name, None, log.material_prices_per_kg.get(name, 0.0), None)
            for name in layout.materials
        ],
        (None, INTEGER, "0.000", INTEGER),
    )
    for r, column in zip(range(first, end), layout.materials.values(), strict=True):
        put_formula(ws, r, 2, column_sum(column), INTEGER)
        put_formula(ws, r, 4, f"=B{r}*C{r}", INTEGER)
    _mark_inputs(ws, [(r, 3) for r in range(first, end)])
    m_first, m_last = first, end - 1
    row = end + 1
    kg_in = f"SUM(B{m_first}:B{m_last})" if layout.materials else "0"
    c = calc.columns
    cost_letter = _letter(c["cost"])
    energy_cost = f"SUM({quoted(calc.ws)}{cost_letter}{calc.first}:{cost_letter}{calc.last})"
    product = column_sum(layout.fields["product_kg"])
    row = section(ws, row, "Material balance and rates (formulas unless marked)")
    summary = [
        ("Material in", f"={kg_in}", "kg", INTEGER),
        ("Material in product", product, "kg", INTEGER),
        ("Losses", f"=B{row}-B{row + 1}", "kg", INTEGER),
        ("Loss rate", f'=IF(B{row}>0,B{row + 2}/B{row},"")', "", PERCENT),
        (
            "Average material price",
            f"=IF(B{row}>0,SUM(D{m_first}:D{m_last})/B{row},0)" if layout.materials else 0,
            f"{currency}/kg",
            "0.000",
        ),
        ("Energy cost", f"={energy_cost}", currency, INTEGER),
        (
            "Energy cost per kg processed",
            f"=IF(B{row}>0,B{row + 5}/B{row},0)",
            f"{currency}/kg",
            "0.0000",
        ),
        (
            "Labour cost per kg processed (value)",
            log.labour_cost_per_kg_processed,
            f"{currency}/kg",
            "0.0000",
        ),
    ]
    for i, (label, value, unit, fmt) in enumerate(summary):
        put_text(ws, row + i, 1, label)
        cell = ws.cell(row=row + i, column=2, value=value)
        if fmt:
            cell.number_format = fmt
        if unit:
            put_text(ws, row + i, 3, unit)
    average, energy_rate, labour_rate = f"$B${row + 4}", f"$B${row + 6}", f"$B${row + 7}"
    _mark_inputs(ws, [(row + 7, 2)])
    row += len(summary) + 1
    if not layout.waste:
        column_widths(ws, (34, 16, 14, 14))
        return
    try:
        order = [s.name for s in log_cost_of_waste(log).streams]
    except ValueError:
        order = list(layout.waste)
    row = section(ws, row, "Cost of waste by stream (largest first when exported)")
    headers = (
        "Waste stream",
        "Kind",
        "Quantity [kg]",
        f"Material value per kg [{currency}/kg] (value)",
        f"Material value [{currency}]",
        f"Disposal per kg [{currency}/kg] (value)",
        f"Disposal [{currency}]",
        f"Energy [{currency}]",
        f"Labour [{currency}]",
        f"Scrap revenue per kg [{currency}/kg] (value)",
        f"Scrap revenue [{currency}]",
        f"Cost of waste [{currency}]",
        "Cumulative share",
    )
    rows = []
    for name in order:
        s = log.waste_streams.get(name)
        own = s.material_value_per_kg if s is not None else None
        rows.append(
            [
                name,
                s.kind if s is not None else "solid waste",
                None,
                own,
                None,
                s.disposal_cost_per_kg if s is not None else 0.0,
                None,
                None,
                None,
                s.revenue_per_kg if s is not None else 0.0,
                None,
                None,
                None,
            ]
        )
    formats = (
        None,
        None,
        INTEGER,
        "0.000",
        INTEGER,
        "0.000",
        INTEGER,
        INTEGER,
        INTEGER,
        "0.000",
        INTEGER,
        INTEGER,
        PERCENT,
    )
    first, end = table(ws, row, headers, rows, formats)
    last = end - 1
    for r, name in zip(range(first, end), order, strict=True):
        put_formula(ws, r, 3, column_sum(layout.waste[name]), INTEGER)
        if ws.cell(row=r, column=4).value is None:
            ws.cell(row=r, column=4, value=f"={average}").number_format = "0.000"
        else:
            _mark_inputs(ws, [(r, 4)])
        _mark_inputs(ws, [(r, 6), (r, 10)])
        formulas = {
            5: f"=C{r}*D{r}",
            7: f"=C{r}*F{r}",
            8: f"=C{r}*{energy_rate}",
            9: f"=C{r}*{labour_rate}",
            11: f"=C{r}*J{r}",
            12: f"=E{r}+G{r}+H{r}+I{r}-K{r}",
            13: f'=IF(SUMIF($L${first}:$L${last},">0")>0,'
            f'SUMIF($L${first}:$L{r},">0")/SUMIF($L${first}:$L${last},">0"),0)',
        }
        for column, formula in formulas.items():
            ws.cell(row=r, column=column, value=formula).number_format = formats[column - 1]
    put_text(ws, end, 1, "Total")
    ws.cell(row=end, column=12, value=f"=SUM(L{first}:L{last})").number_format = INTEGER
    column_widths(ws, (34, 16, 14, 16, 14, 14, 14, 14, 14, 16, 14, 16, 12))
    ws.row_dimensions[row].height = 60
    bars = BarChart()
    bars.title = "Cost of waste by stream (Pareto)"
    bars.y_axis.title = f"Cost of waste [{currency}]"
    bars.add_data(Reference(ws, min_col=12, min_row=first - 1, max_row=last), titles_from_data=True)
    bars.set_categories(Reference(ws, min_col=1, min_row=first, max_row=last))
    share = LineChart()
    share.add_data(
        Reference(ws, min_col=13, min_row=first - 1, max_row=last), titles_from_data=True
    )
    share.y_axis.axId = 200
    share.y_axis.title = "Cumulative share"
    share.y_axis.number_format = "0%"
    share.y_axis.scaling.min = 0
    share.y_axis.scaling.max = 1
    share.y_axis.crosses = "max"
    bars += share
    bars.height, bars.width = 9, 20
    ws.add_chart(bars, ws.cell(row=end + 2, column=1).coordinate)
