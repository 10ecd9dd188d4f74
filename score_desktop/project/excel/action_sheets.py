"""The project's action list in the workbook: one row per action, overdue by formula."""

from __future__ import annotations

from datetime import date

from openpyxl.utils import get_column_letter as col
from openpyxl.workbook import Workbook

from score_desktop.project.action_edits import source_text
from score_desktop.project.action_records import STATUS_LABELS, ActionList
from score_desktop.project.excel.cells import (
    DECIMAL2,
    column_widths,
    new_sheet,
    put_text,
    sheet_name,
    table,
    title,
)
from score_desktop.project.records import Project


def write_action_list(wb: Workbook, project: Project, record: ActionList, taken: set[str]) -> None:
    ws = new_sheet(wb, sheet_name(f"Actions {record.name}", taken))
    currency = project.meta.currency or "USD"
    row = title(
        ws,
        f"Action list: {record.name}",
        "Overdue = due date passed and not done or cancelled (formula, updates every day).",
    )
    ws.freeze_panes = "A5"
    first, end = table(
        ws,
        row,
        [
            "What",
            "Who",
            "Due",
            "Status",
            f"Expected saving ({currency}/year)",
            f"Actual saving ({currency}/year)",
            "Comes from",
            "Overdue",
        ],
        [
            (
                a.what,
                a.who,
                None,
                STATUS_LABELS[a.status],
                a.expected_saving,
                a.actual_saving,
                source_text(a),
                None,
            )
            for a in record.actions
        ],
        [None, None, None, None, DECIMAL2, DECIMAL2, None, None],
    )
    for i, action in enumerate(record.actions):
        r = first + i
        if action.due:
            cell = ws.cell(row=r, column=3, value=date.fromisoformat(action.due))
            cell.number_format = "yyyy-mm-dd"
        ws.cell(
            row=r,
            column=8,
            value=f'=IF(AND(ISNUMBER(C{r}),C{r}<TODAY(),D{r}<>"Done",D{r}<>"Cancelled"),"overdue","")',
        )
    put_text(ws, end + 1, 1, "Total")
    if record.actions:
        for c in (5, 6):
            letter = col(c)
            ws.cell(row=end + 1, column=c, value=f"=SUM({letter}{first}:{letter}{end - 1})")
            ws.cell(row=end + 1, column=c).number_format = DECIMAL2
    column_widths(ws, [46, 16, 12, 14, 18, 18, 48, 10])
