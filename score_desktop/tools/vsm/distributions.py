"""Time distributions for cycle, arrival and repair times, with units, checks and fast sampling."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

KINDS = ("fixed", "normal", "lognormal", "triangular", "exponential", "empirical")
UNITS = {"s": 1.0, "min": 60.0, "h": 3600.0}
UNIT_NAMES = {"s": "seconds", "min": "minutes", "h": "hours"}

# Samples are drawn from numpy in blocks of this size and handed out one by one.
BLOCK = 2048


@dataclass
class Distribution:
    """A non-negative time distribution in ``unit`` ("s", "min" or "h").

    Parameters used per ``kind``:

    - ``fixed``: ``mean`` (the constant value)
    - ``normal``: ``mean``, ``sd`` (negative draws are re-drawn: truncated at 0)
    - ``lognormal``: ``mean``, ``sd`` of the time itself (not of its logarithm)
    - ``triangular``: ``low``, ``mode``, ``high``
    - ``exponential``: ``mean``
    - ``empirical``: ``values`` (observed times; sampled with replacement)
    """

    kind: str = "fixed"
    mean: float = 0.0
    sd: float = 0.0
    low: float = 0.0
    mode: float = 0.0
    high: float = 0.0
    values: tuple[float, ...] = field(default_factory=tuple)
    unit: str = "s"

    @classmethod
    def fixed(cls, value: float, unit: str = "s") -> Distribution:
        return cls("fixed", mean=value, unit=unit)

    @classmethod
    def exponential(cls, mean: float, unit: str = "s") -> Distribution:
        return cls("exponential", mean=mean, unit=unit)

    @classmethod
    def normal(cls, mean: float, sd: float, unit: str = "s") -> Distribution:
        return cls("normal", mean=mean, sd=sd, unit=unit)

    @classmethod
    def lognormal(cls, mean: float, sd: float, unit: str = "s") -> Distribution:
        return cls("lognormal", mean=mean, sd=sd, unit=unit)

    @classmethod
    def triangular(cls, low: float, mode: float, high: float, unit: str = "s") -> Distribution:
        return cls("triangular", low=low, mode=mode, high=high, unit=unit)

    @classmethod
    def empirical(cls, values: list[float] | tuple[float, ...], unit: str = "s") -> Distribution:
        return cls("empirical", values=tuple(float(v) for v in values), unit=unit)

    @property
    def scale(self) -> float:
        """Seconds per unit."""
        return UNITS[self.unit]

    def problems(self, what: str = "time", positive_mean: bool = True) -> list[str]:
        """Every rule this distribution breaks, as messages starting with ``what``."""
        out: list[str] = []
        if self.kind not in KINDS:
            return [f"{what} kind must be one of {', '.join(KINDS)} (got {self.kind!r})"]
        if self.unit not in UNITS:
            return [f"{what} unit must be one of {', '.join(UNITS)} (got {self.unit!r})"]
        numbers = [self.mean, self.sd, self.low, self.mode, self.high, *self.values]
        if any(not math.isfinite(float(x)) for x in numbers):
            return [f"{what} parameters must be finite numbers"]
        k = self.kind
        if k in ("fixed", "normal", "lognormal", "exponential"):
            if positive_mean and self.mean <= 0:
                out.append(f"{what} mean must be > 0")
            elif self.mean < 0:
                out.append(f"{what} mean must be >= 0")
        if k in ("normal", "lognormal") and self.sd < 0:
            out.append(f"{what} standard deviation must be >= 0")
        if k == "triangular":
            if self.low < 0:
                out.append(f"{what} low must be >= 0")
            if not self.low <= self.mode <= self.high:
                out.append(f"{what} must have low <= mode <= high")
            elif positive_mean and self.high <= 0:
                out.append(f"{what} high must be > 0")
        if k == "empirical":
            if not self.values:
                out.append(f"{what} needs at least one observed value")
            elif any(v < 0 for v in self.values):
                out.append(f"{what} observed values must be >= 0")
            elif positive_mean and sum(self.values) <= 0:
                out.append(f"{what} mean must be > 0")
        return out

    def check(self, what: str = "time", positive_mean: bool = True) -> None:
        """Raise ValueError naming ``what`` and the first broken rule."""
        problems = self.problems(what, positive_mean)
        if problems:
            raise ValueError(problems[0])

    def mean_seconds(self) -> float:
        """The mean in seconds (for the truncated normal: the mean of the untruncated one)."""
        k = self.kind
        if k == "triangular":
            m = (self.low + self.mode + self.high) / 3.0
        elif k == "empirical":
            m = sum(self.values) / len(self.values) if self.values else 0.0
        else:
            m = self.mean
        return m * self.scale

    def scv(self) -> float:
        """Squared coefficient of variation (variance / mean^2), 0 for a fixed time."""
        k = self.kind
        m = self.mean_seconds() / self.scale
        if m <= 0:
            return 0.0
        if k == "fixed":
            return 0.0
        if k == "exponential":
            return 1.0
        if k in ("normal", "lognormal"):
            return (self.sd / m) ** 2
        if k == "triangular":
            a, c, b = self.low, self.mode, self.high
            var = (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0
            return var / m**2
        values = np.asarray(self.values, dtype=float)
        return float(values.var() / m**2)

    def with_mean_seconds(self, seconds: float) -> Distribution:
        """The same kind and coefficient of variation with mean ``seconds``: every parameter
        (mean, sd, low/mode/high, observed values) is multiplied by new mean / old mean. A
        distribution without a positive mean becomes a fixed time."""
        old = self.mean_seconds()
        if not old > 0:
            return Distribution.fixed(seconds / self.scale, self.unit)
        k = seconds / old
        return Distribution(
            self.kind,
            mean=self.mean * k,
            sd=self.sd * k,
            low=self.low * k,
            mode=self.mode * k,
            high=self.high * k,
            values=tuple(v * k for v in self.values),
            unit=self.unit,
        )

    def draw(self, rng: np.random.Generator, n: int) -> np.ndarray:
        """``n`` samples in seconds."""
        s = self.scale
        k = self.kind
        if k == "fixed":
            return np.full(n, self.mean * s)
        if k == "exponential":
            return rng.exponential(self.mean * s, n)
        if k == "normal":
            x = rng.normal(self.mean, self.sd, n)
            bad = x < 0
            while bad.any():  # truncate at zero by re-drawing the negative ones
                x[bad] = rng.normal(self.mean, self.sd, int(bad.sum()))
                bad = x < 0
            return x * s
        if k == "lognormal":
            if self.sd == 0:
                return np.full(n, self.mean * s)
            sigma2 = math.log(1.0 + (self.sd / self.mean) ** 2)
            mu = math.log(self.mean) - sigma2 / 2.0
            return rng.lognormal(mu, math.sqrt(sigma2), n) * s
        if k == "triangular":
            if self.low == self.high:
                return np.full(n, self.low * s)
            return rng.triangular(self.low, self.mode, self.high, n) * s
        values = np.asarray(self.values, dtype=float)
        return values[rng.integers(0, len(values), n)] * s

    def sampler(self, rng: np.random.Generator) -> Callable[[], float]:
        """A zero-argument function returning the next sample in seconds (drawn in blocks)."""
        if self.kind == "fixed" or (self.kind in ("normal", "lognormal") and self.sd == 0):
            value = self.mean * self.scale
            return lambda: value
        return _blocks(self, rng).__next__

    def describe(self) -> str:
        u = self.unit
        if self.kind == "fixed":
            return f"fixed {self.mean:g} {u}"
        if self.kind == "exponential":
            return f"exponential, mean {self.mean:g} {u}"
        if self.kind in ("normal", "lognormal"):
            return f"{self.kind}, mean {self.mean:g} {u}, sd {self.sd:g} {u}"
        if self.kind == "triangular":
            return f"triangular {self.low:g}/{self.mode:g}/{self.high:g} {u}"
        return (
            f"empirical, {len(self.values)} values, mean {self.mean_seconds() / self.scale:g} {u}"
        )


def _blocks(dist: Distribution, rng: np.random.Generator) -> Iterator[float]:
    while True:
        yield from dist.draw(rng, BLOCK).tolist()


def to_dict(d: Distribution) -> dict:
    """Only the parameters the kind uses, as JSON-safe plain types."""
    out: dict = {"kind": d.kind, "unit": d.unit}
    if d.kind in ("fixed", "exponential"):
        out["mean"] = d.mean
    elif d.kind in ("normal", "lognormal"):
        out["mean"] = d.mean
        out["sd"] = d.sd
    elif d.kind == "triangular":
        out.update(low=d.low, mode=d.mode, high=d.high)
    else:
        out["values"] = list(d.values)
    return out


def from_dict(data: object, where: str) -> Distribution:
    """Parse ``to_dict`` output; raise ValueError naming ``where`` when it is malformed."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: must be an object with a 'kind'")
    kind = data.get("kind", "fixed")
    unit = data.get("unit", "s")
    if kind not in KINDS:
        raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)} (got {kind!r})")
    if unit not in UNITS:
        raise ValueError(f"{where}: unit must be one of {', '.join(UNITS)} (got {unit!r})")
    numbers = {}
    for key in ("mean", "sd", "low", "mode", "high"):
        value = data.get(key, 0.0)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{where}: {key} must be a number")
        numbers[key] = float(value)
    values = data.get("values", [])
    if not isinstance(values, list) or any(
        isinstance(v, bool) or not isinstance(v, int | float) for v in values
    ):
        raise ValueError(f"{where}: values must be a list of numbers")
    return Distribution(kind, values=tuple(float(v) for v in values), unit=unit, **numbers)
