"""Pareto analysis against Montgomery's tank defect data and rules that hold for any tally."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.pareto import pareto

# Montgomery, Introduction to Statistical Quality Control, 6th ed., section 5.4 (Table 5.2,
# Figure 5.17): 166 defects found on aircraft tanks, in the order of the check sheet.
TANK_DEFECTS = (
    ("Parts damaged", 34),
    ("Machining problems", 29),
    ("Supplied parts rusted", 13),
    ("Masking insufficient", 17),
    ("Misaligned weld", 2),
    ("Processing out of order", 4),
    ("Wrong part issued", 3),
    ("Unfinished fairing", 3),
    ("Adhesive failure", 6),
    ("Powdery alodine", 1),
    ("Paint out of limits", 2),
    ("Paint damaged by etching", 1),
    ("Film on parts", 5),
    ("Primer cans damaged", 1),
    ("Voids in casting", 2),
    ("Delaminated composite", 2),
    ("Incorrect dimensions", 36),
    ("Improper test procedure", 1),
    ("Salt-spray failure", 4),
)


def test_montgomery_tank_defects() -> None:
    result = pareto(TANK_DEFECTS)
    assert result.total == 166
    top = [(b.category, b.count) for b in result.bars[:5]]
    assert top == [
        ("Incorrect dimensions", 36),
        ("Parts damaged", 34),
        ("Machining problems", 29),
        ("Masking insufficient", 17),
        ("Supplied parts rusted", 13),
    ]
    # Montgomery: the three most common defects are about 60 % of all (99 / 166)
    assert result.bars[2].cumulative == pytest.approx(99 / 166)
    assert result.bars[4].cumulative == pytest.approx(129 / 166)  # 77.7 %: below 80 %
    # the sixth (adhesive failure, 6) crosses 80 %: 135 / 166 = 81.3 %
    assert result.vital_few == (*(c for c, _ in top), "Adhesive failure")
    assert result.vital_share == pytest.approx(135 / 166)
    assert result.bars[-1].cumulative == pytest.approx(1.0)
    # ties keep the check sheet's order: of the 4s, "Processing out of order" comes first
    fours = [b.category for b in result.bars if b.count == 4]
    assert fours == ["Processing out of order", "Salt-spray failure"]


def test_a_cutoff_met_exactly_stops_the_vital_few() -> None:
    result = pareto([("A", 8), ("B", 1), ("C", 1)])
    assert result.vital_few == ("A",)
    assert pareto([("A", 5), ("B", 5)], cutoff=0.5).vital_few == ("A",)


def test_repeated_categories_are_added_and_zero_counts_kept_but_not_vital() -> None:
    result = pareto([("Scratch", 2), ("Dent", 0), ("Scratch", 3)])
    assert [(b.category, b.count, b.vital) for b in result.bars] == [
        ("Scratch", 5.0, True),
        ("Dent", 0.0, False),
    ]


@pytest.mark.parametrize(
    ("tallies", "message"),
    [
        ([], "at least one defect category"),
        ([("A", 0)], "every count is zero"),
        ([("A", 1), ("B", -2)], 'category 2: the count of "B" cannot be negative'),
        ([(" ", 1)], "category 1: the defect category is empty"),
        ([("A", float("nan"))], "is not a number"),
    ],
)
def test_bad_tallies_are_named(tallies, message) -> None:
    with pytest.raises(QualityInputError, match=message):
        pareto(tallies)


tallies = st.lists(
    st.tuples(st.sampled_from("ABCDEFGH"), st.integers(0, 1000)), min_size=1, max_size=12
).filter(lambda t: sum(c for _, c in t) > 0)


@given(tallies, st.floats(0.05, 1.0))
def test_pareto_rules_hold_for_any_tally(data, cutoff) -> None:
    result = pareto(data, cutoff)
    counts = [b.count for b in result.bars]
    assert counts == sorted(counts, reverse=True)
    assert result.total == sum(c for _, c in data)
    assert sum(b.share for b in result.bars) == pytest.approx(1.0)
    vital = [b for b in result.bars if b.vital]
    assert vital and result.bars[: len(vital)] == tuple(vital)  # a leading block
    assert vital[-1].cumulative >= cutoff - 1e-9  # the vital few reach the cut-off...
    if len(vital) > 1:
        assert vital[-2].cumulative < cutoff  # ...and are the fewest that do
