"""The simulator against exact queueing results: the cases behind tests/validation and
``score-desktop validate-sim``.

Every case builds a small map, simulates it with fixed seeds and compares each simulated figure
(95 % CI over replications) with the exact value from :mod:`.theory`. A figure *agrees* when the
exact value lies within the 95 % CI widened by ``TOLERANCE`` (1.5 x the half-width, about a 99.7 %
interval for many replications, so that the whole suite of ~40 comparisons does not fail by
chance) and the CI itself is narrow (half-width <= ``max_rel`` of the value), so that a vague run
cannot pass. Times in hours, rates per hour.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from score_desktop.tools.vsm import theory
from score_desktop.tools.vsm.distributions import Distribution
from score_desktop.tools.vsm.model import (
    Buffer,
    ConwipLoop,
    Failures,
    ShiftCalendar,
    Step,
    Supplier,
)
from score_desktop.tools.vsm.model import ValueStreamMap as Map
from score_desktop.tools.vsm.replications import (
    Estimate,
    SimulationResults,
    estimate,
    run_replications,
)
from score_desktop.tools.vsm.simulation import SimSettings

TOLERANCE = 1.5


@dataclass(frozen=True)
class Check:
    quantity: str
    exact: float
    simulated: Estimate
    max_rel: float = 0.05
    abs_tol: float = 0.0

    @property
    def agrees(self) -> bool:
        s = self.simulated
        slack = TOLERANCE * s.half_width + self.abs_tol
        narrow = s.half_width <= self.max_rel * max(abs(self.exact), 1e-9) + self.abs_tol
        return narrow and abs(s.mean - self.exact) <= slack


@dataclass
class CaseResult:
    name: str
    source: str
    checks: list[Check] = field(default_factory=list)

    @property
    def agrees(self) -> bool:
        return all(c.agrees for c in self.checks)


def _exp(mean_h: float) -> Distribution:
    return Distribution.exponential(mean_h, "h")


def _open(steps: list[Step], rate: float) -> Map:
    return Map.serial("case", steps, supplier=Supplier(arrival=_exp(1.0 / rate)))


def _run(m: Map, horizon: float, warmup: float, reps: int, seed: int, scale: float, workers: int):
    s = SimSettings(horizon * scale, warmup, reps, seed, series_points=2, workers=workers)
    return run_replications(m, s)


def mm1(scale: float = 1.0, workers: int = 1) -> CaseResult:
    lam, t = 1.0, 0.75
    r = _run(_open([Step("Server", _exp(t))], lam), 20_000, 200, 10, 11, scale, workers)
    q = theory.mm1(lam, 1 / t)
    return CaseResult(
        "M/M/1 (rho = 0.75)",
        "Factory Physics 3rd ed. ch. 8; Kleinrock (1975) vol. 1 ch. 3",
        [
            Check("throughput /h", q.throughput, r.throughput_per_h),
            Check("WIP (L)", q.wip, r.wip_total, 0.08),
            Check("queue (Lq)", q.queue_wip, r.wip_per_buffer["Server"], 0.1),
            Check("lead time h (W)", q.lead_time, r.lead_time_h, 0.08),
            Check("utilisation", q.utilisation, r.utilisation["Server"]),
            # FIFO M/M/1 sojourn time is exponential with mean W: p-quantile = -W ln(1 - p)
            *(
                Check(
                    f"lead time {k} h",
                    -q.lead_time * math.log(1 - p / 100),
                    r.lead_time_percentiles_h[k],
                    0.08,
                )
                for p, k in ((50, "p50"), (90, "p90"), (95, "p95"))
            ),
        ],
    )


def mm2(scale: float = 1.0, workers: int = 1) -> CaseResult:
    lam, t = 1.0, 1.6
    r = _run(_open([Step("Pair", _exp(t), machines=2)], lam), 20_000, 200, 10, 12, scale, workers)
    q = theory.mmc(lam, 1 / t, 2)
    return CaseResult(
        "M/M/2 (rho = 0.8)",
        "Erlang C; Factory Physics 3rd ed. ch. 8",
        [
            Check("throughput /h", q.throughput, r.throughput_per_h),
            Check("WIP (L)", q.wip, r.wip_total, 0.1),
            Check("lead time h (W)", q.lead_time, r.lead_time_h, 0.1),
            Check("utilisation", q.utilisation, r.utilisation["Pair"]),
        ],
    )


def jackson(scale: float = 1.0, workers: int = 1) -> CaseResult:
    lam, times = 1.0, (0.5, 0.7, 0.6)
    steps = [Step(f"S{i + 1}", _exp(t)) for i, t in enumerate(times)]
    r = _run(_open(steps, lam), 20_000, 200, 10, 13, scale, workers)
    q = theory.jackson_tandem(lam, [1 / t for t in times])
    checks = [
        Check("throughput /h", q.throughput, r.throughput_per_h),
        Check("WIP", q.wip, r.wip_total, 0.06),
        Check("lead time h", q.lead_time, r.lead_time_h, 0.06),
    ]
    for i, st in enumerate(q.stations):
        checks.append(Check(f"queue at S{i + 1}", st.queue_wip, r.wip_per_buffer[f"S{i + 1}"], 0.1))
    return CaseResult("Jackson tandem, 3 stations", "Jackson (1957); Factory Physics ch. 8", checks)


def _conwip(times: tuple[float, ...], cards: int, seed: int, scale: float, workers: int):
    steps = [Step(f"S{i + 1}", _exp(t)) for i, t in enumerate(times)]
    m = Map.serial("case", steps)
    m.conwip.append(ConwipLoop("CONWIP", "S1", f"S{len(times)}", cards))
    r = _run(m, 10_000, 100, 10, seed, scale, workers)
    q = theory.mva_closed_line(list(times), cards)
    checks = [
        Check("throughput /h", q.throughput, r.throughput_per_h, 0.03),
        Check("WIP = cards", float(cards), r.wip_total, 0.01, 1e-6),
        Check("cycle time h", q.cycle_time, r.lead_time_h, 0.03),
    ]
    for i, w in enumerate(q.station_wip):
        name = f"S{i + 1}"
        util = q.station_utilisation[i]
        checks.append(Check(f"utilisation {name}", util, r.utilisation[name], 0.03))
        queue = w - util  # waiting parts = parts at the station - the one in process
        checks.append(Check(f"queue at {name}", queue, r.wip_per_buffer[name], 0.08))
    return r, q, checks


def conwip_balanced(scale: float = 1.0, workers: int = 1) -> CaseResult:
    r, _, checks = _conwip((1.0, 1.0, 1.0), 5, 14, scale, workers)
    hs = theory.hopp_spearman_cases(1.0, 3.0, 5)
    checks.append(
        Check("TH = practical worst case", hs.practical_worst_case_th, r.throughput_per_h)
    )
    return CaseResult(
        "Closed CONWIP line, balanced (3 x 1 h, 5 cards)",
        "Reiser & Lavenberg (1980) MVA; Factory Physics ch. 7 practical worst case",
        checks,
    )


def conwip_unbalanced(scale: float = 1.0, workers: int = 1) -> CaseResult:
    _, _, checks = _conwip((1.0, 1.5, 0.8), 4, 15, scale, workers)
    return CaseResult(
        "Closed CONWIP line, unbalanced (1, 1.5, 0.8 h, 4 cards)",
        "Reiser & Lavenberg (1980) mean value analysis",
        checks,
    )


def conwip_best_case(scale: float = 1.0, workers: int = 1) -> CaseResult:
    """Fixed times reach Hopp & Spearman's best case: TH = min(w/T0, rb), CT = max(T0, w/rb)."""
    checks = []
    for cards in (2, 5):
        steps = [Step(f"S{i + 1}", Distribution.fixed(1.0, "h")) for i in range(3)]
        m = Map.serial("case", steps)
        m.conwip.append(ConwipLoop("CONWIP", "S1", "S3", cards))
        r = _run(m, 300, 20, 2, 22, scale, workers)
        hs = theory.hopp_spearman_cases(1.0, 3.0, cards)
        checks.append(Check(f"TH, {cards} cards", hs.best_case_th, r.throughput_per_h, 0.01, 0.01))
        checks.append(Check(f"CT h, {cards} cards", hs.best_case_ct, r.lead_time_h, 0.01, 0.01))
    return CaseResult(
        "Closed CONWIP line, fixed times (3 x 1 h) = best case",
        "Factory Physics 3rd ed. 7.3.1 best case",
        checks,
    )


def deterministic(scale: float = 1.0, workers: int = 1) -> CaseResult:
    times = (1.0, 3.0, 2.0)
    steps = [Step(f"S{i + 1}", Distribution.fixed(t, "min")) for i, t in enumerate(times)]
    for s in steps[1:]:
        s.buffer = Buffer("fifo", 0)
    r = _run(Map.serial("case", steps), 100, 1, 3, 16, scale, workers)
    th = 60.0 * theory.deterministic_line_throughput(times)
    return CaseResult(
        "Deterministic line 1-3-2 min, B = 0",
        "Factory Physics 3rd ed. 7.2: TH = 1/max t",
        [Check("throughput /h", th, r.throughput_per_h, 0.01, 0.02)],
    )


def two_machines(buffer: int, scale: float = 1.0, workers: int = 1) -> CaseResult:
    r1, r2 = 1.0, 1.2
    steps = [Step("M1", _exp(1 / r1)), Step("M2", _exp(1 / r2), buffer=Buffer("fifo", buffer))]
    r = _run(Map.serial("case", steps), 10_000, 100, 10, 17 + buffer, scale, workers)
    q = theory.two_machine_finite_buffer(r1, r2, buffer)
    return CaseResult(
        f"Two exponential machines, buffer B = {buffer}",
        "Birth-death chain; Factory Physics 3rd ed. ch. 8 (M/M/1/b blocking)",
        [
            Check("throughput /h", q.throughput, r.throughput_per_h, 0.02),
            Check("WIP", q.wip, r.wip_total, 0.03),
            Check("buffer WIP", q.buffer_wip, r.wip_per_buffer["M2"], 0.06, 1e-9),
            Check("lead time h", q.lead_time, r.lead_time_h, 0.03),
            Check("M1 blocked share", q.prob_blocked, r.step_states["M1"]["blocked"], 0.1),
            Check("M2 starved share", q.prob_starved, r.step_states["M2"]["starved"], 0.06),
        ],
    )


def breakdowns(scale: float = 1.0, workers: int = 1) -> CaseResult:
    lam, t0, mtbf, mttr = 0.5, 1.0, 10.0, 1.0
    step = Step("Press", _exp(t0), failures=Failures(mttr=mttr, mtbf=mtbf, unit="h"))
    r = _run(_open([step], lam), 30_000, 200, 10, 19, scale, workers)
    b = theory.breakdown_effective_time(t0, mtbf, mttr, 1.0, lam)
    assert b.queue is not None
    a = b.availability
    return CaseResult(
        "Station with breakdowns (te = t0/A, M/G/1)",
        "Factory Physics 3rd ed. 8.4.2; Pollaczek-Khinchine",
        [
            Check("throughput /h", lam, r.throughput_per_h),
            Check("down share = u (1-A)/A", lam * b.effective_time * (1 - a), _down(r), 0.06),
            Check("WIP", b.queue.wip, r.wip_total, 0.08),
            Check("lead time h", b.queue.lead_time, r.lead_time_h, 0.08),
        ],
    )


def _down(r: SimulationResults) -> Estimate:
    return r.step_states["Press"]["down"]


def littles_law(scale: float = 1.0, workers: int = 1) -> CaseResult:
    """WIP = TH x lead time on a line with everything but scrap (scrapped parts leave WIP without
    a lead time), checked per replication."""
    steps = [
        Step("Cut", Distribution.lognormal(0.5, 0.3, "h"), changeover=Distribution.fixed(0.2, "h")),
        Step(
            "Weld",
            Distribution.triangular(0.3, 0.5, 0.9, "h"),
            failures=Failures(mttr=0.5, uptime_percent=95.0, unit="h"),
            buffer=Buffer("fifo", 3),
            rework_rate=0.05,
            rework_to="Cut",
        ),
        Step("Pack", Distribution.normal(0.4, 0.1, "h"), buffer=Buffer("fifo", 0)),
    ]
    m = _open(steps, 1.4)
    m.customer.families = {"A": 2.0, "B": 1.0}
    m.steps[0].batch_size = 5
    r = _run(m, 6_000, 200, 10, 21, scale, workers)
    gap = estimate([x.wip_total - x.throughput_per_h * x.lead_time_mean_h for x in r.runs])
    wip = r.wip_total.mean
    return CaseResult(
        "Little's law on a line with failures, rework, changeovers, blocking",
        "Little (1961): WIP = TH x CT",
        [
            Check("TH x lead time", wip, r.throughput_per_h.scaled(r.lead_time_h.mean), 0.06),
            Check("WIP - TH x CT per run", 0.0, gap, 0.0, 0.01 * wip),
        ],
    )


def shift_calendar(scale: float = 1.0, workers: int = 1) -> CaseResult:
    """A machine that never starves, working 2 shifts of 8 h with two 10-minute breaks each:
    TH = (working hours per day / 24) / t exactly (exponential work paused off shift); the
    measured window is whole days (1000 h, 200 h warm-up extended to 208 h)."""
    cal = ShiftCalendar(2, 8.0, (10.0, 10.0))
    m = Map.serial("case", [Step("Press", Distribution.exponential(1.0, "min"))])
    m.customer.calendar = cal
    r = _run(m, 1000, 200, 10, 23, scale, workers)
    share = cal.available_seconds_per_day() / 86_400.0
    return CaseResult(
        "Shift calendar (2 x 8 h, breaks), saturated machine",
        "TH = working share / t; window of whole calendar days",
        [
            Check("throughput /h", 60.0 * share, r.throughput_per_h, 0.01),
            Check("off-shift share", 1.0 - share, r.step_states["Press"]["off_shift"], 0.01, 1e-6),
            Check("utilisation on shift", 1.0, r.utilisation["Press"], 0.01, 1e-9),
        ],
    )


def penny_fab_two(scale: float = 1.0, workers: int = 1) -> CaseResult:
    """Penny Fab Two with exponential times (2, 5, 10, 3 h on 1, 2, 6, 2 machines) at
    W0 = 8 cards: throughput, cycle time and utilisation vs the exact closed line with
    parallel machines (convolution); the practical worst case lies below."""
    from score_desktop.tools.vsm.factory_physics import conwip_map

    times, machines, cards = (2.0, 5.0, 10.0, 3.0), (1, 2, 6, 2), 8
    steps = [
        Step(f"S{i + 1}", _exp(t), machines=k)
        for i, (t, k) in enumerate(zip(times, machines, strict=True))
    ]
    m = conwip_map(Map.serial("Penny Fab Two", steps), cards)
    r = _run(m, 20_000, 400, 10, 24, scale, workers)
    q = theory.mva_closed_line(list(times), cards, list(machines))
    hs = theory.hopp_spearman_cases(0.4, 20.0, cards)
    checks = [
        Check("throughput /h", q.throughput, r.throughput_per_h, 0.03),
        Check("cycle time h", q.cycle_time, r.lead_time_h, 0.03),
        Check("WIP = cards", float(cards), r.wip_total, 0.01, 1e-6),
    ]
    for i, util in enumerate(q.station_utilisation):
        checks.append(Check(f"utilisation S{i + 1}", util, r.utilisation[f"S{i + 1}"], 0.03))
    assert q.throughput > hs.practical_worst_case_th
    return CaseResult(
        "Penny Fab Two, exponential, 8 cards (parallel machines)",
        "Factory Physics 3rd ed. Table 7.1; Buzen (1973) convolution",
        checks,
    )


CASES: dict[str, Callable[..., CaseResult]] = {
    "mm1": mm1,
    "mm2": mm2,
    "jackson": jackson,
    "conwip_balanced": conwip_balanced,
    "conwip_unbalanced": conwip_unbalanced,
    "conwip_best_case": conwip_best_case,
    "deterministic": deterministic,
    "two_machines_b0": lambda scale=1.0, workers=1: two_machines(0, scale, workers),
    "two_machines_b2": lambda scale=1.0, workers=1: two_machines(2, scale, workers),
    "breakdowns": breakdowns,
    "littles_law": littles_law,
    "shift_calendar": shift_calendar,
    "penny_fab_two": penny_fab_two,
}


def relative_error(c: Check) -> float:
    return abs(c.simulated.mean - c.exact) / abs(c.exact) if c.exact else math.nan
