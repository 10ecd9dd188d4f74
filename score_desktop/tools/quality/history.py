"""Frozen control limits and their revision history.

Limits are set from a phase I period and then judged against, unchanged, by every later
point (phase II). They change only when the user revises them; each revision is kept with
its reason, so a chart always says which limits it uses and since when.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from score_desktop.tools.quality.charts import estimate_limits
from score_desktop.tools.quality.model import ChartData, ChartSettings, ControlLimits


@dataclass(frozen=True)
class LimitRevision:
    """Limits in force from this revision on; ``when`` is an ISO date-time, ``reason`` the
    user's words (e.g. "new tooling fitted")."""

    limits: ControlLimits
    when: str = ""
    reason: str = ""


@dataclass(frozen=True)
class LimitHistory:
    revisions: tuple[LimitRevision, ...] = ()

    @property
    def current(self) -> ControlLimits | None:
        return self.revisions[-1].limits if self.revisions else None

    def revise(self, limits: ControlLimits, when: str = "", reason: str = "") -> LimitHistory:
        """A history with ``limits`` added as the newest revision."""
        return replace(self, revisions=(*self.revisions, LimitRevision(limits, when, reason)))


def freeze_limits(
    history: LimitHistory,
    settings: ChartSettings,
    data: ChartData,
    first: int,
    last: int,
    when: str = "",
    reason: str = "",
) -> LimitHistory:
    """Recompute limits from points ``first``..``last`` and record them as a revision."""
    return history.revise(estimate_limits(settings, data, first, last), when, reason)
