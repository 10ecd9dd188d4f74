"""Capability indices, their intervals, ppm, Anderson-Darling, Box-Cox and percentiles."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.quality import boxcox
from score_desktop.tools.quality.capability import capability, fitted_non_normal
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.normality import ad_p_value, anderson_darling
from tests.tools.quality.published_data import MONTGOMERY_6_1


def test_montgomery_hard_bake_cp():
    # ISQC section 6.2 (after Example 6.1): USL = 2.00, LSL = 1.00 microns,
    # sigma = R-bar / d2 = 0.32521 / 2.326 = 0.1398, Cp = 1 / (6 * 0.1398) = 1.192
    values = [v for g in MONTGOMERY_6_1 for v in g]
    result = capability(values, 1.0, 2.0, subgroups=MONTGOMERY_6_1, within="range")
    assert result.sigma_within == pytest.approx(0.1398, abs=1e-4)
    assert result.index("Cp").value == pytest.approx(1.192, abs=1e-3)
    assert result.within_method == "R-bar / d2(5)"


def test_exact_indices_and_intervals():
    x = [9.0, 11.0, 10.0, 12.0, 8.0, 10.0, 11.0, 9.0]
    result = capability(x, 4.0, 16.0, target=10.0)
    n, mean, s = 8, 10.0, float(np.std(x, ddof=1))
    assert result.index("Pp").value == pytest.approx(12 / (6 * s))
    assert result.index("Ppk").value == pytest.approx(6 / (3 * s))
    mr_bar = np.mean(np.abs(np.diff(x)))
    assert result.index("Cp").value == pytest.approx(12 / (6 * mr_bar / (2 / math.sqrt(math.pi))))
    assert result.index("Cpm").value == pytest.approx(12 / (6 * s))  # on target: Cpm = Pp
    # chi-square interval, 7 dof: chi2(.025) = 1.690, chi2(.975) = 16.013 (table)
    pp = result.index("Pp")
    assert pp.lower == pytest.approx(pp.value * math.sqrt(1.690 / 7), rel=2e-4)
    assert pp.upper == pytest.approx(pp.value * math.sqrt(16.013 / 7), rel=2e-4)
    ppk = result.index("Ppk")  # Bissell
    half = 1.959964 * math.sqrt(1 / (9 * n) + ppk.value**2 / (2 * (n - 1)))
    assert (ppk.lower, ppk.upper) == pytest.approx((ppk.value - half, ppk.value + half))
    assert result.mean == mean
    assert all(i.method for i in result.indices)


def test_bissell_interval_by_hand():
    # n = 20, Cpk = 1.33: 1.33 -/+ 1.96 sqrt(1/180 + 1.33^2/38) = 0.88 .. 1.78
    from score_desktop.tools.quality.capability import _bissell

    lo, hi = _bissell(1.33, 20, 0.05)
    assert (round(lo, 2), round(hi, 2)) == (0.88, 1.78)


def test_expected_ppm_of_a_centred_three_sigma_process():
    rng = np.random.default_rng(7)
    x = rng.normal(0, 1, 2000)
    x = (x - x.mean()) / x.std(ddof=1)  # mean 0, s 1 exactly
    result = capability(x, -3.0, 3.0)
    assert result.ppm_overall.total == pytest.approx(2699.796, abs=1e-2)  # 2 (1 - Phi(3))
    assert result.index("Pp").value == pytest.approx(1.0)


def test_one_sided_limits_give_only_the_one_sided_indices():
    result = capability([1.0, 2.0, 3.0, 2.5, 1.5], None, 6.0)
    names = [i.name for i in result.indices]
    assert names == ["Cpk", "Ppk"]
    assert result.ppm_overall.below == 0.0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (([1.0, 2.0, 3.0], 5.0, 5.0), r"the LSL \(5\) must be below the USL \(5\)"),
        (([1.0, 2.0, 3.0], 6.0, 5.0), "must be below"),
        (([1.0, 2.0], 0.0, 5.0), "at least 3 values"),
        (([1.0, math.nan, 3.0], 0.0, 5.0), "point 2: a measurement"),
        (([2.0, 2.0, 2.0], 0.0, 5.0), "do not vary"),
        (([1.0, 2.0, 3.0], None, None), "at least one specification"),
    ],
)
def test_bad_input(args, message):
    with pytest.raises(QualityInputError, match=message):
        capability(*args)


def test_anderson_darling_p_value_at_stephens_critical_values():
    # Stephens (1974): A*^2 = 0.631, 0.752, 0.873, 1.035 at 10, 5, 2.5 and 1 %
    for critical, level in ((0.631, 0.10), (0.752, 0.05), (0.873, 0.025), (1.035, 0.01)):
        assert ad_p_value(critical) == pytest.approx(level, rel=0.03)
    assert ad_p_value(0.1) > 0.9


def test_anderson_darling_against_scipy():
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(11)
    for x in (rng.normal(5, 2, 30), rng.exponential(1, 80), rng.uniform(0, 1, 200)):
        ours = anderson_darling(x)
        theirs = stats.anderson(x, dist="norm", method="interpolate")
        assert ours.statistic == pytest.approx(theirs.statistic, rel=1e-10)
    assert anderson_darling(rng.exponential(1, 200)).p_value < 0.01
    assert anderson_darling([1.0, 2.0, 3.0]) is None  # fewer than 8 values


def test_box_cox_lambda_against_scipy():
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(5)
    for x in (rng.lognormal(1, 0.5, 200), rng.gamma(3, 2, 150), rng.normal(50, 3, 100)):
        assert boxcox.best_lambda(x) == pytest.approx(
            stats.boxcox_normmax(x, method="mle"), abs=1e-5
        )


@given(st.floats(0.01, 100.0))
@settings(max_examples=25)
def test_box_cox_lambda_does_not_depend_on_the_unit(scale):
    x = np.random.default_rng(2).lognormal(0, 0.4, 60)
    assert boxcox.best_lambda(x * scale) == pytest.approx(boxcox.best_lambda(x), abs=1e-5)


def test_box_cox_round_trip():
    for lam in (-1.5, -0.5, 0.0, 0.5, 2.0):
        x = np.array([0.5, 1.0, 3.0, 10.0])
        assert boxcox.inverse(boxcox.transform(x, lam), lam) == pytest.approx(x)


def test_percentile_method_equals_the_normal_one_without_transformation():
    rng = np.random.default_rng(9)
    x = rng.normal(20, 1, 100)
    normal = capability(x, 16.0, 25.0)
    fitted = fitted_non_normal(x, 16.0, 25.0, lam=1.0)
    # z(0.99865) = 2.99997, not exactly 3
    assert fitted.percentile_pp == pytest.approx(normal.index("Pp").value, rel=1e-4)
    assert fitted.percentile_ppk == pytest.approx(normal.index("Ppk").value, rel=1e-4)


def test_skewed_data_is_flagged_and_transformed():
    x = np.random.default_rng(4).lognormal(0, 0.6, 300)
    result = capability(x, 0.05, 8.0)
    assert not result.normality.looks_normal
    assert abs(result.non_normal.lam) < 0.2  # close to a log transformation
    assert result.non_normal.normality_after.looks_normal
    assert result.non_normal.p00135 < result.non_normal.p50 < result.non_normal.p99865
    negative = capability([-1.0, 0.5, 1.0, 2.0], -3.0, 3.0)
    assert negative.non_normal is None
    assert "positive" in negative.non_normal_note
