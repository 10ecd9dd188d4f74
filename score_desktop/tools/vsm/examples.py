"""Example maps: the Acme Stamping stream of Rother & Shook's *Learning to See* (1999).

``learning_to_see_current_state`` holds the published data box and inventory numbers (used by
the static-figure test). The two ``*_simulation`` maps are the bundled example project's current
and future state: the same stream, with FIFO caps on the pushed inventories so that the
simulation stays bounded (the book's inventory figures stay on the map for the static figures:
23.6 days of production lead time), and the future state of the book (stamping into a kanban
supermarket, welding and assembly merged into one continuous-flow cell).
"""

from __future__ import annotations

from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    Buffer,
    Customer,
    Failures,
    ShiftCalendar,
    Step,
    ValueStreamMap,
)

ACME_CALENDAR = ShiftCalendar(shifts_per_day=2, shift_hours=8.0, breaks_minutes=(10.0, 10.0))


def _customer(finished_goods: Buffer) -> Customer:
    return Customer(
        name="State Street Assembly",
        demand_per_day=920.0,
        families={"LH": 600.0, "RH": 320.0},
        calendar=ACME_CALENDAR,
        finished_goods=finished_goods,
    )


def learning_to_see_current_state() -> ValueStreamMap:
    """Acme Stamping current state as published (cycle times, uptimes, changeovers, inventory).

    The 5 days of coils are entered as 5 x 920 = 4,600 parts' worth of steel."""
    ten_min = Distribution.fixed(10.0, "min")
    steps = [
        Step(
            "Stamping",
            Distribution.fixed(1.0),
            changeover=Distribution.fixed(60.0, "min"),
            failures=Failures(mttr=60.0, uptime_percent=85.0),
            buffer=Buffer(inventory=4600.0),
            value_added=True,
        ),
        Step(
            "S. Weld I",
            Distribution.fixed(39.0),
            changeover=ten_min,
            buffer=Buffer(inventory=7000.0),
        ),
        Step(
            "S. Weld II",
            Distribution.fixed(46.0),
            changeover=ten_min,
            failures=Failures(mttr=30.0, uptime_percent=80.0),
            buffer=Buffer(inventory=1700.0),
        ),
        Step("Assembly I", Distribution.fixed(62.0), buffer=Buffer(inventory=2450.0)),
        Step("Assembly II", Distribution.fixed(40.0), buffer=Buffer(inventory=1840.0)),
    ]
    return ValueStreamMap.serial(
        "Current state", steps, customer=_customer(Buffer(inventory=4140.0))
    )


def current_state_simulation() -> ValueStreamMap:
    """The current state ready to simulate: variable manual times, MRP push modelled as FIFO
    lanes capped below the stock levels seen on the floor, started full. The inventory counts
    stay the book's (the static map shows Rother & Shook's 23.6-day lead time)."""
    m = learning_to_see_current_state()
    m.notes = (
        "Acme Stamping current state (Rother & Shook, Learning to See, 1999). Pushed inventories "
        "are modelled as FIFO lanes (capped below the book's stock to keep runs short) that start "
        "full. Coils and finished goods are not simulated: raw material is always available and "
        "the customer takes every finished part at once."
    )
    caps = {"S. Weld I": 2000, "S. Weld II": 600, "Assembly I": 800, "Assembly II": 500}
    for s in m.steps:
        if s.name == "Stamping":
            s.batch_size = 1200
            continue
        mean = s.cycle_time.mean
        s.cycle_time = Distribution.lognormal(mean, 0.15 * mean)
        # the book's inventory stays on the map (static figures: 23.6 days of lead time); the
        # FIFO cap and the starting parts are the simulation's own settings
        book = s.buffer.inventory
        s.buffer = Buffer("fifo", caps[s.name], inventory=book, initial=caps[s.name])
    return m


def future_state_simulation() -> ValueStreamMap:
    """The book's future state: stamping (quick changeover, small lots) into a kanban
    supermarket, welding and assembly in one continuous-flow cell, FIFO to shipping."""
    stamping = Step(
        "Stamping",
        Distribution.fixed(1.0),
        changeover=Distribution.fixed(10.0, "min"),
        batch_size=300,
        failures=Failures(mttr=60.0, uptime_percent=85.0),
        buffer=Buffer(inventory=920.0),
    )
    cell = Step(
        "Weld + Assembly cell",
        Distribution.lognormal(55.0, 5.0),
        operators=4,
        changeover=Distribution.fixed(2.0, "min"),
        failures=Failures(mttr=10.0, uptime_percent=98.0),
        buffer=Buffer("supermarket", cards=600, inventory=600.0, initial=600),
    )
    m = ValueStreamMap.serial(
        "Future state", [stamping, cell], customer=_customer(Buffer(inventory=1840.0))
    )
    m.notes = (
        "Acme Stamping future state (Rother & Shook, Learning to See, 1999): stamping to a "
        "kanban supermarket, welding and assembly merged into one continuous-flow cell."
    )
    return m
