"""One replication of the SimPy flow simulation of a value-stream map.

Conventions (DOMAIN.md "Flow simulation conventions"): a buffer counts parts waiting between
steps, not parts on machines; a machine that finishes a part keeps it until there is room
downstream (blocking after service), and a buffer of size 0 hands parts over directly; breakdowns
are operation-dependent (time to failure runs only while working, exponential with mean MTBF;
repairs exponential with mean MTTR; the job resumes after repair). The simulated clock is
calendar time: steps with a shift calendar work only in working periods (a job or changeover in
progress pauses at the end of a period and resumes at the next). Lead time runs from release
(a part taken from unlimited raw material, or arriving from the supplier) to delivery.
Statistics are time integrals and sums updated at state changes only; lead-time percentiles
come from a fixed-size reservoir sample, so memory does not grow with the horizon.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import simpy

from score_desktop.tools.vsm import engine_parts as ep
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import CUSTOMER, SUPPLIER, Step, ValueStreamMap
from score_desktop.tools.vsm.validation import MapError

HOUR = 3600.0
SLICES = 20  # the run is cut into this many pieces to check for cancellation


class SimulationCancelled(Exception):
    """The run was cancelled before it finished."""


@dataclass
class SimSettings:
    """Run settings; times in hours. The horizon includes the warm-up."""

    horizon_h: float = 400.0
    warmup_h: float = 40.0
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


PERCENTILES = (50, 90, 95)


class _StepRun:
    """Everything a machine of one step needs at run time."""

    def __init__(self, step: Step, rng: np.random.Generator) -> None:
        self.step = step
        self.sample = step.cycle_time.sampler(rng)
        self.has_changeover = step.changeover.mean_seconds() > 0
        self.changeover = step.changeover.sampler(rng)
        f = step.failures
        self.fails = f is not None and f.availability() < 1.0
        if self.fails:
            assert f is not None
            self.ttf = Distribution.exponential(f.mtbf_seconds()).sampler(rng)
            self.repair = Distribution.exponential(f.mttr_seconds()).sampler(rng)
        self.scrap = step.scrap_rate
        self.bad = step.scrap_rate + step.rework_rate
        self.uniform = _uniforms(rng)
        self.calendar: ep.Calendar | None = None
        self.input: ep.Buf | ep.Source
        self.route: Callable[[], ep.Buf | ep.Sink]
        self.rework: ep.Buf | ep.Sink
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


def simulate_once(
    m: ValueStreamMap,
    settings: SimSettings,
    replication: int = 0,
    stop: Callable[[], bool] | None = None,
) -> RunResult:
    """Run replication number ``replication`` (0-based); the same seed gives the same numbers.

    The map must be valid and resolved (see :func:`replications.run_replications`)."""
    cpu_start = time.process_time()
    seeds = np.random.SeedSequence([settings.seed, replication]).spawn(len(m.steps) + 2)
    env = simpy.Environment()
    wip = ep.Counter(env)
    sink = ep.Sink(env, wip, settings.reservoir, int(seeds[-1].generate_state(1)[0]))
    sink.kanban = None
    mix = m.customer.family_mix()
    runs = {
        s.name: _StepRun(s, np.random.default_rng(q)) for s, q in zip(m.steps, seeds, strict=False)
    }
    buffers: dict[str, ep.Buf] = {}
    sources: list[ep.Source] = []
    for s in m.steps:
        buffers[s.name] = ep.Buf(env, s.name, s.buffer.limit())
    fg = m.customer.finished_goods
    nodes: dict[str, ep.Buf | ep.Sink] = {**buffers, CUSTOMER: sink}
    # Where parts for a step go (its own buffer, or the backlog in front of a CONWIP loop).
    entry: dict[str, ep.Buf | ep.Sink] = dict(nodes)
    supplied = {f.target for f in m.successors(SUPPLIER)}
    unlimited = m.supplier.arrival is None
    for s in m.steps:
        r = runs[s.name]
        r.input = buffers[s.name]
        if unlimited and s.name in supplied:
            if len(m.predecessors(s.name)) > 1:
                raise MapError(
                    [
                        f'value stream "{m.name}", step "{s.name}": a step fed by unlimited raw '
                        "material cannot also take parts from other steps (give the supplier an "
                        "arrival time)"
                    ]
                )
            src = ep.Source(env, wip, ep.FamilySequence(mix, s.batch_size), buffers[s.name])
            sources.append(src)
            r.input = src
        if s.buffer.rule == "supermarket":
            pool = ep.CardPool(env, s.buffer.cards - s.buffer.initial)
            buffers[s.name].kanban = pool
            for f in m.predecessors(s.name):
                runs[f.source].kanban = pool
        cal = s.calendar or m.customer.calendar
        if not cal.always_working:
            r.calendar = ep.Calendar(cal)
    if fg.rule == "supermarket":
        pool = ep.CardPool(env, fg.cards)
        sink.kanban = pool
        for f in m.predecessors(CUSTOMER):
            if f.source != SUPPLIER:
                runs[f.source].kanban = pool
    for loop in m.conwip:
        pool = ep.CardPool(env, loop.cards)
        runs[loop.last_step].conwip_end = pool
        first = runs[loop.first_step]
        backlog = first.input
        if isinstance(backlog, ep.Source):
            # reworked parts return into the loop's own queue, not to the raw material
            backlog.returns = ep.Buf(env, "", None)
        else:
            backlog = ep.Buf(env, "", None)
            entry[loop.first_step] = backlog
        first.input = buffers[loop.first_step]
        env.process(_release(env, pool, backlog, buffers[loop.first_step]))
    for s in m.steps:
        r = runs[s.name]
        outs = m.successors(s.name)
        r.route = ep.chooser([entry[f.target] for f in outs], [f.share for f in outs], r.uniform)
        r.rework = buffers[s.rework_to or s.name]  # back into the step's own queue
        r.wip = wip
        for _ in range(s.machines):
            clock = ep.Clock(env)
            r.clocks.append(clock)
            env.process(_machine(env, r, clock))
        if r.calendar is not None:
            env.process(ep.shifts(env, r.calendar, r.clocks))
    _load_initial(m, buffers, runs, wip, mix)
    if not unlimited:
        outs = m.successors(SUPPLIER)
        assert m.supplier.arrival is not None
        route_seed, arrival_seed = seeds[-2].spawn(2)
        pick = ep.chooser(
            [entry[f.target] for f in outs],
            [f.share for f in outs],
            _uniforms(np.random.default_rng(route_seed)),
        )
        lot = max((runs[f.target].step.batch_size for f in outs if f.target in runs), default=1)
        arrivals = m.supplier.arrival.sampler(np.random.default_rng(arrival_seed))
        env.process(_arrivals(env, arrivals, pick, wip, ep.FamilySequence(mix, lot)))
    horizon = settings.horizon_h * HOUR
    warmup = settings.warmup_h * HOUR
    all_buffers = [b for b in buffers.values()] + [
        b for b in entry.values() if isinstance(b, ep.Buf) and b.name == ""
    ]
    clocks = [c for r in runs.values() for c in r.clocks]
    series: tuple[list[float], list[float], list[float]] = ([], [], [])
    env.process(_sampler(env, horizon, settings.series_points, wip, sink, series))
    scrapped_at_warmup = [0]
    if warmup > 0:
        _run(env, 0.0, warmup, stop)
    for item in [wip, sink, *all_buffers, *clocks]:
        item.reset()
    scrapped_at_warmup[0] = sum(r.scrapped for r in runs.values())
    _run(env, warmup, horizon, stop)
    if len(series[0]) < settings.series_points:
        series[0].append(env.now)
        series[1].append(float(wip.level))
        series[2].append(float(sink.total))
    wip.add(0)
    for b in all_buffers:
        b._mark()
    for c in clocks:
        c.set(c.state)
    measured = horizon - warmup
    result = _result(
        m,
        settings,
        replication,
        runs,
        buffers,
        wip,
        sink,
        measured,
        series,
        sum(r.scrapped for r in runs.values()) - scrapped_at_warmup[0],
    )
    result.cpu_s = time.process_time() - cpu_start
    return result


def _result(m, settings, replication, runs, buffers, wip, sink, measured, series, scrapped):
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
    bottleneck = max(active, key=active.__getitem__) if active else ""
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
    )


def _run(env: simpy.Environment, start: float, end: float, stop: Callable[[], bool] | None) -> None:
    if stop is None:
        env.run(until=end)
        return
    for k in range(1, SLICES + 1):
        if stop():
            raise SimulationCancelled("simulation cancelled")
        env.run(until=start + (end - start) * k / SLICES)


def _load_initial(m, buffers, runs, wip, mix) -> None:
    """Initial parts, product families in lots of the first step's batch size. A step fed by
    unlimited raw material never reads its buffer, so initial parts there are ignored."""
    seq = ep.FamilySequence(mix, m.steps[0].batch_size if m.steps else 1)
    for s in m.steps:
        b = buffers[s.name]
        if isinstance(runs[s.name].input, ep.Source):
            continue
        for _ in range(s.buffer.initial):
            part = ep.Part(seq.next(), 0.0)
            if b.kanban is not None:
                part.cards.append(b.kanban)
            b.items.append(part)
            b.level += 1
            wip.add(1)


def _release(env, pool, backlog, target):
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
            yield target.wait_put(part)
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
