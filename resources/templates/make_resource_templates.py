"""Rebuild resource_log_template.csv and .xlsx (run from the repository root)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from score_desktop.tools.resource_efficiency import (
    DEFAULT_CARRIERS,
    LogPeriod,
    ResourceLog,
    log_to_rows,
    write_log_csv,
)

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "templates"  # shipped in the package
EXAMPLE_NOTE = "example row: replace with your data"

READ_ME = [
    ("Column", "What to enter"),
    ("period", "Month as YYYY-MM (2024-01) or ISO week as YYYY-Www (2024-W05); one row each."),
    ("production [t]", "Output in the period; put your unit in brackets (t, pieces, m, ...)."),
    ("material in product [kg]", "Material that leaves in the product (for the material balance)."),
    (
        "<carrier> [unit]",
        "Energy bought per carrier in the unit on the bill. Units are converted "
        "to kWh with stated factors you can edit in the app.",
    ),
    ("water [m3]", "Water drawn in m3 (or [litre])."),
    ("material: <name> [kg]", "One column per purchased material, in kg or [t]."),
    ("waste: <name> [kg]", "One column per waste stream (scrap, solid waste, effluent), kg or t."),
    ("heating/cooling degree days", "From a weather service for your site, same base each period."),
    ("value added [EUR]", "Sales minus bought-in goods and services; your currency in brackets."),
    ("note", "Free text, e.g. what changed in that period."),
    ("", ""),
    ("Energy carriers", "Write the name and one of the units below (MWh, GJ, t are converted)."),
] + [
    (f"{c.name} [{c.unit}]", f"{c.kwh_per_unit:g} kWh per {c.unit}; {c.kwh_source}")
    for c in DEFAULT_CARRIERS.values()
]


def template_log() -> ResourceLog:
    rows = []
    for label, production in (("2024-01", 95.0), ("2024-02", 88.5)):
        rows.append(
            LogPeriod(
                period=label,
                production=production,
                product_kg=production * 1000,
                energy={
                    "electricity_kwh": 88_000.0,
                    "natural_gas_m3": 31_000.0,
                    "fuel_oil_litre": 0.0,
                    "lpg_kg": 120.0,
                    "steam_tonne": 0.0,
                },
                water_m3=11_300.0,
                materials_kg={"main material": 104_000.0, "chemicals": 5_900.0},
                waste_kg={"scrap": 5_200.0, "solid waste": 1_500.0, "effluent": 4_800.0},
                heating_degree_days=420.0,
                cooling_degree_days=0.0,
                value_added=175_000.0,
                note=EXAMPLE_NOTE,
            )
        )
    return ResourceLog(site="template", periods=tuple(rows))


def main() -> None:
    log = template_log()
    write_log_csv(log, BUNDLED / "resource_log_template.csv")
    header, rows = log_to_rows(log)
    book = Workbook()
    sheet = book.active
    sheet.title = "Log"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for column in sheet.iter_cols(min_col=1, max_col=1, min_row=2):
        for cell in column:
            cell.number_format = "@"  # keep 2024-01 as text: Excel would make it a date
    for index, text in enumerate(header, start=1):
        sheet.column_dimensions[sheet.cell(1, index).column_letter].width = max(12, len(text) + 2)
    sheet.freeze_panes = "B2"
    notes = book.create_sheet("Read me")
    for line in READ_ME:
        notes.append(list(line))
    notes["A1"].font = notes["B1"].font = Font(bold=True)
    notes.column_dimensions["A"].width = 30
    notes.column_dimensions["B"].width = 110
    book.save(BUNDLED / "resource_log_template.xlsx")
    print(f"wrote templates in {BUNDLED}")


if __name__ == "__main__":
    main()
