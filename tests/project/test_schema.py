"""The JSON Schema in resources/ describes what the loader accepts, and the examples follow it."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from score_desktop.project import (
    CURRENT_FORMAT_VERSION,
    SECTIONS,
    DemandRecord,
    OeeRecord,
    Project,
    ProjectError,
    ProjectMeta,
    StopEntry,
    load_project,
    project_from_bytes,
    project_to_bytes,
)
from score_desktop.project.records import DEMAND_PERIODS, STOP_CATEGORIES
from score_desktop.resources import examples_dir, schema_path
from tests.project.factories import document_with, full_document, projects, to_bytes

V = CURRENT_FORMAT_VERSION
REPO = Path(__file__).resolve().parents[2]
SCHEMA_PATH = schema_path()
EXAMPLES = sorted(examples_dir().glob("*.scoreproj"))
SCHEMA = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


def schema_accepts(document: Any) -> bool:
    return VALIDATOR.is_valid(document)


def loader_accepts(document: Any) -> bool:
    try:
        project_from_bytes(to_bytes(document))
    except ProjectError:
        return False
    return True


# --- the schema itself --------------------------------------------------------------------


def test_schema_is_a_valid_draft_2020_12_schema() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)


def test_schema_is_for_the_current_format_version() -> None:
    assert SCHEMA["properties"]["format_version"]["const"] == CURRENT_FORMAT_VERSION


def test_schema_enums_match_the_app() -> None:
    defs = SCHEMA["$defs"]
    assert tuple(defs["stop"]["properties"]["category"]["enum"]) == STOP_CATEGORIES
    assert tuple(defs["demand_record"]["properties"]["period"]["enum"]) == DEMAND_PERIODS


#: A sample of each object the schema defines, as the app writes it (see factories).
SAMPLES: dict[str, tuple] = {
    "meta": ("meta",),
    "oee_record": ("oee_records", 0),
    "stop": ("oee_records", 0, "stops", 0),
    "demand_record": ("demands", 0),
    "line": ("lines", 0),
    "task": ("lines", 0, "tasks", 0),
    "saved_balance": ("lines", 0, "alternatives", 0),
    "value_stream": ("value_streams", 0),
    "step": ("value_streams", 0, "steps", 0),
    "buffer": ("value_streams", 0, "steps", 0, "buffer"),
    "shift_calendar": ("value_streams", 0, "customer", "calendar"),
    "failures": ("value_streams", 0, "steps", 0, "failures"),
    "resource_log": ("resource_logs", 0),
    "analysis": ("resource_logs", 0, "analysis"),
    "resource_log_data": ("resource_logs", 0, "log"),
    "log_period": ("resource_logs", 0, "log", "periods", 0),
    "carrier": ("resource_logs", 0, "log", "carriers", 1),
    "quality_study": ("quality_studies", 0),
    "quality_sample": ("quality_studies", 0, "samples", 0),
    "limit_revision": ("quality_studies", 0, "limit_history", 0),
    "defect_tally": ("quality_studies", 0, "defects", 0),
    "cause": ("quality_studies", 0, "causes", 0),
    "action_list": ("action_lists", 0),
    "action": ("action_lists", 0, "actions", 0),
}


def _sample(path: tuple) -> Any:
    value: Any = full_document()
    for key in path:
        value = value[key]
    return value


def test_every_definition_has_a_sample() -> None:
    assert set(SAMPLES) | {"distribution"} == set(SCHEMA["$defs"])


@pytest.mark.parametrize("definition", sorted(SAMPLES))
def test_schema_lists_exactly_the_fields_the_app_writes(definition: str) -> None:
    declared = SCHEMA["$defs"][definition]
    assert set(declared["properties"]) == set(_sample(SAMPLES[definition]))
    assert declared["additionalProperties"] is False


def test_schema_lists_every_distribution_parameter() -> None:
    from score_desktop.tools.vsm.distributions import KINDS, UNITS, Distribution, to_dict

    written = set()
    for kind in KINDS:
        written |= set(to_dict(Distribution(kind)))
    declared = SCHEMA["$defs"]["distribution"]["properties"]
    assert set(declared) == written
    assert tuple(declared["kind"]["enum"]) == KINDS
    assert set(declared["unit"]["enum"]) == set(UNITS)


def test_schema_lists_exactly_the_sections_of_a_project() -> None:
    assert set(SCHEMA["properties"]) == {"format_version", "meta", *SECTIONS}
    assert SCHEMA["additionalProperties"] is False


def _defaults(definition: str) -> dict[str, Any]:
    properties = SCHEMA["$defs"][definition]["properties"]
    return {k: v["default"] for k, v in properties.items() if "default" in v}


@pytest.mark.parametrize(
    ("definition", "minimal", "section"),
    [
        ("oee_record", {"name": "A"}, "oee_records"),
        ("demand_record", {"name": "A", "demand": 10}, "demands"),
    ],
)
def test_schema_defaults_are_what_the_loader_fills_in(
    definition: str, minimal: dict[str, Any], section: str
) -> None:
    loaded = project_from_bytes(to_bytes({"format_version": V, section: [minimal]}))
    record = dataclasses.asdict(loaded.section(section)[0])
    for key, default in _defaults(definition).items():
        assert record[key] == default, key


def test_stop_defaults_are_what_the_loader_fills_in() -> None:
    document = {"format_version": V, "oee_records": [{"name": "A", "stops": [{"duration_min": 1}]}]}
    stop = dataclasses.asdict(project_from_bytes(to_bytes(document)).oee_records[0].stops[0])
    for key, default in _defaults("stop").items():
        assert stop[key] == default, key


# --- examples and generated projects validate --------------------------------------------


@pytest.mark.parametrize(
    "example", [*EXAMPLES, None], ids=[p.name for p in EXAMPLES] + ["generated-full-project"]
)
def test_examples_and_a_generated_project_follow_the_schema(example: Path | None) -> None:
    """An example in the current version must follow the schema as stored; an older one
    (to be re-saved) must load, and what the app would save from it must follow the schema."""
    if example is None:
        documents = [full_document()]
    else:
        stored = json.loads(example.read_bytes())
        saved = json.loads(project_to_bytes(load_project(example)))
        documents = [stored, saved] if stored.get("format_version") == V else [saved]
    for document in documents:
        errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(document)]
        assert errors == []
        assert loader_accepts(document)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(project=projects())
def test_every_saved_project_follows_the_schema(project: Project) -> None:
    document = json.loads(project_to_bytes(project))
    errors = [f"{e.json_path}: {e.message}" for e in VALIDATOR.iter_errors(document)]
    assert errors == []


# --- schema and loader agree --------------------------------------------------------------

OEE = ("oee_records", 0)
STOP = ("oee_records", 0, "stops", 0)
DEMAND = ("demands", 0)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("format_version",), V + 1),
        (("format_version",), "2"),
        (("format_version",), True),
        (("format_version",), ...),
        (("meta",), []),
        (("meta", "name"), "x" * 201),
        (("meta", "currency"), 978),
        (("oee_records",), {}),
        ((*OEE, "name"), ...),
        ((*OEE, "name"), ""),
        ((*OEE, "name"), "  \n "),
        ((*OEE, "total_count"), 1e308),
        ((*OEE, "total_count"), 12.5),
        ((*OEE, "total_count"), "500"),
        ((*OEE, "shift_length_min"), 0),
        ((*OEE, "ideal_cycle_time_s"), -1),
        ((*OEE, "calendar_time_min"), 0),
        ((*STOP, "category"), "coffee"),
        ((*STOP, "duration_min"), ...),
        ((*STOP, "start_min"), False),
        ((*DEMAND, "demand"), ...),
        ((*DEMAND, "demand"), 0),
        ((*DEMAND, "period"), "year"),
        ((*DEMAND, "efficiency"), 1.01),
        ((*DEMAND, "working_days_per_period"), 40),
        ((*DEMAND, "pack_out_quantity"), 0),
        ((*DEMAND, "shift_length_min"), 2000),
    ],
)
def test_schema_rejects_what_the_loader_rejects(path: tuple, value: Any) -> None:
    document = document_with(path, value)
    assert not loader_accepts(document)
    assert not schema_accepts(document)


@pytest.mark.parametrize(
    "document",
    [
        {"format_version": V},
        {"format_version": V, "meta": {}, "oee_records": [], "demands": []},
        {"format_version": V, "oee_records": [{"name": "A"}]},
        {"format_version": V, "oee_records": [{"name": "A", "total_count": 5.0}]},
        {"format_version": V, "oee_records": [{"name": "A", "calendar_time_min": None}]},
        {"format_version": V, "demands": [{"name": " B ", "demand": 1e12}]},
        {"format_version": V, "demands": [{"name": "B", "demand": 1, "efficiency": 1}]},
    ],
)
def test_schema_accepts_what_the_loader_accepts(document: dict[str, Any]) -> None:
    assert loader_accepts(document)
    assert schema_accepts(document)


# What a schema cannot say: rules between fields and across records. The loader enforces
# them; docs/file-format.md lists them. These tests keep that list true.
@pytest.mark.parametrize(
    ("path", "value"),
    [
        ((*OEE, "good_count"), 14_001),
        ((*OEE, "startup_rejects"), 501),
        ((*OEE, "planned_breaks_min"), 480),
        ((*OEE, "calendar_time_min"), 100),
        ((*STOP, "duration_min"), 450),
        ((*DEMAND, "breaks_per_shift_min"), 480),
        ((*DEMAND, "shifts_per_day"), 4),
        (("oee_records", 1, "name"), "Press 1 Mon"),
        (("oee_records", 1, "name"), " Press 1 Mon "),
        (("meta", "notes"), "half a smiley \ud83d"),
    ],
)
def test_rules_the_schema_cannot_express_are_left_to_the_loader(path: tuple, value: Any) -> None:
    document = document_with(path, value)
    assert schema_accepts(document)
    assert not loader_accepts(document)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("meta", "plant_manager"), "Ana"),  # unknown fields: the loader ignores them
        ((*OEE, "colour"), "red"),
        (("machines",), []),
        ((*OEE, "machine"), None),  # null: the loader reads it as "not given"
        ((*DEMAND, "efficiency"), None),
        (("oee_records",), None),
    ],
)
def test_the_schema_is_stricter_than_the_loader_about_unknown_fields_and_null(
    path: tuple, value: Any
) -> None:
    document = document_with(path, value)
    assert loader_accepts(document)
    assert not schema_accepts(document)


def test_older_format_versions_are_for_the_loader_only() -> None:
    assert loader_accepts({"format_version": 1, "oee": [{"name": "A"}]})
    assert not schema_accepts({"format_version": 1, "oee": [{"name": "A"}]})


# --- fuzzing one field at a time ----------------------------------------------------------

#: Fields that take part in a rule between fields or across records (see above).
CROSS_FIELD = {
    "name",
    "shift_length_min",
    "planned_breaks_min",
    "total_count",
    "good_count",
    "startup_rejects",
    "calendar_time_min",
    "stops",
    "duration_min",
    "breaks_per_shift_min",
    "shifts_per_day",
    "oee_records",
    "format_version",
}


#: Sections whose every rule the schema states (apart from CROSS_FIELD). Value streams and
#: resource logs have many rules between fields (a step's rework target must exist, a FIFO
#: lane's initial parts within its maximum, tariffs and energy only for defined carriers,
#: period labels matching the log's frequency...), so only "the loader accepts => the schema
#: accepts" is checked for them.
SCHEMA_COMPLETE = {"format_version", "meta", "oee_records", "demands", "lines"}


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


leaves = st.one_of(
    st.booleans(),
    st.integers(-5, 10**6),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from([0, 0.0, 1, 1.0, 31, 31.5, 1440, 1e12, 1e12 + 1, -0.0, 5e-324]),
    st.text(max_size=8),
    st.text(max_size=3).map(lambda s: s * 70),
)
values = leaves | st.lists(leaves, max_size=3)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(_paths(full_document())), value=values)
def test_schema_and_loader_agree_on_any_single_field_change(path: tuple, value: Any) -> None:
    document = document_with(path, value)
    loader, schema = loader_accepts(document), schema_accepts(document)
    lenient = path[-1] == "ratio_targets" and not value  # read as "no targets" (reported)
    if loader and path != ("format_version",) and not lenient:  # older versions load too
        assert schema, f"the loader accepts {path} = {value!r} but the schema does not"
    if schema and path[0] in SCHEMA_COMPLETE and not CROSS_FIELD & set(path[1:]):
        assert loader, f"the schema accepts {path} = {value!r} but the loader does not"


# --- the documentation agrees ------------------------------------------------------------

DOCS = (REPO / "docs" / "file-format.md").read_text(encoding="utf-8")


def test_the_example_in_the_docs_is_valid() -> None:
    blocks = re.findall(r"```json\n(.*?)\n```", DOCS, flags=re.DOTALL)
    documents = []
    for block in blocks:
        try:
            documents.append(json.loads(block))
        except json.JSONDecodeError:
            continue  # the outline with "..." is not meant to parse
    assert documents, "docs/file-format.md has no complete example"
    for document in documents:
        assert schema_accepts(document)
        project = project_from_bytes(to_bytes(document))
        assert project.demands[0].efficiency_oee_record == project.oee_records[0].name


@pytest.mark.parametrize("record_type", [ProjectMeta, OeeRecord, StopEntry, DemandRecord])
def test_the_docs_describe_every_field(record_type: type) -> None:
    for field in dataclasses.fields(record_type):
        assert f"| `{field.name}` |" in DOCS, field.name


def test_the_docs_list_every_stop_category_and_period() -> None:
    for choice in (*STOP_CATEGORIES, *DEMAND_PERIODS):
        assert f"`{choice}`" in DOCS, choice


def _property_names(node: Any) -> set[str]:
    names: set[str] = set()
    if isinstance(node, dict):
        names |= set(node.get("properties", {}))
        for value in node.values():
            names |= _property_names(value)
    elif isinstance(node, list):
        for value in node:
            names |= _property_names(value)
    return names


def test_the_docs_mention_every_field_of_the_schema() -> None:
    missing = sorted(name for name in _property_names(SCHEMA) if f"`{name}`" not in DOCS)
    assert missing == []
