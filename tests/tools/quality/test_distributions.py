"""Chi-square and normal functions against tabled values (and SciPy when it is installed)."""

import pytest

from score_desktop.tools.quality.distributions import chi2_cdf, chi2_ppf, normal_ppf, normal_sf


def test_chi_square_table_values():
    # standard chi-square table (e.g. Montgomery Appendix III)
    assert chi2_ppf(0.025, 19) == pytest.approx(8.907, abs=5e-4)
    assert chi2_ppf(0.975, 19) == pytest.approx(32.852, abs=5e-4)
    assert chi2_ppf(0.95, 1) == pytest.approx(3.841, abs=5e-4)
    assert chi2_ppf(0.05, 100) == pytest.approx(77.929, abs=5e-4)


def test_chi_square_cdf_of_two_dof_is_exponential():
    import math

    for x in (0.1, 1.0, 5.0, 30.0):
        assert chi2_cdf(x, 2) == pytest.approx(1 - math.exp(-x / 2), rel=1e-12)


def test_normal_tail():
    assert normal_sf(3.0) == pytest.approx(0.0013498980316301, rel=1e-12)
    assert normal_ppf(0.99865) == pytest.approx(3.0, abs=1e-4)


def test_against_scipy_when_installed():
    stats = pytest.importorskip("scipy.stats")
    for dof in (1, 2, 5, 24, 99, 500):
        for p in (0.001, 0.025, 0.5, 0.975, 0.999):
            assert chi2_ppf(p, dof) == pytest.approx(stats.chi2.ppf(p, dof), rel=1e-9)
