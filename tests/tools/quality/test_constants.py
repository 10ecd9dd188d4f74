"""Control chart constants against the exact values and Montgomery's Appendix VI table."""

import math

import pytest

from score_desktop.tools.quality.constants import c4, d2, d3, factors

NAMES = ("d2", "d3", "c4", "A2", "A3", "B3", "B4", "D3", "D4")

# Montgomery, Introduction to Statistical Quality Control, 6th ed., Appendix VI (rounded).
TABLE = {
    # n: (d2, d3, c4, A2, A3, B3, B4, D3, D4)
    2: (1.128, 0.853, 0.7979, 1.880, 2.659, 0.000, 3.267, 0.000, 3.267),
    3: (1.693, 0.888, 0.8862, 1.023, 1.954, 0.000, 2.568, 0.000, 2.574),
    4: (2.059, 0.880, 0.9213, 0.729, 1.628, 0.000, 2.266, 0.000, 2.282),
    5: (2.326, 0.864, 0.9400, 0.577, 1.427, 0.000, 2.089, 0.000, 2.114),
    6: (2.534, 0.848, 0.9515, 0.483, 1.287, 0.030, 1.970, 0.000, 2.004),
    7: (2.704, 0.833, 0.9594, 0.419, 1.182, 0.118, 1.882, 0.076, 1.924),
    8: (2.847, 0.820, 0.9650, 0.373, 1.099, 0.185, 1.815, 0.136, 1.864),
    9: (2.970, 0.808, 0.9693, 0.337, 1.032, 0.239, 1.761, 0.184, 1.816),
    10: (3.078, 0.797, 0.9727, 0.308, 0.975, 0.284, 1.716, 0.223, 1.777),
    15: (3.472, 0.756, 0.9823, 0.223, 0.789, 0.428, 1.572, 0.347, 1.653),
    20: (3.735, 0.729, 0.9869, 0.180, 0.680, 0.510, 1.490, 0.415, 1.585),
    25: (3.931, 0.708, 0.9896, 0.153, 0.606, 0.565, 1.435, 0.459, 1.541),
}


@pytest.mark.parametrize("n", sorted(TABLE))
def test_factors_match_the_table(n):
    f = factors(n)
    got = (f.d2, f.d3, f.c4, f.A2, f.A3, f.B3, f.B4, f.D3, f.D4)
    for name, value, table in zip(NAMES, got, TABLE[n], strict=True):
        tol = 6e-5 if name == "c4" else 1.2e-3  # the table rounds to 4 / 3 decimals
        assert value == pytest.approx(table, abs=tol), (n, name)


def test_exact_range_moments():
    # the range of two normals is |X1 - X2| ~ sqrt(2)|Z|: mean 2/sqrt(pi), variance 2 - 4/pi
    assert d2(2) == pytest.approx(2 / math.sqrt(math.pi), abs=1e-10)
    assert d3(2) == pytest.approx(math.sqrt(2 - 4 / math.pi), abs=1e-9)
    # the mean range of three normals is 3/sqrt(pi)
    assert d2(3) == pytest.approx(3 / math.sqrt(math.pi), abs=1e-10)


def test_c4_exact_and_e2():
    assert c4(2) == pytest.approx(math.sqrt(2 / math.pi), abs=1e-14)
    assert c4(3) == pytest.approx(math.sqrt(math.pi) / 2, abs=1e-14)
    e2 = factors(2).E2
    assert e2 == pytest.approx(2.660, abs=2e-3)  # the table has 3 / 1.128


def test_sizes_outside_the_range_are_refused():
    for n in (0, 1, 101):
        with pytest.raises(ValueError):
            d2(n)
