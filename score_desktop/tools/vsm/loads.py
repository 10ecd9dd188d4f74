"""Steps loaded at 100 % or more by the supplier's arrivals or the customer's demand.

Such a line has no steady state: a queue (or the customer's backorders) grows without limit and
the simulated figures depend on the horizon. The check is static (from the visit ratios of the
traffic equations and each step's capacity in calendar time), so it can be shown before a run.
"""

from __future__ import annotations

from score_desktop.tools.vsm.model import ValueStreamMap
from score_desktop.tools.vsm.static import visit_ratios

DAY = 86_400.0


def step_capacity_per_s(m: ValueStreamMap, name: str) -> float:
    """Parts per second of calendar time: machines x uptime x working share / mean cycle time."""
    s = m.step(name)
    cal = s.calendar or m.customer.calendar
    share = min(1.0, cal.available_seconds_per_day() / DAY)
    return s.machines * s.availability() * share / s.cycle_time.mean_seconds()


def overload_warnings(m: ValueStreamMap) -> list[str]:
    """One message per step that the arrivals, deliveries or customer demand load at >= 100 %."""
    out = []
    visits, delivered = visit_ratios(m)
    supply = m.supplier.rate_per_s()
    if supply is not None:
        for s in m.steps:
            load = supply * visits[s.name] / step_capacity_per_s(m, s.name)
            if load >= 1.0:
                out.append(
                    f'step "{s.name}" is loaded at {100 * load:.0f} % by the arrivals: its queue '
                    "grows without limit and the figures depend on the horizon"
                )
    c = m.customer
    if c.pulls and c.demand_per_day > 0 and delivered > 0:
        demand = c.demand_per_day / DAY  # parts per second of calendar time
        for s in m.steps:
            load = demand / delivered * visits[s.name] / step_capacity_per_s(m, s.name)
            if load >= 1.0:
                out.append(
                    f"the line cannot meet the customer's demand of {c.demand_per_day:g} parts "
                    f'per day: step "{s.name}" would be loaded at {100 * load:.0f} %, so '
                    "backorders grow without limit"
                )
        if supply is not None and supply * delivered < demand:
            out.append(
                f"the supplier brings {supply * DAY * delivered:g} good parts' worth per day, "
                f"less than the customer's demand of {c.demand_per_day:g}: backorders grow "
                "without limit"
            )
    return out
