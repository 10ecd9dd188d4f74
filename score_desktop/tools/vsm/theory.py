"""Exact queueing results (and two labelled approximations) the flow simulator is checked against.

Every function states its formula and source; docs/theory.md explains them for a sceptical reader.
Times and rates are in any consistent unit (a rate is jobs per time unit, a time is time units).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from numbers import Integral, Real

import numpy as np

__all__ = [
    "BreakdownResult",
    "ClosedLineResult",
    "HoppSpearmanCases",
    "QueueResult",
    "TandemResult",
    "TwoMachineResult",
    "breakdown_effective_time",
    "deterministic_line_throughput",
    "hopp_spearman_cases",
    "jackson_tandem",
    "kingman_gg1",
    "littles_law",
    "mg1",
    "mm1",
    "mmc",
    "mva_closed_line",
    "two_machine_finite_buffer",
]


# --------------------------------------------------------------------------- input checks


def _number(name: str, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, Real) or not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number, got {value!r}")
    return float(value)


def _positive(name: str, value: object) -> float:
    x = _number(name, value)
    if x <= 0:
        raise ValueError(f"{name} must be > 0, got {value!r}")
    return x


def _non_negative(name: str, value: object) -> float:
    x = _number(name, value)
    if x < 0:
        raise ValueError(f"{name} must be >= 0, got {value!r}")
    return x


def _count(name: str, value: object, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, Integral) or value < minimum:
        raise ValueError(f"{name} must be a whole number >= {minimum}, got {value!r}")
    return int(value)


def _stable(utilisation: float, what: str) -> None:
    if utilisation >= 1.0:
        raise ValueError(
            f"unstable queue: utilisation {what} = {utilisation:.6g} must be < 1 "
            "(arrivals at or above capacity have no steady state)"
        )


# --------------------------------------------------------------------------- single stations


@dataclass(frozen=True)
class QueueResult:
    """Steady-state means of one station.

    Textbook symbols: ``wip`` = L, ``queue_wip`` = Lq, ``lead_time`` = W, ``queue_time`` = Wq.
    ``utilisation`` is per server, ``throughput`` equals the arrival rate (nothing is lost).
    ``prob_wait`` is P(an arriving job waits) and ``prob_empty`` P(no job present); both are
    None where the formula used does not give them (the Kingman approximation).
    """

    arrival_rate: float
    servers: int
    utilisation: float
    wip: float
    queue_wip: float
    lead_time: float
    queue_time: float
    throughput: float
    prob_wait: float | None
    prob_empty: float | None
    exact: bool


def _from_queue_time(
    arrival_rate: float,
    servers: int,
    service_time: float,
    queue_time: float,
    prob_wait: float | None,
    prob_empty: float | None,
    exact: bool,
) -> QueueResult:
    """Complete a result from Wq: W = Wq + 1/mu, then Little's law L = lambda W, Lq = lambda Wq."""
    lead_time = queue_time + service_time
    return QueueResult(
        arrival_rate=arrival_rate,
        servers=servers,
        utilisation=arrival_rate * service_time / servers,
        wip=arrival_rate * lead_time,
        queue_wip=arrival_rate * queue_time,
        lead_time=lead_time,
        queue_time=queue_time,
        throughput=arrival_rate,
        prob_wait=prob_wait,
        prob_empty=prob_empty,
        exact=exact,
    )


def mm1(arrival_rate: float, service_rate: float) -> QueueResult:
    """M/M/1 queue: rho = lambda/mu, Wq = rho/(mu - lambda), W = 1/(mu - lambda), L = rho/(1 - rho).

    Source: Kleinrock, Queueing Systems Vol. 1 (1975), §3.2; Hillier & Lieberman, Introduction to
    Operations Research, chapter "Queueing theory" (M/M/1 model). Exact.
    """
    lam = _positive("arrival_rate", arrival_rate)
    mu = _positive("service_rate", service_rate)
    rho = lam / mu
    _stable(rho, "arrival_rate/service_rate")
    return _from_queue_time(lam, 1, 1.0 / mu, rho / (mu - lam), rho, 1.0 - rho, True)


def _erlang_c(offered_load: float, servers: int) -> float:
    """P(wait) in M/M/c from Erlang B: B_k = a B_{k-1}/(k + a B_{k-1}), C = B/(1 - rho(1 - B))."""
    b = 1.0
    for k in range(1, servers + 1):
        b = offered_load * b / (k + offered_load * b)
    rho = offered_load / servers
    return b / (1.0 - rho * (1.0 - b))


def _mmc_prob_empty(offered_load: float, servers: int) -> float:
    """P0 = [sum_{k<c} a^k/k! + a^c/(c!(1 - rho))]^-1, summed in log space (no overflow)."""
    rho = offered_load / servers
    log_a = math.log(offered_load)
    logs = [k * log_a - math.lgamma(k + 1) for k in range(servers)]
    logs.append(servers * log_a - math.lgamma(servers + 1) - math.log1p(-rho))
    top = max(logs)
    return math.exp(-(top + math.log(sum(math.exp(v - top) for v in logs))))


def mmc(arrival_rate: float, service_rate: float, servers: int) -> QueueResult:
    """M/M/c queue (Erlang C): a = lambda/mu, rho = a/c, C(c, a) = P(wait), Lq = C rho/(1 - rho),
    Wq = C/(c mu - lambda), W = Wq + 1/mu, L = lambda W.

    Source: Erlang (1917); Kleinrock, Queueing Systems Vol. 1 (1975), §3.5; Gross & Harris,
    Fundamentals of Queueing Theory, M/M/c. C is computed from the numerically stable Erlang B
    recursion. Exact. ``mmc(l, m, 1)`` equals ``mm1(l, m)``.
    """
    lam = _positive("arrival_rate", arrival_rate)
    mu = _positive("service_rate", service_rate)
    c = _count("servers", servers, 1)
    a = lam / mu
    _stable(a / c, "arrival_rate/(servers*service_rate)")
    prob_wait = _erlang_c(a, c)
    queue_time = prob_wait / (c * mu - lam)
    return _from_queue_time(lam, c, 1.0 / mu, queue_time, prob_wait, _mmc_prob_empty(a, c), True)


def mg1(arrival_rate: float, mean_service_time: float, service_scv: float) -> QueueResult:
    """M/G/1 queue, Pollaczek-Khinchine: Wq = lambda E[S^2] / (2 (1 - rho)), E[S^2] = t^2 (1 + c^2).

    ``service_scv`` is the squared coefficient of variation c^2 of the service time. Exact for
    Poisson arrivals and i.i.d. service times independent of arrivals (Kleinrock 1975, ch. 5;
    Gross & Harris, M/G/1). P(wait) = rho by PASTA, P0 = 1 - rho.
    """
    lam = _positive("arrival_rate", arrival_rate)
    t = _positive("mean_service_time", mean_service_time)
    scv = _non_negative("service_scv", service_scv)
    rho = lam * t
    _stable(rho, "arrival_rate*mean_service_time")
    queue_time = lam * t * t * (1.0 + scv) / (2.0 * (1.0 - rho))
    return _from_queue_time(lam, 1, t, queue_time, rho, 1.0 - rho, True)


def kingman_gg1(
    arrival_rate: float, arrival_scv: float, mean_service_time: float, service_scv: float
) -> QueueResult:
    """G/G/1 queue by Kingman's (VUT) APPROXIMATION: Wq ~ ((ca^2 + ce^2)/2) (u/(1 - u)) te.

    Source: Kingman (1961); Hopp & Spearman, Factory Physics 3rd ed., §8.6 (VUT equation). Exact
    only when ca^2 = 1 and arrivals are Poisson (then it is the P-K formula); otherwise
    approximate, so ``exact`` is False and ``prob_wait``/``prob_empty`` are None.
    """
    lam = _positive("arrival_rate", arrival_rate)
    ca2 = _non_negative("arrival_scv", arrival_scv)
    t = _positive("mean_service_time", mean_service_time)
    ce2 = _non_negative("service_scv", service_scv)
    u = lam * t
    _stable(u, "arrival_rate*mean_service_time")
    queue_time = (ca2 + ce2) / 2.0 * u / (1.0 - u) * t
    return _from_queue_time(lam, 1, t, queue_time, None, None, False)


# --------------------------------------------------------------------------- open tandem line


@dataclass(frozen=True)
class TandemResult:
    """Open serial line of stations with unlimited buffers: per-station results and line totals."""

    stations: tuple[QueueResult, ...]
    throughput: float
    wip: float
    lead_time: float


def jackson_tandem(
    arrival_rate: float, service_rates: Sequence[float], servers: Sequence[int] | None = None
) -> TandemResult:
    """Poisson arrivals through exponential stations in series with unlimited buffers.

    Each station behaves as an independent M/M/c queue with the same arrival rate (Burke 1956:
    the output of a stable M/M/c queue is Poisson; Jackson 1957: product form). Line WIP = sum of
    station L, lead time = sum of station W, throughput = lambda. Exact.
    """
    rates = list(service_rates)
    if not rates:
        raise ValueError("service_rates must name at least one station")
    counts = [1] * len(rates) if servers is None else list(servers)
    if len(counts) != len(rates):
        raise ValueError(f"servers has {len(counts)} entries but service_rates has {len(rates)}")
    stations = []
    for i, (rate, c) in enumerate(zip(rates, counts, strict=True), start=1):
        try:
            stations.append(mmc(arrival_rate, rate, c))
        except ValueError as exc:
            raise ValueError(f"station {i}: {exc}") from None
    return TandemResult(
        stations=tuple(stations),
        throughput=stations[0].throughput,
        wip=sum(s.wip for s in stations),
        lead_time=sum(s.lead_time for s in stations),
    )


# --------------------------------------------------------------------------- closed (CONWIP) line


@dataclass(frozen=True)
class ClosedLineResult:
    """Closed serial line (CONWIP loop) of exponential stations with ``population`` jobs.

    ``cycle_time`` = release-to-exit time = population / throughput (Little). Per station:
    ``station_wip`` (mean jobs present, queue + service), ``station_time`` (mean time per visit),
    ``station_utilisation`` (busy share per server). ``throughput_by_population[n - 1]`` is the
    throughput with n jobs, n = 1..population. ``method`` names the exact algorithm used.
    """

    population: int
    throughput: float
    cycle_time: float
    station_wip: tuple[float, ...]
    station_time: tuple[float, ...]
    station_utilisation: tuple[float, ...]
    throughput_by_population: tuple[float, ...]
    method: str


def _closed_line_inputs(
    service_times: Sequence[float], population: int, servers: Sequence[int] | None
) -> tuple[np.ndarray, np.ndarray, int]:
    times = [_positive(f"service_times[{i}]", t) for i, t in enumerate(service_times)]
    if not times:
        raise ValueError("service_times must name at least one station")
    counts = [1] * len(times) if servers is None else list(servers)
    if len(counts) != len(times):
        raise ValueError(f"servers has {len(counts)} entries but service_times has {len(times)}")
    counts = [_count(f"servers[{i}]", c, 1) for i, c in enumerate(counts)]
    n = _count("population", population, 1)
    return np.array(times), np.array(counts), n


def _mva_single_server(s: np.ndarray, population: int) -> tuple[np.ndarray, list[float]]:
    """Exact MVA (Reiser & Lavenberg 1980): R_i(n) = s_i (1 + Q_i(n-1)), X(n) = n / sum R_i(n),
    Q_i(n) = X(n) R_i(n)."""
    q = np.zeros_like(s)
    curve = []
    for n in range(1, population + 1):
        r = s * (1.0 + q)
        x = n / float(r.sum())
        q = x * r
        curve.append(x)
    return q, curve


def _station_factors(d: float, c: int, population: int) -> np.ndarray:
    """f(n) = d^n / prod_{j<=n} min(j, c), n = 0..population, divided by its largest value.

    Built in log space so stations with many machines do not overflow. Scaling a station's
    factors by a constant scales every G(n) alike and leaves throughput and marginals unchanged.
    """
    n = np.arange(population + 1)
    log_beta = np.concatenate(([0.0], np.cumsum(np.log(np.minimum(n[1:], c)))))
    log_f = n * math.log(d) - log_beta
    return np.exp(log_f - log_f.max())


def _convolution(s: np.ndarray, c: np.ndarray, population: int) -> tuple[np.ndarray, list[float]]:
    """Buzen's convolution algorithm with load-dependent (multi-server) stations.

    Demands are scaled by the bottleneck time per job theta = max s_i/c_i;
    X(n) = G(n-1)/G(n)/theta and p_i(j) = f_i(j) G_{-i}(N - j) / G(N).
    """
    theta = float(np.max(s / c))
    factors = [
        _station_factors(float(si) / theta, int(ci), population)
        for si, ci in zip(s, c, strict=True)
    ]
    m = len(factors)
    prefix = [np.zeros(population + 1)]
    prefix[0][0] = 1.0
    for f in factors:
        prefix.append(np.convolve(prefix[-1], f)[: population + 1])
    suffix = [np.zeros(population + 1) for _ in range(m + 1)]
    suffix[m][0] = 1.0
    for i in range(m - 1, -1, -1):
        suffix[i] = np.convolve(suffix[i + 1], factors[i])[: population + 1]
    g = prefix[m]
    if not (np.all(np.isfinite(g)) and np.all(g > 0)):
        raise ValueError("closed line is outside the floating-point range of the convolution")
    curve = [float(g[n - 1] / g[n] / theta) for n in range(1, population + 1)]
    q = np.empty(m)
    jobs = np.arange(population + 1)
    for i, f in enumerate(factors):
        others = np.convolve(prefix[i], suffix[i + 1])[: population + 1]
        marginal = f * others[::-1] / g[population]
        q[i] = float(np.dot(jobs, marginal))
    return q, curve


def mva_closed_line(
    service_times: Sequence[float], population: int, servers: Sequence[int] | None = None
) -> ClosedLineResult:
    """Exact throughput, cycle time and queue lengths of a closed serial line (CONWIP with N jobs).

    Stations have exponential service (mean ``service_times[i]`` per job per machine) and
    ``servers[i]`` identical parallel machines (default 1), FCFS, unlimited buffers; a finished job
    is immediately replaced at the line start. This is a Gordon-Newell product-form network.

    Single-machine stations: exact Mean Value Analysis (Reiser & Lavenberg 1980; Lazowska et al.,
    Quantitative System Performance 1984, ch. 6). With any multi-machine station: the same exact
    product-form solution by Buzen's convolution algorithm with load-dependent rates
    min(j, c_i)/s_i (Buzen 1973), used instead of load-dependent MVA because its marginal
    probabilities do not suffer MVA's cancellation error. Cost O(stations * N) and
    O(stations * N^2) respectively.
    """
    s, c, n = _closed_line_inputs(service_times, population, servers)
    if np.all(c == 1):
        q, curve = _mva_single_server(s, n)
        method = "mean value analysis"
    else:
        q, curve = _convolution(s, c, n)
        method = "convolution (load-dependent)"
    x = curve[-1]
    return ClosedLineResult(
        population=n,
        throughput=x,
        cycle_time=n / x,
        station_wip=tuple(float(v) for v in q),
        station_time=tuple(float(v) / x for v in q),
        station_utilisation=tuple(float(v) for v in x * s / c),
        throughput_by_population=tuple(curve),
        method=method,
    )


@dataclass(frozen=True)
class HoppSpearmanCases:
    """Factory Physics benchmarks of a line at WIP level w (throughput TH, cycle time CT)."""

    best_case_th: float
    worst_case_th: float
    practical_worst_case_th: float
    best_case_ct: float
    worst_case_ct: float
    practical_worst_case_ct: float
    critical_wip: float


def hopp_spearman_cases(
    bottleneck_rate: float, raw_process_time: float, wip: float
) -> HoppSpearmanCases:
    """Best, worst and practical worst case of a line with r_b, T0 at WIP w (W0 = r_b T0).

    Best: TH = min(w/T0, r_b), CT = max(T0, w/r_b). Worst: TH = 1/T0, CT = w T0.
    Practical worst case: TH = w/(W0 + w - 1) r_b, CT = T0 + (w - 1)/r_b.
    Source: Hopp & Spearman, Factory Physics 3rd ed. (2008), §7.3.1-7.3.3, pp. 241-247. The PWC is
    exact for a balanced line of single-machine exponential stations (= ``mva_closed_line``).
    """
    rb = _positive("bottleneck_rate", bottleneck_rate)
    t0 = _positive("raw_process_time", raw_process_time)
    w = _number("wip", wip)
    if w < 1:
        raise ValueError(f"wip must be >= 1 job, got {wip!r}")
    w0 = rb * t0
    if w0 < 1.0 - 1e-12:
        raise ValueError(
            f"critical WIP bottleneck_rate*raw_process_time = {w0:.6g} is below 1: T0 must be at "
            "least the bottleneck's own process time"
        )
    return HoppSpearmanCases(
        best_case_th=min(w / t0, rb),
        worst_case_th=1.0 / t0,
        practical_worst_case_th=w / (w0 + w - 1.0) * rb,
        best_case_ct=max(t0, w / rb),
        worst_case_ct=w * t0,
        practical_worst_case_ct=t0 + (w - 1.0) / rb,
        critical_wip=w0,
    )


# --------------------------------------------------------------------------- finite buffer


@dataclass(frozen=True)
class TwoMachineResult:
    """Two exponential machines with a buffer of B parts between them (machine 1 never starved,
    machine 2 never blocked, blocking after service).

    ``buffer_wip`` counts parts waiting in the buffer only; ``wip`` counts every part in the line
    (on machine 1, blocked or in process, in the buffer and on machine 2); ``lead_time`` = wip /
    throughput is the time from start on machine 1 to leaving machine 2. ``prob_blocked`` is the
    share of time machine 1 holds a finished part, ``prob_starved`` the share machine 2 is idle.
    ``state_probabilities[k]`` is P(k parts past machine 1's processing), k = 0..B+2.
    """

    buffer: int
    throughput: float
    buffer_wip: float
    wip: float
    lead_time: float
    buffer_time: float
    prob_blocked: float
    prob_starved: float
    utilisation1: float
    utilisation2: float
    state_probabilities: tuple[float, ...]


def two_machine_finite_buffer(rate1: float, rate2: float, buffer: int) -> TwoMachineResult:
    """Exact birth-death solution of the two-machine line with a finite buffer B >= 0.

    State k = parts downstream of machine 1's processing: k = 0 machine 2 starved; 1 <= k <= B+1
    machine 2 busy with k-1 parts in the buffer; k = B+2 buffer full and machine 1 blocked holding a
    finished part. Births at rate1 for k <= B+1, deaths at rate2 for k >= 1, so
    pi_k = r^k / sum_j r^j with r = rate1/rate2, and TH = rate2 (1 - pi_0) = rate1 (1 - pi_{B+2}).
    Equivalent to the M/M/1/b blocking model with b = B + 2 of Hopp & Spearman, Factory Physics
    3rd ed., ch. 8 (blocking): TH = rate1 (1 - u^b)/(1 - u^(b+1)), u = rate1/rate2. Exact.
    """
    mu1 = _positive("rate1", rate1)
    mu2 = _positive("rate2", rate2)
    b = _count("buffer", buffer, 0)
    top = b + 2
    k = np.arange(top + 1, dtype=float)
    r = mu1 / mu2
    # weights r^k scaled by the largest one so nothing overflows for long buffers
    weights = np.exp((k - (top if r > 1.0 else 0.0)) * math.log(r))
    pi = weights / weights.sum()
    p_starved = float(pi[0])
    p_blocked = float(pi[top])
    throughput = mu2 * (1.0 - p_starved)
    buffer_wip = float(np.dot(np.minimum(np.maximum(k - 1.0, 0.0), b), pi))
    wip = float(np.dot(k, pi)) + 1.0 - p_blocked
    return TwoMachineResult(
        buffer=b,
        throughput=throughput,
        buffer_wip=buffer_wip,
        wip=wip,
        lead_time=wip / throughput,
        buffer_time=buffer_wip / throughput,
        prob_blocked=p_blocked,
        prob_starved=p_starved,
        utilisation1=1.0 - p_blocked,
        utilisation2=1.0 - p_starved,
        state_probabilities=tuple(float(p) for p in pi),
    )


# --------------------------------------------------------------------------- breakdowns


@dataclass(frozen=True)
class BreakdownResult:
    """Effective process time of a machine with preemptive, operation-dependent failures.

    ``effective_scv`` = c_e^2, ``second_moment`` = E[T_e^2] = t_e^2 (1 + c_e^2). ``queue`` holds the
    station's queue figures when an arrival rate was given; ``queue.exact`` tells whether they are
    exact (Poisson arrivals: P-K) or Kingman's approximation.
    """

    availability: float
    effective_time: float
    effective_scv: float
    second_moment: float
    queue: QueueResult | None


def breakdown_effective_time(
    t0: float,
    mtbf: float,
    mttr: float,
    cv0: float = 1.0,
    arrival_rate: float | None = None,
    *,
    cv_repair: float = 1.0,
    arrival_cv: float = 1.0,
) -> BreakdownResult:
    """A = MTBF/(MTBF + MTTR), te = t0/A, c_e^2 = c0^2 + (1 + c_r^2) A (1 - A) MTTR/t0.

    ``t0`` and ``cv0`` are the natural process time's mean and coefficient of variation (not
    squared; 1 = exponential); ``mtbf`` is the mean *working* time between failures (failures are
    operation-dependent: the clock runs only while processing) and ``mttr`` the mean repair time
    with coefficient of variation ``cv_repair``. Source: Hopp & Spearman, Factory Physics 3rd ed.,
    §8.4.2 ("Variability from preemptive outages"). The mean and c_e^2 are EXACT for exponential
    times to failure with preempt-resume repairs (a job's completion time is t0 plus a
    compound-Poisson sum of repairs, see docs/theory.md), for any distribution of t0 and repairs.

    With ``arrival_rate``: Poisson arrivals (``arrival_cv`` = 1) give the EXACT M/G/1 result by
    Pollaczek-Khinchine with E[T_e^2] = te^2 (1 + c_e^2) (jobs' completion times are i.i.d. because
    failures are memoryless and cannot happen while idle). Any other ``arrival_cv`` uses Kingman's
    approximation and is marked inexact.
    """
    t = _positive("t0", t0)
    mf = _positive("mtbf", mtbf)
    mr = _non_negative("mttr", mttr)
    c0 = _non_negative("cv0", cv0)
    cr = _non_negative("cv_repair", cv_repair)
    availability = mf / (mf + mr)
    te = t / availability
    scv = c0 * c0 + (1.0 + cr * cr) * availability * (1.0 - availability) * mr / t
    queue = None
    if arrival_rate is not None:
        ca = _non_negative("arrival_cv", arrival_cv)
        if ca == 1.0:
            queue = mg1(arrival_rate, te, scv)
        else:
            queue = kingman_gg1(arrival_rate, ca * ca, te, scv)
    return BreakdownResult(
        availability=availability,
        effective_time=te,
        effective_scv=scv,
        second_moment=te * te * (1.0 + scv),
        queue=queue,
    )


# --------------------------------------------------------------------------- small laws


def deterministic_line_throughput(
    cycle_times: Sequence[float], machines: Sequence[int] | None = None
) -> float:
    """TH = min_i m_i / t_i (= 1/max t for single machines) of a serial line with fixed times.

    With constant process times the bottleneck is never starved nor blocked once the line has
    filled (first machine never starved, last never blocked), whatever the buffer sizes, B = 0
    included. Source: Hopp & Spearman, Factory Physics 3rd ed., §7.2.2-7.3.1 (r_b). Exact.
    """
    times = [_positive(f"cycle_times[{i}]", t) for i, t in enumerate(cycle_times)]
    if not times:
        raise ValueError("cycle_times must name at least one step")
    counts = [1] * len(times) if machines is None else list(machines)
    if len(counts) != len(times):
        raise ValueError(f"machines has {len(counts)} entries but cycle_times has {len(times)}")
    counts = [_count(f"machines[{i}]", m, 1) for i, m in enumerate(counts)]
    return min(m / t for m, t in zip(counts, times, strict=True))


def littles_law(
    *, wip: float | None = None, throughput: float | None = None, lead_time: float | None = None
) -> float:
    """WIP = TH x CT (Little 1961; Factory Physics 3rd ed. §7.3.1): give two, get the third."""
    given = {"wip": wip, "throughput": throughput, "lead_time": lead_time}
    missing = [name for name, v in given.items() if v is None]
    if len(missing) != 1:
        raise ValueError("littles_law needs exactly two of wip, throughput, lead_time")
    if wip is None:
        return _non_negative("throughput", throughput) * _non_negative("lead_time", lead_time)
    w = _non_negative("wip", wip)
    if throughput is None:
        return w / _positive("lead_time", lead_time)
    return w / _positive("throughput", throughput)
