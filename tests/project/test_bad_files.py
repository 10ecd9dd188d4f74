"""Every kind of bad project file is refused with one ProjectError that says what and where."""

from __future__ import annotations

import copy
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.project import (
    ProjectError,
    fileio,
    load_project,
    project_from_bytes,
    project_to_bytes,
)
from score_desktop.project.migrations import CURRENT_FORMAT_VERSION
from score_desktop.tools import safe_files
from tests.project.factories import document_with, full_document, full_project, to_bytes

FILE = "plant.scoreproj"


def refuse(tmp_path: Path, raw: bytes, *fragments: str) -> str:
    """Load ``raw`` from a file; it must raise ProjectError naming the file and ``fragments``."""
    path = tmp_path / FILE
    path.write_bytes(raw)
    with pytest.raises(ProjectError) as caught:
        load_project(path)
    message = str(caught.value)
    assert message.startswith(f"{FILE}: "), message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert "Traceback" not in message
    assert caught.value.__cause__ is None  # the app shows the message, never a chain
    return message


# --- not JSON at all ----------------------------------------------------------------------


def test_every_truncation_of_a_valid_file_is_refused() -> None:
    raw = project_to_bytes(full_project()).rstrip()  # the full text minus the final newline
    assert len(raw) > 2000
    for cut in range(len(raw)):
        with pytest.raises(ProjectError) as caught:
            project_from_bytes(raw[:cut], FILE)
        assert str(caught.value).startswith(f"{FILE}: ")
    assert project_from_bytes(raw) == full_project()  # the whole file is fine


def test_truncated_file_message_says_damaged(tmp_path: Path) -> None:
    raw = project_to_bytes(full_project())
    refuse(tmp_path, raw[: len(raw) // 2], "damaged or not a project file", "line")


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        (b"", "damaged or not a project file"),
        (b"   \n\t ", "damaged or not a project file"),
        (b"\x00" * 64, "damaged or not a project file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a UTF-8 text file"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "damaged or not a project file"),
        (random.Random(1).randbytes(4096), "not a UTF-8 text file"),
        (b"format_version = 2", "damaged or not a project file"),
        (b"{'format_version': 2}", "damaged or not a project file"),
        (b'{"format_version": 2,}', "damaged or not a project file"),
    ],
    ids=["empty", "whitespace", "nul-bytes", "png", "zip", "random", "toml", "python", "comma"],
)
def test_junk_is_refused(tmp_path: Path, raw: bytes, fragment: str) -> None:
    refuse(tmp_path, raw, fragment)


@pytest.mark.parametrize(
    "raw",
    [
        b"[]",
        b'[{"format_version": 2}]',
        b'"text"',
        b"2",
        b"null",
        b"true",
        b"{}",
        b'{"formatversion": 2}',
    ],
)
def test_json_that_is_not_a_project_is_refused(tmp_path: Path, raw: bytes) -> None:
    refuse(tmp_path, raw, "not a SCORE Desktop project (no format_version)")


@pytest.mark.parametrize("opening", ["[", '{"a":', '{"format_version": 2, "meta": ['])
def test_deeply_nested_json_is_refused(tmp_path: Path, opening: str) -> None:
    refuse(tmp_path, (opening * 100_000).encode(), "nested too deeply")


def test_deeply_nested_but_complete_json_is_refused(tmp_path: Path) -> None:
    raw = b'{"format_version": 2, "meta": {"notes": ' + b"[" * 100_000 + b"]" * 100_000 + b"}}"
    refuse(tmp_path, raw, "nested too deeply")


def test_nesting_a_little_is_a_type_error_not_a_crash(tmp_path: Path) -> None:
    raw = b'{"format_version": 2, "meta": {"notes": ' + b"[" * 500 + b"]" * 500 + b"}}"
    refuse(tmp_path, raw, 'project metadata: "notes" must be text, found a list')


# --- wrong encoding -----------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_files_are_refused(tmp_path: Path, encoding: str) -> None:
    raw = project_to_bytes(full_project()).decode("utf-8").encode(encoding)
    message = refuse(tmp_path, raw)
    assert "not a UTF-8 text file" in message or "damaged or not a project file" in message


def test_latin1_file_is_refused_with_the_position(tmp_path: Path) -> None:
    raw = json.dumps({"format_version": 2, "meta": {"name": "Café Müller"}}, ensure_ascii=False)
    latin1 = raw.encode("latin-1")
    position = latin1.index(b"\xe9")
    refuse(tmp_path, latin1, "not a UTF-8 text file", f"position {position}")


def test_lone_surrogate_escape_is_refused(tmp_path: Path) -> None:
    raw = b'{"format_version": 2, "meta": {"author": "half \\ud83d a smiley"}}'
    refuse(tmp_path, raw, "meta.author holds a lone surrogate")


# --- format_version -----------------------------------------------------------------------


@pytest.mark.parametrize("version", ['"2"', "true", "false", "null", "2.5", "[2]", '{"v": 2}'])
def test_format_version_that_is_not_a_whole_number_is_refused(tmp_path: Path, version: str) -> None:
    raw = f'{{"format_version": {version}}}'.encode()
    refuse(tmp_path, raw, '"format_version" must be a whole number')


def test_format_version_written_as_2_point_0_is_read_as_2() -> None:
    assert project_from_bytes(b'{"format_version": 2.0}').oee_records == ()


@pytest.mark.parametrize("version", [CURRENT_FORMAT_VERSION + 1, 99, 10**400])
def test_newer_format_version_is_refused_with_update_advice(tmp_path: Path, version: int) -> None:
    raw = to_bytes(document_with(("format_version",), version))
    refuse(tmp_path, raw, "newer than this app understands", "please update SCORE Desktop")


@pytest.mark.parametrize("version", [0, -1])
def test_unknown_old_format_version_is_refused(tmp_path: Path, version: int) -> None:
    refuse(
        tmp_path,
        f'{{"format_version": {version}}}'.encode(),
        f"format version {version} is not a known version",
    )


# --- wrong types, field by field ----------------------------------------------------------

OEE = ("oee_records", 0)
STOP = ("oee_records", 0, "stops", 0)
DEMAND = ("demands", 0)
META = ("meta",)
OEE_WHERE = 'OEE record "Press 1 Mon"'
STOP_WHERE = 'OEE record "Press 1 Mon", stop #1'
DEMAND_WHERE = 'demand record "Brackets"'
META_WHERE = "project metadata"

TEXT_FIELDS = (
    [
        (META, META_WHERE, k)
        for k in ("name", "company", "site", "author", "notes", "currency", "created", "modified")
    ]
    + [(OEE, OEE_WHERE, k) for k in ("machine", "date", "notes")]
    + [
        (STOP, STOP_WHERE, "reason"),
        (DEMAND, DEMAND_WHERE, "efficiency_oee_record"),
        (DEMAND, DEMAND_WHERE, "notes"),
    ]
)
NUMBER_FIELDS = (
    [
        (OEE, OEE_WHERE, k)
        for k in (
            "shift_length_min",
            "planned_breaks_min",
            "ideal_cycle_time_s",
            "minor_stop_threshold_min",
            "calendar_time_min",
        )
    ]
    + [(STOP, STOP_WHERE, k) for k in ("start_min", "duration_min")]
    + [
        (DEMAND, DEMAND_WHERE, k)
        for k in (
            "demand",
            "shift_length_min",
            "breaks_per_shift_min",
            "working_days_per_period",
            "efficiency",
            "work_content_s",
        )
    ]
)
INTEGER_FIELDS = [(OEE, OEE_WHERE, k) for k in ("total_count", "good_count", "startup_rejects")] + [
    (DEMAND, DEMAND_WHERE, k) for k in ("shifts_per_day", "pack_out_quantity")
]
CHOICE_FIELDS = [(STOP, STOP_WHERE, "category"), (DEMAND, DEMAND_WHERE, "period")]


def _ids(fields: list[tuple[tuple, str, str]]) -> list[str]:
    return [f"{where}.{key}" for _, where, key in fields]


@pytest.mark.parametrize(("base", "where", "key"), TEXT_FIELDS, ids=_ids(TEXT_FIELDS))
@pytest.mark.parametrize(
    ("value", "found"),
    [(5, "the number 5"), (True, "true/false"), ([], "a list"), ({}, "an object")],
)
def test_text_field_with_wrong_type(
    tmp_path: Path, base: tuple, where: str, key: str, value: Any, found: str
) -> None:
    raw = to_bytes(document_with((*base, key), value))
    refuse(tmp_path, raw, f'{where}: "{key}" must be text, found {found}')


@pytest.mark.parametrize(("base", "where", "key"), NUMBER_FIELDS, ids=_ids(NUMBER_FIELDS))
@pytest.mark.parametrize(
    ("value", "found"),
    [("12", 'the text "12"'), (True, "true/false"), ([1], "a list"), ({"min": 1}, "an object")],
)
def test_number_field_with_wrong_type(
    tmp_path: Path, base: tuple, where: str, key: str, value: Any, found: str
) -> None:
    raw = to_bytes(document_with((*base, key), value))
    refuse(tmp_path, raw, f'{where}: "{key}" must be a number, found {found}')


@pytest.mark.parametrize(("base", "where", "key"), INTEGER_FIELDS, ids=_ids(INTEGER_FIELDS))
@pytest.mark.parametrize(
    ("value", "found"),
    [(1.5, "the number 1.5"), ("3", 'the text "3"'), (False, "true/false"), ([3], "a list")],
)
def test_whole_number_field_with_wrong_type(
    tmp_path: Path, base: tuple, where: str, key: str, value: Any, found: str
) -> None:
    raw = to_bytes(document_with((*base, key), value))
    refuse(tmp_path, raw, f'{where}: "{key}" must be a whole number, found {found}')


@pytest.mark.parametrize(("base", "where", "key"), CHOICE_FIELDS, ids=_ids(CHOICE_FIELDS))
def test_choice_field_with_unknown_value(tmp_path: Path, base: tuple, where: str, key: str) -> None:
    refuse(
        tmp_path,
        to_bytes(document_with((*base, key), "Breakdown!")),
        f'{where}: "{key}" must be one of',
        'found "Breakdown!"',
    )
    refuse(
        tmp_path,
        to_bytes(document_with((*base, key), 3)),
        f'{where}: "{key}" must be text, found the number 3',
    )


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        (("oee_records",), {}, 'project file: "oee_records" must be a list, found an object'),
        (("demands",), "none", 'project file: "demands" must be a list, found the text "none"'),
        (("meta",), [], "project metadata: expected an object, found a list"),
        (("meta",), None, "project metadata: expected an object, found nothing (null)"),
        (("oee_records", 1), 7, "OEE record #2: expected an object, found the number 7"),
        (("demands", 0), "x", 'demand record #1: expected an object, found the text "x"'),
        (("oee_records", 0, "stops"), {}, f'{OEE_WHERE}: "stops" must be a list, found an object'),
        (("oee_records", 0, "stops", 2), [], f"{OEE_WHERE}, stop #3: expected an object"),
        (("oee_records", 1, "name"), 12, 'OEE record #2: "name" must be text'),
        (("demands", 1, "name"), None, 'demand record #2: "name" is missing'),
        (("oee_records", 0, "name"), ..., 'OEE record #1: "name" is missing'),
        (
            ("oee_records", 0, "stops", 1, "duration_min"),
            ...,
            f'{OEE_WHERE}, stop #2: "duration_min" is missing',
        ),
        (("demands", 0, "demand"), ..., f'{DEMAND_WHERE}: "demand" is missing'),
        (("demands", 0, "demand"), None, f'{DEMAND_WHERE}: "demand" is missing'),
    ],
)
def test_structure_with_wrong_type_or_missing_field(
    tmp_path: Path, path: tuple, value: Any, message: str
) -> None:
    refuse(tmp_path, to_bytes(document_with(path, value)), message)


# --- values out of range ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ((*OEE, "shift_length_min"), 0, f'{OEE_WHERE}: "shift_length_min" must be greater than 0'),
        ((*OEE, "shift_length_min"), 100_001, '"shift_length_min" must be at most 100000'),
        ((*OEE, "planned_breaks_min"), -1, '"planned_breaks_min" must be at least 0, found -1'),
        ((*OEE, "ideal_cycle_time_s"), 0, '"ideal_cycle_time_s" must be greater than 0'),
        ((*OEE, "total_count"), -5, f'{OEE_WHERE}: "total_count" must be at least 0, found -5'),
        ((*OEE, "minor_stop_threshold_min"), -0.5, '"minor_stop_threshold_min" must be at least 0'),
        ((*OEE, "calendar_time_min"), 0, '"calendar_time_min" must be greater than 0'),
        ((*STOP, "start_min"), -3, f'{STOP_WHERE}: "start_min" must be at least 0, found -3'),
        ((*STOP, "duration_min"), -1, f'{STOP_WHERE}: "duration_min" must be at least 0'),
        ((*DEMAND, "demand"), 0, f'{DEMAND_WHERE}: "demand" must be greater than 0, found 0'),
        ((*DEMAND, "demand"), -10, '"demand" must be greater than 0, found -10'),
        ((*DEMAND, "shift_length_min"), 1441, '"shift_length_min" must be at most 1440'),
        ((*DEMAND, "shifts_per_day"), 0, '"shifts_per_day" must be at least 1, found 0'),
        ((*DEMAND, "working_days_per_period"), 32, '"working_days_per_period" must be at most 31'),
        ((*DEMAND, "working_days_per_period"), 0, '"working_days_per_period" must be greater'),
        ((*DEMAND, "pack_out_quantity"), 0, '"pack_out_quantity" must be at least 1'),
        ((*DEMAND, "efficiency"), 1.2, '"efficiency" must be at most 1, found 1.2'),
        ((*DEMAND, "efficiency"), 0, '"efficiency" must be greater than 0'),
        ((*DEMAND, "work_content_s"), -1, '"work_content_s" must be at least 0'),
        ((*META, "name"), "x" * 201, 'project metadata: "name" is longer than 200 characters'),
        ((*META, "currency"), "DOLLARS!!!!", '"currency" is longer than 10 characters'),
        ((*META, "notes"), "x" * 100_001, '"notes" is longer than 100,000 characters'),
        ((*OEE, "name"), "P" * 201, 'OEE record #1: "name" is longer than 200 characters'),
        ((*OEE, "name"), "", "OEE record #1: the name is empty"),
        ((*DEMAND, "name"), " \t\n ", "demand record #1: the name is empty"),
        ((*STOP, "reason"), "r" * 201, '"reason" is longer than 200 characters'),
    ],
)
def test_value_out_of_range(tmp_path: Path, path: tuple, value: Any, message: str) -> None:
    refuse(tmp_path, to_bytes(document_with(path, value)), message)


# --- huge numbers -------------------------------------------------------------------------


def _raw_with_literal(path: tuple, literal: str) -> bytes:
    marker = "__LITERAL__"
    return to_bytes(document_with(path, marker)).replace(f'"{marker}"'.encode(), literal.encode())


@pytest.mark.parametrize(
    ("path", "literal", "message"),
    [
        ((*OEE, "total_count"), "1e308", f'{OEE_WHERE}: "total_count" is not a usable number'),
        ((*OEE, "shift_length_min"), "1e308", '"shift_length_min" is not a usable number (1e+308)'),
        (
            (*OEE, "ideal_cycle_time_s"),
            "1" + "0" * 400,
            '"ideal_cycle_time_s" is not a usable number (a 401-digit number)',
        ),
        (
            (*OEE, "good_count"),
            "1" + "0" * 400,
            '"good_count" is not a usable number (a 401-digit number)',
        ),
        ((*STOP, "duration_min"), "-" + "9" * 400, f'{STOP_WHERE}: "duration_min" is not a usable'),
        ((*DEMAND, "demand"), "1e400", "the number 1e400 is too large to be a value"),
        ((*DEMAND, "pack_out_quantity"), "-1E+999", "the number -1E+999 is too large"),
        (("value_streams", 0, "customer", "demand_per_day"), "1e400", "1e400 is too large"),
        (("value_streams", 0, "steps", 1, "buffer", "inventory"), "2e308", "2e308 is too large"),
        (
            ("value_streams", 0, "steps", 0, "cycle_time", "mean"),
            "1" + "0" * 400,
            'value stream "Current state": a value has the wrong type or is too large',
        ),
        (
            ("resource_logs", 0, "log", "tariffs", "electricity_kwh", "price_per_unit"),
            "9" * 400,
            'resource log "Dye house 2025": a value has the wrong type or is too large',
        ),
        ((*DEMAND, "work_content_s"), "1e13", '"work_content_s" is not a usable number (1e+13)'),
        ((*META, "notes"), "1" + "0" * 400, '"notes" must be text, found a 401-digit number'),
        ((*OEE, "machine"), "1e308", '"machine" must be text, found the number 1e+308'),
        ((*OEE, "calendar_time_min"), "NaN", "the value NaN is not allowed in a project file"),
        ((*OEE, "total_count"), "Infinity", "the value Infinity is not allowed"),
        ((*STOP, "start_min"), "-Infinity", "the value -Infinity is not allowed"),
        ((*DEMAND, "demand"), "1" * 5000, "a whole number with 5000 digits is too long"),
    ],
)
def test_huge_numbers_are_refused(tmp_path: Path, path: tuple, literal: str, message: str) -> None:
    refuse(tmp_path, _raw_with_literal(path, literal), message)


def test_largest_allowed_number_is_accepted() -> None:
    raw = _raw_with_literal((*DEMAND, "demand"), "1e12")
    assert project_from_bytes(raw).demands[0].demand == 1e12


# --- rules between fields -----------------------------------------------------------------


def _press2(**fields: Any) -> bytes:
    record = {"name": "Press 2", "total_count": 500, "good_count": 480} | fields
    return to_bytes({"format_version": 2, "oee_records": [record]})


def test_good_count_above_total_names_record_and_both_counts(tmp_path: Path) -> None:
    message = refuse(tmp_path, _press2(good_count=510))
    assert message == f'{FILE}: OEE record "Press 2": good count 510 exceeds total count 500'


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"planned_breaks_min": 480},
            'OEE record "Press 2": planned breaks 480 min are not shorter than the shift 480 min',
        ),
        (
            {"shift_length_min": 60, "planned_breaks_min": 90},
            "planned breaks 90 min are not shorter than the shift 60 min",
        ),
        (
            {"good_count": 480, "startup_rejects": 21},
            "start-up rejects 21 exceed the rejected count 20 (total 500 - good 480)",
        ),
        (
            {"planned_breaks_min": 30, "stops": [{"duration_min": 400}, {"duration_min": 51}]},
            'OEE record "Press 2": stops add up to 451 min, more than the planned production '
            "time 450 min",
        ),
        ({"calendar_time_min": 479}, "calendar time 479 min is shorter than the shift 480 min"),
    ],
)
def test_oee_rules_between_fields(tmp_path: Path, fields: dict, message: str) -> None:
    refuse(tmp_path, _press2(**fields), message)


def test_stops_exactly_filling_the_planned_time_are_accepted() -> None:
    raw = _press2(planned_breaks_min=30, stops=[{"duration_min": 400}, {"duration_min": 50}])
    assert len(project_from_bytes(raw).oee_records[0].stops) == 2


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"shift_length_min": 30, "breaks_per_shift_min": 45},
            'demand record "Line A": breaks 45 min are not shorter than the shift 30 min',
        ),
        ({"breaks_per_shift_min": 480}, "breaks 480 min are not shorter than the shift 480 min"),
        ({"shifts_per_day": 4}, "4 shifts of 480 min do not fit in a day"),
    ],
)
def test_demand_rules_between_fields(tmp_path: Path, fields: dict, message: str) -> None:
    raw = to_bytes({"format_version": 2, "demands": [{"name": "Line A", "demand": 100} | fields]})
    refuse(tmp_path, raw, message)


@pytest.mark.parametrize(
    ("section", "label"), [("oee_records", "OEE records"), ("demands", "demand records")]
)
def test_duplicate_record_names_are_refused(tmp_path: Path, section: str, label: str) -> None:
    document = full_document()
    document[section].append(copy.deepcopy(document[section][0]))
    name = document[section][0]["name"]
    refuse(tmp_path, to_bytes(document), f'two {label} are called "{name}"; names must differ')


def test_names_differing_only_in_outer_spaces_are_duplicates(tmp_path: Path) -> None:
    document = full_document()
    document["oee_records"][1]["name"] = "  Press 1 Mon "
    refuse(tmp_path, to_bytes(document), 'two OEE records are called "Press 1 Mon"')


def test_same_name_in_different_sections_is_fine() -> None:
    document = full_document()
    document["demands"][0]["name"] = document["oee_records"][0]["name"]
    assert project_from_bytes(to_bytes(document)).demands[0].name == "Press 1 Mon"


# --- the file itself ----------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match=r"^nowhere\.scoreproj: no such file$"):
        load_project(tmp_path / "nowhere.scoreproj")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.scoreproj"
    folder.mkdir()
    with pytest.raises(ProjectError, match=r"^folder\.scoreproj: is a folder"):
        load_project(folder)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root can read a chmod 000 file; the monkeypatched test covers it",
)
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / FILE
    path.write_bytes(project_to_bytes(full_project()))
    path.chmod(0)
    try:
        with pytest.raises(ProjectError, match=r"cannot be read \(Permission denied\)"):
            load_project(path)
    finally:
        path.chmod(0o600)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / FILE
    path.write_bytes(project_to_bytes(full_project()))

    def denied(path, flags, *args):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(safe_files.os, "open", denied)
    with pytest.raises(ProjectError, match=rf"^{FILE}: cannot be read \(Permission denied\)$"):
        load_project(path)


def test_file_too_large_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fileio, "MAX_FILE_BYTES", 1000)
    path = tmp_path / FILE
    path.write_bytes(b" " * 2_000_000)
    with pytest.raises(ProjectError, match="larger than any project"):
        load_project(path)


# --- anything at all: ProjectError or a project, never another exception ------------------

json_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=20),
)
json_values = st.recursive(
    json_leaves,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


def _paths(value: Any, prefix: tuple = ()) -> list[tuple]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


ALL_PATHS = _paths(full_document())


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(path=st.sampled_from(ALL_PATHS), value=json_values, version=st.sampled_from([1, 2]))
def test_any_single_corruption_gives_a_project_or_a_project_error(
    path: tuple, value: Any, version: int
) -> None:
    document = document_with(path, value)
    if version == 1 and "oee_records" in document:  # exercise the migration path too
        document["oee"] = document.pop("oee_records")
        document["format_version"] = 1
    try:
        project_from_bytes(to_bytes(document), FILE)
    except ProjectError as exc:
        assert str(exc).startswith(f"{FILE}: ")


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=200))
def test_any_bytes_give_a_project_error(raw: bytes) -> None:
    with pytest.raises(ProjectError):
        project_from_bytes(raw, FILE)


# --- lines, value streams, resource logs ---------------------------------------------------

LINE = ("lines", 0)
VSM = ("value_streams", 0)
LOG = ("resource_logs", 0)
LINE_WHERE = 'line "Bracket assembly"'
VSM_WHERE = 'value stream "Current state"'
LOG_WHERE = 'resource log "Dye house 2025"'


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ((*LINE, "tasks", 0, "time"), "x", f'{LINE_WHERE}, task #1: "time" must be a number'),
        ((*LINE, "tasks", 1, "id"), "  ", f"{LINE_WHERE}, task #2: the task id is empty"),
        ((*LINE, "tasks", 0, "predecessors"), "A", "predecessors must be a list of task ids"),
        ((*LINE, "cycle_time"), 0, f'{LINE_WHERE}: "cycle_time" must be greater than 0'),
        ((*LINE, "station_count"), 0, '"station_count" must be at least 1, found 0'),
        (
            (*LINE, "restrictions", "must_not_share"),
            [["A", "B", "C"]],
            f'{LINE_WHERE}, restrictions: "must_not_share" must hold pairs of task ids',
        ),
        ((*LINE, "restrictions", "fixed_station"), {"A": 0}, '"fixed_station" must map task'),
        ((*LINE, "balance"), [["A", 3]], f"{LINE_WHERE}: station 1 must be a list of task ids"),
        ((*VSM, "steps", 0, "machines"), 0, f'{VSM_WHERE}, step "Stamping": machines must be'),
        ((*VSM, "steps", 1, "cycle_time", "kind"), "gamma", "cycle time: kind must be one of"),
        ((*VSM, "steps", 1, "cycle_time", "mode"), 60, "must have low <= mode <= high"),
        ((*VSM, "steps", 0, "rework_to"), "Paint", 'rework goes to step "Paint" which does not'),
        ((*VSM, "steps", 0, "buffer", "initial"), 51, "must not exceed the FIFO lane maximum"),
        ((*VSM, "customer", "calendar", "shift_hours"), 13, "must not exceed 24 hours"),
        ((*VSM, "steps", 0, "failures", "uptime_percent"), 0, "uptime must be > 0 %"),
        ((*VSM, "conwip", 0, "cards"), 0, f"{VSM_WHERE}, CONWIP loop 1: cards must be >= 1"),
        ((*LOG, "log", "periods", 1, "period"), "2025-13", "'2025-13' is not a month"),
        ((*LOG, "log", "frequency"), "daily", f"{LOG_WHERE}.frequency: must be monthly or weekly"),
        ((*LOG, "log", "periods", 0, "energy"), {"steam_t": 5}, "energy carrier not defined"),
        ((*LOG, "analysis", "drivers"), ["rainfall"], "analysis.drivers[0]: must be one of"),
        ((*LOG, "analysis", "baseline_first"), "", "analysis.baseline_first: must be a period"),
        ((*LOG, "log", "periods", 0, "production"), "120", "must be a finite number"),
        ((*LOG, "log"), ..., f"{LOG_WHERE}: expected an object"),
    ],
)
def test_tool_records_with_bad_values(
    tmp_path: Path, path: tuple, value: Any, message: str
) -> None:
    refuse(tmp_path, to_bytes(document_with(path, value)), message)


@pytest.mark.parametrize(
    ("section", "label"),
    [("lines", "lines"), ("value_streams", "value streams"), ("resource_logs", "resource logs")],
)
def test_duplicate_tool_record_names_are_refused(tmp_path: Path, section: str, label: str) -> None:
    document = full_document()
    document[section].append(copy.deepcopy(document[section][0]))
    name = document[section][0]["name"]
    refuse(tmp_path, to_bytes(document), f'two {label} are called "{name}"')
