"""Two simulated scenarios side by side: differences, significance and plain-words sentences.

Significance: the difference of two means is significant at about the 95 % level when it is
larger than ``sqrt(h1**2 + h2**2)``, where ``h1`` and ``h2`` are the half-widths of the two
95 % confidence intervals (each ``t x s / sqrt(R)``). With the same number of replications this
is the Welch interval of the difference; it is less strict than asking for non-overlapping
intervals (which rejects real differences; see Schenker & Gentleman, "On judging the
significance of differences by examining the overlap between confidence intervals", The
American Statistician 55(3), 2001). A scenario with a single replication has no interval: its
differences are reported as "not judged".
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from score_desktop.tools.vsm.replications import Estimate, SimulationResults

HOURS_PER_DAY = 24.0
HEADLINE = ("lead time", "WIP", "throughput")  # the measures the one-line summary speaks of


@dataclass(frozen=True)
class Difference:
    """One measure of the two scenarios; ``lower_is_better`` tells what an improvement is."""

    measure: str
    unit: str
    first: Estimate
    second: Estimate
    lower_is_better: bool
    significant: bool | None  # None: cannot be judged (a scenario without an interval)

    @property
    def change(self) -> float:
        return self.second.mean - self.first.mean

    @property
    def change_percent(self) -> float:
        """Change relative to the first scenario in % (nan when the first is 0)."""
        if self.first.mean == 0 or not math.isfinite(self.first.mean):
            return math.nan
        return 100.0 * self.change / self.first.mean

    @property
    def improved(self) -> bool:
        return (self.change < 0) == self.lower_is_better and self.change != 0

    def sentence(self) -> str:
        """E.g. "lead time falls from 23.6 to 4.5 days (-81 %)"."""
        a, b = _number(self.first.mean), _number(self.second.mean)
        pct = self.change_percent
        share = "" if math.isnan(pct) else f" ({pct:+.0f} %)"
        if self.significant is False:
            return (
                f"{self.measure} stays about the same ({a} vs {b} {self.unit}; the difference "
                "is within the simulation's uncertainty)"
            )
        verb = "rises" if self.change > 0 else "falls" if self.change < 0 else "stays at"
        if self.change == 0:
            text = f"{self.measure} stays at {a} {self.unit}"
        else:
            text = f"{self.measure} {verb} from {a} to {b} {self.unit}{share}"
        if self.significant is None:
            text += " (not judged: one replication gives no confidence interval)"
        return text


@dataclass(frozen=True)
class Comparison:
    first_name: str
    second_name: str
    rows: tuple[Difference, ...]

    def row(self, measure: str) -> Difference:
        return next(r for r in self.rows if r.measure == measure)

    def summary(self) -> str:
        """The significant changes in one line, e.g. "lead time falls from 3.6 to 0.6 days
        (-83 %); WIP falls by 82 %"; or a sentence saying nothing changed significantly."""
        parts: list[str] = []
        for r in self.rows:
            if r.measure not in HEADLINE or r.significant is False or r.change == 0:
                continue
            if not parts:
                parts.append(r.sentence())
            else:
                verb = "rises" if r.change > 0 else "falls"
                pct = r.change_percent
                by = (
                    f"by {abs(pct):.0f} %"
                    if math.isfinite(pct)
                    else f"to {_number(r.second.mean)} {r.unit}"
                )
                parts.append(f"{r.measure} {verb} {by}")
        if not parts:
            return (
                f"{self.second_name} and {self.first_name} do not differ significantly in "
                "throughput, lead time or WIP"
            )
        text = "; ".join(parts)
        return text[0].upper() + text[1:]


def significant(first: Estimate, second: Estimate) -> bool | None:
    """Whether the two means differ at about the 95 % level (see the module docstring)."""
    h1, h2 = first.half_width, second.half_width
    if not (math.isfinite(first.mean) and math.isfinite(second.mean)):
        return None
    if not (math.isfinite(h1) and math.isfinite(h2)):
        return None
    return abs(second.mean - first.mean) > math.hypot(h1, h2)


def lead_time_unit(first: Estimate, second: Estimate) -> tuple[str, float]:
    """Days (calendar, 24 h) when either lead time is 2 days or more, else hours."""
    if max(first.mean, second.mean) >= 2 * HOURS_PER_DAY:
        return "days", 1.0 / HOURS_PER_DAY
    return "h", 1.0


def compare(first: SimulationResults, second: SimulationResults) -> Comparison:
    """Throughput, lead time (mean and 90th percentile) and WIP of two simulated scenarios."""
    unit, factor = lead_time_unit(first.lead_time_h, second.lead_time_h)
    single = first.settings.replications < 2 or second.settings.replications < 2

    def diff(measure: str, unit: str, a: Estimate, b: Estimate, lower: bool) -> Difference:
        return Difference(measure, unit, a, b, lower, None if single else significant(a, b))

    p90a = first.lead_time_percentiles_h.get("p90")
    p90b = second.lead_time_percentiles_h.get("p90")
    rows = [
        diff(
            "lead time",
            unit,
            first.lead_time_h.scaled(factor),
            second.lead_time_h.scaled(factor),
            True,
        ),
        diff("WIP", "parts", first.wip_total, second.wip_total, True),
        diff(
            "throughput", "parts per hour", first.throughput_per_h, second.throughput_per_h, False
        ),
    ]
    if p90a is not None and p90b is not None:
        rows.append(
            diff(
                "90 % of parts finish within", unit, p90a.scaled(factor), p90b.scaled(factor), True
            )
        )
    return Comparison(first.map_name, second.map_name, tuple(rows))


def _number(x: float) -> str:
    """A figure a manager reads: 23.6, 4.5, 3,354, 0.062."""
    if not math.isfinite(x):
        return "-"
    ax = abs(x)
    if ax >= 100:
        return f"{x:,.0f}"
    if ax >= 1:
        return f"{x:.1f}"
    return f"{x:.2g}"
