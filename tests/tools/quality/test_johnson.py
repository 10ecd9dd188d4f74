"""Johnson transformation: the Slifker-Shapiro formulas recover the parameters exactly from
exact quantiles of SU, SB and SL distributions, and a fitted sample becomes normal."""

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.quality.johnson import JohnsonFit, fit_from_quantiles, fit_johnson


def _exact_quantiles(fit: JohnsonFit, z: float) -> list[float]:
    return [fit.inverse(k * z) for k in (-3, -1, 1, 3)]


@given(
    family=st.sampled_from(["SU", "SB"]),
    gamma=st.floats(-1.5, 1.5),
    eta=st.floats(0.5, 3.0),
    epsilon=st.floats(-10, 10),
    lam=st.floats(0.5, 20),
    z=st.floats(0.3, 1.0),
)
def test_the_formulas_recover_su_and_sb_parameters(family, gamma, eta, epsilon, lam, z) -> None:
    true = JohnsonFit(family, gamma, eta, epsilon, lam)
    fit = fit_from_quantiles(*_exact_quantiles(true, z), z)
    assert fit is not None and fit.family == family
    for name in ("gamma", "eta", "epsilon", "lam"):
        assert getattr(fit, name) == pytest.approx(getattr(true, name), rel=1e-6, abs=1e-6)


def test_the_formulas_recover_a_lognormal_sl() -> None:
    true = JohnsonFit("SL", gamma=-1.2, eta=1.7, epsilon=3.0)
    fit = fit_from_quantiles(*_exact_quantiles(true, 0.5), 0.5)
    assert fit is not None and fit.family == "SL"
    assert (fit.gamma, fit.eta, fit.epsilon) == pytest.approx((-1.2, 1.7, 3.0), rel=1e-9)


def test_transform_and_inverse_agree() -> None:
    for fit in (
        JohnsonFit("SU", 0.4, 1.3, 2.0, 5.0),
        JohnsonFit("SB", -0.2, 0.9, 1.0, 4.0),
        JohnsonFit("SL", 0.1, 2.0, -1.0),
    ):
        zs = np.linspace(-3, 3, 13)
        assert fit.transform(fit.inverse(zs)) == pytest.approx(zs, abs=1e-9)
    assert math.isnan(JohnsonFit("SB", 0, 1, 0, 1).transform(2.0))  # outside a bounded fit


@pytest.mark.parametrize(
    "true",
    [JohnsonFit("SU", -1.0, 1.4, 10.0, 2.0), JohnsonFit("SB", 0.8, 1.1, 0.0, 5.0)],
)
def test_a_skewed_sample_is_made_normal(true: JohnsonFit) -> None:
    rng = np.random.default_rng(7)
    sample = true.inverse(rng.standard_normal(400))
    fit = fit_johnson(sample)
    assert fit is not None and fit.normality is not None
    assert fit.normality.p_value > 0.1
    # the fitted 0.135 % and 99.865 % points lie near the true ones
    for z in (-3.0, 3.0):
        spread = true.inverse(3.0) - true.inverse(-3.0)
        assert abs(fit.inverse(z) - true.inverse(z)) < 0.15 * spread


def test_too_few_or_constant_values_give_no_fit() -> None:
    assert fit_johnson([1.0, 2.0, 3.0]) is None
    assert fit_johnson([5.0] * 20) is None


def test_johnson_capability_of_skewed_data() -> None:
    from score_desktop.tools.quality.capability import capability
    from score_desktop.tools.quality.distributions import normal_cdf, normal_sf

    true = JohnsonFit("SU", -1.5, 1.2, 10.0, 1.5)  # strongly right-skewed
    rng = np.random.default_rng(11)
    sample = true.inverse(rng.standard_normal(500))
    lsl, usl = float(true.inverse(-3.5)), float(true.inverse(4.0))
    result = capability(sample, lsl, usl)
    assert result.normality is not None and not result.normality.looks_normal
    j = result.johnson
    assert j is not None and j.fit.family == "SU"
    # the true ppm outside: below z=-3.5 and above z=4 of a standard normal
    true_ppm = (normal_cdf(-3.5) + normal_sf(4.0)) * 1e6
    assert j.ppm_total == pytest.approx(true_ppm, rel=1.5)  # same order, sampling error
    assert 0.9 < j.ppk * 3 / 3.5 < 1.3  # true Ppk = min(4, 3.5) / 3 on the normal scale
    assert "Slifker-Shapiro" in j.method


def test_normal_data_get_no_johnson_fit() -> None:
    from score_desktop.tools.quality.capability import capability

    rng = np.random.default_rng(5)
    assert capability(rng.normal(10, 1, 200), 6, 14).johnson is None
