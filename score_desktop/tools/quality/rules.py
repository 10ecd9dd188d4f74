"""Run rules (tests for special causes) on a control chart's points.

Points are judged on their standardised distance z = (x - centre) / sigma, where sigma is
the point's own one-sigma width (limits that step with the sample size give a sigma per
point). Zone C is |z| <= 1, zone B 1 < |z| <= 2, zone A 2 < |z| <= 3. A point exactly on
the centre line is on neither side.

Nelson (1984, *J. Quality Technology* 16(4)) rules N1-N8 and the Western Electric
Handbook (1956) rules WE1-WE4 as Montgomery states them (ISQC, section 5.3.6):

N1/WE1  one point beyond 3 sigma
N2      nine points in a row on one side of the centre line
N3      six points in a row steadily increasing or decreasing
N4      fourteen points in a row alternating up and down
N5/WE2  two of three points in a row beyond 2 sigma on the same side
N6/WE3  four of five points in a row beyond 1 sigma on the same side
N7      fifteen points in a row within 1 sigma (either side)
N8      eight points in a row beyond 1 sigma, on either side
WE4     eight points in a row on one side of the centre line

A rule fires at the point that completes its pattern; for the "k of m" rules that point
must itself be one of the k (so one pattern is one signal, as in Minitab). Runs are not
restarted after a signal: every point that completes a pattern is reported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from score_desktop.tools.quality.errors import QualityInputError


@dataclass(frozen=True)
class Rule:
    code: str
    description: str


@dataclass(frozen=True)
class Signal:
    """Point ``index`` (0-based) completes the pattern of rule ``rule``."""

    index: int
    rule: str
    description: str
    series: str = ""


def _windows(flags: np.ndarray, length: int) -> np.ndarray:
    """Count of True flags in the window of ``length`` points ending at each point."""
    counts = np.zeros(flags.size, dtype=int)
    if flags.size < length:
        return counts
    cum = np.concatenate(([0], np.cumsum(flags.astype(int))))
    counts[length - 1 :] = cum[length:] - cum[: flags.size - length + 1]
    return counts


def _recent(flags: np.ndarray, length: int) -> np.ndarray:
    """Count of True flags among the last ``length`` points (fewer at the chart's start)."""
    cum = np.concatenate(([0], np.cumsum(flags.astype(int))))
    ends = np.arange(1, flags.size + 1)
    return cum[ends] - cum[np.maximum(ends - length, 0)]


def _run(flags: np.ndarray, length: int) -> np.ndarray:
    return _windows(flags, length) == length


def _beyond_3(z: np.ndarray) -> np.ndarray:
    return np.abs(z) > 3.0


def _same_side(length: int) -> Callable[[np.ndarray], np.ndarray]:
    def test(z: np.ndarray) -> np.ndarray:
        return _run(z > 0, length) | _run(z < 0, length)

    return test


def _trend(z: np.ndarray) -> np.ndarray:
    out = np.zeros(z.size, dtype=bool)
    if z.size < 6:
        return out
    step = np.diff(z)
    out[1:] = _run(step > 0, 5) | _run(step < 0, 5)
    return out


def _alternating(z: np.ndarray) -> np.ndarray:
    out = np.zeros(z.size, dtype=bool)
    if z.size < 14:
        return out
    step = np.sign(np.diff(z))
    flips = (step[1:] * step[:-1]) < 0  # flips[j]: step j+1 reverses step j
    out[2:] = _run(flips, 12)
    return out


def _k_of_m(k: int, m: int, beyond: float) -> Callable[[np.ndarray], np.ndarray]:
    def test(z: np.ndarray) -> np.ndarray:
        upper, lower = z > beyond, z < -beyond
        return (upper & (_recent(upper, m) >= k)) | (lower & (_recent(lower, m) >= k))

    return test


def _within_1(z: np.ndarray) -> np.ndarray:
    return _run(np.abs(z) <= 1.0, 15) & _run(np.isfinite(z), 15)


def _outside_1(z: np.ndarray) -> np.ndarray:
    return _run(np.abs(z) > 1.0, 8)


_CATALOGUE: dict[str, tuple[str, Callable[[np.ndarray], np.ndarray]]] = {
    "N1": ("one point beyond 3 sigma", _beyond_3),
    "N2": ("nine points in a row on one side of the centre line", _same_side(9)),
    "N3": ("six points in a row steadily increasing or decreasing", _trend),
    "N4": ("fourteen points in a row alternating up and down", _alternating),
    "N5": ("two of three points beyond 2 sigma on the same side", _k_of_m(2, 3, 2.0)),
    "N6": ("four of five points beyond 1 sigma on the same side", _k_of_m(4, 5, 1.0)),
    "N7": ("fifteen points in a row within 1 sigma", _within_1),
    "N8": ("eight points in a row beyond 1 sigma, on either side", _outside_1),
    "WE1": ("one point beyond 3 sigma", _beyond_3),
    "WE2": ("two of three points beyond 2 sigma on the same side", _k_of_m(2, 3, 2.0)),
    "WE3": ("four of five points beyond 1 sigma on the same side", _k_of_m(4, 5, 1.0)),
    "WE4": ("eight points in a row on one side of the centre line", _same_side(8)),
}

RULES: dict[str, Rule] = {code: Rule(code, text) for code, (text, _) in _CATALOGUE.items()}
RULE_SETS: dict[str, tuple[str, ...]] = {
    "we": ("WE1", "WE2", "WE3", "WE4"),
    "nelson": tuple(f"N{i}" for i in range(1, 9)),
    "limits": ("N1",),
}


def parse_rules(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"we"``, ``"nelson"``, ``"limits"`` or a comma-separated list such as ``"N1,N2,N5"``."""
    items = [text] if isinstance(text, str) else list(text)
    codes: list[str] = []
    for item in items:
        for part in str(item).split(","):
            key = part.strip()
            if not key:
                continue
            if key.lower() in RULE_SETS:
                found = RULE_SETS[key.lower()]
            elif key.upper() in RULES:
                found = (key.upper(),)
            else:
                known = ", ".join([*RULE_SETS, *RULES])
                raise QualityInputError(f'unknown run rule "{key}" (known: {known})')
            codes.extend(c for c in found if c not in codes)
    if not codes:
        raise QualityInputError("no run rule chosen")
    return tuple(codes)


def standardise(
    values: Sequence[float], centre: Sequence[float], sigma: Sequence[float]
) -> np.ndarray:
    """z = (x - centre) / sigma per point; NaN where sigma is zero or a value is missing."""
    x = np.asarray(values, dtype=float)
    c = np.broadcast_to(np.asarray(centre, dtype=float), x.shape)
    s = np.broadcast_to(np.asarray(sigma, dtype=float), x.shape)
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(s > 0, (x - c) / s, np.nan)
    return z


def fired(z: np.ndarray, code: str) -> np.ndarray:
    """Boolean array: True where rule ``code`` fires (NaN points never complete a pattern)."""
    z = np.asarray(z, dtype=float)
    finite = np.isfinite(z)
    safe = np.where(finite, z, 0.0)
    hits = _CATALOGUE[code][1](safe)
    if code in ("N2", "WE4"):
        length = 9 if code == "N2" else 8
        hits &= _run(finite, length)
    return hits & finite


def evaluate_rules(z: np.ndarray, codes: Sequence[str], series: str = "") -> list[Signal]:
    """Every signal of the chosen rules, ordered by point and then by the order of ``codes``."""
    found: list[Signal] = []
    for code in codes:
        for index in np.flatnonzero(fired(z, code)):
            found.append(Signal(int(index), code, RULES[code].description, series))
    order = {code: i for i, code in enumerate(codes)}
    found.sort(key=lambda s: (s.index, order[s.rule]))
    return found


def first_signal(z: np.ndarray, codes: Sequence[str]) -> int | None:
    """Index of the first point at which any chosen rule fires, or None (run lengths)."""
    best: int | None = None
    for code in codes:
        hits = np.flatnonzero(fired(z, code))
        if hits.size and (best is None or hits[0] < best):
            best = int(hits[0])
    return best
