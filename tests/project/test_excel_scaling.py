"""The Excel export's work grows linearly with the number of records (issue 13, section 4).

openpyxl compares a new sheet's title with every sheet's and a new table's name with every
table of every sheet, so exporting n OEE records listed about n²/2 sheet names. The export
now makes sheets and tables through O(1) helpers; these tests count how many sheet names
and sheets openpyxl lists, never the time.
"""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from openpyxl.worksheet.table import Table

from score_desktop.project import OeeRecord, Project, StopEntry
from score_desktop.project.excel import build_workbook
from score_desktop.project.excel.cells import (
    SheetNames,
    add_table,
    new_sheet,
    sheet_count,
    sheet_name,
    table_count,
)


def oee_project(n: int) -> Project:
    """n OEE records with long names that share their first 30 characters."""
    stop = StopEntry(10, 30, "Jam", "breakdown")
    return Project(
        oee_records=tuple(
            OeeRecord(
                name=f"Press line 4 - day shift - 2024-01-{i:05d}",
                shift_length_min=480,
                planned_breaks_min=30,
                ideal_cycle_time_s=20,
                total_count=1000,
                good_count=950,
                stops=(stop,),
            )
            for i in range(n)
        )
    )


def listed_names(monkeypatch: pytest.MonkeyPatch, n: int) -> tuple[int, int]:
    """(sheets in the export of n records, sheet names and sheets openpyxl listed meanwhile)."""
    count = [0]
    plain_names = Workbook.sheetnames.fget
    plain_sheets = Workbook.worksheets.fget

    def sheetnames(wb: Workbook) -> list[str]:
        names = plain_names(wb)
        count[0] += len(names)
        return names

    def worksheets(wb: Workbook) -> list:
        sheets = plain_sheets(wb)
        count[0] += len(sheets)
        return sheets

    with monkeypatch.context() as patch:
        patch.setattr(Workbook, "sheetnames", property(sheetnames))
        patch.setattr(Workbook, "worksheets", property(worksheets))
        wb = build_workbook(oee_project(n))
    return len(wb._sheets), count[0]


def test_exporting_oee_records_lists_the_sheets_a_bounded_number_of_times(monkeypatch):
    """Before: 20 records listed 757 names, 80 records 10,207 (quadratic); now 68 and 248."""
    _, small = listed_names(monkeypatch, 20)
    sheets, listed = listed_names(monkeypatch, 80)
    assert listed <= 5 * sheets
    assert listed <= 4.5 * small  # 4 times the records, at most a little over 4 times the work


def test_new_sheet_is_create_sheet_without_the_scan():
    wb = Workbook()
    taken = SheetNames()
    wb.active.title = sheet_name("Project", taken)
    first = new_sheet(wb, sheet_name("OEE a", taken))
    cover = new_sheet(wb, sheet_name("Summary", taken), 1)
    assert wb.sheetnames == ["Project", "Summary", "OEE a"]
    assert first.parent is wb and cover.title == "Summary" and sheet_count(wb) == 3
    for bad in ("", "x" * 32, "a/b", "a[1]"):
        with pytest.raises(ValueError):
            new_sheet(wb, bad)


def test_add_table_refuses_a_name_taken_in_any_case_on_any_sheet():
    wb = Workbook()
    other = wb.create_sheet("Other")
    other.add_table(Table(displayName="Before", ref="A1:B2"))  # made without the helper
    add_table(wb.active, Table(displayName="Stops1", ref="A1:B2"))
    assert table_count(wb) == 2
    for taken in ("STOPS1", "before"):
        with pytest.raises(ValueError, match="already exists"):
            add_table(other, Table(displayName=taken, ref="D1:E2"))
    assert table_count(wb) == 2


def test_export_pauses_cyclic_gc_and_restores_it(monkeypatch):
    """Full collections rescanning the growing workbook made large exports superlinear."""
    import gc

    from score_desktop.project import excel

    seen: list[bool] = []
    plain = excel.build_workbook

    def build(*args, **kwargs):
        seen.append(gc.isenabled())
        return plain(*args, **kwargs)

    monkeypatch.setattr(excel, "build_workbook", build)
    assert gc.isenabled()
    excel.export_bytes(oee_project(2))
    assert seen == [False] and gc.isenabled()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(excel, "build_workbook", broken)
    with pytest.raises(RuntimeError):
        excel.export_bytes(oee_project(1))
    assert gc.isenabled()
    gc.disable()
    try:
        monkeypatch.setattr(excel, "build_workbook", plain)
        excel.export_bytes(oee_project(1))
        assert not gc.isenabled()  # left as the caller had it
    finally:
        gc.enable()
