"""One text rule for every text of every record (issue 13, section 1; docs/file-format.md).

A project keeps any text JSON can hold except lone surrogates, which are refused at load with
the place named; the Excel export (and the resource-log CSV) writes every character a project
can hold, so export never dies and never writes ill-formed XML.
"""

from __future__ import annotations

import copy
import functools
import io
import json
import zipfile
from typing import Any
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.project import ProjectError, project_from_bytes, project_to_bytes
from score_desktop.project.excel import build_workbook
from score_desktop.project.safe_text import is_xml_safe, xml_safe_copy, xml_text
from score_desktop.tools.resource_efficiency.io import read_log_csv, write_log_csv
from tests.project.factories import full_document, full_project, to_bytes

NASTY = "\x00\x01\x1f\ufffe\uffff\x7f"  # short: some texts have a length limit


def _leaves(value: Any, path: tuple = ()):
    """(path, text) of every string value, and (path + (KEY,), key) of every object key."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield (*path, ("key", key)), key
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _leaves(item, (*path, index))


def _set(document: Any, path: tuple, make) -> None:
    """Replace the text at ``path`` (a value, or a key when the step is ('key', name))."""
    target = document
    for step in path[:-1]:
        target = target[step]
    last = path[-1]
    if isinstance(last, tuple):
        _, key = last
        target[make(key)] = target.pop(key)
    else:
        target[last] = make(target[last])


def _place(path: tuple) -> str:
    """The place as the loader names it, e.g. vsm_maps[0].steps[1].name."""
    text = ""
    for step in path:
        if isinstance(step, int):
            text += f"[{step}]"
        elif isinstance(step, tuple):
            return f"a name in {text}" if text else "a name in the file"
        else:
            text += f".{step}" if text else step
    return text


@functools.cache
def free_text_paths() -> tuple[tuple, ...]:
    """Every text in the sample project that the loader accepts whatever it holds.

    Choices from a list (a stop category, a distribution kind) and periods are not free
    text; names stay free text when every reference to them changes with them (which the
    all-at-once test does).
    """
    found = []
    for path, text in _leaves(full_document()):
        document = full_document()
        _set(document, path, lambda s: s + "\x01")
        try:
            saved = json.loads(project_to_bytes(project_from_bytes(to_bytes(document))))
        except ProjectError:
            continue
        if text + "\x01" in {t for _, t in _leaves(saved)}:  # kept: a text of the project
            found.append(path)
    values = [p for p in found if not isinstance(p[-1], tuple)]
    keys = sorted((p for p in found if isinstance(p[-1], tuple)), key=len, reverse=True)
    return tuple(values + keys)  # keys last, deepest first: paths stay valid in order


def test_the_sample_has_free_text_in_every_record_type():
    sections = {path[0] for path in free_text_paths()}
    assert {"meta", "oee_records", "demands", "lines", "value_streams", "resource_logs"} <= sections
    assert len(free_text_paths()) > 40


def _workbook_is_well_formed(workbook: openpyxl.Workbook) -> bytes:
    buffer = io.BytesIO()
    workbook.save(buffer)
    data = buffer.getvalue()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))  # raises on ill-formed XML
    openpyxl.load_workbook(io.BytesIO(data)).close()
    return data


def test_every_free_text_at_once_saves_loads_and_exports(tmp_path):
    document = full_document()
    for path in free_text_paths():
        _set(document, path, lambda s: s + NASTY)
    project = project_from_bytes(to_bytes(document))
    assert project_from_bytes(project_to_bytes(project)) == project
    data = _workbook_is_well_formed(build_workbook(project))
    archive = zipfile.ZipFile(io.BytesIO(data))
    text = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".xml"))
    assert "\u2400\u2401" in text and "\ufffd" in text  # the documented replacements
    log = project.resource_logs[0].log
    write_log_csv(log, tmp_path / "log.csv")
    assert read_log_csv(tmp_path / "log.csv").log.periods[0].note == log.periods[0].note


any_character = st.one_of(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()),
    st.sampled_from(list("\x00\x01\x1f\ufffe\uffff\ud800\udbff\udc00\udfff\t\r\n")),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=st.text(any_character, max_size=12))
def test_any_text_in_any_field_is_refused_with_its_place_or_kept_and_exported(data, text):
    path = data.draw(st.sampled_from(free_text_paths()))
    document = copy.deepcopy(full_document())
    _set(document, path, lambda s: s + text)
    raw = to_bytes(document)
    if any(0xD800 <= ord(c) <= 0xDFFF for c in text):
        with pytest.raises(ProjectError, match="lone surrogate") as info:
            project_from_bytes(raw)
        assert _place(path) in str(info.value)
        return
    try:
        project = project_from_bytes(raw)
    except ProjectError as exc:  # too long, or a name made blank: never a text rule
        assert "lone surrogate" not in str(exc)
        return
    assert project_from_bytes(project_to_bytes(project)) == project
    _workbook_is_well_formed(build_workbook(project))


@given(st.text(any_character))
def test_xml_text_is_safe_and_leaves_safe_text_alone(text):
    cleaned = xml_text(text)
    assert is_xml_safe(cleaned)
    assert len(cleaned) == len(text)
    if is_xml_safe(text):
        assert cleaned == text
    ElementTree.fromstring(f"<a>{cleaned.replace('&', '&amp;').replace('<', '&lt;')}</a>")


def test_safe_copy_of_ordinary_text_is_the_same_object():
    project = full_project()
    assert xml_safe_copy(project) is project


def test_the_rule_is_documented():
    from pathlib import Path

    doc = (Path(__file__).parents[2] / "docs" / "file-format.md").read_text(encoding="utf-8")
    assert "lone surrogate" in doc and "U+2400" in doc and "U+FFFD" in doc


def test_json_escape_of_a_lone_surrogate_names_the_field():
    raw = json.dumps({"format_version": 1, "meta": {"name": "a\ud800"}}).encode()
    with pytest.raises(ProjectError, match=r"meta\.name holds a lone surrogate"):
        project_from_bytes(raw)
