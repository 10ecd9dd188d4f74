"""Input checks shared by the charts: each failure names the point and the rule it breaks."""

from __future__ import annotations

import math

from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import (
    MAX_POINTS,
    MIN_POINTS,
    AttributeData,
    VariablesData,
)

_MAX_SUBGROUP = 100


def check_variables(kind: str, data: VariablesData) -> None:
    if not isinstance(data, VariablesData):
        raise QualityInputError(f"the {kind} chart needs measurements, not counts")
    if len(data) > MAX_POINTS:
        raise QualityInputError(f"at most {MAX_POINTS} points can be charted")
    needs_pairs = kind in ("xbar-r", "xbar-s")
    for i, group in enumerate(data.subgroups, start=1):
        if not group:
            raise QualityInputError("the subgroup is empty", i, "subgroup")
        for v in group:
            if not math.isfinite(v):
                raise QualityInputError("a measurement is not a finite number", i, "subgroup")
        if needs_pairs and len(group) < 2:
            chart = "X-bar-R" if kind == "xbar-r" else "X-bar-S"
            raise QualityInputError(
                f"a subgroup of one value has no {'range' if kind == 'xbar-r' else 'spread'}: "
                f"an {chart} chart needs subgroups of 2 or more (use I-MR for single values)",
                i,
                "subgroup",
            )
        if len(group) > _MAX_SUBGROUP:
            raise QualityInputError(
                f"a subgroup can hold at most {_MAX_SUBGROUP} values", i, "subgroup"
            )
    if kind == "xbar-r" and data.subgroups:
        first = len(data.subgroups[0])
        for i, group in enumerate(data.subgroups, start=1):
            if len(group) != first:
                raise QualityInputError(
                    f"this subgroup has {len(group)} values, the first has {first}: an "
                    "X-bar-R chart needs equal subgroups (use X-bar-S for unequal sizes)",
                    i,
                    "subgroup",
                )


def check_attributes(kind: str, data: AttributeData) -> None:
    if not isinstance(data, AttributeData):
        raise QualityInputError(f"the {kind} chart needs counts, not measurements")
    if len(data.counts) != len(data.sizes):
        raise QualityInputError("there must be one sample size per count")
    if len(data) > MAX_POINTS:
        raise QualityInputError(f"at most {MAX_POINTS} points can be charted")
    what = "defectives" if kind in ("p", "np") else "defects"
    for i, (count, size) in enumerate(zip(data.counts, data.sizes, strict=True), start=1):
        if not (math.isfinite(count) and math.isfinite(size)):
            raise QualityInputError("a count or sample size is not a finite number", i, "sample")
        if count < 0:
            raise QualityInputError(f"the number of {what} cannot be negative", i, "sample")
        if kind in ("p", "np", "c") and count != int(count):
            raise QualityInputError(f"the number of {what} must be a whole number", i, "sample")
        if size <= 0:
            raise QualityInputError("the sample size must be positive", i, "sample")
        if kind in ("p", "np") and size != int(size):
            raise QualityInputError("the number inspected must be a whole number", i, "sample")
        if kind in ("p", "np") and count > size:
            raise QualityInputError(
                f"{int(count)} defectives is more than the {int(size)} items inspected",
                i,
                "sample",
            )
    if kind == "np" and data.sizes:
        first = data.sizes[0]
        for i, size in enumerate(data.sizes, start=1):
            if size != first:
                raise QualityInputError(
                    f"this sample has {size:g} items, the first {first:g}: an np chart needs "
                    "equal samples (use a p chart for unequal sizes)",
                    i,
                    "sample",
                )


def check_phase1(kind: str, count: int, first: int, last: int) -> None:
    if count < MIN_POINTS[kind]:
        raise QualityInputError(
            f"the {kind} chart needs at least {MIN_POINTS[kind]} points, there are {count}"
        )
    if not (0 <= first <= last < count):
        raise QualityInputError(
            f"the phase I period (points {first + 1} to {last + 1}) is not within the "
            f"{count} points"
        )
    if last - first + 1 < MIN_POINTS[kind]:
        raise QualityInputError(
            f"the phase I period has {last - first + 1} point(s): the {kind} chart needs at "
            f"least {MIN_POINTS[kind]} to set its limits"
        )
