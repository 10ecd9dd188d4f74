"""The workbook as bytes that depend only on its content: the same export gives the same file.

openpyxl stamps the file with the time of saving twice: the document properties ("modified")
and the date of every part of the zip package. Here both come from the project instead (its
"created" and "last modified" times), so exporting an unchanged project twice, or from the
window and from the command line, gives byte-identical files that version control and
``cmp`` can compare.
"""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, datetime

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

_ZIP_EPOCH = datetime(1980, 1, 1)  # the earliest date a zip file can hold


def project_time(text: str) -> datetime:
    """A project time stamp (ISO 8601) as a naive UTC datetime; the zip epoch if unreadable."""
    try:
        when = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return _ZIP_EPOCH
    if when.tzinfo is not None:
        when = when.astimezone(UTC).replace(tzinfo=None)
    return max(when.replace(microsecond=0), _ZIP_EPOCH)


class _DatedZip(zipfile.ZipFile):
    """A zip file whose parts all carry one given date (not the time they were written)."""

    def __init__(self, file: io.BytesIO, when: datetime) -> None:
        super().__init__(file, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        self._date_time = when.timetuple()[:6]

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if not isinstance(zinfo_or_arcname, zipfile.ZipInfo):
            info = zipfile.ZipInfo(zinfo_or_arcname, date_time=self._date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            zinfo_or_arcname = info
        super().writestr(zinfo_or_arcname, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """openpyxl writes each sheet to a temporary file first: take its bytes, not its date."""
        with open(filename, "rb") as part:
            self.writestr(arcname or filename, part.read(), compress_type, compresslevel)


def workbook_bytes(wb: Workbook, created: str, modified: str) -> bytes:
    """``wb`` as an .xlsx file dated ``created``/``modified`` (ISO 8601 project time stamps)."""
    wb.properties.created = project_time(created)
    wb.properties.modified = project_time(modified)
    buffer = io.BytesIO()
    with _DatedZip(buffer, wb.properties.modified) as archive:
        ExcelWriter(wb, archive).write_data()
    return buffer.getvalue()
