"""Exact results for the customer and the supplier: a base-stock (kanban) finished-goods store
pulled by Poisson demand, a kanban loop pulled steadily at takt, and scheduled deliveries.

Times and rates in any consistent unit. Impossible input raises ValueError naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass

from score_desktop.tools.vsm.theory import _count, _positive, _stable


@dataclass(frozen=True)
class StockResult:
    """A finished-goods store: ``fill_rate`` = share of demanded parts taken at once from stock,
    ``on_hand`` and ``backorders`` time-average parts, ``wait`` mean wait of a demanded part
    (zero for those filled at once), ``throughput`` = demand rate."""

    fill_rate: float
    on_hand: float
    backorders: float
    wait: float
    throughput: float


def base_stock_mm1(demand_rate: float, production_rate: float, base_stock: int) -> StockResult:
    """Poisson demand (rate lambda) on a store with base stock S replenished by one exponential
    machine (rate mu) that makes a part for every part taken (a kanban loop with S cards).

    The parts on order N (S minus stock plus backorders) form an M/M/1 queue, so with
    rho = lambda/mu: P(N = n) = (1 - rho) rho^n, fill rate = P(N < S) = 1 - rho^S (PASTA),
    E[backorders] = E[(N - S)+] = rho^(S+1)/(1 - rho), E[on hand] = E[(S - N)+] =
    S - rho (1 - rho^S)/(1 - rho), mean wait = E[backorders]/lambda (Little). Exact. Source:
    Hopp & Spearman, Factory Physics 3rd ed., §2.4.3 (base stock); Zipkin, Foundations of
    Inventory Management (2000), §6.2 (M/M/1 supply system); Buzacott & Shanthikumar (1993).
    With S cards the kanban loop gives the same net inventory process: production runs exactly
    when stock is below S.
    """
    lam = _positive("demand_rate", demand_rate)
    mu = _positive("production_rate", production_rate)
    s = _count("base_stock", base_stock, 0)
    rho = lam / mu
    _stable(rho, "demand_rate/production_rate")
    backorders = rho ** (s + 1) / (1.0 - rho)
    return StockResult(
        fill_rate=1.0 - rho**s,
        on_hand=s - rho * (1.0 - rho**s) / (1.0 - rho),
        backorders=backorders,
        wait=backorders / lam,
        throughput=lam,
    )


def steady_pull_kanban(takt: float, process_time: float, cards: int) -> StockResult:
    """One part demanded every ``takt`` from a supermarket of ``cards`` kanban cards fed by one
    machine with a constant ``process_time`` <= takt and material always there.

    Each demand frees a card, the machine makes the part in ``process_time`` (it is idle when it
    comes, since t <= takt), so the stock is S for takt - t and S - 1 for t of every takt:
    on hand = S - t/takt, every demand is filled at once (fill rate 1, no backorders), TH =
    1/takt. A hand calculation, exact.
    """
    tk = _positive("takt", takt)
    t = _positive("process_time", process_time)
    s = _count("cards", cards, 1)
    if t > tk:
        raise ValueError(f"process_time {t:g} must not exceed the takt {tk:g}")
    return StockResult(1.0, s - t / tk, 0.0, 0.0, 1.0 / tk)


@dataclass(frozen=True)
class DeliveryResult:
    """Scheduled deliveries into a lane in front of one machine: ``throughput`` = Q/N,
    ``buffer`` time-average parts waiting in the lane, ``utilisation`` of the machine."""

    throughput: float
    buffer: float
    utilisation: float


def scheduled_delivery(quantity: int, every: float, process_time: float) -> DeliveryResult:
    """Q parts arrive together every N (the first at time 0) in front of one machine with a
    constant process time t, Q t <= N.

    The machine takes the first part at once and one more every t, so the lane holds Q - 1 - k
    parts during the k-th t after a delivery (k = 0..Q-1) and none afterwards: time-average
    lane content = t Q (Q - 1) / (2 N); TH = Q / N; utilisation = Q t / N. A hand calculation,
    exact once the first delivery is past.
    """
    q = _count("quantity", quantity, 1)
    n = _positive("every", every)
    t = _positive("process_time", process_time)
    if q * t > n:
        raise ValueError("quantity x process_time must not exceed the time between deliveries")
    return DeliveryResult(q / n, t * q * (q - 1) / (2.0 * n), q * t / n)
