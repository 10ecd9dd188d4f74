"""Resource logs in the workbook: the data log as an Excel table, live formulas, native charts.

Three sheets per record. "<name> log" holds the figures as an Excel table; "<name> baseline"
holds the conversion factors and tariffs and the fitted baseline coefficients (values, clearly
labelled), and per period the energy, CO2, cost, ratios, predicted energy, savings and CUSUM as
formulas that read the log cells and those values; "<name> waste" adds up the waste streams and
their cost with formulas. Correcting a figure in the log updates everything in Excel.
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.chart import LineChart, Reference, ScatterChart, Series
from openpyxl.workbook import Workbook
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
    table,
    title,
)
from score_desktop.project.excel.resource_log_sheet import (
    DEGREE_DAYS,
    DRIVER_WORDS,
    FIRST_ROW,
    SMALL,
    LogLayout,
    letter,
    mark_inputs,
    put_formula,
    quoted,
    resource_sheet,
    show_axes,
    write_log_sheet,
)
from score_desktop.project.excel.resource_waste_sheet import write_waste_sheet
from score_desktop.project.records import Project
from score_desktop.project.section_records import ResourceRecord, default_setup
from score_desktop.tools.resource_efficiency import (
    AnalysisSetup,
    LogAnalysis,
    ResourceLog,
    analyse_log,
)


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
        self.ws = resource_sheet(wb, record, "baseline", taken)
        self.factor_cells: dict[str, dict[str, str]] = {}
        self.coefficient_cells: dict[str, str] = {}
        self.target_cells: dict[str, str] = {}
        self.columns: dict[str, int] = {}
        self.first = self.last = 0

    def log_cell(self, column: int, row: int) -> str:
        return f"{self.src}{letter(column)}{row}"

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
                mark_inputs(ws, [(row, 2)])
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
        rows = log.carrier_rows(list(self.layout.energy))
        first, end = table(
            ws, row, headers, rows, (None, None, "0.000", "0.00000", "0.0000", DECIMAL2)
        )
        mark_inputs(ws, [(r, col) for r in range(first, end) for col in range(3, 7)])
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
            ("enpi", "EnPI measured / predicted", "0.000"),
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
                previous_cusum = f"{letter(self.columns['cusum'])}{here}"
        self.last = end - 1
        ws.freeze_panes = ws.cell(row=self.first, column=2)
        ws.row_dimensions[row].height = 45
        self._write_totals(end + 1)

    def _row_formulas(self, src: int, here: int, role: str, previous_cusum: str | None) -> list:
        c, f = self.columns, self.layout
        col = letter

        def cell(key: str) -> str:
            return f"{col(c[key])}{here}"

        production = self.log_cell(f.fields["production"], src)
        energy_cells = {k: self.log_cell(j, src) for k, j in f.energy.items()}
        energy: str | None
        co2_formula: str | None
        cost: str | None
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
        predicted = savings = cusum = enpi = None
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
            enpi = f'=IF(N({cell("predicted")})>0,{cell("modelled")}/{cell("predicted")},"")'
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
            enpi,
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
            column = letter(c[key])
            roles = f"$B${self.first}:$B${self.last}"
            return f'=SUMIF({roles},"reporting",{column}{self.first}:{column}{self.last})'

        put_text(ws, row, 1, "Predicted energy")
        ws.cell(row=row, column=2, value=total("predicted")).number_format = INTEGER
        put_text(ws, row + 1, 1, "Measured energy")
        ws.cell(row=row + 1, column=2, value=total("modelled")).number_format = INTEGER
        put_text(ws, row + 2, 1, "Savings")
        ws.cell(row=row + 2, column=2, value=total("savings")).number_format = INTEGER
        put_text(ws, row + 3, 1, "Savings share of predicted")
        share = ws.cell(row=row + 3, column=2, value=f'=IF(B{row}>0,B{row + 2}/B{row},"")')
        share.number_format = PERCENT
        put_text(ws, row + 4, 1, "EnPI measured / predicted")
        enpi = ws.cell(row=row + 4, column=2, value=f'=IF(B{row}>0,B{row + 1}/B{row},"")')
        enpi.number_format = "0.000"
        for r in range(row, row + 3):
            put_text(ws, r, 3, "kWh")
        self.totals_row = row

    def _charts(self) -> None:
        ws, c = self.ws, self.columns
        if not self.first or self.last < self.first:
            return
        anchor_column = letter(len(c) + 2)
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
        show_axes(trend)
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
        show_axes(scatter)
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
            show_axes(cusum)
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
