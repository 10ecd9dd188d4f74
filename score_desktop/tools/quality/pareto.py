"""Pareto analysis: categories in falling order, each one's share, the cumulative share and
the vital few.

Categories are sorted by count, largest first; equal counts keep the order they were given
in (so a tally sheet's order breaks ties, and the result is deterministic). The vital few
are the fewest leading categories whose cumulative share reaches the cut-off (80 % by
default, Juran's "80/20"): the category that crosses the cut-off is one of them. Categories
with a zero count are kept (they show what was looked for and not found) but are never in
the vital few.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from score_desktop.tools.quality.errors import QualityInputError


@dataclass(frozen=True)
class ParetoBar:
    category: str
    count: float
    share: float  # fraction of the total
    cumulative: float  # fraction of the total up to and including this bar
    vital: bool


@dataclass(frozen=True)
class ParetoResult:
    bars: tuple[ParetoBar, ...]
    total: float
    cutoff: float

    @property
    def vital_few(self) -> tuple[str, ...]:
        return tuple(b.category for b in self.bars if b.vital)

    @property
    def vital_share(self) -> float:
        """The fraction of the total the vital few account for."""
        vital = [b for b in self.bars if b.vital]
        return vital[-1].cumulative if vital else 0.0


def pareto(tallies: Iterable[tuple[str, float]], cutoff: float = 0.8) -> ParetoResult:
    """The Pareto analysis of (category, count) pairs; a category given twice is added up."""
    if not 0 < cutoff <= 1:
        raise QualityInputError("the vital-few cut-off must lie between 0 and 100 %")
    totals: dict[str, float] = {}
    for i, (category, count) in enumerate(tallies, start=1):
        name = str(category).strip()
        if not name:
            raise QualityInputError("the defect category is empty", i, "category")
        if not (isinstance(count, int | float) and math.isfinite(count)):
            raise QualityInputError(f'the count of "{name}" is not a number', i, "category")
        if count < 0:
            raise QualityInputError(f'the count of "{name}" cannot be negative', i, "category")
        totals[name] = totals.get(name, 0.0) + float(count)
    if not totals:
        raise QualityInputError("a Pareto chart needs at least one defect category")
    total = sum(totals.values())
    if total <= 0:
        raise QualityInputError("every count is zero: there is nothing to rank")
    order = sorted(totals.items(), key=lambda item: -item[1])  # stable: ties keep their order
    bars: list[ParetoBar] = []
    running = 0.0
    reached = False
    for category, count in order:
        before = running
        running += count
        vital = not reached and count > 0
        if vital and before / total >= cutoff - 1e-12:
            vital = False
        reached = reached or running / total >= cutoff - 1e-12
        bars.append(ParetoBar(category, count, count / total, running / total, vital))
    return ParetoResult(tuple(bars), total, cutoff)
