"""Static value-stream map figures: takt, capacity, bottleneck, inventory days, lead-time ladder.

Definitions follow DOMAIN.md "Value stream mapping" (Rother & Shook, *Learning to See*):

- available time per day = shifts x (shift length - breaks); takt = available time / demand
  (or, when the customer references demand settings and the resolver answers kind "takt", the
  takt of those settings);
- load of a step = parts per day it must process to deliver the demand, from the flow shares,
  scrap (more must start) and rework (parts visit again), found from the traffic equations;
- capacity per day = available time x uptime x machines / mean cycle time; utilisation = load /
  capacity; the bottleneck is the step with the highest utilisation (lowest capacity vs demand);
- inventory days = parts in the inventory / daily load of the step it feeds (the customer's
  demand for finished goods), i.e. days of demand;
- lead-time ladder along the longest path from supplier to customer: waiting = inventory days in
  front of each step and before the customer, processing = mean cycle time of each step;
  production lead time = sum of waiting days + sum of processing times; value-added time = sum of
  the cycle times of value-adding steps on that path; process cycle efficiency = value-added
  time / lead time, both in working seconds (a day of lead time = the available time of a day);
- EPEI (days) = changeover time of one cycle through all product families / time left for
  changeovers per day (available x uptime x machines - load x cycle time); 0 with one family.
"""

from __future__ import annotations

import contextlib
import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from score_desktop.tools.vsm.model import CUSTOMER, SUPPLIER, Resolver, ValueStreamMap, resolve
from score_desktop.tools.vsm.validation import check


@dataclass(frozen=True)
class StepFigures:
    name: str
    cycle_time_s: float
    machines: int
    uptime: float
    available_time_s: float
    load_per_day: float
    capacity_per_day: float
    capacity_vs_demand: float
    utilisation: float
    changeover_s: float
    epei_days: float
    inventory: float
    inventory_days: float
    is_bottleneck: bool


@dataclass(frozen=True)
class LadderRung:
    """One step of the lead-time ladder: waiting in front of ``name``, then processing there."""

    name: str
    waiting_days: float
    processing_s: float


@dataclass(frozen=True)
class StaticFigures:
    available_time_per_shift_s: float
    available_time_per_day_s: float
    demand_per_day: float
    takt_s: float
    steps: tuple[StepFigures, ...]
    bottleneck: str
    finished_goods_days: float
    ladder: tuple[LadderRung, ...]
    waiting_days: float
    processing_s: float
    total_lead_time_days: float
    value_added_s: float
    process_cycle_efficiency: float

    def step(self, name: str) -> StepFigures:
        return next(s for s in self.steps if s.name == name)


def visit_ratios(m: ValueStreamMap) -> tuple[dict[str, float], float]:
    """Parts processed by each step per part released by the supplier, and the good parts that
    reach the customer per part released (traffic equations lambda = e + P^T lambda)."""
    names = m.step_names()
    index = {n: i for i, n in enumerate(names)}
    n = len(names)
    p = np.zeros((n, n))
    to_customer = np.zeros(n)
    external = np.zeros(n)
    sup = m.successors(SUPPLIER)
    total = sum(f.share for f in sup)
    for f in sup:
        if f.target in index:
            external[index[f.target]] += f.share / total
    for s in m.steps:
        i = index[s.name]
        good = 1.0 - s.scrap_rate - s.rework_rate
        outs = m.successors(s.name)
        total = sum(f.share for f in outs)
        for f in outs:
            if f.target == CUSTOMER:
                to_customer[i] += good * f.share / total
            else:
                p[i, index[f.target]] += good * f.share / total
        p[i, index[s.rework_to or s.name]] += s.rework_rate
    visits = np.linalg.solve(np.eye(n) - p.T, external)
    direct = sum(f.share for f in sup if f.target == CUSTOMER) / sum(f.share for f in sup)
    delivered = float(visits @ to_customer) + direct
    return {name: float(visits[index[name]]) for name in names}, delivered


def static_figures(m: ValueStreamMap, resolver: Resolver | None = None) -> StaticFigures:
    """All static figures of a valid map; raises ValueError (MapError) for an invalid one."""
    m = resolve(m, resolver)
    check(m)
    cal = m.customer.calendar
    day_s = cal.available_seconds_per_day()
    demand = m.customer.demand_per_day
    takt = day_s / demand if demand > 0 else math.inf
    if resolver is not None and m.customer.demand_ref:
        # the demand settings' own takt (their calendar), when the resolver offers it
        with contextlib.suppress(ValueError, KeyError):
            takt = float(resolver("takt", m.customer.demand_ref))
    visits, delivered = visit_ratios(m)
    releases = demand / delivered if delivered > 0 else 0.0
    families = sum(1 for w in m.customer.families.values() if w > 0)
    rows: list[dict[str, Any]] = []
    for s in m.steps:
        ct = s.cycle_time.mean_seconds()
        avail = (s.calendar or cal).available_seconds_per_day()
        uptime = s.availability()
        capacity = avail * uptime * s.machines / ct
        load = releases * visits[s.name]
        co = s.changeover.mean_seconds() * families if families > 1 else 0.0
        left = avail * uptime * s.machines - load * ct
        epei = 0.0 if co == 0 else (co / left if left > 0 else math.inf)
        rows.append(
            dict(
                name=s.name,
                cycle_time_s=ct,
                machines=s.machines,
                uptime=uptime,
                available_time_s=avail,
                load_per_day=load,
                capacity_per_day=capacity,
                capacity_vs_demand=capacity / load if load > 0 else math.inf,
                utilisation=load / capacity,
                changeover_s=s.changeover.mean_seconds(),
                epei_days=epei,
                inventory=s.buffer.inventory,
                inventory_days=s.buffer.inventory / load if load > 0 else math.inf,
            )
        )
    bottleneck = max(rows, key=lambda r: r["utilisation"])["name"] if rows else ""
    steps = tuple(StepFigures(**r, is_bottleneck=r["name"] == bottleneck) for r in rows)
    fg = m.customer.finished_goods.inventory
    fg_days = fg / demand if demand > 0 else (0.0 if fg == 0 else math.inf)
    ladder = _longest_path(m, {s.name: s for s in steps}, fg_days)
    waiting = sum(r.waiting_days for r in ladder)
    processing = sum(r.processing_s for r in ladder)
    value_added = sum(
        r.processing_s for r in ladder if r.name != CUSTOMER and m.step(r.name).value_added
    )
    lead_time_s = waiting * day_s + processing
    return StaticFigures(
        available_time_per_shift_s=cal.available_seconds_per_shift(),
        available_time_per_day_s=day_s,
        demand_per_day=demand,
        takt_s=takt,
        steps=steps,
        bottleneck=bottleneck,
        finished_goods_days=fg_days,
        ladder=tuple(ladder),
        waiting_days=waiting,
        processing_s=processing,
        total_lead_time_days=lead_time_s / day_s,
        value_added_s=value_added,
        process_cycle_efficiency=value_added / lead_time_s if lead_time_s > 0 else 0.0,
    )


def _longest_path(
    m: ValueStreamMap, figures: dict[str, StepFigures], fg_days: float
) -> list[LadderRung]:
    """The supplier-to-customer path with the longest lead time (flows form a DAG)."""
    day_s = m.customer.calendar.available_seconds_per_day()
    memo: dict[str, tuple[float, list[LadderRung]]] = {}

    def best(node: str) -> tuple[float, list[LadderRung]]:
        if node in memo:
            return memo[node]
        if node == CUSTOMER:
            result = (fg_days, [LadderRung(CUSTOMER, fg_days, 0.0)])
        else:
            here: list[LadderRung] = []
            days = 0.0
            if node != SUPPLIER:
                f = figures[node]
                here = [LadderRung(node, f.inventory_days, f.cycle_time_s)]
                days = f.inventory_days + f.cycle_time_s / day_s
            tails = [best(f.target) for f in m.successors(node)]
            tail_days, tail = max(tails, key=lambda t: t[0])
            result = (days + tail_days, here + tail)
        memo[node] = result
        return result

    return best(SUPPLIER)[1]
