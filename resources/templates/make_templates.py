"""Writes line_balancing_template.xlsx from line_balancing_template.csv (run after editing it)."""

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "templates"  # shipped in the package


def main() -> None:
    with open(BUNDLED / "line_balancing_template.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Tasks"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if r > 1 and c == 3 and value:
                cell.value = float(value)
            else:
                cell.value = value
                cell.data_type = "s"  # ids and predecessor lists stay text, never formulas
            if r == 1:
                cell.font = Font(bold=True)
    for column, width in zip("ABCD", (8, 32, 12, 14), strict=True):
        sheet.column_dimensions[column].width = width
    workbook.save(BUNDLED / "line_balancing_template.xlsx")


if __name__ == "__main__":
    main()
