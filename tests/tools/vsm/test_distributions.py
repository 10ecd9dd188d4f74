"""Time distributions: parameter checks, units, and sample means/variances (fixed seeds)."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.vsm.distributions import Distribution, from_dict, to_dict

CASES = [
    (Distribution.fixed(2.0, "min"), 120.0, 0.0),
    (Distribution.exponential(10.0), 10.0, 1.0),
    (Distribution.normal(10.0, 2.0), 10.0, 0.04),
    (Distribution.lognormal(10.0, 5.0), 10.0, 0.25),
    (Distribution.triangular(1.0, 2.0, 6.0, "h"), 3.0 * 3600, (1 + 4 + 36 - 2 - 6 - 12) / 18 / 9),
    (Distribution.empirical([1.0, 2.0, 3.0, 6.0]), 3.0, 3.5 / 9),
]


@pytest.mark.parametrize(("dist", "mean_s", "scv"), CASES)
def test_sample_mean_and_scv(dist, mean_s, scv):
    rng = np.random.default_rng(7)
    x = dist.draw(rng, 200_000)
    assert dist.mean_seconds() == pytest.approx(mean_s)
    assert dist.scv() == pytest.approx(scv)
    assert x.min() >= 0
    assert x.mean() == pytest.approx(mean_s, rel=0.01)
    assert x.var() / x.mean() ** 2 == pytest.approx(scv, rel=0.03, abs=1e-9)


def test_sampler_repeats_with_the_same_seed_and_spans_blocks():
    d = Distribution.exponential(1.0)
    a = d.sampler(np.random.default_rng(3))
    b = d.sampler(np.random.default_rng(3))
    xs = [a() for _ in range(5000)]
    assert xs == [b() for _ in range(5000)]
    assert len(set(xs)) == 5000


@pytest.mark.parametrize(
    ("dist", "message"),
    [
        (Distribution.fixed(0.0), "cycle time mean must be > 0"),
        (Distribution.exponential(-1.0), "cycle time mean must be > 0"),
        (Distribution.normal(5.0, -1.0), "standard deviation must be >= 0"),
        (Distribution.triangular(3.0, 2.0, 4.0), "low <= mode <= high"),
        (Distribution.triangular(-1.0, 2.0, 4.0), "low must be >= 0"),
        (Distribution.empirical([]), "at least one observed value"),
        (Distribution.empirical([1.0, -2.0]), "observed values must be >= 0"),
        (Distribution("weibull", mean=1.0), "kind must be one of"),
        (Distribution("fixed", mean=1.0, unit="days"), "unit must be one of"),
        (Distribution.fixed(float("nan")), "finite numbers"),
    ],
)
def test_impossible_parameters_are_refused(dist, message):
    with pytest.raises(ValueError, match=message):
        dist.check("cycle time")


def test_zero_changeover_is_allowed():
    Distribution.fixed(0.0, "min").check("changeover time", positive_mean=False)


@given(
    st.sampled_from(["fixed", "exponential", "normal", "lognormal"]),
    st.floats(0.01, 1e4),
    st.floats(0, 1e3),
    st.sampled_from(["s", "min", "h"]),
)
def test_dict_round_trip(kind, mean, sd, unit):
    d = Distribution(kind, mean=mean, sd=sd if kind in ("normal", "lognormal") else 0.0, unit=unit)
    assert from_dict(to_dict(d), "here") == d


def test_from_dict_names_the_place():
    with pytest.raises(ValueError, match=r"^step A, cycle time: mean must be a number"):
        from_dict({"kind": "fixed", "mean": "ten"}, "step A, cycle time")
