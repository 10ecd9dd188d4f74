"""Independent replications in parallel worker processes, summarised with 95 % confidence intervals.

Each replication ``r`` draws its random numbers from ``SeedSequence([seed, r])``, so results do
not depend on how many processes run them. Workers are started with the ``spawn`` method (safe
under a Qt application) and run the top-level function :func:`_worker_run`. A confidence interval
is mean +/- t(0.975, R-1) x s / sqrt(R) over the R replication means (Student t).

Bottleneck (documented method): per replication, the step whose machines are *active* for the
largest share of time, active = working + down + in changeover (i.e. neither starved, blocked
nor off shift) -- the "active state" notion of Roser, Nakano & Tanaka (2001), here measured as a
share of time. The reported bottleneck is the step with the highest mean active share (equal
shares go to the step with the least capacity); the share of replications in which each step was
the bottleneck tells how clear-cut that is.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

import numpy as np

from score_desktop.tools.vsm.limits import check_limits
from score_desktop.tools.vsm.loads import overload_warnings
from score_desktop.tools.vsm.model import Resolver, ValueStreamMap, resolve
from score_desktop.tools.vsm.simulation import (
    RunResult,
    SimSettings,
    SimulationCancelled,
    calendar_cycle_h,
    measured_window,
    pick_bottleneck,
    simulate_once,
)
from score_desktop.tools.vsm.validation import check

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool] | threading.Event
__all__ = ["Estimate", "SimulationCancelled", "SimulationResults", "estimate", "run_replications"]


# Two-sided 95 % Student t quantiles t(0.975, df) for df = 1..30 (standard tables).
_T975 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t975(df: int) -> float:
    """t(0.975, df); beyond 30 by the Cornish-Fisher expansion around z = 1.959964."""
    if df < 1:
        return math.inf
    if df <= 30:
        return _T975[df - 1]
    z = 1.959963985
    return (
        z
        + (z**3 + z) / (4 * df)
        + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)
        + (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / (384 * df**3)
    )


@dataclass(frozen=True)
class Estimate:
    """Mean over replications with its 95 % confidence interval (``ci_*`` = mean with one run)."""

    mean: float
    ci_low: float
    ci_high: float

    @property
    def half_width(self) -> float:
        return (self.ci_high - self.ci_low) / 2.0

    def to_dict(self) -> dict[str, float]:
        return {"mean": self.mean, "ci_low": self.ci_low, "ci_high": self.ci_high}

    def scaled(self, factor: float) -> Estimate:
        return Estimate(self.mean * factor, self.ci_low * factor, self.ci_high * factor)


def estimate(values: list[float] | np.ndarray) -> Estimate:
    x = np.asarray(values, dtype=float)
    x = x[np.isfinite(x)]
    if x.size == 0:
        return Estimate(math.nan, math.nan, math.nan)
    mean = float(x.mean())
    if x.size == 1:
        return Estimate(mean, mean, mean)
    half = t975(x.size - 1) * float(x.std(ddof=1)) / math.sqrt(x.size)
    return Estimate(mean, mean - half, mean + half)


@dataclass
class SimulationResults:
    """Everything a window, report or command shows. Times in hours, rates per hour."""

    map_name: str
    settings: SimSettings
    throughput_per_h: Estimate
    wip_total: Estimate
    wip_per_buffer: dict[str, Estimate]
    lead_time_h: Estimate
    lead_time_percentiles_h: dict[str, Estimate]
    step_states: dict[str, dict[str, Estimate]]
    utilisation: dict[str, Estimate]
    active_share: dict[str, Estimate]
    bottleneck: str
    bottleneck_frequency: dict[str, float]
    scrap_per_h: Estimate
    series_t_h: list[float]
    series_wip: list[float]
    series_output_per_h: list[float]
    runs: list[RunResult] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # with customer demand (pattern other than "none"): fill rate (share of demanded parts taken
    # at once from stock), finished goods and backorders (time-average parts), demand_per_h,
    # customer_wait_h (mean wait of a demanded part)
    customer: dict[str, Estimate] = field(default_factory=dict)
    # the window the figures cover (see simulation.measured_window) and a sentence saying so
    warmup_used_h: float = math.nan
    measured_h: float = math.nan
    window: str = ""


def summarise(m: ValueStreamMap, settings: SimSettings, runs: list[RunResult]) -> SimulationResults:
    """Means and 95 % confidence intervals over the replications ``runs`` of map ``m``."""
    runs = sorted(runs, key=lambda r: r.replication)
    steps = m.step_names()

    def over(get: Callable[..., float]) -> Estimate:  # a lambda of r (its defaults bind loops)
        return estimate([get(r) for r in runs])

    states = {
        s: {k: over(lambda r, s=s, k=k: r.step_states[s][k]) for k in runs[0].step_states[s]}
        for s in steps
    }
    active = {
        s: over(lambda r, s=s: sum(r.step_states[s][k] for k in ("working", "down", "changeover")))
        for s in steps
    }
    bottleneck = pick_bottleneck(m, {s: e.mean for s, e in active.items()})
    frequency = {s: sum(r.bottleneck == s for r in runs) / len(runs) for s in steps}
    t = runs[0].series_t_h
    wip_series = np.mean([r.series_wip for r in runs], axis=0).tolist()
    out = np.mean([r.series_output for r in runs], axis=0)
    rate = (np.diff(out) / np.diff(t)).tolist() if len(t) > 1 else []
    warmup_used, measured = measured_window(m, settings)
    return SimulationResults(
        map_name=m.name,
        settings=settings,
        throughput_per_h=over(lambda r: r.throughput_per_h),
        wip_total=over(lambda r: r.wip_total),
        wip_per_buffer={
            b: over(lambda r, b=b: r.wip_per_buffer[b]) for b in runs[0].wip_per_buffer
        },
        lead_time_h=over(lambda r: r.lead_time_mean_h),
        lead_time_percentiles_h={
            p: over(lambda r, p=p: r.lead_time_percentiles_h[p])
            for p in runs[0].lead_time_percentiles_h
        },
        step_states=states,
        utilisation={s: over(lambda r, s=s: r.utilisation[s]) for s in steps},
        active_share=active,
        bottleneck=bottleneck,
        bottleneck_frequency=frequency,
        scrap_per_h=over(lambda r: r.scrapped / r.measured_h),
        series_t_h=t,
        series_wip=wip_series,
        series_output_per_h=[0.0, *rate] if rate else [],
        runs=runs,
        warnings=warnings(m, runs, settings),
        customer={k: over(lambda r, k=k: r.customer[k]) for k in runs[0].customer},
        warmup_used_h=warmup_used,
        measured_h=measured,
        window=window_sentence(m, settings),
    )


def window_sentence(m: ValueStreamMap, settings: SimSettings) -> str:
    """What the figures cover, in words: the measured hours after the warm-up, and on a map
    with shift calendars that the window is whole days (the warm-up extended to make it so)."""
    warmup, measured = measured_window(m, settings)
    text = f"measured over {measured:g} h after a warm-up of {warmup:g} h"
    cycle = calendar_cycle_h(m)
    if cycle is not None and measured >= cycle:
        days = round(measured / cycle)
        text += f" ({days:g} whole calendar days"
        if warmup > settings.warmup_h + 1e-9:
            text += f"; the warm-up of {settings.warmup_h:g} h was extended to align the window"
        text += ")"
    return text


def warnings(
    m: ValueStreamMap, runs: list[RunResult], settings: SimSettings | None = None
) -> list[str]:
    """Reasons to distrust the figures: an overloaded step, or replications with no output."""
    out = []
    cycle = calendar_cycle_h(m)
    if settings is not None and cycle is not None:
        measured = settings.horizon_h - settings.warmup_h
        if measured < cycle:
            out.append(
                f"the measured time ({measured:g} h) is shorter than one calendar day "
                f"({cycle:g} h): the figures depend on the hours of the day it covers"
            )
    out += overload_warnings(m)
    growth = _wip_growth(runs)
    if growth is not None:
        first, second = growth
        out.append(
            f"WIP keeps growing (about {first:.0f} parts in the first half of the measured time, "
            f"{second:.0f} in the second): a step is overloaded or an unlimited push buffer "
            "fills up, so the figures depend on the horizon"
        )
    empty = sum(r.delivered == 0 for r in runs)
    if empty:
        out.append(
            f"no part reached the customer in {empty} of {len(runs)} replications (a horizon "
            "shorter than the lead time, or a line that is stuck, e.g. rework into a full buffer)"
        )
    return out


def _wip_growth(runs: list[RunResult]) -> tuple[float, float] | None:
    """Mean WIP of the two halves of the measured time (averaged time series) when the second
    is clearly larger (by 20 % and 5 parts), else None."""
    t = np.asarray(runs[0].series_t_h)
    wip = np.mean([r.series_wip for r in runs], axis=0)
    start = t[-1] - runs[0].measured_h
    window = t >= start - 1e-9
    if window.sum() < 4:
        return None
    t, wip = t[window], wip[window]
    middle = (t[0] + t[-1]) / 2
    first, second = float(wip[t <= middle].mean()), float(wip[t > middle].mean())
    return (first, second) if second > 1.2 * first + 5 else None


def run_replications(
    m: ValueStreamMap,
    settings: SimSettings | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    resolver: Resolver | None = None,
) -> SimulationResults:
    """Validate, resolve references, run every replication (in parallel when
    ``settings.workers`` != 1 and there is more than one), and summarise them.

    ``progress(done, total)`` is called after each finished replication (from this thread);
    ``cancel`` (a callable or a ``threading.Event``) stops the run: workers stop at their next
    check and :class:`SimulationCancelled` is raised."""
    settings = settings or SimSettings()
    settings.check()
    m = resolve(m, resolver)
    check(m)
    check_limits(m, settings)  # refuse runs that would not end (tools/vsm/limits.py)
    total = settings.replications
    is_cancelled = _cancel_check(cancel)
    workers = settings.workers or os.cpu_count() or 1
    workers = min(workers, total)
    runs: list[RunResult] = []
    if workers <= 1:
        for r in range(total):
            if is_cancelled():
                raise SimulationCancelled("simulation cancelled")
            runs.append(simulate_once(m, settings, r, stop=is_cancelled))
            if progress:
                progress(len(runs), total)
    else:
        runs = _parallel(m, settings, workers, progress, is_cancelled)
    return summarise(m, settings, runs)


def _cancel_check(cancel: Cancel | None) -> Callable[[], bool]:
    if cancel is None:
        return lambda: False
    if isinstance(cancel, threading.Event):
        return cancel.is_set
    return cancel


def _parallel(
    m: ValueStreamMap,
    settings: SimSettings,
    workers: int,
    progress: Progress | None,
    is_cancelled: Callable[[], bool],
) -> list[RunResult]:
    ctx = multiprocessing.get_context("spawn")
    stop = ctx.Event()
    runs: list[RunResult] = []
    with ProcessPoolExecutor(workers, mp_context=ctx, initializer=_init, initargs=(stop,)) as pool:
        pending: set[Future] = {
            pool.submit(_worker_run, m, settings, r) for r in range(settings.replications)
        }
        try:
            while pending:
                done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for f in done:
                    try:
                        runs.append(f.result())
                    except BrokenProcessPool:
                        raise RuntimeError(
                            "a simulation worker process ended unexpectedly (out of memory, or "
                            "killed); run with one worker to see the error in this process"
                        ) from None
                    if progress:
                        progress(len(runs), settings.replications)
                if pending and is_cancelled():
                    raise SimulationCancelled("simulation cancelled")
        except BaseException:
            stop.set()
            for f in pending:
                f.cancel()
            raise
    return runs


_STOP = None


def _init(stop: object) -> None:
    global _STOP
    _STOP = stop


def _worker_run(m: ValueStreamMap, settings: SimSettings, replication: int) -> RunResult:
    """Runs in a worker process; stops early (raising) when the shared stop flag is set."""
    stop = _STOP
    check_stop = (lambda: False) if stop is None else stop.is_set  # type: ignore[attr-defined]
    return simulate_once(m, settings, replication, stop=check_stop)
