"""Control charts against the published worked examples (see published_data.py)."""

import pytest

from score_desktop.tools.quality.charts import apply_limits, control_chart, estimate_limits
from score_desktop.tools.quality.model import AttributeData, ChartSettings, VariablesData
from tests.tools.quality.published_data import (
    MONTGOMERY_6_1,
    MONTGOMERY_6_2,
    MONTGOMERY_9_1,
    NIST_EWMA,
    NIST_P_CHART,
)


def test_montgomery_example_6_1_xbar_r_limits():
    # ISQC 6th ed., Example 6.1: x-double-bar = 1.5056, R-bar = 0.32521,
    # x-bar chart 1.3180 .. 1.6932, R chart 0 .. 0.68749 (D4 = 2.114 from the table)
    result = control_chart(ChartSettings("xbar-r"), VariablesData(MONTGOMERY_6_1))
    assert result.limits.centre == pytest.approx(1.5056, abs=5e-5)
    assert result.limits.spread == pytest.approx(0.32521, abs=5e-6)
    means, ranges = result.series
    assert means.upper[0] == pytest.approx(1.6932, abs=1e-4)
    assert means.lower[0] == pytest.approx(1.3180, abs=1e-4)
    assert ranges.upper[0] == pytest.approx(0.68749, abs=3e-4)  # exact D4 = 2.1145
    assert ranges.lower[0] == 0.0
    assert not [s for s in result.signals if s.rule == "WE1"]  # phase I is in control


def test_montgomery_phase_ii_signals_at_sample_43():
    # ISQC Example 6.2 (Table 6.2, samples 26-45, judged against the frozen phase I limits):
    # the x-bar chart goes out of control at sample 43; the limits do not move.
    settings = ChartSettings("xbar-r", rules=("N1",))
    data = VariablesData(MONTGOMERY_6_1 + MONTGOMERY_6_2)
    limits = estimate_limits(settings, data, 0, 24)
    result = apply_limits(settings, data, limits)
    beyond = [s.index + 1 for s in result.signals if s.series == "Subgroup mean"]
    assert beyond[0] == 43
    assert result.limits is limits
    assert result.series[0].upper[44] == pytest.approx(1.6932, abs=1e-4)


def test_xbar_s_on_the_same_data_agrees_with_xbar_r():
    r = control_chart(ChartSettings("xbar-r"), VariablesData(MONTGOMERY_6_1))
    s = control_chart(ChartSettings("xbar-s"), VariablesData(MONTGOMERY_6_1))
    assert s.limits.centre == r.limits.centre
    assert s.limits.sigma == pytest.approx(r.limits.sigma, rel=0.05)  # two estimates of sigma
    # B4(5) = 2.089: the s chart's upper limit is B4 * s-bar
    assert s.series[1].upper[0] == pytest.approx(2.089 * s.limits.spread, rel=5e-4)


def test_montgomery_example_9_1_tabular_cusum():
    # ISQC Example 9.1: target 10, sigma 1, k = 1/2, h = 5: C+ = 5.28 at period 29 signals,
    # N+ = 7 (the shift began after period 22), new mean about 10.5 + 5.28/7 = 11.25.
    settings = ChartSettings("cusum", target=10.0, sigma=1.0, cusum_k=0.5, cusum_h=5.0)
    result = control_chart(settings, VariablesData.individuals(MONTGOMERY_9_1))
    upper = result.series[0]
    assert upper.values[28] == pytest.approx(5.28, abs=1e-9)
    first = result.signals[0]
    assert (first.index + 1, first.rule) == (29, "CUSUM+")
    assert "after point 22" in first.description
    assert "11.25" in first.description
    assert upper.upper[0] == 5.0


def test_montgomery_example_9_2_ewma():
    # ISQC Example 9.2: lambda = 0.1, L = 2.7, target 10, sigma 1 on the Table 9.1 data (the
    # data and settings as the IMSL EWMA documentation reproduces them from Montgomery p. 428).
    # The book's text was not at hand: the checks are the recursion and the limit formula.
    # z_29 = 10.6468 is the first value above the limit (the tabular CUSUM also signals at 29);
    # the asymptotic limit is 10 + 2.7 sqrt(0.1/1.9) = 10.6194.
    settings = ChartSettings("ewma", target=10.0, sigma=1.0, ewma_lambda=0.1, ewma_width=2.7)
    result = control_chart(settings, VariablesData.individuals(MONTGOMERY_9_1))
    assert [s.index + 1 for s in result.signals] == [29, 30]
    assert result.series[0].values[28] == pytest.approx(10.6468, abs=1e-4)
    assert result.series[0].upper[-1] == pytest.approx(10.6194, abs=1e-3)
    # the first limit: L sigma sqrt(lambda/(2-lambda) (1-(1-lambda)^2)) = 0.27
    assert result.series[0].upper[0] == pytest.approx(10.27, abs=1e-9)


def test_nist_p_chart():
    # e-Handbook 6.3.3.2: p-bar = .2313, UCL = .4102, LCL = .0524
    data = AttributeData(tuple(float(c) for c in NIST_P_CHART), (50.0,) * 30)
    result = control_chart(ChartSettings("p", rules=("N1",)), data)
    assert result.limits.centre == pytest.approx(0.2313, abs=5e-5)
    assert result.primary.upper[0] == pytest.approx(0.4102, abs=5e-5)
    assert result.primary.lower[0] == pytest.approx(0.0524, abs=5e-5)
    assert [s.index + 1 for s in result.signals] == [15, 23]  # 22/50 and 24/50 are above


def test_nist_ewma():
    # e-Handbook 6.3.2.4: EWMA_0 = 50, s = 2.0539, lambda = .3: limits 47.4115 .. 52.5884
    settings = ChartSettings("ewma", target=50.0, sigma=2.0539, ewma_lambda=0.3)
    result = control_chart(settings, VariablesData.individuals(NIST_EWMA))
    assert result.primary.upper[-1] == pytest.approx(52.5884, abs=1e-3)
    assert result.primary.lower[-1] == pytest.approx(47.4115, abs=1e-3)
    assert result.primary.values[0] == pytest.approx(50.6, abs=1e-12)  # .3*52 + .7*50
    assert result.primary.values[1] == pytest.approx(49.52, abs=1e-12)
