"""The field catalogue is the one place of each field: the loader checks what it says, and
the JSON Schema, the file-format docs and the forms are what it makes."""

from __future__ import annotations

import json
import re
from dataclasses import asdict
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.project import ProjectError
from score_desktop.project.catalogue import REQUIRED, Field, doc_table, read_fields
from score_desktop.project.codec import demand_from_json, oee_record_from_json
from score_desktop.project.fields import Fields
from score_desktop.project.record_fields import (
    CATALOGUES,
    DEMAND_RECORD,
    OEE_RECORD,
    STOP,
    STOP_CATEGORY_CHOICES,
)
from score_desktop.project.records import DemandRecord, OeeRecord, StopEntry
from score_desktop.project.schema import project_schema
from score_desktop.resources import schema_path
from score_desktop.tools.stop_log import LOSS_LABELS

DOCS = Path(__file__).parents[2] / "docs" / "file-format.md"


def test_the_bundled_schema_is_what_the_catalogue_makes():
    bundled = json.loads(schema_path().read_text(encoding="utf-8"))
    made = project_schema({**bundled, "$defs": {k: dict(v) for k, v in bundled["$defs"].items()}})
    for name in CATALOGUES:
        assert made["$defs"][name] == bundled["$defs"][name], name


def test_the_docs_tables_are_what_the_catalogue_makes():
    text = DOCS.read_text(encoding="utf-8")
    for entries in (OEE_RECORD, STOP, DEMAND_RECORD):
        assert doc_table(entries) in text


def test_every_record_field_is_in_its_catalogue_with_the_record_default():
    for record, entries in (
        (OeeRecord("x"), OEE_RECORD),
        (StopEntry(), STOP),
        (DemandRecord("x"), DEMAND_RECORD),
    ):
        names = [e.name for e in entries]
        assert sorted(names) == sorted(asdict(record)), type(record).__name__
        for e in entries:
            if not e.required and e.kind != "list" and e.name != "breaks_per_shift_min":
                assert e.default == getattr(record, e.name), e.name


def test_stop_categories_are_labelled_as_the_loss_waterfall_labels_them():
    assert dict(STOP_CATEGORY_CHOICES) == {str(k): v for k, v in LOSS_LABELS.items()}


def test_a_missing_required_field_and_a_wrong_type_name_the_field():
    with pytest.raises(ProjectError, match=r'demand record "D": "demand" is missing'):
        demand_from_json({"name": "D"}, 0)
    with pytest.raises(ProjectError, match=r'"total_count" must be a whole number'):
        oee_record_from_json({"name": "O", "total_count": 1.5}, 0)


BOUNDED = [
    (entries, e)
    for entries in (OEE_RECORD, DEMAND_RECORD, STOP)
    for e in entries
    if e.kind in ("number", "integer") and (e.minimum is not None or e.maximum is not None)
]


def _valid(entries: tuple[Field, ...]) -> dict:
    data = {e.name: e.default for e in entries if not e.required and e.kind != "list"}
    data.update(name="Record", demand=100.0, duration_min=1.0)
    return {k: v for k, v in data.items() if k in {e.name for e in entries}}


@pytest.mark.parametrize(("entries", "entry"), BOUNDED, ids=[e.name for _, e in BOUNDED])
@given(offset=st.floats(min_value=1e-3, max_value=1e6))
def test_the_loader_refuses_exactly_what_the_bounds_refuse(entries, entry, offset):
    data = _valid(entries)
    f = Fields(data, "record")
    assert read_fields(f, entries)[entry.name] == data[entry.name] or entry.nullable
    bad = []
    if entry.minimum is not None:
        bad.append(entry.minimum - offset if not entry.exclusive_minimum else entry.minimum)
    if entry.maximum is not None:
        bad.append(entry.maximum + offset)
    for value in bad:
        if entry.kind == "integer":
            value = int(value) if value == int(value) else int(value) - (value < 0)
            if (
                entry.minimum is not None
                and value >= entry.minimum
                and value <= (entry.maximum or 1e12)
            ):
                continue
        with pytest.raises(ProjectError, match=re.escape(f'"{entry.name}"')):
            read_fields(Fields({**data, entry.name: value}, "record"), entries)


def test_required_is_a_sentinel_not_a_value():
    assert repr(REQUIRED) == "REQUIRED"
    assert [e.name for e in DEMAND_RECORD if e.required] == ["name", "demand"]


def test_the_window_and_the_workbook_name_the_ratios_alike():
    import io

    from openpyxl import load_workbook

    from score_desktop.project import load_project
    from score_desktop.project.excel import export_bytes
    from score_desktop.project.metrics import RESOURCE_RATIOS
    from score_desktop.resources import example_path
    from score_desktop.widgets.resource_efficiency.labels import ratio_label

    project = load_project(example_path("dye-house-resources.scoreproj"))
    log = project.resource_logs[0].log
    wb = load_workbook(io.BytesIO(export_bytes(project)))
    texts = {c.value for ws in wb.worksheets for row in ws.iter_rows() for c in row}
    for metric in RESOURCE_RATIOS:
        heading = metric.heading(log.production_unit, log.currency)
        assert ratio_label(metric.key, log) == heading
        assert heading in texts, heading
    assert f"Water productivity [{log.production_unit}/m³]" in texts
