"""Baseline choices update the statistics and charts; targets and scope; the main window."""

from __future__ import annotations

from dataclasses import replace

from score_desktop.project import Project
from score_desktop.project.edits import new_record
from score_desktop.tools.resource_efficiency import analyse_log
from score_desktop.widgets.document import Document
from tests.widgets.resource_efficiency.conftest import NAME, SECTION, record


def test_the_example_shows_its_baseline_savings_and_warnings(panel, document):
    view = panel.baseline_view
    r = record(document)
    expected = analyse_log(r.log, r.setup)
    b = expected.baseline
    assert "E [kWh] = 142,867 kWh + 2,663 kWh/t × Production" in view.equation.text()
    assert "118.8 kWh/°C·day × Heating degree days" in view.equation.text()
    assert f"R² = <b>{b.r_squared:.3f}</b>" in view.statistics.text()
    assert "CV(RMSE) = <b>1.8 %</b>" in view.statistics.text()
    # "<" is escaped for the rich-text label (it once swallowed the rest of the line)
    assert "Production: 2,663 kWh per t (p &lt; 0.001, significant)." in view.statistics.text()
    assert "saved <b style='font-size:12pt'>508,950 kWh</b> (10.1%)" in view.savings.text()
    assert "EnPI measured / predicted = 0.899" in view.savings.text()
    assert "2024-07: heating degree days = 4" in view.warnings.text()
    assert not view.error.isVisible()


def test_choosing_another_baseline_period_refits_and_redraws(panel, document, qtbot):
    view = panel.baseline_view
    assert not view.scatter_chart.is_current  # a hidden chart is not drawn
    panel.tabs.setCurrentIndex(1)
    view.tabs.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.scatter_chart.is_current)
    before_chart = view.scatter_chart.figure.axes[0].collections[0].get_offsets().copy()
    view.baseline_last.setCurrentIndex(view.baseline_last.findData("2023-09"))
    setup = record(document).setup
    assert (setup.baseline_first, setup.baseline_last) == ("2023-01", "2023-09")
    assert document.undo_stack.undoText() == "Change baseline choices"
    assert "(periods 2023-01 to 2023-09, 9 periods)" in view.equation.text()
    assert "Only 9 baseline periods" in view.warnings.text()
    qtbot.waitUntil(lambda: view.scatter_chart.is_current)
    after_chart = view.scatter_chart.figure.axes[0].collections[0].get_offsets()
    assert len(before_chart) == 12 and len(after_chart) == 9
    document.undo_stack.undo()
    assert record(document).setup.baseline_last == "2023-12"
    assert view.baseline_last.currentData() == "2023-12"
    assert "12 periods" in view.equation.text()


def test_dropping_a_driver_changes_the_model(panel, document):
    view = panel.baseline_view
    view.driver_boxes["heating_degree_days"].setChecked(False)
    assert record(document).setup.drivers == ("production",)
    assert "Heating degree days" not in view.equation.text()
    r = record(document)
    b = analyse_log(r.log, r.setup).baseline
    assert f"R² = <b>{b.r_squared:.3f}</b>" in view.statistics.text()
    view.driver_boxes["production"].setChecked(False)  # at least one driver stays
    assert record(document).setup.drivers == ("production",)
    assert view.driver_boxes["production"].isChecked()


def test_no_reporting_period_means_no_savings_and_an_empty_cusum(panel, document, qtbot):
    view = panel.baseline_view
    view.reporting_first.setCurrentIndex(0)  # "(no reporting period)"
    setup = record(document).setup
    assert setup.reporting_first is None and setup.reporting_last is None
    assert "Choose a reporting period" in view.savings.text()
    assert not view.reporting_last.isEnabled()
    panel.tabs.setCurrentIndex(1)
    view.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: view.cusum_chart.is_current)
    texts = [t.get_text() for ax in view.cusum_chart.figure.axes for t in ax.texts]
    assert any("Choose a reporting period" in t for t in texts)


def test_modelling_one_carrier(panel, document):
    view = panel.baseline_view
    view.energy.setCurrentIndex(view.energy.findData("natural_gas_m3"))
    assert record(document).setup.energy == "natural_gas_m3"
    assert view.energy.currentText() == "Natural gas only [kWh]"
    assert not view.error.isVisible()


def test_ratio_target_is_stored_in_the_record_and_drawn(panel, document, qtbot):
    panel.tabs.setCurrentIndex(2)
    dashboard = panel.dashboard
    assert dashboard.current_ratio() == "specific_energy"
    assert dashboard.target.text() == "4000"
    assert dashboard.target_unit.text() == "[kWh/t]"
    assert "meet the target (lower is better)" in dashboard.summary.text()
    dashboard.target.setText("3,800")
    dashboard.target.editingFinished.emit()
    assert record(document).setup.ratio_targets["specific_energy"] == 3800.0
    qtbot.waitUntil(lambda: dashboard.chart.is_current)
    lines = dashboard.chart.figure.axes[0].get_lines()
    assert any(list(line.get_ydata()) == [3800.0, 3800.0] for line in lines)
    dashboard.target.setText("")
    dashboard.target.editingFinished.emit()
    assert "specific_energy" not in record(document).setup.ratio_targets
    document.undo_stack.undo()
    assert record(document).setup.ratio_targets["specific_energy"] == 3800.0
    dashboard.target.setText("-5")
    dashboard.target.editingFinished.emit()
    assert "0 or more" in dashboard.error.text()


def test_ratio_table_has_units_and_the_engines_figures(panel, document):
    table = panel.dashboard.table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[3] == "Specific energy\n[kWh/t]"
    assert headers[-1] == "Energy cost\n[EUR/t]"
    assert table.rowCount() == 24
    assert table.item(0, 0).text() == "2023-01"
    assert table.item(0, 3).text() == "4,876"


def test_waste_scope_adds_up_the_chosen_periods(panel, document):
    waste = panel.waste_view
    assert "Cost of waste over 24 periods <b>1,212,304 EUR</b>" in waste.summary.text()
    assert waste.table.item(0, 0).text() == "fabric scrap"
    waste.scope.setCurrentIndex(2)  # reporting period
    assert "Cost of waste over 12 periods" in waste.summary.text()
    assert "loss rate" in waste.summary.text()
    assert document.undo_stack.count() == 0  # a view choice, not an edit


def test_a_new_record_starts_empty_and_guides_the_user(qtbot):
    from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

    project = Project()
    record_ = new_record(SECTION, project)
    document = Document(replace(project, resource_logs=(record_,)))
    widget = ResourcePanel(document, record_.name)
    qtbot.addWidget(widget)
    assert "The data log is empty" in widget.baseline_view.error.text()
    widget.log_view.model.add_period()
    assert document.project.resource_logs[0].log.periods[0].period == "2025-01"
    assert widget.baseline_view.error.text()  # one period cannot make a baseline


def test_the_main_window_opens_the_panel_from_the_navigator(window, tmp_path):
    from tests.widgets.resource_efficiency.conftest import EXAMPLE

    assert window.open_path(EXAMPLE)
    window.navigator.select(SECTION, NAME)
    from score_desktop.widgets.resource_efficiency.panel import ResourcePanel

    assert isinstance(window.panel, ResourcePanel)
    model = window.panel.log_view.model
    assert model.setData(model.index(0, 1), "90")
    assert window.isWindowModified()
    window.undo_action.trigger()
    assert not window.isWindowModified()


def test_long_logs_are_analysed_in_a_worker(document, qtbot, monkeypatch):
    from score_desktop.widgets.resource_efficiency import panel as panel_module

    monkeypatch.setattr(panel_module, "SYNC_LIMIT", 10)  # the example's 24 months count as long
    widget = panel_module.ResourcePanel(document, NAME)
    qtbot.addWidget(widget)
    job = widget.runner.current_job
    assert job is not None and widget.baseline_view.equation.text() == ""
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert "E [kWh] = 142,867 kWh" in widget.baseline_view.equation.text()
    model = widget.log_view.model
    model.setData(model.index(0, 1), "90")  # an edit starts a new analysis
    job = widget.runner.current_job
    with qtbot.waitSignal(job.done, timeout=10_000):
        pass
    assert widget.results.periods[0].ratios.output == 90.0
