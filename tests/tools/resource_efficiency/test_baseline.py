"""ISO 50006 baseline: a worked example by hand, agreement with numpy lstsq, warnings, errors."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from score_desktop.tools.resource_efficiency import baseline_savings, fit_baseline
from score_desktop.tools.resource_efficiency.tdist import student_t_two_sided_p

# Worked example (computed by hand, simple linear regression, e.g. Montgomery & Runger,
# "Applied Statistics and Probability for Engineers", ch. 11 formulas):
#   production x = 1, 2, 3, 4, 5 (hundred tonnes), energy y = 3, 5, 6, 9, 10 (MWh)
#   x̄ = 3, ȳ = 6.6, Sxx = 10, Sxy = (-2)(-3.6) + (-1)(-1.6) + 0 + (1)(2.4) + (2)(3.4) = 18
#   slope b = Sxy / Sxx = 1.8, intercept a = ȳ - b x̄ = 1.2
#   fitted 3.0, 4.8, 6.6, 8.4, 10.2; residuals 0, 0.2, -0.6, 0.6, -0.2; SSE = 0.8
#   SST = 3.6² + 1.6² + 0.6² + 2.4² + 3.4² = 33.2; R² = 1 - 0.8 / 33.2 = 32.4 / 33.2
#   s² = SSE / (n - 2) = 0.8 / 3; se(b) = sqrt(s² / Sxx); se(a) = sqrt(s² (1/n + x̄² / Sxx))
X = [1, 2, 3, 4, 5]
Y = [3, 5, 6, 9, 10]


def test_worked_example_coefficients_and_statistics():
    b = fit_baseline(X, Y, driver_names=["production"])
    assert b.intercept == pytest.approx(1.2, abs=1e-12)
    assert b.coefficients == pytest.approx((1.8,), abs=1e-12)
    assert b.r_squared == pytest.approx(32.4 / 33.2, abs=1e-12)
    assert b.adjusted_r_squared == pytest.approx(1 - (0.8 / 33.2) * 4 / 3, abs=1e-12)
    s2 = 0.8 / 3
    assert b.standard_errors[0] == pytest.approx(math.sqrt(s2 / 10), abs=1e-12)
    assert b.intercept_standard_error == pytest.approx(math.sqrt(s2 * (0.2 + 0.9)), abs=1e-12)
    assert b.t_values[0] == pytest.approx(1.8 / math.sqrt(s2 / 10), rel=1e-12)
    assert b.p_values[0] == pytest.approx(student_t_two_sided_p(b.t_values[0], 3), rel=1e-12)
    assert b.p_values[0] < 0.01
    assert b.cv_rmse == pytest.approx(math.sqrt(s2) / 6.6, abs=1e-12)
    assert b.fitted == pytest.approx((3.0, 4.8, 6.6, 8.4, 10.2), abs=1e-12)
    assert b.residuals == pytest.approx((0, 0.2, -0.6, 0.6, -0.2), abs=1e-12)
    assert b.driver_ranges == ((1.0, 5.0),)
    assert b.degrees_of_freedom == 3
    assert b.predict([2, 4, 6]) == pytest.approx((4.8, 8.4, 12.0), abs=1e-12)
    assert b.equation("E") == "E = 1.200 + 1.800 × production"
    # 95 % interval with t(0.975, 3) = 3.182 (t table)
    low, high = b.confidence_intervals[0]
    assert (high - low) / 2 == pytest.approx(3.182 * b.standard_errors[0], rel=2e-4)


def test_worked_example_savings_and_cusum():
    b = fit_baseline(X, Y, driver_names=["production"])
    # reporting period: x = 2, 4, 6 → predicted 4.8, 8.4, 12.0; measured 4, 8, 11
    # savings = 0.8, 0.4, 1.0; CUSUM = 0.8, 1.2, 2.2
    s = baseline_savings(b, [2, 4, 6], [4, 8, 11], period_labels=["Jan", "Feb", "Mar"])
    assert s.predicted == pytest.approx((4.8, 8.4, 12.0), abs=1e-12)
    assert s.savings == pytest.approx((0.8, 0.4, 1.0), abs=1e-12)
    assert s.cusum == pytest.approx((0.8, 1.2, 2.2), abs=1e-12)
    assert s.enpi_ratio == pytest.approx((2.0, 2.0, 11 / 6))
    assert s.enpi_measured_over_predicted == pytest.approx((4 / 4.8, 8 / 8.4, 11 / 12))
    assert s.baseline_enpi_ratio == pytest.approx(6.6 / 3)
    assert s.total_savings == pytest.approx(2.2)
    assert s.savings_share == pytest.approx(2.2 / 25.2)
    assert s.out_of_range_periods == (2,)
    assert len(s.warnings) == 1
    assert s.warnings[0].startswith("Mar: production = 6")
    assert "baseline range 1 to 5" in s.warnings[0]


def test_savings_with_explicit_output_and_zero_output():
    b = fit_baseline(X, Y)
    s = baseline_savings(b, [[2], [3]], [4, 6], output=[0, 3])
    assert s.enpi_ratio == (None, 2.0)
    assert s.baseline_enpi_ratio is None
    assert s.warnings == ()


def test_two_drivers_exact_plane():
    rng = np.random.default_rng(1)
    production = rng.uniform(100, 200, 14)
    degree_days = rng.uniform(0, 400, 14)
    energy = 500 + 3 * production + 0.8 * degree_days
    b = fit_baseline(np.column_stack([production, degree_days]), energy, ["production", "HDD"])
    assert b.intercept == pytest.approx(500)
    assert b.coefficients == pytest.approx((3, 0.8))
    assert b.r_squared == pytest.approx(1.0)
    assert b.p_values == pytest.approx((0.0, 0.0), abs=1e-12)
    assert b.warnings == ()
    assert b.predict([150, 100]) == pytest.approx((500 + 450 + 80,))


@st.composite
def regression_data(draw):
    p = draw(st.integers(1, 3))
    n = draw(st.integers(p + 2, 30))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    x = rng.uniform(0, 1000, size=(n, p)) * rng.uniform(0.01, 100, size=p)
    beta = rng.normal(0, 10, size=p)
    y = 5000 + x @ beta + rng.normal(0, draw(st.floats(0.1, 1000)), size=n)
    return x, np.abs(y)


@settings(max_examples=60, deadline=None)
@given(regression_data())
def test_agrees_with_numpy_lstsq(data):
    x, y = data
    b = fit_baseline(x, y)
    design = np.column_stack([np.ones(len(y)), x])
    expected, *_ = np.linalg.lstsq(design, y, rcond=None)
    got = np.array([b.intercept, *b.coefficients])
    scale = np.abs(expected) + np.abs(design).max(axis=0) ** -1 * np.abs(y).max()
    assert np.all(np.abs(got - expected) <= 1e-7 * scale)
    assert 0.0 <= b.r_squared <= 1.0
    assert b.adjusted_r_squared <= b.r_squared + 1e-12
    assert all(0.0 <= p <= 1.0 for p in b.p_values)
    assert abs(sum(b.residuals)) <= 1e-8 * np.abs(y).sum()


def test_warning_too_few_periods():
    b = fit_baseline(X, Y)
    assert any("Only 5 baseline periods" in w for w in b.warnings)


def test_warning_too_few_periods_per_driver():
    rng = np.random.default_rng(3)
    x = rng.uniform(0, 100, size=(13, 3))
    y = 200 + x @ [2.0, 3.0, 4.0] + rng.normal(0, 1, 13)
    b = fit_baseline(x, y)
    assert any("5 periods per driver (15)" in w for w in b.warnings)
    assert not any("baseline periods" in w for w in b.warnings)


def test_warning_weak_fit_and_not_significant():
    rng = np.random.default_rng(7)
    x = rng.uniform(100, 200, 24)
    y = 1000 + rng.normal(0, 50, 24)  # energy does not depend on x
    b = fit_baseline(x, y, ["production"])
    assert any(w.startswith("Weak fit: R² = ") for w in b.warnings)
    assert any("'production' is not significant" in w for w in b.warnings)
    assert b.p_values[0] > 0.05


def test_warning_negative_base_load():
    x = np.arange(10, 30, dtype=float)
    y = -50 + 10 * x + np.tile([1.0, -1.0], 10)
    b = fit_baseline(x, y)
    assert b.intercept < 0
    assert any(w.startswith("Negative base load") for w in b.warnings)


def test_good_baseline_has_no_warnings():
    rng = np.random.default_rng(11)
    x = rng.uniform(100, 200, 24)
    y = 4000 + 25 * x + rng.normal(0, 30, 24)
    assert fit_baseline(x, y).warnings == ()


@pytest.mark.parametrize(
    ("drivers", "energy", "match"),
    [
        ([[1, 2], [2, 4], [3, 6], [4, 8.0]], [1, 2, 3, 5], "collinear"),
        ([[1, 5], [2, 5], [3, 5], [4, 5]], [1, 2, 3, 5], "'driver 2' has the same value"),
        ([1, 2, 3, 4], [2, 2, 2, 2], "the same in every period"),
        ([1, 2], [1, 2], "too few"),
        ([1, 2, 3], [1, 2], "3 periods"),
        ([1, 2, float("nan"), 4], [1, 2, 3, 4], "period 3, driver 1"),
        ([1, 2, 3, 4], [1, -2, 3, 4], "period 2 is negative"),
        ([[1, 2], [3], [4, 5], [6, 7]], [1, 2, 3, 4], "period 2 has 1 values"),
    ],
)
def test_degenerate_data_raise_clear_errors(drivers, energy, match):
    with pytest.raises(ValueError, match=match):
        fit_baseline(drivers, energy)


def test_predict_checks_the_number_of_drivers():
    b = fit_baseline([[1, 0], [2, 1], [3, 0], [4, 1], [5, 3]], [3, 5, 6, 9, 12])
    with pytest.raises(ValueError, match="2 value"):
        b.predict([[1, 2, 3]])


@settings(max_examples=40, deadline=None)
@given(regression_data(), st.integers(1, 12), st.integers(0, 2**32 - 1))
def test_savings_identities(data, n_reporting, seed):
    x, y = data
    b = fit_baseline(x, y)
    rng = np.random.default_rng(seed)
    rows = rng.uniform(0.5, 1.5, size=(n_reporting, x.shape[1])) * x.mean(axis=0)
    measured = rng.uniform(0, 2, n_reporting) * np.mean(y)
    s = baseline_savings(b, rows, measured)
    assert s.predicted == pytest.approx(b.predict(rows))
    assert np.allclose(np.array(s.savings), np.array(s.predicted) - measured)
    assert s.cusum[-1] == pytest.approx(s.total_savings)
    assert np.allclose(np.diff(s.cusum), s.savings[1:])
    for i in s.out_of_range_periods:
        assert b.outside_range(rows[i])
    assert len(s.out_of_range_periods) <= len(s.warnings)


def test_equation_shows_signs_and_thousands():
    b = fit_baseline(
        [[1, 5], [2, 3], [3, 4], [4, 1], [5, 2]],
        [12000 + 310 * a - 4 * c for a, c in [(1, 5), (2, 3), (3, 4), (4, 1), (5, 2)]],
        ["production", "HDD"],
    )
    assert b.equation() == "Energy = 12,000 + 310.0 × production − 4.000 × HDD"


def test_published_two_variable_example():
    # Soft-drink delivery time data: Montgomery, Peck & Vining, "Introduction to Linear
    # Regression Analysis", Example 3.1 (Table 3.2) with the fit statistics of Examples 3.1-3.5:
    # y = 2.34123 + 1.61591 x1 + 0.01438 x2, R² = 0.9596, adjusted R² = 0.9559, MSE = 10.6239,
    # se(b1) = 0.17073, se(b2) = 0.003613, t = 9.46 and 3.98; Minitab p = 0.044 (constant),
    # 0.000 and 0.001.
    y = [
        16.68,
        11.50,
        12.03,
        14.88,
        13.75,
        18.11,
        8.00,
        17.83,
        79.24,
        21.50,
        40.33,
        21.00,
        13.50,
        19.75,
        24.00,
        29.00,
        15.35,
        19.00,
        9.50,
        35.10,
        17.90,
        52.32,
        18.75,
        19.83,
        10.75,
    ]
    cases = [7, 3, 3, 4, 6, 7, 2, 7, 30, 5, 16, 10, 4, 6, 9, 10, 6, 7, 3, 17, 10, 26, 9, 8, 4]
    distance = [
        560,
        220,
        340,
        80,
        150,
        330,
        110,
        210,
        1460,
        605,
        688,
        215,
        255,
        462,
        448,
        776,
        200,
        132,
        36,
        770,
        140,
        810,
        450,
        635,
        150,
    ]
    b = fit_baseline(list(zip(cases, distance, strict=True)), y, ["cases", "distance"])
    assert b.intercept == pytest.approx(2.34123, abs=5e-6)
    assert b.coefficients == pytest.approx((1.61591, 0.01438), abs=5e-6)
    assert b.r_squared == pytest.approx(0.9596, abs=5e-5)
    assert b.adjusted_r_squared == pytest.approx(0.9559, abs=5e-5)
    assert b.rmse**2 == pytest.approx(10.6239, abs=5e-3)
    assert b.standard_errors == pytest.approx((0.17073, 0.003613), abs=5e-6)
    assert b.t_values == pytest.approx((9.46, 3.98), abs=5e-3)
    assert b.intercept_p_value == pytest.approx(0.044, abs=5e-4)
    assert b.p_values[0] < 0.0005
    assert b.p_values[1] == pytest.approx(0.001, abs=5e-4)
