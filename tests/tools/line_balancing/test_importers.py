"""Importing .IN2, .alb, CSV and XLSX task tables; every bad file is refused whole, by row."""

import csv

import openpyxl
import pytest

from score_desktop.resources import templates_dir
from score_desktop.tools.line_balancing import LineValidationError, importers, read_line

TEMPLATES = templates_dir()


def write(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return path


def refused(path, words, **kwargs):
    with pytest.raises(LineValidationError) as info:
        read_line(path, **kwargs)
    message = str(info.value)
    for word in words if isinstance(words, list | tuple) else [words]:
        assert word in message, message
    assert "\n" not in message
    return info.value


# --- the shared benchmark files -----------------------------------------------------------


def test_all_scholl_graphs_match_the_published_characteristics(shared_data):
    table = shared_data / "salbp" / "scholl" / "precedence_graphs.csv"
    with open(table, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 25
    for row in rows:
        line = read_line(shared_data / "salbp" / "scholl" / row["file"], cycle_time=10**6)
        times = [task.time for task in line.tasks]
        assert len(times) == int(row["n"]), row["file"]
        assert sum(times) == int(row["tsum"]), row["file"]
        assert min(times) == int(row["tmin"]) and max(times) == int(row["tmax"])
        assert line.task_ids == tuple(str(i) for i in range(1, len(times) + 1))
        assert line.cycle_time == 10**6


def test_in2_precedence_of_mertens(shared_data):
    line = read_line(shared_data / "salbp" / "scholl" / "MERTENS.IN2", validate=False)
    preds = {t.id: t.predecessors for t in line.tasks}
    # MERTENS.IN2 lists 1,2 1,4 2,3 2,5 4,7 5,6 (checked by eye against the file)
    assert preds == {
        "1": (),
        "2": ("1",),
        "3": ("2",),
        "4": ("1",),
        "5": ("2",),
        "6": ("5",),
        "7": ("4",),
    }
    assert line.cycle_time is None


def test_otto_alb_files_match_the_reference_table(shared_data):
    # every n=20/50/100 instance and every 25th n=1000 instance: n, c and the sum of times
    # agree with otto2013_salbp1_reference.csv (taken from the authors' workbooks)
    folder = shared_data / "salbp" / "otto2013"
    with open(folder / "otto2013_salbp1_reference.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2100
    checked = 0
    for k, row in enumerate(rows):
        if row["size_class"] == "verylarge" and k % 25:
            continue
        line = read_line(folder / row["size_class"] / row["file"], validate=False)
        assert len(line.tasks) == int(row["n"]), row["file"]
        assert line.cycle_time == int(row["c"]), row["file"]
        assert sum(t.time for t in line.tasks) == int(row["t_sum"]), row["file"]
        if k % 10 == 0:
            assert line.to_instance().n == int(row["n"])  # valid: no cycle, no bad time
        checked += 1
    assert checked == 1575 + 21


# --- .IN2 --------------------------------------------------------------------------------

IN2 = (
    b"4\r\n3\r\n\r\n5\r\n2\r\n4\r\n1,2\r\n1,3\r\n2,4\r\n3,4\r\n-1,-1\r\n"
    b"\r\nGraph from \xe4 book\r\n"
)


def test_in2_latin1_crlf_blank_lines_and_trailing_text(tmp_path):
    line = read_line(write(tmp_path, "demo.IN2", IN2), cycle_time=8)
    assert [t.time for t in line.tasks] == [3, 5, 2, 4]
    assert [t.predecessors for t in line.tasks] == [(), ("1",), ("1",), ("2", "3")]
    assert line.tasks[1].row == 4  # the blank row 3 still counts


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (IN2.split(b"-1,-1")[0], ["truncated", "'-1,-1'"]),
        (b"4\r\n3\r\n5\r\n", ["ends after 2 of 4 task times", "row 3"]),
        (b"", "empty"),
        (b"four\r\n", ["row 1", "whole number"]),
        (b"2\r\n3\r\nx\r\n", ["row 3", "not a number"]),
        (b"2\r\n3\r\n4\r\n1,7\r\n-1,-1\r\n", ["row 4", "tasks are numbered 1 to 2"]),
        (b"2\r\n3\r\n4\r\n1;2;3\r\n-1,-1\r\n", ["row 4", "expected a precedence"]),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        (b"30000\r\n", "more than 20000 tasks"),
    ],
)
def test_bad_in2_files(tmp_path, data, words):
    refused(write(tmp_path, "bad.in2", data), words, cycle_time=10)


def test_in2_with_a_cycle_is_refused_by_validation(tmp_path):
    data = b"2\r\n3\r\n4\r\n1,2\r\n2,1\r\n-1,-1\r\n"
    refused(write(tmp_path, "loop.IN2", data), ["cycle", "'1' -> '2' -> '1'"], cycle_time=10)


# --- .alb --------------------------------------------------------------------------------

ALB = (
    "<number of tasks>\r\n3\r\n\r\n<cycle time>\r\n10\r\n\r\n<order strength>\r\n0,667\r\n\r\n"
    "<task times>\r\n1 4\r\n2 3,5\r\n3 5\r\n\r\n<precedence relations>\r\n1,2\r\n2,3\r\n\r\n"
    "<end>\r\n"
)


def test_alb_sections_and_decimal_comma(tmp_path):
    line = read_line(write(tmp_path, "x.alb", ALB))
    assert line.cycle_time == 10
    assert [t.time for t in line.tasks] == [4, 3.5, 5]
    assert line.tasks[2].predecessors == ("2",)
    assert read_line(write(tmp_path, "y.alb", ALB), cycle_time=12).cycle_time == 12


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (ALB.replace("<end>\r\n", ""), ["'<end>'", "truncated"]),
        (ALB.split("<precedence")[0], ["'<end>'", "truncated"]),
        (ALB.replace("3 5\r\n", ""), ["task 3 has no time"]),
        (ALB.replace("1 4\r\n", "1 four\r\n"), ["row 11", "not a number"]),
        (ALB.replace("2 3,5", "2 3,5 9"), ["row 12", "expected 'task time'"]),
        (ALB.replace("1,2\r\n", "1,9\r\n"), ["row 16", "numbered 1 to 3"]),
        ("junk\r\n" + ALB, ["row 1", "'<section>' tag"]),
        (ALB.replace("<task times>", "<times>"), "no <task times> section"),
        (ALB.replace("\r\n3\r\n", "\r\n3\r\n4\r\n", 1), "should hold one number"),
        (ALB.replace("\r\n3\r\n", "\r\n1000000\r\n", 1), ["row 2", "more than 20000 tasks"]),
        (bytes(range(1, 256)) * 20, ["row 1", "'<section>' tag"]),
    ],
)
def test_bad_alb_files(tmp_path, data, words):
    refused(write(tmp_path, "bad.alb", data), words)


# --- CSV ---------------------------------------------------------------------------------

CSV = 'task,description,time,predecessors\n1,Frame,0.2,\n2,Fork,0.4,1\n3,Wheel,0.3,"1,2"\n'


def test_csv_basic_and_quoted_predecessor_list(tmp_path):
    line = read_line(write(tmp_path, "t.csv", CSV), cycle_time=1)
    assert line.task_ids == ("1", "2", "3")
    assert [t.description for t in line.tasks] == ["Frame", "Fork", "Wheel"]
    assert line.tasks[2].predecessors == ("1", "2")
    assert [t.row for t in line.tasks] == [2, 3, 4]


def test_csv_semicolon_separator_spaces_in_header_and_unit(tmp_path):
    text = (
        " Task ;DESCRIPTION; Time (min) ;Immediate Predecessors\nA;Frame;0,2;\nB;Fork;0,4;A\n"
        "C;Wheel;0,3;A B\n"
    )
    line = read_line(write(tmp_path, "t.csv", text), cycle_time=1)
    assert [t.time for t in line.tasks] == [0.2, 0.4, 0.3]  # decimal commas read as numbers
    assert line.to_instance().times == (2, 4, 3)
    assert line.tasks[2].predecessors == ("A", "B")
    assert line.time_unit == "min"


def test_csv_tab_separator_and_semicolon_predecessors(tmp_path):
    text = "task\ttime\tpredecessors\nA\t2\t\nB\t3\tA\nC\t1\tA;B\n"
    line = read_line(write(tmp_path, "t.csv", text), cycle_time=5)
    assert line.tasks[2].predecessors == ("A", "B")


def test_csv_unquoted_predecessor_list_in_last_column(tmp_path):
    text = "task,time,predecessors\nA,2,\nB,3,\nC,1,A,B\n"
    line = read_line(write(tmp_path, "t.csv", text), cycle_time=5)
    assert line.tasks[2].predecessors == ("A", "B")


def test_csv_utf8_with_bom_and_latin1(tmp_path):
    text = "task,description,time,predecessors\n1,Schraube anziehen (M8 Ø),1.5,\n2,Prüfen,2,1\n"
    bom = read_line(
        write(tmp_path, "bom.csv", b"\xef\xbb\xbf" + text.encode("utf-8")), cycle_time=4
    )
    latin = read_line(write(tmp_path, "latin.csv", text.encode("latin-1")), cycle_time=4)
    assert bom.task_ids == latin.task_ids == ("1", "2")
    assert bom.tasks[1].description == latin.tasks[1].description == "Prüfen"
    assert "Ø" in latin.tasks[0].description


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ("name,length\nA,1\n", ["row 1", "no 'task' / 'time' / 'predecessors' column"]),
        ("", "empty"),
        ("\n\n", "empty"),
        ("task,time,predecessors\n", "empty"),
        ("task,time,predecessors\nA,1,\nB,x,A\n", ["row 3", "task 'B'", "not a number"]),
        ("task,time,predecessors\nA,1,\nB,,A\n", ["row 3", "time is missing"]),
        ("task,time,predecessors\nA,1,\nB,0,A\n", ["row 3", "greater than zero"]),
        ("task,time,predecessors\nA,1,\nA,2,\n", ["row 3", "used twice"]),
        ("task,time,predecessors\nA,1,Q\n", ["row 2", "'Q' is not a task"]),
        ("task,time,predecessors,notes\nA,1,,x,y\n", ["row 2", "header has 4 columns"]),
        ('task,time,predecessors\nA,1,"\n', "not a valid CSV"),
        (b"\x00\x01\x02\xff" * 100, "binary data"),
    ],
)
def test_bad_csv_files(tmp_path, data, words):
    refused(write(tmp_path, "bad.csv", data), words, cycle_time=10)


def test_csv_with_a_million_rows_is_refused_quickly_with_the_row(tmp_path):
    path = tmp_path / "huge.csv"
    rows = "".join([f"{i},1,\n" for i in range(1_000_000)])
    path.write_text("task,time,predecessors\n" + rows, encoding="utf-8")
    refused(path, ["row 20002", "more than 20000 tasks"], cycle_time=10)


def test_unknown_suffix_and_missing_file(tmp_path):
    refused(write(tmp_path, "x.pdf", b"%PDF"), "unknown file type '.pdf'")
    refused(tmp_path / "nothing.csv", "cannot read nothing.csv")


def test_validate_false_loads_a_table_with_problems_for_an_editor(tmp_path):
    path = write(tmp_path, "t.csv", "task,time,predecessors\nA,1,B\nB,x,A\n")
    line = read_line(path, validate=False)
    assert line.task_ids == ("A", "B")
    with pytest.raises(LineValidationError):
        line.to_instance()


# --- XLSX --------------------------------------------------------------------------------


def make_xlsx(path, rows, title="Tasks", extra_sheet=None):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = title
    for row in rows:
        sheet.append(row)
    if extra_sheet:
        other = workbook.create_sheet(extra_sheet[0])
        for row in extra_sheet[1]:
            other.append(row)
    workbook.save(path)
    return path


def test_template_files_read_and_agree():
    from_csv = read_line(TEMPLATES / "line_balancing_template.csv", cycle_time=1)
    from_xlsx = read_line(TEMPLATES / "line_balancing_template.xlsx", cycle_time=1)
    assert from_csv.tasks == from_xlsx.tasks or [
        (t.id, float(t.time), t.predecessors, t.description) for t in from_csv.tasks
    ] == [(t.id, float(t.time), t.predecessors, t.description) for t in from_xlsx.tasks]
    assert from_csv.time_unit == from_xlsx.time_unit == "min"
    assert len(from_csv.tasks) == 9


def test_xlsx_chosen_sheet_numbers_and_text(tmp_path):
    path = make_xlsx(
        tmp_path / "t.xlsx",
        [["notes"]],
        title="Cover",
        extra_sheet=(
            "Line 2",
            [
                ["Task", "Time", "Predecessors"],
                [10, 1.5, None],
                [20, 2, "10"],
                ["30", 0.5, "10; 20"],
            ],
        ),
    )
    line = read_line(path, sheet="Line 2", cycle_time=4)
    assert line.task_ids == ("10", "20", "30")
    assert line.tasks[2].predecessors == ("10", "20")
    assert line.to_instance().times == (15, 20, 5)
    refused(path, ["no 'task'", "row 1"], cycle_time=4)  # the first sheet is the cover
    refused(path, ["no sheet 'Other'", "'Cover', 'Line 2'"], sheet="Other")


def test_xlsx_bad_row_names_the_row(tmp_path):
    path = make_xlsx(
        tmp_path / "t.xlsx", [["task", "time", "predecessors"], ["A", 1, None], ["B", "soon", "A"]]
    )
    refused(path, ["row 3", "task 'B'", "not a number"], cycle_time=4)


def test_xlsx_row_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(importers, "MAX_TASKS", 50)
    rows = [["task", "time", "predecessors"]] + [[i, 1, None] for i in range(60)]
    refused(make_xlsx(tmp_path / "t.xlsx", rows), ["row 52", "more than 50 tasks"], cycle_time=4)


@pytest.mark.parametrize(
    "data",
    [b"PK\x03\x04 not really a zip", b"\x00" * 1000, CSV.encode()],
)
def test_xlsx_that_is_not_a_workbook(tmp_path, data):
    refused(write(tmp_path, "t.xlsx", data), "not a readable Excel workbook")


def test_xlsx_zip_without_workbook_parts(tmp_path):
    import zipfile

    path = tmp_path / "t.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "hi")
    refused(path, "not a readable Excel workbook")


def test_xlsx_truncated(tmp_path):
    good = make_xlsx(tmp_path / "good.xlsx", [["task", "time", "predecessors"], ["A", 1, None]])
    data = good.read_bytes()
    refused(write(tmp_path, "cut.xlsx", data[: len(data) // 2]), "not a readable Excel workbook")


def test_xlsx_uses_defusedxml():
    from openpyxl.xml import DEFUSEDXML

    assert DEFUSEDXML is True


def test_csv_optional_restriction_columns(tmp_path):
    text = (
        "task,time,predecessors,Fixed station,Same station as,Not with\n"
        'A,2,,1,,\nB,3,A,,C,\nC,1,A,,,D E\nD,4,"B,C",,,\nE,1,,,,\n'
    )
    line = read_line(write(tmp_path, "r.csv", text), cycle_time=6)
    assert line.restrictions.fixed_station == {"A": 1}
    assert line.restrictions.must_share == (("B", "C"),)
    assert line.restrictions.must_not_share == (("C", "D"), ("C", "E"))
    instance = line.to_instance()
    assert instance.fixed_station == {0: 0} and instance.must_share == ((1, 2),)


def test_csv_bad_restriction_cells(tmp_path):
    head = "task,time,predecessors,fixed station,same station as\n"
    refused(
        write(tmp_path, "a.csv", head + "A,2,,first,\n"),
        ["row 2", "not a whole number"],
        cycle_time=6,
    )
    refused(
        write(tmp_path, "b.csv", head + "A,2,,,Z\n"),
        ["'Z', which is not in the table"],
        cycle_time=6,
    )
    refused(write(tmp_path, "c.csv", head + "A,2,,0,\n"), ["numbered from 1"], cycle_time=6)


def test_xlsx_with_xml_entities_is_refused_on_one_line(tmp_path):
    # an entity-expansion ("billion laughs") DOCTYPE in the sheet XML: defusedxml refuses it
    import zipfile

    source = TEMPLATES / "line_balancing_template.xlsx"
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    )
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for name in original.namelist():
            data = original.read(name)
            if name == "xl/worksheets/sheet1.xml":
                text = data.decode("utf-8")
                text = text.split("?>", 1)[1] if text.startswith("<?xml") else text
                data = (bomb + text).encode("utf-8")
            copy.writestr(name, data)
    error = refused(path, "bomb.xlsx")
    assert "\n" not in str(error)


def test_xlsx_rows_are_counted_from_the_top_of_the_sheet(tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet["A3"], sheet["B3"], sheet["C3"] = "task", "time", "predecessors"
    sheet["A4"], sheet["B4"] = "x", "abc"
    workbook.save(tmp_path / "gap.xlsx")
    refused(tmp_path / "gap.xlsx", ["row 4", "task 'x'", "not a number"], cycle_time=1)
