"""One replication of the SimPy flow simulation of a value-stream map.

Conventions (DOMAIN.md "Flow simulation conventions"): a buffer counts parts waiting between
steps, not parts on machines; a machine that finishes a part keeps it until there is room
downstream (blocking after service), and a buffer of size 0 hands parts over directly; breakdowns
are operation-dependent (time to failure runs only while working, exponential with mean MTBF;
repairs exponential with mean MTTR; the job resumes after repair). The simulated clock is
calendar time: steps with a shift calendar work only in working periods (a job or changeover in
progress pauses at the end of a period and resumes at the next); on such a map the measured
time is a whole number of days (see :func:`measured_window`). Lead time runs from release
(a part taken from unlimited raw material, or arriving from the supplier) to delivery.
Statistics are time integrals and sums updated at state changes only; lead-time percentiles
come from a fixed-size reservoir sample, so memory does not grow with the horizon.
"""

from __future__ import annotations

import math
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

import numpy as np
import simpy

from score_desktop.tools.vsm import engine_parts as ep
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.engine_customer import FinishedGoods, deliveries, demand_process
from score_desktop.tools.vsm.model import CUSTOMER, DAY, SUPPLIER, Step, ValueStreamMap
from score_desktop.tools.vsm.validation import MapError

HOUR = 3600.0
SLICES = 20  # the run is cut into this many pieces to check for cancellation


class SimulationCancelled(Exception):
    """The run was cancelled before it finished."""


@dataclass
class SimSettings:
    """Run settings; times in hours. The horizon includes the warm-up."""

    horizon_h: float = 1000.0
    warmup_h: float = 200.0
    replications: int = 10
    seed: int = 1
    series_points: int = 200
    reservoir: int = 4096
    workers: int | None = None  # worker processes; None = every core

    def check(self) -> None:
        if not self.horizon_h > 0:
            raise ValueError("simulation horizon must be > 0 hours")
        if not 0 <= self.warmup_h < self.horizon_h:
            raise ValueError("warm-up must be >= 0 and shorter than the horizon")
        if not isinstance(self.replications, int) or self.replications < 1:
            raise ValueError("replications must be a whole number >= 1")
        if not isinstance(self.seed, int) or self.seed < 0:
            raise ValueError("seed must be a whole number >= 0")
        if self.series_points < 2 or self.reservoir < 1:
            raise ValueError("series points must be >= 2 and the reservoir >= 1")
        if self.workers is not None and (not isinstance(self.workers, int) or self.workers < 1):
            raise ValueError("worker processes must be a whole number >= 1")


def calendar_cycle_h(m: ValueStreamMap) -> float | None:
    """Hours after which the working pattern of every step repeats (24: all shift calendars are
    daily), or None when every step works around the clock."""
    for s in m.steps:
        if not (s.calendar or m.customer.calendar).always_working:
            return DAY / HOUR
    return None


def measured_window(m: ValueStreamMap, settings: SimSettings) -> tuple[float, float]:
    """The warm-up actually used and the measured time, in hours.

    On a map with shift calendars the measured time is a whole number of calendar cycles (days),
    so that every figure averages whole days and is unbiased whatever the horizon: the warm-up
    is extended (by less than a day) so that the horizon stays where it was set. A measured time
    shorter than one day is left as it is (and the results warn)."""
    measured = settings.horizon_h - settings.warmup_h
    cycle = calendar_cycle_h(m)
    if cycle is None or measured < cycle:
        return settings.warmup_h, measured
    whole = math.floor(measured / cycle + 1e-9) * cycle
    return settings.horizon_h - whole, whole


@dataclass
class RunResult:
    """Figures of one replication, measured from the end of the warm-up to the horizon."""

    replication: int
    measured_h: float
    delivered: int
    scrapped: int
    throughput_per_h: float
    wip_total: float
    wip_per_buffer: dict[str, float]
    lead_time_mean_h: float
    lead_time_percentiles_h: dict[str, float]
    step_states: dict[str, dict[str, float]]
    utilisation: dict[str, float]
    bottleneck: str
    series_t_h: list[float] = field(default_factory=list)
    series_wip: list[float] = field(default_factory=list)
    series_output: list[float] = field(default_factory=list)
    cpu_s: float = 0.0  # processor time this replication took
    # with customer demand: fill_rate, finished_goods, backorders, demand_per_h, customer_wait_h
    customer: dict[str, float] = field(default_factory=dict)
    # a uniform sample (the fixed-size reservoir) of the lead times in hours, for histograms;
    # 4-byte floats: at most ``reservoir`` x 4 bytes per replication
    lead_time_sample_h: array = field(default_factory=lambda: array("f"))


PERCENTILES = (50, 90, 95)


class _StepRun:
    """Everything a machine of one step needs at run time. Each random quantity has its own
    stream, so changing one (say, adding failures) leaves the others' numbers unchanged."""

    def __init__(self, step: Step, seed: np.random.SeedSequence) -> None:
        ct, co, ttf, repair, uniform = (np.random.default_rng(q) for q in seed.spawn(5))
        self.step = step
        self.sample = step.cycle_time.sampler(ct)
        self.has_changeover = step.changeover.mean_seconds() > 0
        self.changeover = step.changeover.sampler(co)
        f = step.failures
        self.fails = f is not None and f.availability() < 1.0
        if f is not None and self.fails:
            self.ttf = Distribution.exponential(f.mtbf_seconds()).sampler(ttf)
            self.repair = Distribution.exponential(f.mttr_seconds()).sampler(repair)
        self.scrap = step.scrap_rate
        self.bad = step.scrap_rate + step.rework_rate
        self.uniform = _uniforms(uniform)
        self.calendar: ep.Calendar | None = None
        self.input: ep.Buf | ep.Source
        self.route: Callable[[], ep.Buf | ep.Sink]
        self.rework: ep.Buf
        self.kanban: ep.CardPool | None = None  # card to take before starting a part
        self.conwip_end: ep.CardPool | None = None  # card returned when a part leaves
        self.wip: ep.Counter
        self.scrapped = 0
        self.clocks: list[ep.Clock] = []


def _uniforms(rng: np.random.Generator) -> Callable[[], float]:
    def blocks():
        while True:
            yield from rng.random(2048).tolist()

    return blocks().__next__


class _Model:
    """The run-time objects of one replication, wired from the map."""

    def __init__(self, m: ValueStreamMap, settings: SimSettings, replication: int) -> None:
        seeds = np.random.SeedSequence([settings.seed, replication]).spawn(len(m.steps) + 3)
        self.m = m
        self.env = env = simpy.Environment()
        self.wip = ep.Counter(env)
        reservoir_seed = int(seeds[-1].generate_state(1)[0])
        pulls = m.customer.pulls
        sink_type = FinishedGoods if pulls else ep.Sink
        self.sink = sink_type(env, self.wip, settings.reservoir, reservoir_seed)
        self.mix = m.customer.family_mix()
        self.runs = {s.name: _StepRun(s, q) for s, q in zip(m.steps, seeds, strict=False)}
        self.buffers = {s.name: ep.Buf(env, s.name, s.buffer.limit()) for s in m.steps}
        self.backlogs: list[ep.Buf] = []  # parts waiting to enter a CONWIP loop
        # where parts sent to a node go: its buffer, a CONWIP backlog, or the customer
        self.entry: dict[str, ep.Buf | ep.Sink] = {**self.buffers, CUSTOMER: self.sink}
        self._inputs()
        self._cards()
        self._machines()
        self._initial_parts()
        if m.supplier.arrival is not None:
            self._arrivals(m.supplier.arrival, seeds[-2], seeds[-3])
        # streams of their own, so that maps without them keep their numbers
        extra = np.random.SeedSequence([settings.seed, replication, 17]).spawn(2)
        if m.supplier.delivery_quantity > 0:
            self._deliveries(extra[0])
        if pulls:
            self._demand(extra[1])

    def _inputs(self) -> None:
        m, env = self.m, self.env
        supplied = {f.target for f in m.successors(SUPPLIER)}
        for s in m.steps:
            r = self.runs[s.name]
            r.input = self.buffers[s.name]
            if m.supplier.unlimited and s.name in supplied:
                if len(m.predecessors(s.name)) > 1:
                    raise MapError(
                        [
                            f'value stream "{m.name}", step "{s.name}": a step fed by unlimited '
                            "raw material cannot also take parts from other steps (give the "
                            "supplier an arrival time)"
                        ]
                    )
                lots = ep.FamilySequence(self.mix, s.batch_size)
                r.input = ep.Source(env, self.wip, lots, self.buffers[s.name])
            cal = s.calendar or m.customer.calendar
            if not cal.always_working:
                r.calendar = ep.Calendar(cal)

    def _cards(self) -> None:
        m, env = self.m, self.env
        for s in m.steps:
            if s.buffer.rule == "supermarket":
                pool = ep.CardPool(env, s.buffer.cards - s.buffer.initial)
                self.buffers[s.name].kanban = pool
                for f in m.predecessors(s.name):
                    self.runs[f.source].kanban = pool
        fg = m.customer.finished_goods
        self.fg_cards: ep.CardPool | None = None
        if fg.rule == "supermarket":
            # without demand the customer returns every card on delivery; with demand, when it
            # takes the part from finished goods (the parts there at the start hold a card each)
            start = fg.cards - fg.initial if m.customer.pulls else fg.cards
            pool = self.fg_cards = ep.CardPool(env, start)
            for f in m.predecessors(CUSTOMER):
                if f.source != SUPPLIER:
                    self.runs[f.source].kanban = pool
        for loop in m.conwip:
            pool = ep.CardPool(env, loop.cards)
            self.runs[loop.last_step].conwip_end = pool
            first = self.runs[loop.first_step]
            backlog = first.input
            if isinstance(backlog, ep.Source):
                # reworked parts return into the loop's own queue, not to the raw material
                backlog.returns = ep.Buf(env, "", None)
            else:
                backlog = ep.Buf(env, "", None)
                self.backlogs.append(backlog)
                self.entry[loop.first_step] = backlog
            first.input = self.buffers[loop.first_step]
            env.process(_release(pool, backlog, self.buffers[loop.first_step]))

    def _machines(self) -> None:
        for s in self.m.steps:
            r = self.runs[s.name]
            outs = self.m.successors(s.name)
            targets = [self.entry[f.target] for f in outs]
            r.route = ep.chooser(targets, [f.share for f in outs], r.uniform)
            r.rework = self.buffers[s.rework_to or s.name]  # back into the step's own queue
            r.wip = self.wip
            for _ in range(s.machines):
                clock = ep.Clock(self.env)
                r.clocks.append(clock)
                self.env.process(_machine(self.env, r, clock))
            if r.calendar is not None:
                self.env.process(ep.shifts(self.env, r.calendar, r.clocks))

    def _initial_parts(self) -> None:
        """Initial parts, product families in lots of the first step's batch size. A step fed
        by unlimited raw material never reads its buffer, so initial parts there are ignored."""
        m = self.m
        seq = ep.FamilySequence(self.mix, m.steps[0].batch_size if m.steps else 1)
        for s in m.steps:
            b = self.buffers[s.name]
            if isinstance(self.runs[s.name].input, ep.Source):
                continue
            for _ in range(s.buffer.initial):
                part = ep.Part(seq.next(), 0.0)
                if b.kanban is not None:
                    part.cards.append(b.kanban)
                b.items.append(part)
                b.level += 1
                self.wip.add(1)

    def _demand(self, seed: np.random.SeedSequence) -> None:
        """Customer demand at takt: steady, random (Poisson) or a pack every pitch; parts in
        finished goods at the start are the customer's ``initial`` parts."""
        c = self.m.customer
        sink = self.sink
        assert isinstance(sink, FinishedGoods)
        seq = ep.FamilySequence(self.mix, 1)
        for _ in range(c.finished_goods.initial):
            part = ep.Part(seq.next(), 0.0)
            if self.fg_cards is not None:
                part.cards.append(self.fg_cards)
            sink.stock_initial(part)
        takt = c.takt_seconds()
        quantity = 1
        if c.demand_pattern == "random":
            interval = Distribution.exponential(takt).sampler(np.random.default_rng(seed))
        elif c.demand_pattern == "levelled":
            quantity = c.pitch_parts
            pitch = takt * quantity
            interval = lambda: pitch  # noqa: E731
        else:
            interval = lambda: takt  # noqa: E731
        cal = None if c.calendar.always_working else ep.Calendar(c.calendar)
        self.env.process(demand_process(self.env, sink, interval, quantity, cal))

    def _deliveries(self, route: np.random.SeedSequence) -> None:
        sup = self.m.supplier
        outs = self.m.successors(SUPPLIER)
        uniform = _uniforms(np.random.default_rng(route))
        pick = ep.chooser([self.entry[f.target] for f in outs], [f.share for f in outs], uniform)
        fed = [self.runs[f.target].step.batch_size for f in outs if f.target in self.runs]
        lots = ep.FamilySequence(self.mix, max(fed, default=1))
        every = sup.delivery_every_h * HOUR
        self.env.process(deliveries(self.env, every, sup.delivery_quantity, pick, self.wip, lots))

    def _arrivals(
        self, arrival: Distribution, route: np.random.SeedSequence, seed: np.random.SeedSequence
    ) -> None:
        outs = self.m.successors(SUPPLIER)
        uniform = _uniforms(np.random.default_rng(route))
        pick = ep.chooser([self.entry[f.target] for f in outs], [f.share for f in outs], uniform)
        fed = [self.runs[f.target].step.batch_size for f in outs if f.target in self.runs]
        lots = ep.FamilySequence(self.mix, max(fed, default=1))
        sample = arrival.sampler(np.random.default_rng(seed))
        self.env.process(_arrivals(self.env, sample, pick, self.wip, lots))

    def measured(self) -> list:
        """Everything whose statistics restart at the end of the warm-up."""
        clocks = [c for r in self.runs.values() for c in r.clocks]
        return [self.wip, self.sink, *self.buffers.values(), *self.backlogs, *clocks]


def simulate_once(
    m: ValueStreamMap,
    settings: SimSettings,
    replication: int = 0,
    stop: Callable[[], bool] | None = None,
) -> RunResult:
    """Run replication number ``replication`` (0-based); the same seed gives the same numbers.

    The map must be valid and resolved (see :func:`replications.run_replications`); ``stop``
    is asked now and then and a True answer raises :class:`SimulationCancelled`."""
    cpu_start = time.process_time()
    model = _Model(m, settings, replication)
    env, wip, sink = model.env, model.wip, model.sink
    horizon = settings.horizon_h * HOUR
    warmup = measured_window(m, settings)[0] * HOUR
    series: tuple[list[float], list[float], list[float]] = ([], [], [])
    env.process(_sampler(env, horizon, settings.series_points, wip, sink, series))
    if warmup > 0:
        _run(env, 0.0, warmup, stop)
    for item in model.measured():
        item.reset()
    scrapped_at_warmup = sum(r.scrapped for r in model.runs.values())
    _run(env, warmup, horizon, stop)
    if len(series[0]) < settings.series_points:
        series[0].append(env.now)
        series[1].append(float(wip.level))
        series[2].append(float(sink.total))
    for item in model.measured():
        item.flush()
    scrapped = sum(r.scrapped for r in model.runs.values()) - scrapped_at_warmup
    result = _result(model, replication, horizon - warmup, series, scrapped)
    result.cpu_s = time.process_time() - cpu_start
    return result


def _result(model: _Model, replication: int, measured: float, series, scrapped: int) -> RunResult:
    runs, buffers, wip, sink = model.runs, model.buffers, model.wip, model.sink
    states: dict[str, dict[str, float]] = {}
    utilisation: dict[str, float] = {}
    active: dict[str, float] = {}
    for name, r in runs.items():
        total = [sum(c.acc[i] for c in r.clocks) for i in range(6)]
        denom = measured * len(r.clocks)
        shares = {label: total[i] / denom for i, label in enumerate(ep.STATES)}
        states[name] = shares
        on = 1.0 - shares["off_shift"]
        utilisation[name] = shares["working"] / on if on > 0 else 0.0
        active[name] = shares["working"] + shares["down"] + shares["changeover"]
    bottleneck = pick_bottleneck(model.m, active)
    n = sink.count
    hours = measured / HOUR
    res = np.array(sink.reservoir) / HOUR if sink.reservoir else np.array([np.nan])
    pct = np.percentile(res, PERCENTILES)
    return RunResult(
        replication=replication,
        measured_h=hours,
        delivered=n,
        scrapped=scrapped,
        throughput_per_h=n / hours,
        wip_total=wip.area / measured,
        wip_per_buffer={k: b.area / measured for k, b in buffers.items()},
        lead_time_mean_h=(sink.sum / n / HOUR) if n else float("nan"),
        lead_time_percentiles_h={f"p{p}": float(v) for p, v in zip(PERCENTILES, pct, strict=True)},
        step_states=states,
        utilisation=utilisation,
        bottleneck=bottleneck,
        series_t_h=[t / HOUR for t in series[0]],
        series_wip=series[1],
        series_output=series[2],
        lead_time_sample_h=array("f", res[np.isfinite(res)].astype(np.float32).tobytes()),
        customer=sink.figures(measured) if isinstance(sink, FinishedGoods) else {},
    )


def pick_bottleneck(m: ValueStreamMap, active: dict[str, float]) -> str:
    """The step with the highest active share; equal shares (to 1e-6, e.g. several steps that
    never stop behind an unlimited push buffer) go to the step with the least capacity."""

    def load(name: str) -> float:
        s = m.step(name)
        return s.cycle_time.mean_seconds() / (s.machines * s.availability())

    return max(active, key=lambda n: (round(active[n], 6), load(n))) if active else ""


def _run(env: simpy.Environment, start: float, end: float, stop: Callable[[], bool] | None) -> None:
    if stop is None:
        env.run(until=end)
        return
    for k in range(1, SLICES + 1):
        if stop():
            raise SimulationCancelled("simulation cancelled")
        env.run(until=start + (end - start) * k / SLICES)


def _release(pool, backlog, target):
    """CONWIP: move a part from the backlog into the loop whenever a card is free."""
    while True:
        if not pool.take():
            yield pool.wait()
        part = backlog.try_get()
        if part is None:
            part = yield backlog.wait_get()
        part.cards.append(pool)
        if not target.try_put(part):
            yield target.wait_put(part)


def _arrivals(env, interarrival, pick, wip, families):
    while True:
        yield env.timeout(interarrival())
        part = ep.Part(families.next(), env._now)
        wip.add(1)
        target = pick()
        if not target.try_put(part):
            yield target.wait_put(part)


def _sampler(env, horizon, points, wip, sink, series):
    """Record WIP and delivered parts at points - 1 equal steps; the last point is taken at the
    horizon by :func:`simulate_once`."""
    dt = horizon / (points - 1)
    for k in range(points - 1):
        if k:
            yield env.timeout(k * dt - env._now)
        series[0].append(env._now)
        series[1].append(float(wip.level))
        series[2].append(float(sink.total))


def _machine(env, r: _StepRun, clock: ep.Clock):
    """One machine: wait for a card and a part, change over, work (with breakdowns and shifts),
    then scrap, rework or pass the part on, waiting while the next buffer is full."""
    timeout = env.timeout
    sample = r.sample
    inp = r.input
    kanban = r.kanban
    route = r.route
    conwip_end = r.conwip_end
    fails = r.fails
    cal = r.calendar
    quality = r.bad > 0
    family = None
    ttf = r.ttf() if fails else 0.0
    set_state = clock.set
    while True:
        if kanban is not None and not kanban.take():
            set_state(ep.STARVED)
            yield kanban.wait()
        part = inp.try_get()
        if part is None:
            set_state(ep.STARVED)
            part = yield inp.wait_get()
        if kanban is not None:
            if kanban in part.cards:  # a reworked part already holds a card
                kanban.give()
            else:
                part.cards.append(kanban)
        if r.has_changeover and family is not None and part.family != family:
            set_state(ep.CHANGEOVER)
            yield from _work(env, clock, cal, r.changeover(), ep.CHANGEOVER)
        family = part.family
        work = sample()
        set_state(ep.WORKING)
        if cal is None and (not fails or ttf > work):
            ttf -= work
            yield timeout(work)
        else:
            while work > 1e-9:
                chunk = work
                if fails and ttf < chunk:
                    chunk = ttf
                if cal is not None:
                    left = cal.left(env._now)
                    if left <= 0:
                        set_state(ep.OFF_SHIFT)
                        yield timeout(cal.until_start(env._now))
                        set_state(ep.WORKING)
                        continue
                    chunk = min(chunk, left)
                yield timeout(chunk)
                work -= chunk
                if fails:
                    ttf -= chunk
                    if ttf <= 1e-9:
                        set_state(ep.DOWN)
                        yield timeout(r.repair())
                        ttf = r.ttf()
                        set_state(ep.WORKING)
        if quality:
            u = r.uniform()
            if u < r.scrap:
                r.scrapped += 1
                r.wip.add(-1)
                for pool in part.cards:
                    pool.give()
                continue
            target = r.rework if u < r.bad else route()
        else:
            target = route()
        if not target.try_put(part):
            set_state(ep.BLOCKED)
            yield cast(ep.Buf, target).wait_put(part)  # the customer never blocks
        if conwip_end is not None and target is not r.rework and conwip_end in part.cards:
            part.cards.remove(conwip_end)
            conwip_end.give()


def _work(env, clock, cal, duration, state):
    """Spend ``duration`` of working time in ``state``, pausing outside working periods."""
    while duration > 1e-9:
        if cal is None:
            yield env.timeout(duration)
            return
        left = cal.left(env._now)
        if left <= 0:
            clock.set(ep.OFF_SHIFT)
            yield env.timeout(cal.until_start(env._now))
            clock.set(state)
            continue
        chunk = min(duration, left)
        yield env.timeout(chunk)
        duration -= chunk
