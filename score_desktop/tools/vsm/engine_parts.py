"""Run-time pieces of the flow simulation: parts, buffers with blocking, kanban/CONWIP cards,
sources, the customer sink, shift calendars and machine state clocks.

Buffers and card pools hand over parts and cards without a SimPy event whenever nobody has to
wait (the common case), so a part costs one timeout event per step on a free-flowing line.
"""

from __future__ import annotations

import bisect
import random
from collections import deque
from collections.abc import Callable

import simpy

from score_desktop.tools.vsm.model import DAY, ShiftCalendar

# Machine states (index into a machine's time accumulator).
WORKING, BLOCKED, STARVED, DOWN, CHANGEOVER, OFF_SHIFT = range(6)
STATES = ("working", "blocked", "starved", "down", "changeover", "off_shift")
EPS = 1e-7


class Part:
    __slots__ = ("cards", "family", "released")

    def __init__(self, family: str, released: float) -> None:
        self.family = family
        self.released = released
        self.cards: list[CardPool] = []


class Counter:
    """Parts in the system (released, not yet delivered or scrapped), with its time integral."""

    __slots__ = ("area", "env", "level", "t_last")

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.level = 0
        self.area = 0.0
        self.t_last = 0.0

    def add(self, delta: int) -> None:
        now = self.env._now
        self.area += self.level * (now - self.t_last)
        self.t_last = now
        self.level += delta

    def flush(self) -> None:
        """Bring the time integral up to now."""
        self.add(0)

    def reset(self) -> None:
        self.add(0)
        self.area = 0.0


class CardPool:
    """Kanban or CONWIP cards: a part may start only with a free card."""

    __slots__ = ("env", "free", "waiters")

    def __init__(self, env: simpy.Environment, cards: int) -> None:
        self.env = env
        self.free = cards
        self.waiters: deque[simpy.Event] = deque()

    def take(self) -> bool:
        if self.free > 0:
            self.free -= 1
            return True
        return False

    def wait(self) -> simpy.Event:
        ev = self.env.event()
        self.waiters.append(ev)
        return ev

    def give(self) -> None:
        if self.waiters:
            self.waiters.popleft().succeed()
        else:
            self.free += 1


class Buf:
    """Parts waiting between steps. ``capacity`` None = no limit; 0 = direct hand-over.

    A full buffer makes the putting machine wait with its part (blocking after service).
    ``level`` counts waiting parts only, never parts on machines."""

    __slots__ = (
        "area",
        "cap",
        "env",
        "getters",
        "items",
        "kanban",
        "level",
        "name",
        "putters",
        "t_last",
    )

    def __init__(self, env: simpy.Environment, name: str, capacity: int | None) -> None:
        self.env = env
        self.name = name
        self.cap = capacity
        self.items: deque[Part] = deque()
        self.getters: deque[simpy.Event] = deque()
        self.putters: deque[tuple[simpy.Event, Part]] = deque()
        self.level = 0
        self.area = 0.0
        self.t_last = 0.0
        self.kanban: CardPool | None = None

    def _mark(self) -> None:
        now = self.env._now
        self.area += self.level * (now - self.t_last)
        self.t_last = now

    def flush(self) -> None:
        self._mark()

    def reset(self) -> None:
        self._mark()
        self.area = 0.0

    def _taken(self, part: Part) -> None:
        pool = self.kanban
        if pool is not None and pool in part.cards:
            part.cards.remove(pool)
            pool.give()

    def try_put(self, part: Part) -> bool:
        if self.getters:
            self._taken(part)
            self.getters.popleft().succeed(part)
            return True
        if self.cap is None or self.level < self.cap:
            self._mark()
            self.items.append(part)
            self.level += 1
            return True
        return False

    def wait_put(self, part: Part) -> simpy.Event:
        ev = self.env.event()
        self.putters.append((ev, part))
        return ev

    def try_get(self) -> Part | None:
        if self.items:
            self._mark()
            part = self.items.popleft()
            if self.putters:
                ev, waiting = self.putters.popleft()
                self.items.append(waiting)
                ev.succeed()
            else:
                self.level -= 1
        elif self.putters:
            ev, part = self.putters.popleft()
            ev.succeed()
        else:
            return None
        self._taken(part)
        return part

    def wait_get(self) -> simpy.Event:
        ev = self.env.event()
        self.getters.append(ev)
        return ev


class FamilySequence:
    """Product families released in lots, the family furthest behind its demand share first."""

    def __init__(self, mix: dict[str, float], lot: int) -> None:
        self.names = list(mix)
        self.shares = [mix[n] for n in self.names]
        self.made = [0] * len(self.names)
        self.lot = max(1, lot)
        self.left = 0
        self.current = self.names[0]
        self.single = len(self.names) == 1

    def next(self) -> str:
        if self.single:
            return self.current
        if self.left == 0:
            total = sum(self.made) + self.lot
            gaps = [s * total - m for s, m in zip(self.shares, self.made, strict=True)]
            i = max(range(len(gaps)), key=gaps.__getitem__)
            self.current = self.names[i]
            self.left = self.lot
        self.left -= 1
        self.made[self.names.index(self.current)] += 1
        return self.current


class Source:
    """Raw material that is always there: a part is released when a step takes it. Parts sent
    back for rework to this step wait in ``returns`` and are taken first."""

    def __init__(
        self, env: simpy.Environment, wip: Counter, families: FamilySequence, returns: Buf
    ) -> None:
        self.env = env
        self.wip = wip
        self.families = families
        self.returns = returns

    def try_get(self) -> Part:
        part = self.returns.try_get()
        if part is not None:
            return part
        self.wip.add(1)
        return Part(self.families.next(), self.env._now)

    def wait_get(self) -> simpy.Event:  # never needed: try_get always succeeds
        raise AssertionError("an unlimited source never makes a step wait")


class Sink:
    """The customer: takes every good part at once and records its lead time."""

    def __init__(self, env: simpy.Environment, wip: Counter, reservoir_size: int, seed: int):
        self.env = env
        self.wip = wip
        self.reservoir_size = reservoir_size
        self.random = random.Random(seed)
        self.reset()
        self.total = 0

    def flush(self) -> None:
        """Nothing to bring up to date: the sink keeps counts, not time integrals."""

    def reset(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.sumsq = 0.0
        self.reservoir: list[float] = []

    def try_put(self, part: Part) -> bool:
        lead = self.env._now - part.released
        self.wip.add(-1)
        if part.cards:
            for pool in part.cards:
                pool.give()
            part.cards = []
        self.total += 1
        self.count += 1
        self.sum += lead
        self.sumsq += lead * lead
        # Reservoir sampling (Vitter's algorithm R): a fixed-size uniform sample for percentiles.
        if self.count <= self.reservoir_size:
            self.reservoir.append(lead)
        else:
            j = int(self.random.random() * self.count)
            if j < self.reservoir_size:
                self.reservoir[j] = lead
        return True


class Calendar:
    """Fast look-ups in a repeating daily working pattern."""

    def __init__(self, cal: ShiftCalendar) -> None:
        periods = cal.working_periods()
        self.starts = [a for a, _ in periods]
        self.ends = [b for _, b in periods]

    def left(self, now: float) -> float:
        """Working time left in the current period (0 when off shift). Times within 0.1 us of
        a period start count as inside it, so float rounding never stalls a machine."""
        p = now % DAY
        i = bisect.bisect_right(self.starts, p + EPS) - 1
        if i >= 0 and p < self.ends[i] - EPS:
            return self.ends[i] - p
        return 0.0

    def until_start(self, now: float) -> float:
        p = now % DAY
        i = bisect.bisect_right(self.starts, p + EPS)
        return (self.starts[i] if i < len(self.starts) else self.starts[0] + DAY) - p


class Clock:
    """Time a machine spends in each state, accumulated at state changes only.

    While ``off`` (outside its shift calendar) all time counts as off shift, whatever the
    machine is doing; ``state`` keeps what it will be doing when the shift starts."""

    __slots__ = ("acc", "env", "off", "since", "state")

    def __init__(self, env: simpy.Environment) -> None:
        self.env = env
        self.state = STARVED
        self.off = False
        self.since = 0.0
        self.acc = [0.0] * 6

    def set(self, state: int) -> None:
        now = self.env._now
        self.acc[OFF_SHIFT if self.off else self.state] += now - self.since
        self.since = now
        self.state = state

    def set_off(self, off: bool) -> None:
        self.set(self.state)
        self.off = off

    def flush(self) -> None:
        self.set(self.state)

    def reset(self) -> None:
        self.set(self.state)
        self.acc = [0.0] * 6


def shifts(env: simpy.Environment, cal: Calendar, clocks: list[Clock]):
    """Switch the clocks of one step off and on at the ends and starts of working periods."""
    while True:
        left = cal.left(env._now)
        if left <= 0:
            for c in clocks:
                c.set_off(True)
            yield env.timeout(cal.until_start(env._now))
            for c in clocks:
                c.set_off(False)
            left = cal.left(env._now)
        yield env.timeout(left)


def chooser(targets: list, shares: list[float], uniform: Callable[[], float]) -> Callable:
    """Pick a target at random with probability proportional to its share."""
    if len(targets) == 1:
        only = targets[0]
        return lambda: only
    total = sum(shares)
    cum = []
    acc = 0.0
    for s in shares:
        acc += s / total
        cum.append(acc)
    cum[-1] = 1.0

    def pick() -> object:
        return targets[bisect.bisect_right(cum, uniform())]

    return pick
