"""The parts every `balance` report shares: the line's metrics and how the search ended."""

from __future__ import annotations

from typing import Any


def metric_fields(metrics: Any) -> dict[str, Any]:
    """Efficiency, balance delay and smoothness of a balance (a BalanceMetrics)."""
    return {
        "efficiency": metrics.efficiency,
        "balance_delay": metrics.balance_delay,
        "smoothness_index": metrics.smoothness_index,
        "smoothness_reference": "largest station time",
        "theoretical_min_stations": metrics.theoretical_min_stations,
    }


def outcome_fields(result: Any) -> dict[str, Any]:
    """The station lower bound, whether it is proven, and how a search result ended."""
    return {
        "lower_bound": result.lower_bound,
        "lower_bound_of": "stations",
        "proven_optimal": result.proven_optimal,
        "status": result.status,
        "message": result.message,
        "seconds": round(result.seconds, 6),
    }
