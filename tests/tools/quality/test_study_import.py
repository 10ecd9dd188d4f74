"""Study rows from a CSV table: values, sizes, subgroup ids; refusals name the file row."""

import pytest

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.study import QualitySample
from score_desktop.tools.quality.study_import import samples_from_table
from score_desktop.tools.quality.table import parse_csv


def test_long_form_with_decimal_commas_and_notes() -> None:
    table = parse_csv(b"Lot;Width (mm);Note\nA;10,01;first\nA;9,99;\nB;10,02;=cmd\n;;\n", "w.csv")
    samples = samples_from_table(table, "Width", subgroup_column="Lot", note_column="Note")
    assert samples == (
        QualitySample(10.01, None, "A", "first"),
        QualitySample(9.99, None, "A", ""),
        QualitySample(10.02, None, "B", "=cmd"),
    )


def test_counts_with_sample_sizes() -> None:
    table = parse_csv(b"defectives,inspected\n3,50\n4,60\n", "p.csv")
    assert samples_from_table(table, "defectives", size_column="inspected") == (
        QualitySample(3.0, 50.0),
        QualitySample(4.0, 60.0),
    )


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        (b"x\n1\nabc\n", {}, 'p.csv: row 3: the value in column "x" is not a number'),
        (b"x,n\n1,0\n", {"size_column": "n"}, 'row 2: the sample size in column "n" must be'),
        (b"x\n", {}, "the table has no data rows"),
        (b"x\n1\n", {"subgroup_column": "lot"}, 'p.csv has no column "lot"'),
    ],
)
def test_refusals_name_the_row(text, kwargs, message) -> None:
    with pytest.raises(QualityInputError, match=message):
        samples_from_table(parse_csv(text, "p.csv"), "x", **kwargs)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_bundled_templates_import_and_chart(suffix) -> None:
    from score_desktop.resources import template_path
    from score_desktop.tools.quality.study import QualityStudy, study_chart
    from score_desktop.tools.quality.table import read_table

    table = read_table(template_path(f"quality_measurements_template{suffix}"))
    rows = samples_from_table(table, "Diameter", subgroup_column="Subgroup", note_column="Note")
    result = study_chart(QualityStudy("D", unit="mm", chart="xbar-r", samples=rows))
    assert len(rows) == 100 and len(result.primary.values) == 20
    assert rows[0].note == "Start of shift"
    table = read_table(template_path(f"quality_counts_template{suffix}"))
    rows = samples_from_table(table, "Defectives", size_column="Inspected")
    result = study_chart(QualityStudy("P", chart="p", samples=rows))
    assert len(result.primary.values) == 25
    assert len(set(result.primary.upper)) > 1  # stepped limits: the sample sizes differ
