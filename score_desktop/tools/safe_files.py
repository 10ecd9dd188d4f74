"""Bounded reading of user files for every loader and importer: regular files only, hard limits.

Everything a user opens goes through here, so a device (``/dev/zero``), a pipe, a huge file or
a zip bomb is refused quickly with one clear message instead of a hang or a MemoryError:

- :func:`read_bounded` reads at most ``limit`` bytes of a *regular* file, whatever ``stat``
  claims (a file that grows while it is read is refused too);
- :func:`decode_text` turns the bytes of a text table into text (UTF-8 with or without BOM,
  UTF-16 with BOM, else Windows-1252/Latin-1) and names the line of a bad byte;
- :func:`open_xlsx` checks the archive's declared unpacked sizes before openpyxl sees it
  (zipfile never inflates a member past its declared size) and :func:`sheet_rows` turns every
  error openpyxl raises while reading into an :class:`ImportFileError` with its row.

:class:`ImportFileError` is the one error type of importers; it names the file, the row
and the column where it can.
"""

from __future__ import annotations

import contextlib
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: Task tables and resource logs are far smaller; a project file has its own limit.
MAX_IMPORT_BYTES = 50 * 1024 * 1024
#: An .xlsx whose parts declare more than this when unpacked is refused.
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024
#: The shared strings part alone (openpyxl holds it in memory as Python strings).
MAX_SHARED_STRINGS_BYTES = 20 * 1024 * 1024
#: More parts than this is not a workbook a person made.
MAX_XLSX_MEMBERS = 5_000

_CHUNK = 1 << 20


class ImportFileError(ValueError):
    """A file that cannot be read or imported, with where the problem is."""

    def __init__(
        self, message: str, *, source: str = "", row: int | None = None, column: str = ""
    ) -> None:
        self.reason = message
        self.source = source
        self.row = row
        self.column = column
        super().__init__(self._text())

    def _text(self) -> str:
        where = [self.source] if self.source else []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        return f"{', '.join(where)}: {self.reason}" if where else self.reason


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _megabytes(size: int) -> str:
    return f"{size / 2**20:.0f} MB" if size >= 2**20 else f"{size / 1024:.0f} KB"


class FileTooLargeError(ImportFileError):
    """A file over the size limit of what is being read."""


def read_bounded(
    path: str | os.PathLike[str], limit: int = MAX_IMPORT_BYTES, *, what: str = "a file to open"
) -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`ImportFileError` for a missing file, a folder, a device, a pipe or a
    socket (checked before opening, and again on the open handle), for a file larger than
    ``limit`` (by ``stat`` and by what is actually read) and for any read error.
    """
    path = Path(path)
    name = path.name or str(path)
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            raise ImportFileError(f"is {_kind(mode)}, not {what}", source=name)
        flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
        flags |= getattr(os, "O_NOCTTY", 0)
        fd = os.open(path, flags)
        with os.fdopen(fd, "rb", buffering=0) as handle:
            opened = os.fstat(handle.fileno())
            if not stat.S_ISREG(opened.st_mode):  # replaced between stat and open
                raise ImportFileError(f"is {_kind(opened.st_mode)}, not {what}", source=name)
            if opened.st_size > limit:
                raise _too_large(name, opened.st_size, limit)
            chunks: list[bytes] = []
            total = 0
            while True:
                chunk = handle.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
                if total > limit:
                    raise _too_large(name, total, limit)
            return b"".join(chunks)
    except ImportFileError:
        raise
    except FileNotFoundError:
        raise ImportFileError("no such file", source=name) from None
    except IsADirectoryError:
        raise ImportFileError(f"is a folder, not {what}", source=name) from None
    except OSError as exc:
        raise ImportFileError(f"cannot be read ({exc.strerror or exc})", source=name) from None


def _too_large(name: str, size: int, limit: int) -> FileTooLargeError:
    return FileTooLargeError(
        f"the file is {_megabytes(size)} or more; files over {_megabytes(limit)} are refused",
        source=name,
    )


def decode_text(data: bytes, source: str = "") -> str:
    """Text from a table's bytes: UTF-8 (BOM or not), UTF-16 (with BOM), else Windows-1252.

    Bytes that are not valid UTF-8 fall back to Windows-1252 (Excel's "CSV" in Western
    Europe), or Latin-1 when they use a byte Windows-1252 leaves undefined. A damaged
    UTF-16 file is refused with the line of the bad bytes.
    """
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            line = data[: exc.start].decode("utf-16", errors="replace").count("\n") + 1
            raise ImportFileError(
                f"damaged UTF-16 text ({exc.reason} at byte {exc.start})", source=source, row=line
            ) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        holes = any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))
        return data.decode("latin-1" if holes else "cp1252")


def check_xlsx_archive(data: bytes, source: str = "") -> zipfile.ZipFile:
    """The workbook archive in ``data``, refused when its parts declare too much unpacked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise ImportFileError(
            "not a readable Excel workbook (.xlsx): damaged or another format", source=source
        ) from None
    if len(members) > MAX_XLSX_MEMBERS:
        raise ImportFileError(
            f"the workbook has {len(members):,} parts; more than {MAX_XLSX_MEMBERS:,} are refused",
            source=source,
        )
    unpacked = sum(info.file_size for info in members)
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            f"the workbook unpacks to {_megabytes(unpacked)}; workbooks over "
            f"{_megabytes(MAX_XLSX_UNPACKED_BYTES)} unpacked are refused",
            source=source,
        )
    for info in members:
        if info.filename.lower().endswith("sharedstrings.xml") and (
            info.file_size > MAX_SHARED_STRINGS_BYTES
        ):
            raise ImportFileError(
                f"the workbook's text table unpacks to {_megabytes(info.file_size)}; more than "
                f"{_megabytes(MAX_SHARED_STRINGS_BYTES)} is refused",
                source=source,
            )
    return archive


@contextlib.contextmanager
def open_xlsx(path: str | os.PathLike[str], *, limit: int = MAX_IMPORT_BYTES) -> Iterator[Any]:
    """An openpyxl workbook (read-only, values only) from a bounded, checked ``path``.

    The file is read once through :func:`read_bounded` and its archive checked with
    :func:`check_xlsx_archive` before openpyxl parses anything (with defusedxml). Every
    error while opening becomes an :class:`ImportFileError`; the workbook is closed after.
    """
    import openpyxl

    source = Path(path).name
    archive = check_xlsx_archive(read_bounded(path, limit), source)
    try:
        workbook = openpyxl.load_workbook(archive.fp, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for damaged or hostile files
        raise ImportFileError(
            f"not a readable Excel workbook ({_short(exc)})", source=source
        ) from None
    try:
        yield workbook
    finally:
        workbook.close()


def sheet_rows(
    worksheet: Any, *, source: str = "", max_col: int | None = None
) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number from 1, cell values) of a read-only sheet; openpyxl errors name the row."""
    row = 0
    rows = worksheet.iter_rows(values_only=True, max_col=max_col)
    while True:
        try:
            cells = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # ParseError, "Invalid datetime value", defusedxml refusals
            raise ImportFileError(
                f"the sheet cannot be read ({_short(exc)})", source=source, row=row + 1
            ) from None
        row += 1
        yield row, cells


def _short(exc: BaseException) -> str:
    """An exception's type and text on one line, at most 100 characters."""
    text = " ".join(str(exc).split())[:80]
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
