"""Hostile files for every loader and importer: devices, pipes, bombs, damaged workbooks.

Issue 13, sections 2 and 3: anything that is not a regular file is refused before it is read,
reading has a hard byte limit whatever ``stat`` says, every workbook goes through one safe
opener with unpacked-size limits, and every error has the importer's own type with a place.
"""

from __future__ import annotations

import io
import os
import signal
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest

from score_desktop.project import ProjectError, load_project
from score_desktop.project.recovery import pending_recoveries
from score_desktop.tools import safe_files
from score_desktop.tools.line_balancing.importers import read_line
from score_desktop.tools.line_balancing.validation import LineValidationError
from score_desktop.tools.resource_efficiency import LogImportError, read_log
from score_desktop.tools.safe_files import ImportFileError, decode_text, read_bounded

posix_only = pytest.mark.skipif(os.name != "posix", reason="devices and FIFOs are POSIX")


@pytest.fixture(autouse=True)
def _deadline():
    """A hang fails the test after 30 s instead of blocking the suite."""
    if os.name != "posix":
        yield
        return

    def expired(*_):
        raise TimeoutError("the read did not end: a hang")

    old = signal.signal(signal.SIGALRM, expired)
    signal.alarm(30)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _importers():
    """(suffix, function that reads a path, error type) for every way a user opens a file."""
    return [
        (".scoreproj", load_project, ProjectError),
        (".csv", lambda p: read_line(p, cycle_time=10), LineValidationError),
        (".IN2", lambda p: read_line(p, cycle_time=10), LineValidationError),
        (".alb", lambda p: read_line(p), LineValidationError),
        (".xlsx", lambda p: read_line(p, cycle_time=10), LineValidationError),
        (".csv", read_log, LogImportError),
        (".xlsx", read_log, LogImportError),
    ]


IMPORTERS = _importers()
IDS = [f"{e.__name__}{s}" for s, _, e in IMPORTERS]


def _fifo(tmp_path: Path, suffix: str) -> Path:
    path = tmp_path / f"pipe{suffix}"
    os.mkfifo(path)
    return path


def _device_link(tmp_path: Path, suffix: str, device: str) -> Path:
    path = tmp_path / f"device{suffix}"
    path.symlink_to(device)
    return path


@posix_only
@pytest.mark.parametrize(("suffix", "read", "error"), IMPORTERS, ids=IDS)
@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "fifo", "folder"])
def test_what_is_not_a_regular_file_is_refused_at_once(tmp_path, suffix, read, error, device):
    if device == "fifo":
        path = _fifo(tmp_path, suffix)
    elif device == "folder":
        path = tmp_path / f"folder{suffix}"
        path.mkdir()
    else:
        path = _device_link(tmp_path, suffix, device)
    start = time.perf_counter()
    with pytest.raises(error) as info:
        read(path)
    assert time.perf_counter() - start < 2
    message = str(info.value)
    assert path.name in message
    assert any(w in message for w in ("a device", "a pipe", "a folder")), message


@posix_only
def test_the_direct_paths_of_devices_are_refused():
    for device in ("/dev/zero", "/dev/urandom", "/dev/null"):
        with pytest.raises(ImportFileError, match="is a device, not a file to open"):
            read_bounded(device)
        with pytest.raises(ProjectError, match="is a device, not a project file"):
            load_project(device)


def test_the_byte_limit_holds_whatever_stat_says(tmp_path, monkeypatch):
    path = tmp_path / "grows.csv"
    path.write_bytes(b"x" * 5000)
    real_fstat = os.fstat

    class Lying:
        def __init__(self, result):
            self._result = result

        def __getattr__(self, name):
            return 10 if name == "st_size" else getattr(self._result, name)

    monkeypatch.setattr(safe_files.os, "fstat", lambda fd: Lying(real_fstat(fd)))
    monkeypatch.setattr(safe_files.os, "stat", lambda p: Lying(os.lstat(p)))
    with pytest.raises(safe_files.FileTooLargeError, match="over 1 KB are refused"):
        read_bounded(path, limit=1024)
    assert read_bounded(path, limit=5000) == b"x" * 5000


# --- workbooks ------------------------------------------------------------------------------


def _workbook_bytes(rows) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Log"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


LOG_ROWS = [["period", "production [t]", "Electricity [kWh]"], ["2024-01", 10, 100]]
TASK_ROWS = [["task", "time", "predecessors"], ["A", 1, None], ["B", 2, "A"]]


def _replace_member(data: bytes, member: str, writer) -> bytes:
    """The workbook ``data`` with ``member`` rewritten by ``writer(handle)``."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename != member:
                target.writestr(info, source.read(info))
        with target.open(member, "w", force_zip64=True) as handle:
            writer(handle)
        if member not in source.namelist():
            pass
    return out.getvalue()


def _sheet_xml(cells: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f"<sheetData>{cells}</sheetData></worksheet>"
    ).encode()


SHEET = "xl/worksheets/sheet1.xml"
XLSX_READERS = [
    (lambda p: read_line(p, cycle_time=10), LineValidationError, TASK_ROWS),
    (read_log, LogImportError, LOG_ROWS),
]
XLSX_IDS = ["task table", "resource log"]


@pytest.mark.parametrize(("read", "error", "rows"), XLSX_READERS, ids=XLSX_IDS)
def test_shared_strings_bomb_is_refused_quickly(tmp_path, read, error, rows):
    """A workbook of a few hundred KB whose text table inflates to 190 MB."""
    piece = b"<si><t>" + b"A" * 1000 + b"</t></si>"

    def write(handle):
        handle.write(b'<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/')
        handle.write(b'spreadsheetml/2006/main">')
        block = piece * 1000
        for _ in range(190_000_000 // len(block)):
            handle.write(block)
        handle.write(b"</sst>")

    data = _replace_member(_workbook_bytes(rows), "xl/sharedStrings.xml", write)
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(data)
    assert path.stat().st_size < 1_000_000
    start = time.perf_counter()
    with pytest.raises(error, match=r"unpacks to 18[0-9] MB"):
        read(path)
    assert time.perf_counter() - start < 1.0


@pytest.mark.parametrize(("read", "error", "rows"), XLSX_READERS, ids=XLSX_IDS)
def test_one_gigabyte_zip_bomb_is_refused_before_inflating(tmp_path, read, error, rows):
    zeros = b"\0" * (1 << 20)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for info in zipfile.ZipFile(io.BytesIO(_workbook_bytes(rows))).infolist():
            if info.filename != SHEET:
                archive.writestr(
                    info, zipfile.ZipFile(io.BytesIO(_workbook_bytes(rows))).read(info)
                )
        with archive.open(SHEET, "w", force_zip64=True) as handle:
            for _ in range(1024):
                handle.write(zeros)
    path = tmp_path / "gig.xlsx"
    path.write_bytes(out.getvalue())
    start = time.perf_counter()
    with pytest.raises(error, match="unpacks to 1024 MB"):
        read(path)
    assert time.perf_counter() - start < 1.0


def _header_xml(names) -> str:
    cells = "".join(
        f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{name}</t></is></c>'
        for i, name in enumerate(names)
    )
    return f'<row r="1">{cells}</row>'


def _hostile_sheet(attack: str, header) -> bytes:
    if attack == "ParseError":
        return _sheet_xml(_header_xml(header)[:-6])  # a row that is never closed
    if attack == "Invalid datetime value":
        return _sheet_xml(
            _header_xml(header) + '<row r="2"><c r="A2" t="d"><v>not a date</v></c></row>'
        )
    prolog = '<?xml version="1.0" encoding="UTF-8"?>'
    body = _sheet_xml(_header_xml(header) + "&a;").decode()[len(prolog) :]
    return f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>{body}'.encode()


HOSTILE_SHEETS = ("ParseError", "Invalid datetime value", "EntitiesForbidden")


@pytest.mark.parametrize(("read", "error", "rows"), XLSX_READERS, ids=XLSX_IDS)
@pytest.mark.parametrize("attack", HOSTILE_SHEETS)
def test_every_openpyxl_error_becomes_the_importers_error(tmp_path, read, error, rows, attack):
    data = _replace_member(
        _workbook_bytes(rows), SHEET, lambda h: h.write(_hostile_sheet(attack, rows[0]))
    )
    path = tmp_path / "hostile.xlsx"
    path.write_bytes(data)
    with pytest.raises(error) as info:
        read(path)
    message = str(info.value)
    assert "hostile.xlsx" in message
    assert "\n" not in message
    if attack == "Invalid datetime value":
        assert "row 2" in message


# --- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        "period,production [t]\n2024-01,1\n".encode("utf-16")[:-1],  # truncated UTF-16
        b"\xff\xfe" + "period\n".encode("utf-16-le") + b"\x00\xd8" + "x\n".encode("utf-16-le"),
    ],
    ids=["truncated UTF-16", "lone surrogate in UTF-16"],
)
def test_damaged_utf16_log_is_a_log_import_error_with_its_row(tmp_path, data):
    path = tmp_path / "log.csv"
    path.write_bytes(data)
    with pytest.raises(LogImportError, match=r"log\.csv, row \d+: damaged UTF-16 text"):
        read_log(path)


def test_decode_text_falls_back_to_windows_1252():
    assert decode_text("café €".encode("cp1252")) == "café €"
    assert decode_text("\ufeffcafé".encode()) == "café"
    assert decode_text("café".encode("utf-16")) == "café"


def test_import_error_names_file_row_and_column():
    error = ImportFileError("not a number", source="log.csv", row=4, column="water [m3]")
    assert str(error) == "log.csv, row 4, column 'water [m3]': not a number"
    assert isinstance(LogImportError("x"), ImportFileError)


@posix_only
def test_recovery_folder_with_a_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "autosave-x.recovery.json")
    assert pending_recoveries(tmp_path) == []
