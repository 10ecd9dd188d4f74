"""ISO 50006 energy baseline: least squares of energy on relevant variables, with checks."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from score_desktop.tools.resource_efficiency.tdist import (
    student_t_quantile,
    student_t_two_sided_p,
)

MIN_PERIODS = 12  # a full year of months: ISO 50006 asks the baseline to cover all operating modes
PERIODS_PER_DRIVER = 5  # rule of thumb: at least five observations per estimated coefficient
MIN_R_SQUARED = 0.75  # a common acceptance level for energy baselines (e.g. ISO 50006 guidance)
SIGNIFICANCE = 0.05  # a coefficient is "significant" when its two-sided p-value is below 5 %

DriversLike = Sequence[float] | Sequence[Sequence[float]] | np.ndarray


def drivers_matrix(
    drivers: DriversLike, n_columns: int | None = None, *, what: str = "drivers"
) -> np.ndarray:
    """Drivers as an (n periods x p variables) float array; a flat list is one variable.

    When ``n_columns`` is given (> 1) a flat list of that length is read as one period.
    """
    try:
        array = np.asarray(drivers, dtype=float)
    except (TypeError, ValueError):
        rows = list(drivers)
        lengths = {len(r) if isinstance(r, Sequence) else 1 for r in rows}
        if len(lengths) > 1:
            first = len(rows[0]) if isinstance(rows[0], Sequence) else 1
            for i, row in enumerate(rows):
                size = len(row) if isinstance(row, Sequence) else 1
                if size != first:
                    raise ValueError(
                        f"{what}: period {i + 1} has {size} values, period 1 has {first}; "
                        "give one value per driver in every period"
                    ) from None
        raise ValueError(f"{what}: every value must be a number") from None
    if array.ndim == 1:
        if n_columns is not None and n_columns > 1 and array.size == n_columns:
            array = array.reshape(1, n_columns)
        else:
            array = array.reshape(-1, 1)
    if array.ndim != 2:
        raise ValueError(f"{what}: expected one row per period with one column per driver")
    if n_columns is not None and array.shape[1] != n_columns:
        raise ValueError(
            f"{what}: expected {n_columns} value(s) per period (one per driver), "
            f"found {array.shape[1]}"
        )
    bad = np.argwhere(~np.isfinite(array))
    if bad.size:
        row, col = bad[0]
        raise ValueError(f"{what}: period {row + 1}, driver {col + 1} is not a finite number")
    return array


def energy_vector(
    energy: Sequence[float] | np.ndarray, n: int, *, what: str = "energy"
) -> np.ndarray:
    """Measured energy per period as a float array, checked for length, finiteness and sign."""
    try:
        y = np.asarray(energy, dtype=float).reshape(-1)
    except (TypeError, ValueError):
        raise ValueError(f"{what}: every value must be a number") from None
    if y.size != n:
        raise ValueError(f"{what}: {y.size} values for {n} periods of drivers; give one per period")
    for i, value in enumerate(y):
        if not math.isfinite(value):
            raise ValueError(f"{what}: period {i + 1} is not a finite number")
        if value < 0:
            raise ValueError(f"{what}: period {i + 1} is negative ({value:g}); energy use is >= 0")
    return y


@dataclass(frozen=True)
class EnergyBaseline:
    """A fitted baseline E = intercept + sum(coefficient_j x driver_j), with its statistics.

    ``cv_rmse`` is CV(RMSE) = sqrt(SSE / (n - p - 1)) / mean energy (ASHRAE Guideline 14 form),
    p-values are two-sided from the Student t distribution with n - p - 1 degrees of freedom.
    """

    driver_names: tuple[str, ...]
    intercept: float
    coefficients: tuple[float, ...]
    intercept_standard_error: float
    standard_errors: tuple[float, ...]
    intercept_t_value: float
    t_values: tuple[float, ...]
    intercept_p_value: float
    p_values: tuple[float, ...]
    confidence_intervals: tuple[tuple[float, float], ...]  # 95 % for each coefficient
    r_squared: float
    adjusted_r_squared: float
    rmse: float
    cv_rmse: float
    n_periods: int
    degrees_of_freedom: int
    driver_ranges: tuple[tuple[float, float], ...]
    driver_means: tuple[float, ...]
    mean_energy: float
    fitted: tuple[float, ...]
    residuals: tuple[float, ...]
    warnings: tuple[str, ...] = field(default=())

    def predict(self, drivers: DriversLike) -> tuple[float, ...]:
        """Predicted energy for each period of ``drivers`` (same layout as for fitting)."""
        x = drivers_matrix(drivers, len(self.coefficients))
        values = self.intercept + x @ np.asarray(self.coefficients, dtype=float)
        return tuple(float(v) for v in values)

    def outside_range(self, row: Sequence[float]) -> tuple[int, ...]:
        """Indices of the drivers of one period that lie outside the baseline's range."""
        return tuple(
            j
            for j, (value, (low, high)) in enumerate(zip(row, self.driver_ranges, strict=True))
            if value < low or value > high
        )

    def equation(self, energy_name: str = "Energy", digits: int = 4) -> str:
        """The model in words, e.g. ``Energy = 12000 + 310 × production``."""
        text = f"{energy_name} = {_number(self.intercept, digits)}"
        for name, coefficient in zip(self.driver_names, self.coefficients, strict=True):
            sign = "−" if coefficient < 0 else "+"
            text += f" {sign} {_number(abs(coefficient), digits)} × {name}"
        return text


def _number(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant figures, in fixed point with thousands separators."""
    if value == 0 or not math.isfinite(value):
        return f"{value:g}"
    if abs(value) >= 1e12 or abs(value) < 1e-4:
        return f"{value:.{digits}g}"
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(value))))
    return f"{round(value, decimals):,.{decimals}f}"


def _check_names(driver_names: Sequence[str] | None, p: int) -> tuple[str, ...]:
    if driver_names is None:
        return ("driver",) if p == 1 else tuple(f"driver {j + 1}" for j in range(p))
    names = tuple(str(n) for n in driver_names)
    if len(names) != p:
        raise ValueError(f"driver_names: {len(names)} names for {p} driver column(s)")
    if len(set(names)) != len(names):
        raise ValueError("driver_names: every driver needs a different name")
    return names


def _check_design(x: np.ndarray, names: tuple[str, ...]) -> None:
    """Refuse drivers that cannot be separated from the base load or from each other."""
    n, p = x.shape
    if n < p + 2:
        raise ValueError(
            f"baseline: {n} periods are too few for {p} driver(s); at least {p + 2} are needed "
            f"to fit the base load and {p} coefficient(s) and still measure the scatter"
        )
    spread = x.max(axis=0) - x.min(axis=0)
    for j in range(p):
        if spread[j] <= 1e-12 * max(1.0, abs(x[:, j]).max()):
            raise ValueError(
                f"baseline: driver '{names[j]}' has the same value in every period, so it "
                "cannot explain changes in energy use; remove it"
            )
    if p > 1:
        standardised = (x - x.mean(axis=0)) / x.std(axis=0)
        singular = np.linalg.svd(standardised, compute_uv=False)
        if singular[-1] <= 1e-8 * singular[0]:
            raise ValueError(
                "baseline: the drivers are collinear (one is, or nearly is, a fixed combination "
                f"of the others: {', '.join(names)}); their separate effects cannot be "
                "estimated, so remove one of them"
            )


def fit_baseline(
    drivers: DriversLike,
    energy: Sequence[float] | np.ndarray,
    driver_names: Sequence[str] | None = None,
) -> EnergyBaseline:
    """Fit an ISO 50006 energy baseline by ordinary least squares (QR decomposition).

    ``drivers``: one row per baseline period with one column per relevant variable
    (production, degree days, ...); a flat list is a single variable. ``energy``: measured
    energy per period. Raises ValueError for degenerate data (too few periods, a constant
    or collinear driver, constant energy, non-finite or negative values).
    """
    x = drivers_matrix(drivers)
    n, p = x.shape
    y = energy_vector(energy, n)
    names = _check_names(driver_names, p)
    _check_design(x, names)
    sst = float(((y - y.mean()) ** 2).sum())
    if sst <= 1e-24 * max(1.0, float((y**2).sum())):
        raise ValueError(
            "baseline: energy use is the same in every period, so there is nothing for the "
            "drivers to explain"
        )

    design = np.column_stack([np.ones(n), x])
    q, r = np.linalg.qr(design)
    beta = np.linalg.solve(r, q.T @ y)
    fitted = design @ beta
    residuals = y - fitted
    sse = float(residuals @ residuals)
    dof = n - p - 1
    r_inv = np.linalg.inv(r)
    unscaled_cov = r_inv @ r_inv.T
    s2 = sse / dof
    se = np.sqrt(np.maximum(np.diag(unscaled_cov) * s2, 0.0))
    t_values = [_t_value(float(b), float(s)) for b, s in zip(beta, se, strict=True)]
    p_values = [student_t_two_sided_p(t, dof) if not math.isnan(t) else 1.0 for t in t_values]
    t_crit = student_t_quantile(0.975, dof)
    r2 = min(1.0, max(0.0, 1.0 - sse / sst))
    adjusted = 1.0 - (1.0 - r2) * (n - 1) / dof
    rmse = math.sqrt(s2)
    mean_energy = float(y.mean())

    baseline = EnergyBaseline(
        driver_names=names,
        intercept=float(beta[0]),
        coefficients=tuple(float(b) for b in beta[1:]),
        intercept_standard_error=float(se[0]),
        standard_errors=tuple(float(s) for s in se[1:]),
        intercept_t_value=t_values[0],
        t_values=tuple(t_values[1:]),
        intercept_p_value=p_values[0],
        p_values=tuple(p_values[1:]),
        confidence_intervals=tuple(
            (float(b - t_crit * s), float(b + t_crit * s))
            for b, s in zip(beta[1:], se[1:], strict=True)
        ),
        r_squared=r2,
        adjusted_r_squared=adjusted,
        rmse=rmse,
        cv_rmse=rmse / mean_energy,
        n_periods=n,
        degrees_of_freedom=dof,
        driver_ranges=tuple(
            (float(lo), float(hi)) for lo, hi in zip(x.min(0), x.max(0), strict=True)
        ),
        driver_means=tuple(float(m) for m in x.mean(axis=0)),
        mean_energy=mean_energy,
        fitted=tuple(float(v) for v in fitted),
        residuals=tuple(float(v) for v in residuals),
    )
    return _with_warnings(baseline)


def _t_value(estimate: float, standard_error: float) -> float:
    if standard_error > 0:
        return estimate / standard_error
    if estimate == 0:
        return math.nan  # perfect fit and a zero coefficient: no evidence either way
    return math.copysign(math.inf, estimate)


def _with_warnings(b: EnergyBaseline) -> EnergyBaseline:
    warnings: list[str] = []
    n, p = b.n_periods, len(b.coefficients)
    if n < MIN_PERIODS:
        warnings.append(
            f"Only {n} baseline periods: ISO 50006 practice is at least {MIN_PERIODS} (a full "
            "year of months) so that the baseline covers every season and operating mode."
        )
    if n < PERIODS_PER_DRIVER * p:
        warnings.append(
            f"Only {n} periods for {p} drivers: use at least {PERIODS_PER_DRIVER} periods per "
            f"driver ({PERIODS_PER_DRIVER * p}) so that each coefficient is well determined."
        )
    if b.r_squared < MIN_R_SQUARED:
        warnings.append(
            f"Weak fit: R² = {b.r_squared:.2f} is below {MIN_R_SQUARED}; the drivers explain only "
            f"{b.r_squared:.0%} of the changes in energy use. Look for a missing driver or for "
            "unusual periods (shutdowns, meter errors)."
        )
    for name, p_value in zip(b.driver_names, b.p_values, strict=True):
        if p_value >= SIGNIFICANCE:
            warnings.append(
                f"The coefficient of '{name}' is not significant at the 5 % level "
                f"(p = {p_value:.2f}): the data do not show that '{name}' affects energy use; "
                "consider removing it from the model."
            )
    if b.intercept < 0:
        warnings.append(
            f"Negative base load ({b.intercept:.4g}): the model predicts negative energy use when "
            "the drivers are zero, which is not physical. Check the data, or use the model only "
            "inside the baseline's range of drivers."
        )
    return replace(b, warnings=tuple(warnings))
