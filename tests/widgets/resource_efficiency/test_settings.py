"""The settings tab: factors, tariffs, prices, waste streams, units and notes, each undoable."""

from __future__ import annotations

import pytest

from score_desktop.widgets.resource_efficiency.settings_edits import USER_SOURCE
from tests.widgets.resource_efficiency.conftest import record


def test_a_tariff_change_updates_the_energy_cost_and_can_be_undone(panel, document):
    carriers = panel.settings_view.carriers
    assert carriers.index(0, 0).data() == "Electricity"
    cost_before = panel.results.periods[0].energy.total_cost
    assert carriers.setData(carriers.index(0, 4), "0.20")
    assert record(document).log.tariffs["electricity_kwh"].price_per_unit == 0.20
    kwh = record(document).log.periods[0].energy["electricity_kwh"]
    assert panel.results.periods[0].energy.total_cost == pytest.approx(cost_before + 0.02 * kwh)
    assert document.undo_stack.undoText() == "Set electricity_kwh, Price"
    document.undo_stack.undo()
    assert record(document).log.tariffs["electricity_kwh"].price_per_unit == 0.18


def test_a_conversion_factor_is_edited_with_its_source_and_checked(panel, document):
    carriers = panel.settings_view.carriers
    assert carriers.setData(carriers.index(1, 2), "10.5")  # gas kWh per m3 from the bill
    gas = record(document).log.carriers["natural_gas_m3"]
    assert gas.kwh_per_unit == 10.5 and gas.kwh_source == USER_SOURCE
    assert not carriers.setData(carriers.index(1, 2), "0")
    assert "kWh per unit: must be more than 0" in panel.settings_view.message.text()
    assert not carriers.setData(carriers.index(1, 3), "-1")
    assert "must be 0 or more" in panel.settings_view.message.text()


def test_waste_stream_kind_and_material_price(panel, document):
    wastes = panel.settings_view.wastes
    assert wastes.index(0, 0).data() == "fabric scrap"
    assert not wastes.setData(wastes.index(0, 1), "rubbish")
    assert "the kind must be one of solid waste, scrap" in panel.settings_view.message.text()
    assert wastes.setData(wastes.index(0, 1), "other")
    assert record(document).log.waste_streams["fabric scrap"].kind == "other"
    assert wastes.setData(wastes.index(0, 4), "")  # empty: the average purchase price
    assert record(document).log.waste_streams["fabric scrap"].material_value_per_kg is None
    materials = panel.settings_view.materials
    assert materials.setData(materials.index(0, 1), "5")
    assert record(document).log.material_prices_per_kg["greige fabric"] == 5.0


def test_units_and_notes(panel, document):
    view = panel.settings_view
    assert view.labels["water_price_per_m3"].text() == "Water price [EUR/m³]:"
    view.editors["production_unit"].setText("kg")
    view.editors["production_unit"].editingFinished.emit()
    assert record(document).log.production_unit == "kg"
    assert "production [kg]" in [c.header for c in panel.log_view.model.columns]
    view.editors["currency"].setText("")
    view.editors["currency"].editingFinished.emit()
    assert "currency: must not be empty" in view.message.text()
    assert not view.frequency.isEnabled()  # a log with periods keeps its frequency
    view.notes.setPlainText("=first visit")
    view.notes.editing_finished.emit()  # what leaving the box does
    assert record(document).notes == "=first visit"
    assert view.notes.toPlainText() == "=first visit"
    document.undo_stack.undo()
    assert record(document).notes.startswith("Baseline year 2023")


def test_user_text_is_shown_as_plain_text(panel, document):
    from PySide6.QtCore import Qt

    view = panel.settings_view
    view.editors["site"].setText("<b>Plant</b> & co")
    view.editors["site"].editingFinished.emit()
    assert panel.subtitle.text().startswith("<b>Plant</b> & co ·")
    assert panel.subtitle.textFormat() == Qt.TextFormat.PlainText
    view.editors["production_unit"].setText("<i>t</i>")
    view.editors["production_unit"].editingFinished.emit()
    assert "kWh/&lt;i&gt;t&lt;/i&gt; × Production" in panel.baseline_view.equation.text()
