"""Run-time pieces of the customer and the supplier: finished goods pulled by customer demand
(steady at takt, random, or levelled by pitch) and scheduled supplier deliveries.

Finished goods take every good part from the line (production lead time ends there). A demand
for one part is filled at once from stock, or waits as a backorder (first come, first served)
until a part arrives; the kanban card a finished part carries (a finished-goods supermarket) goes
back when the customer takes the part, so the last step makes the next part. Everything is
accumulated at state changes only: demands, demands filled from stock, the time integrals of
the stock and of the backorders, and the sum of the customer's waiting times.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

import simpy

from score_desktop.tools.vsm import engine_parts as ep


class FinishedGoods(ep.Sink):
    """The customer's end of the line: a store of finished parts and a queue of backorders."""

    def __init__(self, env: simpy.Environment, wip: ep.Counter, reservoir_size: int, seed: int):
        super().__init__(env, wip, reservoir_size, seed)
        self.stock: deque[ep.Part] = deque()
        self.backorders: deque[float] = deque()  # times at which the waiting demands came
        self.t_last = 0.0
        self.reset_customer()

    # -- time integrals ------------------------------------------------------------------
    def _mark(self) -> None:
        now = self.env._now
        dt = now - self.t_last
        self.stock_area += len(self.stock) * dt
        self.backorder_area += len(self.backorders) * dt
        self.t_last = now

    def reset_customer(self) -> None:
        self.demands = 0
        self.filled_at_once = 0
        self.stock_area = 0.0
        self.backorder_area = 0.0
        self.wait_sum = 0.0
        self.filled = 0

    def reset(self) -> None:
        super().reset()
        if hasattr(self, "stock"):
            self._mark()
            self.reset_customer()

    def flush(self) -> None:
        self._mark()

    # -- parts in --------------------------------------------------------------------------
    def try_put(self, part: ep.Part) -> bool:
        cards = part.cards
        part.cards = []
        super().try_put(part)  # lead time, WIP and counts (returns no cards: none left)
        part.cards = cards
        self._mark()
        if self.backorders:
            came = self.backorders.popleft()
            self.wait_sum += self.env._now - came
            self.filled += 1
            self._give_cards(part)
        else:
            self.stock.append(part)
        return True

    def stock_initial(self, part: ep.Part) -> None:
        """A part in finished goods when the run starts (not counted as delivered)."""
        self._mark()
        self.stock.append(part)

    # -- demand ----------------------------------------------------------------------------
    def demand(self, quantity: int) -> None:
        """The customer asks for ``quantity`` parts now."""
        self._mark()
        now = self.env._now
        for _ in range(quantity):
            self.demands += 1
            if self.stock:
                self.filled_at_once += 1
                self.filled += 1
                self._give_cards(self.stock.popleft())
            else:
                self.backorders.append(now)

    @staticmethod
    def _give_cards(part: ep.Part) -> None:
        for pool in part.cards:
            pool.give()
        part.cards = []

    def figures(self, measured_s: float) -> dict[str, float]:
        """Fill rate (share of demanded parts taken at once from stock), time-average stock and
        backorders (parts), demand rate (parts/h) and the mean wait of a demanded part (h,
        zero for those filled at once; demands still waiting at the end are not counted)."""
        self._mark()
        nan = float("nan")
        return {
            "demand_per_h": self.demands / measured_s * 3600.0,
            "fill_rate": self.filled_at_once / self.demands if self.demands else nan,
            "finished_goods": self.stock_area / measured_s,
            "backorders": self.backorder_area / measured_s,
            "customer_wait_h": self.wait_sum / self.filled / 3600.0 if self.filled else nan,
        }


def demand_process(
    env: simpy.Environment,
    fg: FinishedGoods,
    interval: Callable[[], float],
    quantity: int,
    calendar: ep.Calendar | None,
):
    """Demand ``quantity`` parts after each ``interval()`` seconds of the customer's working
    time (the clock of demand pauses outside its working periods)."""
    while True:
        left = interval()
        while left > 1e-9:
            if calendar is None:
                yield env.timeout(left)
                break
            room = calendar.left(env._now)
            if room <= 0:
                yield env.timeout(calendar.until_start(env._now))
                continue
            step = min(room, left)
            yield env.timeout(step)
            left -= step
        fg.demand(quantity)


def deliveries(
    env: simpy.Environment,
    every_s: float,
    quantity: int,
    pick: Callable[[], object],
    wip: ep.Counter,
    families: ep.FamilySequence,
):
    """A truck (or milk run) brings ``quantity`` parts every ``every_s`` seconds from time 0;
    a part that finds its lane full waits on the dock, blocking the rest of the unloading."""
    while True:
        start = env._now
        for _ in range(quantity):
            part = ep.Part(families.next(), env._now)
            wip.add(1)
            target = pick()
            if not target.try_put(part):  # type: ignore[attr-defined]
                yield target.wait_put(part)  # type: ignore[attr-defined]
        yield env.timeout(max(0.0, start + every_s - env._now))
