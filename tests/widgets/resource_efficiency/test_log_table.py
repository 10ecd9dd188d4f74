"""The data-log table: edits with undo, inline validation, paste from Excel, import in a worker."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from score_desktop.tools.resource_efficiency import write_log_csv
from score_desktop.widgets.resource_efficiency.log_model import ERROR_BRUSH
from tests.widgets.resource_efficiency.conftest import record


def column(model, header: str) -> int:
    return [c.header for c in model.columns].index(header)


def test_edit_a_cell_then_undo_and_redo(panel, document):
    model = panel.log_view.model
    before = document.project
    production = column(model, "production [t]")
    assert model.index(0, production).data() == "84.1"
    assert model.setData(model.index(0, production), "1,084.5")
    assert record(document).log.periods[0].production == 1084.5
    assert model.index(0, production).data() == "1,084.5"
    assert document.undo_stack.undoText() == "Edit 2023-01, production [t]"
    document.undo_stack.undo()
    assert document.project == before
    document.undo_stack.redo()
    assert record(document).log.periods[0].production == 1084.5


def test_clearing_a_cell_means_not_measured(panel, document):
    model = panel.log_view.model
    gas = column(model, "Natural gas [m3]")
    assert model.setData(model.index(3, gas), "")
    assert "natural_gas_m3" not in record(document).log.periods[3].energy
    assert model.index(3, gas).data() == ""


def test_text_in_a_number_cell_is_refused_and_nothing_changes(panel, document):
    model = panel.log_view.model
    view = panel.log_view
    assert not model.setData(model.index(2, column(model, "water [m3]")), "lots")
    assert "2023-03, water [m3]: “lots” is not a number" in model.error
    assert view.message.isVisible() and "is not a number" in view.message.text()
    assert document.undo_stack.count() == 0


def test_a_malformed_period_is_refused(panel, document):
    model = panel.log_view.model
    assert not model.setData(model.index(0, 0), "2023-13")
    assert "is not a month written as YYYY-MM" in model.error
    assert record(document).log.periods[0].period == "2023-01"


def test_negative_use_is_marked_on_its_cell_and_stops_the_analysis(panel, document):
    model = panel.log_view.model
    electricity = column(model, "Electricity [kWh]")
    assert model.setData(model.index(4, electricity), "-120")  # kept as typed, marked
    index = model.index(4, electricity)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "negative use (-120)" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "1 cell(s) are marked" in panel.log_view.issues.text()
    assert "negative use" in panel.baseline_view.error.text()
    assert "negative use" in panel.dashboard.error.text()
    document.undo_stack.undo()
    assert model.index(4, electricity).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "No problems found" in panel.log_view.issues.text()


def test_a_missing_month_is_reported_under_the_table(panel, document):
    panel.log_view.table.selectRow(5)
    panel.log_view.delete_selected()
    assert len(record(document).log.periods) == 23
    assert "1 missing month between 2023-05 and 2023-07: 2023-06" in panel.log_view.issues.text()


def test_a_duplicate_period_is_marked_on_both_rows(panel, document):
    model = panel.log_view.model
    assert model.setData(model.index(1, 0), "2023-01")
    for row in (0, 1):
        tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "2023-01 appears twice (rows 1 and 2)" in tip


def test_add_period_appends_the_next_month(panel, document):
    assert panel.log_view.model.add_period()
    assert record(document).log.periods[-1].period == "2025-01"


def test_paste_a_block_of_numbers_into_the_selected_cells(panel, document):
    model = panel.log_view.model
    production = column(model, "production [t]")
    pasted = "100\t80,000\n101,5\t81000\n"  # a decimal comma and a thousands separator
    assert model.paste(pasted, model.index(22, production)) == 2
    periods = record(document).log.periods
    assert (periods[22].production, periods[22].energy["electricity_kwh"]) == (100.0, 80000.0)
    assert (periods[23].production, periods[23].energy["electricity_kwh"]) == (101.5, 81000.0)
    assert len(periods) == 24
    assert document.undo_stack.count() == 1  # one paste, one undo step


def test_paste_rows_that_start_with_a_period_in_the_table_order(panel, document):
    model = panel.log_view.model
    assert model.paste("2025-01\t90\t70000\t25000\n2025-02\t95\t71000\t26000\n") == 2
    periods = record(document).log.periods
    assert [p.period for p in periods[-2:]] == ["2025-01", "2025-02"]
    assert periods[-1].energy == {"electricity_kwh": 71000.0, "natural_gas_m3": 26000.0}
    assert periods[-1].production == 95.0


def test_paste_with_a_header_adds_a_carrier_column_and_merges_by_period(panel, document):
    model = panel.log_view.model
    text = "period\tLPG [kg]\tproduction [t]\n2023-02\t350\t\n2025-01\t300\t88\n"
    assert model.paste(text) == 2
    log = record(document).log
    assert log.periods[1].energy["lpg_kg"] == 350.0
    assert log.periods[1].production == 77.8  # an empty pasted cell keeps the figure
    assert log.periods[-1].production == 88.0
    assert "LPG [kg]" in [c.header for c in model.columns]
    document.undo_stack.undo()
    assert "LPG [kg]" not in [c.header for c in model.columns]


def test_paste_of_unreadable_cells_is_refused(panel, document):
    model = panel.log_view.model
    assert model.paste("12\tabc\n", model.index(0, 1)) == 0
    assert "pasted row 1, column 'Electricity [kWh]': 'abc' is not a number" in model.error
    assert document.undo_stack.count() == 0


def test_import_in_a_worker_merges_the_file_as_one_undo_step(panel, document, qtbot, tmp_path):
    log = record(document).log
    changed = dataclasses.replace(
        log,
        periods=(
            dataclasses.replace(log.periods[0], production=99.9),
            *(
                dataclasses.replace(p, period=f"2025-{i + 1:02d}")
                for i, p in enumerate(log.periods[:3])
            ),
        ),
    )
    path = tmp_path / "log.csv"
    write_log_csv(changed, path)
    job = panel.log_view.start_import(str(path))
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    periods = record(document).log.periods
    assert len(periods) == 27
    assert periods[0].production == 99.9
    assert periods[-1].period == "2025-03"
    assert document.undo_stack.undoText() == "Import 4 periods from log.csv"
    document.undo_stack.undo()
    assert len(record(document).log.periods) == 24


def test_a_file_that_cannot_be_read_is_reported_and_nothing_changes(
    panel, document, qtbot, tmp_path
):
    path = tmp_path / "broken.csv"
    path.write_text("period,production [t]\n2024-01,lots\n", encoding="utf-8")
    job = panel.log_view.start_import(str(path))
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert "'lots' is not a number" in panel.log_view.message.text()
    assert document.undo_stack.count() == 0


def test_the_bundled_template_imports_through_the_worker(panel, document, qtbot):
    """The XLSX template (two example months) imports as it is."""
    from score_desktop.resources import template_path

    job = panel.log_view.start_import(str(template_path("resource_log_template.xlsx")))
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert not panel.log_view.message.text()
    assert document.undo_stack.undoText().startswith("Import 2 periods from resource_log_template")


def test_pasted_units_are_converted_or_refused(panel, document):
    model = panel.log_view.model
    assert model.paste("period\tElectricity [MWh]\n2023-01\t80\n") == 1
    assert record(document).log.periods[0].energy["electricity_kwh"] == 80_000.0
    assert model.paste("period\tElectricity [m3]\n2023-01\t80\n") == 0
    assert "cannot be given in m3" in model.error
    assert record(document).log.periods[0].energy["electricity_kwh"] == 80_000.0


def test_many_gaps_are_counted_not_all_listed(panel, document):
    panel.log_view.model.remove_rows(list(range(1, 23, 2)))  # every other month
    text = panel.log_view.issues.text()
    assert text.count("⚠") == 6
    assert "… and 5 more." in text


def test_template_and_import_buttons_use_file_dialogs(
    panel, document, qtbot, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "my template.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    panel.log_view.save_template()
    assert target.read_bytes()[:2] == b"PK"  # an .xlsx (zip) file
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    panel.log_view.choose_import()
    job = panel.log_view.runner.current_job
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert document.undo_stack.undoText() == "Import 2 periods from my template.xlsx"
