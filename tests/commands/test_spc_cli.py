"""`score-desktop spc` and `score-desktop capability`: JSON, text, bad input on one line."""

import json

import openpyxl
import pytest

from score_desktop.cli import main
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2, NIST_P_CHART


@pytest.fixture
def hard_bake(tmp_path):
    path = tmp_path / "hardbake.csv"
    lines = ["Sample,Flow width (micron)"]
    for i, group in enumerate(MONTGOMERY_6_1 + MONTGOMERY_6_2, start=1):
        lines += [f"{i},{v}" for v in group]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def wafers(tmp_path):
    path = tmp_path / "wafers.csv"
    rows = ["Wafer;Misregistered;Chips"] + [
        f"{i};{c};50" for i, c in enumerate(NIST_P_CHART, start=1)
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def run_json(capsys, *argv):
    assert main([*map(str, argv), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_xbar_r_phase_one_limits_frozen_for_phase_two(capsys, hard_bake):
    out = run_json(
        capsys, "spc", hard_bake, "--chart", "xbar-r", "--column", "flow width",
        "--subgroup-column", "Sample", "--phase1", "1-25", "--rules", "limits",
    )  # fmt: skip
    assert out["limits"]["phase1"] == [1, 25]
    assert out["limits"]["centre"] == pytest.approx(1.5056, abs=5e-5)
    means = out["series"][0]
    assert means["unit"] == "micron"
    assert len(means["points"]) == 45
    assert all(p["ucl"] == pytest.approx(1.6932, abs=1e-4) for p in means["points"])
    first = next(s for s in out["signals"] if s["series"] == "Subgroup mean")
    assert (first["point"], first["row"], first["rule"]) == (43, 212, "N1")


def test_subgroup_of_consecutive_rows_and_p_chart(capsys, hard_bake, wafers):
    out = run_json(capsys, "spc", hard_bake, "--chart", "xbar-s", "--column", "Flow width",
                   "--subgroup", 5, "--phase1", 25)  # fmt: skip
    assert out["limits"]["phase1"] == [1, 25]
    assert out["series"][1]["name"] == "Subgroup standard deviation"
    out = run_json(capsys, "spc", wafers, "--chart", "p", "--column", "Misregistered",
                   "--size-column", "Chips", "--rules", "N1")  # fmt: skip
    assert out["limits"]["centre"] == pytest.approx(0.2313, abs=5e-5)
    assert [s["point"] for s in out["signals"]] == [15, 23]
    assert out["signals"][0]["row"] == 16  # the header is row 1


def test_text_output_lists_the_signals(capsys, wafers):
    assert main(["spc", str(wafers), "--chart", "np", "--column", "Misregistered",
                 "--subgroup", "50"]) == 0  # fmt: skip
    text = capsys.readouterr().out
    assert "Number defective" in text
    assert "point 15 (row 16): WE1 one point beyond 3 sigma" in text


def test_xlsx_input(capsys, tmp_path):
    path = tmp_path / "m.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Diameter (mm)"])
    for v in (10.1, 10.3, 9.9, 10.0, 10.2, 9.8, 10.1, 10.0):
        sheet.append([v])
    book.save(path)
    out = run_json(capsys, "spc", path, "--chart", "imr")
    assert out["series"][0]["unit"] == "mm"
    assert out["series"][1]["points"][0]["value"] is None  # no moving range at point 1


@pytest.mark.parametrize(
    ("csv_text", "argv", "message"),
    [
        ("x\n1.0\n", ["--chart", "imr"], "the imr chart needs at least 2 points, there are 1"),
        (
            "g,x\n1,1.0\n1,2.0\n2,3.0\n",
            ["--chart", "xbar-r", "--subgroup-column", "g", "--column", "x"],
            "row 4: a subgroup of one value has no range",
        ),
        (
            "d,n\n1,10\n-2,10\n",
            ["--chart", "p", "--size-column", "n", "--column", "d"],
            "row 3: the number of defectives cannot be negative",
        ),
        (
            "d,n\n1,10\n12,10\n",
            ["--chart", "p", "--size-column", "n", "--column", "d"],
            "row 3: 12 defectives is more than the 10 items inspected",
        ),
        ("c\n3\nabc\n", ["--chart", "c"], 'row 3: the number of defects in column "c" is not'),
        ("x\n1\n2\n", ["--chart", "imr", "--rules", "N12"], 'unknown run rule "N12"'),
        ("x\n1\n2\n3\n", ["--chart", "imr", "--phase1", "2-9"], "not within the 3 points"),
        ("x\n1\n2\n3\n", ["--chart", "p"], "needs the sample sizes"),
    ],
)
def test_bad_input_is_one_line_on_stderr_and_exit_2(capsys, tmp_path, csv_text, argv, message):
    path = tmp_path / "bad.csv"
    path.write_text(csv_text, encoding="utf-8")
    assert main(["spc", str(path), *argv]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("score-desktop spc: error: ")
    assert message in err


def test_capability_json(capsys, hard_bake):
    out = run_json(capsys, "capability", hard_bake, "--column", "Flow width", "--lsl", 1,
                   "--usl", 2, "--target", 1.5)  # fmt: skip
    names = [i["name"] for i in out["indices"]]
    assert names == ["Cp", "Cpk", "Pp", "Ppk", "Cpm"]
    assert all(i["method"] and i["lower"] < i["value"] < i["upper"] for i in out["indices"])
    assert out["n"] == 225 and out["target"] == 1.5
    assert out["normality"]["p_value"] > 0.05
    assert out["non_normal"]["percentiles"]["50"] == pytest.approx(out["mean"], rel=0.01)
    assert set(out["ppm"]) == {"expected_within", "expected_overall", "observed"}


def test_capability_text(capsys, hard_bake):
    assert main(["capability", str(hard_bake), "--column", "Flow width", "--lsl", "1",
                 "--usl", "2"]) == 0  # fmt: skip
    text = capsys.readouterr().out
    assert "Cpk" in text and "Bissell" in text and "parts per million" in text


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--lsl", "2", "--usl", "2"], "the LSL (2) must be below the USL (2)"),
        (["--lsl", "3", "--usl", "1"], "must be below"),
        (["--lsl", "0", "--usl", "9", "--column", "nope"], 'has no column "nope"'),
    ],
)
def test_capability_bad_input(capsys, hard_bake, argv, message):
    args = ["capability", str(hard_bake), "--column", "Flow width", *argv]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_capability_names_the_row_of_a_bad_value(capsys, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("x\n1.0\n2.0\n\n3.0\nfoo\n", encoding="utf-8")
    assert main(["capability", str(path), "--column", "x", "--lsl", "0", "--usl", "5"]) == 2
    assert (
        'row 6: the measurement in column "x" is not a number'
        in capsys.readouterr().err.replace('"foo" ', "")
    )
