"""Reads task tables: Scholl .IN2, Otto .alb, CSV and XLSX; a bad file is refused whole, by row.

Every reader returns a complete :class:`~.model.Line` or raises
:class:`~.validation.LineValidationError` whose problems name the row; nothing is ever
partly imported. Files are read as bytes with a size cap and a task-count cap
(:data:`MAX_TASKS`), so a huge or binary file is refused quickly with a clear message.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from score_desktop.tools import safe_files
from score_desktop.tools.line_balancing.model import Line, Restrictions, Task
from score_desktop.tools.line_balancing.times import parse_time, typed_time
from score_desktop.tools.line_balancing.validation import (
    LineValidationError,
    Problem,
    validate_line,
)
from score_desktop.tools.safe_files import ImportFileError, open_xlsx, read_bounded, sheet_rows

#: More tasks than this are refused (the classic data sets have at most 1000 tasks).
MAX_TASKS = 20_000
#: Larger files are refused before reading (a 20,000-task table is far smaller).
MAX_FILE_BYTES = 50 * 1024 * 1024
#: An .xlsx whose parts unpack to more than this is refused (zip bombs); see safe_files.
MAX_XLSX_UNPACKED_BYTES = safe_files.MAX_XLSX_UNPACKED_BYTES

SUFFIXES = (".in2", ".alb", ".csv", ".txt", ".xlsx", ".xlsm")

_COLUMNS = {
    "task": ("task", "taskid", "id", "element", "workelement", "tasknumber", "no", "nr"),
    "description": ("description", "desc", "name", "taskdescription", "text"),
    "time": ("time", "tasktime", "duration", "elementtime", "te", "t"),
    "predecessors": (
        "predecessors",
        "predecessor",
        "immediatepredecessors",
        "immediatepredecessor",
        "preds",
        "precededby",
        "mustfollow",
    ),
    # optional restriction columns
    "fixed_station": ("fixedstation", "fixedtostation", "fixedto"),
    "same_station": ("samestationas", "mustsharewith", "mustshare", "sharestationwith"),
    "not_with": ("notwith", "notsamestationas", "mustnotsharewith", "mustnotshare"),
}
_REQUIRED = ("task", "time", "predecessors")
_PRED_SPLIT = re.compile(r"[,;\s]+")
_UNIT = re.compile(r"^(?P<name>[^([]*)[(\[](?P<unit>[^)\]]*)[)\]]\s*$")


def fail(message: str, row: int | None = None) -> LineValidationError:
    prefix = f"row {row}: " if row is not None else ""
    return LineValidationError([Problem("file", prefix + message, None, row)])


def read_line(
    path: str | Path,
    *,
    cycle_time: float | None = None,
    station_count: int | None = None,
    sheet: str | None = None,
    validate: bool = True,
) -> Line:
    """Read any supported file, chosen by its suffix (.IN2, .alb, .csv/.txt, .xlsx).

    ``cycle_time`` overrides the file's cycle time (an .alb file has one; the others do
    not). With ``validate`` (the default) the line is also checked with
    :func:`~.validation.validate_line` and refused when it has problems; pass
    ``validate=False`` to load a table with precedence or time problems into an editor.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise fail(
            f"{path.name}: unknown file type {path.suffix or '(none)'!r}; "
            "use .IN2, .alb, .csv or .xlsx"
        )
    if suffix in (".xlsx", ".xlsm"):
        line = read_xlsx(path, sheet=sheet, validate=False)
    else:
        data = read_table_bytes(path)
        if suffix == ".in2":
            line = parse_in2(data, source=path.name)
        elif suffix == ".alb":
            line = parse_alb(data, source=path.name)
        else:
            line = parse_csv(data, source=path.name)
    if cycle_time is not None:
        line = line.with_cycle_time(cycle_time)
    if station_count is not None:
        line = line.with_station_count(station_count)
    if validate:
        _refuse_problems(line)
    return line


def read_table_bytes(path: Path) -> bytes:
    try:
        return read_bounded(path, MAX_FILE_BYTES, what="a task table")
    except ImportFileError as exc:
        raise fail(f"cannot read {path.name}: {exc.reason}") from None


def _refuse_problems(line: Line) -> None:
    problems = validate_line(line)
    if problems:
        raise LineValidationError(problems)


def _check_binary(data: bytes) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:
        row = data.count(b"\n", 0, nul) + 1
        raise fail("the file holds binary data, not text (is it the right file?)", row)


def _too_many(row: int) -> LineValidationError:
    return fail(
        f"the file has more than {MAX_TASKS} tasks; SCORE Desktop balances at most "
        f"{MAX_TASKS} tasks per line",
        row,
    )


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(row number from 1, stripped text) of the non-blank lines."""
    for row, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if stripped:
            yield row, stripped


def _int(text: str, row: int, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise fail(f"{what} should be a whole number, found {text.strip()[:40]!r}", row) from None


def _pair(text: str, row: int) -> tuple[int, int]:
    parts = [p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if len(parts) != 2:
        raise fail(f"expected a precedence 'i,j', found {text[:40]!r}", row)
    return _int(parts[0], row, "a task number"), _int(parts[1], row, "a task number")


def _build(
    times: Sequence[tuple[int, int | float]],
    arcs: Iterable[tuple[int, int, int]],
    *,
    source: str,
    cycle_time: float | None = None,
) -> Line:
    """Tasks numbered 1..n with (row, time) and arcs (row, i, j) -> a Line with ids '1'..'n'."""
    n = len(times)
    preds: list[list[str]] = [[] for _ in range(n)]
    for row, i, j in arcs:
        for k in (i, j):
            if not 1 <= k <= n:
                raise fail(
                    f"precedence {i},{j} names task {k}, but tasks are numbered 1 to {n}", row
                )
        preds[j - 1].append(str(i))
    tasks = tuple(
        Task(str(k + 1), time, tuple(preds[k]), row=row) for k, (row, time) in enumerate(times)
    )
    return Line(tasks, cycle_time=cycle_time, name=Path(source).stem, source=source)


def parse_in2(data: bytes, *, source: str = "") -> Line:
    """Scholl's .IN2: n, n task times, 'i,j' arcs, '-1,-1', then free text (ignored).

    Read as Latin-1 (the comments after the end mark are German); blank lines and CRLF are
    fine. The file has no cycle time: the caller gives it.
    """
    _check_binary(data)
    rows = _lines(data.decode("latin-1"))
    first = next(rows, None)
    if first is None:
        raise fail("the file is empty")
    n = _int(first[1], first[0], "the number of tasks (first line)")
    if n < 1:
        raise fail(f"the number of tasks must be at least 1, not {n}", first[0])
    if n > MAX_TASKS:
        raise _too_many(first[0])
    times: list[tuple[int, int | float]] = []
    last = first[0]
    for _ in range(n):
        item = next(rows, None)
        if item is None:
            raise fail(f"the file ends after {len(times)} of {n} task times (truncated?)", last)
        last, text = item
        value = parse_time(text)
        if value is None:
            raise fail(f"task {len(times) + 1}: the time {text[:40]!r} is not a number", last)
        times.append((last, int(value) if value.is_integer() else value))
    arcs: list[tuple[int, int, int]] = []
    for row, text in rows:
        i, j = _pair(text, row)
        if (i, j) == (-1, -1):
            return _build(times, arcs, source=source)
        arcs.append((row, i, j))
        last = row
        if len(arcs) > MAX_TASKS * 50:
            raise fail("too many precedence relations", row)
    raise fail("the file ends without the '-1,-1' end mark (truncated?)", last)


def parse_alb(data: bytes, *, source: str = "") -> Line:
    """Otto et al.'s .alb: '<section>' tags, 'id time' task rows, 'i,j' arcs, '<end>'.

    Numbers may use a decimal comma; the cycle time of the file is kept.
    """
    _check_binary(data)
    sections: dict[str, list[tuple[int, str]]] = {}
    current: str | None = None
    ended = False
    last = 0
    for row, text in _lines(data.decode("latin-1")):
        last = row
        if text.startswith("<") and text.endswith(">"):
            current = text[1:-1].strip().lower()
            if current == "end":
                ended = True
                break
            if current in sections:
                raise fail(f"section <{current}> appears twice", row)
            sections[current] = []
            continue
        if current is None:
            raise fail(f"expected a '<section>' tag, found {text[:40]!r}", row)
        sections[current].append((row, text))
        if len(sections[current]) > MAX_TASKS * 50:
            raise _too_many(row)
    if not ended:
        raise fail("the file ends without the '<end>' tag (truncated?)", last)
    for name in ("number of tasks", "task times"):
        if name not in sections:
            raise fail(f"the file has no <{name}> section")
    count_rows = sections["number of tasks"]
    if len(count_rows) != 1:
        raise fail(
            "<number of tasks> should hold one number", count_rows[0][0] if count_rows else None
        )
    n = _int(count_rows[0][1], count_rows[0][0], "the number of tasks")
    if n > MAX_TASKS:
        raise _too_many(count_rows[0][0])
    cycle_time = None
    if sections.get("cycle time"):
        row, text = sections["cycle time"][0]
        cycle_time = parse_time(text)
        if cycle_time is None:
            raise fail(f"the cycle time {text[:40]!r} is not a number", row)
    by_id: dict[int, tuple[int, int | float]] = {}
    for row, text in sections["task times"]:
        parts = text.split()
        if len(parts) != 2:
            raise fail(f"expected 'task time', found {text[:40]!r}", row)
        k = _int(parts[0], row, "a task number")
        value = parse_time(parts[1])
        if value is None:
            raise fail(f"task {k}: the time {parts[1][:40]!r} is not a number", row)
        if k in by_id:
            raise fail(f"task {k} has two times (first in row {by_id[k][0]})", row)
        by_id[k] = (row, int(value) if value.is_integer() else value)
    missing = [k for k in range(1, n + 1) if k not in by_id]
    extra = sorted(k for k in by_id if not 1 <= k <= n)
    if extra:
        raise fail(f"task {extra[0]} is outside 1..{n}", by_id[extra[0]][0])
    if missing:
        raise fail(
            f"task {missing[0]} has no time in <task times> ({len(missing)} tasks "
            "missing; truncated?)"
        )
    arcs = [(row, *_pair(text, row)) for row, text in sections.get("precedence relations", [])]
    return _build([by_id[k] for k in range(1, n + 1)], arcs, source=source, cycle_time=cycle_time)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Latin-1 (Windows Excel's 'CSV' in Western Europe)."""
    _check_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def parse_csv(data: bytes, *, source: str = "") -> Line:
    """A task table with a header row: task, description, time, predecessors.

    The cell separator (comma, semicolon or tab) is taken from the header line; header
    names are matched ignoring case, spaces and underscores, and a unit in brackets
    ("Time (min)") becomes the line's time unit. Predecessors in a cell are separated by
    commas, semicolons or spaces (quote the cell when the separator is a comma).
    """
    return _table(csv_rows(data), source=source)


def csv_rows(data: bytes) -> Iterator[tuple[int, list[object]]]:
    """(file row number, cells) of delimited text; the separator (comma, semicolon or tab)
    is the most common one in the first non-empty line."""
    text = decode_text(data)
    first = next((line for line in text[:4096].splitlines() if line.strip()), "")
    delimiter = max((";", "\t", ","), key=first.count) if first else ","
    if first and first.count(delimiter) == 0:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for cells in reader:
            yield reader.line_num, list(cells)
    except csv.Error as exc:
        raise fail(f"the file is not a valid CSV table: {exc}", reader.line_num) from None


def read_xlsx(path: str | Path, *, sheet: str | None = None, validate: bool = True) -> Line:
    """An .xlsx task table (same columns as CSV) from ``sheet`` or the first sheet.

    Read through :func:`~score_desktop.tools.safe_files.open_xlsx`: a bounded read, the
    archive's unpacked sizes checked before openpyxl (with defusedxml) parses anything, and
    every error while reading refused with its row.
    """
    path = Path(path)
    line = _table(xlsx_rows(path, sheet=sheet), source=path.name)
    if validate:
        _refuse_problems(line)
    return line


def xlsx_rows(
    path: Path, *, sheet: str | None = None, max_col: int = 50
) -> list[tuple[int, list[object]]]:
    """(file row number, cells) of ``sheet`` (or the first) of a workbook, read through
    :func:`~score_desktop.tools.safe_files.open_xlsx`; every error names the file and row."""
    try:
        with open_xlsx(path, limit=MAX_FILE_BYTES) as workbook:
            if sheet is None:
                worksheet = workbook.worksheets[0] if workbook.worksheets else None
            elif sheet in workbook.sheetnames:
                worksheet = workbook[sheet]
            else:
                names = ", ".join(repr(s) for s in workbook.sheetnames)
                raise fail(f"{path.name} has no sheet {sheet!r} (sheets: {names})")
            if worksheet is None:
                raise fail(f"{path.name} has no worksheet")
            return [
                (row, list(cells))
                for row, cells in sheet_rows(worksheet, source=path.name, max_col=max_col)
            ]
    except ImportFileError as exc:
        raise fail(f"{path.name}: {exc.reason}", exc.row) from None


def _normal(name: object) -> str:
    return re.sub(r"[\s_\-.#]+", "", str(name or "")).lower()


def _header(cells: Sequence[object], row: int) -> tuple[dict[str, int], str]:
    found: dict[str, int] = {}
    unit = ""
    for col, cell in enumerate(cells):
        raw = str(cell or "").strip()
        match = _UNIT.match(raw)
        name = _normal(match.group("name") if match else raw)
        for key, aliases in _COLUMNS.items():
            if name in aliases and key not in found:
                found[key] = col
                if key == "time" and match:
                    unit = match.group("unit").strip()
    missing = [key for key in _REQUIRED if key not in found]
    if missing:
        seen = ", ".join(repr(str(c)) for c in cells if c not in (None, "")) or "nothing"
        raise fail(
            f"the header has no {' / '.join(repr(m) for m in missing)} column; expected "
            f"columns task, description, time, predecessors, found {seen[:120]}",
            row,
        )
    return found, unit


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _table(rows: Iterable[tuple[int, list[object]]], *, source: str) -> Line:
    header: dict[str, int] | None = None
    unit = ""
    width = 0
    tasks: list[Task] = []
    share: list[tuple[str, ...]] = []
    apart: list[tuple[str, str]] = []
    fixed: dict[str, int] = {}
    for row, cells in rows:
        if all(_cell_text(c) == "" for c in cells):
            continue
        if header is None:
            header, unit = _header(cells, row)
            width = max(i + 1 for i, c in enumerate(cells) if _cell_text(c))
            continue
        if len(tasks) >= MAX_TASKS:
            raise _too_many(row)
        extra = [_cell_text(c) for c in cells[width:] if _cell_text(c)]
        pred_col = header["predecessors"]
        if extra and pred_col != width - 1:
            raise fail(
                f"the row has {len(cells)} cells but the header has {width} columns "
                f"(extra {extra[0][:20]!r}); quote cells that contain the separator",
                row,
            )
        task_id = _cell_text(cells[header["task"]]) if header["task"] < len(cells) else ""
        time_cell = cells[header["time"]] if header["time"] < len(cells) else None
        # A number written as text ("0.25", "0,25" from a CSV) becomes the same float an
        # .xlsx number cell gives; only text that is not a number stays text (a row problem).
        time: float | str | None
        if isinstance(time_cell, int | float) and not isinstance(time_cell, bool):
            time = float(time_cell)
        else:
            time = typed_time(_cell_text(time_cell))
        pred_text = _cell_text(cells[pred_col]) if pred_col < len(cells) else ""
        if extra:  # an unquoted list "1,2,3" in the last column spills into extra cells
            pred_text = " ".join([pred_text, *extra])
        preds = tuple(p for p in _PRED_SPLIT.split(pred_text) if p and p != "-")
        col = header.get("description")
        description = _cell_text(cells[col]) if col is not None and col < len(cells) else ""
        if len(task_id) > 200 or len(description) > 5000:
            raise fail("a cell is too long for a task id or description", row)
        tasks.append(Task(task_id, time, preds, description, row))
        _restrictions(header, cells, row, task_id, share, apart, fixed)
    if header is None:
        raise fail("the file is empty (no header row and no tasks)")
    restrictions = Restrictions(tuple(share), tuple(apart), fixed)
    return Line(
        tuple(tasks),
        restrictions=restrictions,
        time_unit=unit,
        name=Path(source).stem,
        source=source,
    )


def _restrictions(
    header: dict[str, int],
    cells: Sequence[object],
    row: int,
    task_id: str,
    share: list[tuple[str, ...]],
    apart: list[tuple[str, str]],
    fixed: dict[str, int],
) -> None:
    """Reads the optional columns 'fixed station', 'same station as' and 'not with'."""

    def cell(key: str) -> str:
        col = header.get(key)
        return _cell_text(cells[col]) if col is not None and col < len(cells) else ""

    station = cell("fixed_station")
    if station:
        try:
            fixed[task_id] = int(float(station.replace(",", ".")))
            if fixed[task_id] != float(station.replace(",", ".")):
                raise ValueError
        except ValueError:
            raise fail(
                f"task {task_id!r}: the fixed station {station[:20]!r} is not a whole number", row
            ) from None
    others = [t for t in _PRED_SPLIT.split(cell("same_station")) if t]
    if others:
        share.append((task_id, *others))
    apart.extend((task_id, t) for t in _PRED_SPLIT.split(cell("not_with")) if t)
