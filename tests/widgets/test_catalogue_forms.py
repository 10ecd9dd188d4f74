"""The OEE and takt forms are made from the field catalogue: its labels, units, bounds, help."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from score_desktop.project.record_fields import DEMAND_RECORD, OEE_RECORD
from score_desktop.widgets.document import Document
from score_desktop.widgets.forms import RecordForm, form_fields
from score_desktop.widgets.oee_panel import OEE_FIELDS
from score_desktop.widgets.takt_panel import DEMAND_FIELDS
from tests.widgets.conftest import sample_project


def test_forms_show_the_catalogue(qtbot):
    document = Document(sample_project())
    for section, entries, specs in (
        ("oee_records", OEE_RECORD, OEE_FIELDS),
        ("demands", DEMAND_RECORD, DEMAND_FIELDS),
    ):
        record = document.project.section(section)[0]
        form = RecordForm(document, section, record.name, specs)
        qtbot.addWidget(form)
        shown = [e for e in entries if e.form]
        assert [s.name for s in specs] == [e.name for e in shown]
        for e in shown:
            editor = form.editors[e.name]
            assert form.layout().labelForField(editor).text() == e.label
            assert editor.toolTip() == e.help
            if isinstance(editor, QDoubleSpinBox | QSpinBox):
                assert editor.suffix() == (f" {e.unit}" if e.unit else "")
                assert editor.minimum() == (e.minimum or 0)
                if e.maximum is not None:
                    assert editor.maximum() == e.maximum
            if isinstance(editor, QComboBox):
                assert [editor.itemData(i) for i in range(editor.count())] == list(e.values)


def test_a_field_left_out_of_the_form_is_not_shown():
    assert "notes" not in {s.name for s in form_fields(OEE_RECORD)}
    assert "name" not in {s.name for s in form_fields(DEMAND_RECORD)}
