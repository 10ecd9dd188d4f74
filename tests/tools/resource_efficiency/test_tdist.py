"""Student t CDF and incomplete beta against closed forms and printed t-table values."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from score_desktop.tools.resource_efficiency.tdist import (
    regularized_incomplete_beta,
    student_t_cdf,
    student_t_quantile,
    student_t_two_sided_p,
)

# Critical values t_(p, df) as printed in standard tables (e.g. NIST/SEMATECH e-Handbook of
# Statistical Methods, section 1.3.6.7.2, "Critical values of the Student's t distribution").
T_TABLE = [
    (0.975, 1, 12.706),
    (0.975, 2, 4.303),
    (0.975, 5, 2.571),
    (0.975, 10, 2.228),
    (0.975, 30, 2.042),
    (0.975, 100, 1.984),
    (0.95, 10, 1.812),
    (0.95, 3, 2.353),
    (0.99, 7, 2.998),
    (0.995, 20, 2.845),
    (0.90, 15, 1.341),
]


@pytest.mark.parametrize(("probability", "df", "t"), T_TABLE)
def test_cdf_matches_t_table(probability, df, t):
    # table values are rounded to 3 decimals; the density is < 0.4, so the CDF is within 2e-4
    assert student_t_cdf(t, df) == pytest.approx(probability, abs=2e-4)
    assert student_t_cdf(-t, df) == pytest.approx(1 - probability, abs=2e-4)
    assert student_t_quantile(probability, df) == pytest.approx(t, abs=6e-4)


@pytest.mark.parametrize("t", [-30.0, -3.1, -1.0, -0.2, 0.0, 0.7, 1.5, 4.0, 50.0])
def test_cdf_closed_forms_for_one_two_and_three_degrees_of_freedom(t):
    # df = 1 is the Cauchy distribution; df = 2 and 3 have elementary closed forms.
    cauchy = 0.5 + math.atan(t) / math.pi
    df2 = 0.5 + t / (2 * math.sqrt(2 + t * t))
    u = t / math.sqrt(3)
    df3 = 0.5 + (u / (1 + u * u) + math.atan(u)) / math.pi
    assert student_t_cdf(t, 1) == pytest.approx(cauchy, abs=1e-12)
    assert student_t_cdf(t, 2) == pytest.approx(df2, abs=1e-12)
    assert student_t_cdf(t, 3) == pytest.approx(df3, abs=1e-12)


def test_large_df_tends_to_the_normal_distribution():
    for t in (-2.0, 0.5, 1.96):
        normal = 0.5 * (1 + math.erf(t / math.sqrt(2)))
        assert student_t_cdf(t, 1e7) == pytest.approx(normal, abs=1e-6)


def test_two_sided_p_value():
    assert student_t_two_sided_p(2.228, 10) == pytest.approx(0.05, abs=3e-4)
    assert student_t_two_sided_p(0.0, 4) == 1.0
    assert student_t_two_sided_p(math.inf, 4) == 0.0


@given(
    a=st.floats(0.05, 60),
    b=st.floats(0.05, 60),
    x=st.floats(1e-6, 1 - 1e-6),  # away from 0 and 1, where 1 - x loses the digits of x
)
def test_incomplete_beta_symmetry_and_bounds(a, b, x):
    value = regularized_incomplete_beta(a, b, x)
    assert 0.0 <= value <= 1.0 + 1e-12
    assert value + regularized_incomplete_beta(b, a, 1 - x) == pytest.approx(1.0, abs=1e-9)


@given(a=st.floats(0.1, 20), x=st.floats(0.0, 1.0))
def test_incomplete_beta_closed_forms(a, x):
    # I_x(a, 1) = x^a and I_x(1, b) = 1 - (1 - x)^b
    assert regularized_incomplete_beta(a, 1.0, x) == pytest.approx(x**a, abs=1e-10)
    assert regularized_incomplete_beta(1.0, a, x) == pytest.approx(1 - (1 - x) ** a, abs=1e-10)


def test_bad_arguments_raise_value_error():
    with pytest.raises(ValueError, match="positive"):
        regularized_incomplete_beta(0, 1, 0.5)
    with pytest.raises(ValueError, match=r"\[0, 1\]"):
        regularized_incomplete_beta(1, 1, 1.5)
    with pytest.raises(ValueError, match="degrees of freedom"):
        student_t_cdf(1.0, 0)
