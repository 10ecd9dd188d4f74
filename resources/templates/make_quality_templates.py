"""Writes the quality study templates (CSV and XLSX): measurements in subgroups, and counts
with sample sizes. The values are illustrations, not data from a source.

Run: python resources/templates/make_quality_templates.py
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "templates"  # shipped in the package


def measurements() -> list[list[object]]:
    rng = random.Random(19)
    rows: list[list[object]] = [["Subgroup", "Diameter (mm)", "Note"]]
    for subgroup in range(1, 21):
        for _ in range(5):
            rows.append([f"S{subgroup:02d}", round(rng.gauss(25.00, 0.02), 3), ""])
    rows[1][2] = "Start of shift"
    return rows


def counts() -> list[list[object]]:
    rng = random.Random(91)
    rows: list[list[object]] = [["Sample", "Defectives", "Inspected", "Note"]]
    for sample in range(1, 26):
        inspected = rng.choice((100, 120, 150))
        defectives = sum(rng.random() < 0.04 for _ in range(inspected))
        rows.append([sample, defectives, inspected, ""])
    return rows


def write(name: str, rows: list[list[object]], sheet_title: str, widths: tuple) -> None:
    with open(BUNDLED / f"{name}.csv", "w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # ids and notes stay text, never formulas
            if r == 1:
                cell.font = Font(bold=True)
    for column, width in zip("ABCD", widths, strict=False):
        sheet.column_dimensions[column].width = width
    workbook.save(BUNDLED / f"{name}.xlsx")


def main() -> None:
    write("quality_measurements_template", measurements(), "Measurements", (10, 16, 24))
    write("quality_counts_template", counts(), "Counts", (8, 12, 12, 24))
    print(f"wrote the quality templates in {BUNDLED}")


if __name__ == "__main__":
    main()
