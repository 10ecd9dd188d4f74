"""Quality studies in the project file: samples, chart choices, frozen limits, causes.

The record class lives with its tool (``tools/quality/study.py``, which loads numpy), so it
is imported when a study is read. Every problem becomes a ProjectError naming the study and
the field; a study may be stored while its data still break a chart's rules (a defective
count above its sample size, too few points): the window shows those on the rows.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from score_desktop.project.codec import MAX_NAME
from score_desktop.project.fields import Fields

if TYPE_CHECKING:
    from score_desktop.tools.quality.history import LimitRevision
    from score_desktop.tools.quality.study import Cause, QualitySample, QualityStudy

MAX_SAMPLES = 100_000
CHART_KINDS = ("imr", "xbar-r", "xbar-s", "p", "np", "c", "u", "ewma", "cusum")
RULE_CODES = (*(f"N{i}" for i in range(1, 9)), "WE1", "WE2", "WE3", "WE4")
PARETO_SOURCES = ("study", "oee_loss", "oee_machine")
BRANCH_KEYS = ("man", "machine", "method", "material", "measurement", "milieu")


def _texts(data: Any, f: Fields, key: str, max_length: int) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise f.error(f'"{key}" must be a list of texts')
    if any(len(v) > max_length for v in value):
        raise f.error(f'an item of "{key}" is longer than {max_length:,} characters')
    return tuple(value)


def _sample(data: Any, where: str, index: int) -> QualitySample:
    from score_desktop.tools.quality.study import QualitySample

    f = Fields(data, f"{where}, row {index + 1}")
    size = f.optional_number("size", minimum=0, exclusive_minimum=True)
    return QualitySample(
        value=f.number("value", required=True),
        size=size,
        subgroup=f.text("subgroup", max_length=100),
        note=f.text("note", max_length=2000),
    )


def _revision(data: Any, where: str, index: int) -> LimitRevision:
    from score_desktop.tools.quality.history import LimitRevision
    from score_desktop.tools.quality.model import ControlLimits

    f = Fields(data, f"{where}, limit revision #{index + 1}")
    first = f.integer("phase1_first", 0, minimum=0)
    last = f.integer("phase1_last", 0, minimum=0)
    if last < first:
        raise f.error(f"the phase I period ends (point {last + 1}) before it starts ({first + 1})")
    spread = f.optional_number("spread", minimum=0)
    sigma = f.optional_number("sigma", minimum=0)
    limits = ControlLimits(
        kind=f.choice("chart", CHART_KINDS),
        centre=f.number("centre", required=True),
        spread=math.nan if spread is None else spread,
        sigma=math.nan if sigma is None else sigma,
        size=f.optional_number("size", minimum=0, exclusive_minimum=True),
        phase1_first=first,
        phase1_last=last,
        method=f.text("method", max_length=400),
    )
    return LimitRevision(
        limits, when=f.text("when", max_length=40), reason=f.text("reason", max_length=2000)
    )


def _cause(data: Any, where: str, index: int) -> Cause:
    from score_desktop.tools.quality.study import Cause

    f = Fields(data, f"{where}, cause #{index + 1}")
    return Cause(
        text=f.text("text", required=True, max_length=2000),
        branch=f.choice("branch", BRANCH_KEYS, "method"),
        whys=_texts(data, f, "whys", 2000),
    )


def quality_study_from_json(data: Any, index: int) -> QualityStudy:
    from score_desktop.tools.quality.history import LimitHistory
    from score_desktop.tools.quality.study import DefectTally, QualityStudy

    f = Fields(data, f"quality study #{index + 1}")
    name = f.text("name", required=True, max_length=MAX_NAME).strip()
    if not name:
        raise f.error("the name is empty")
    f = Fields(data, f'quality study "{name}"')
    samples = tuple(_sample(item, f.where, i) for i, item in f.items("samples"))
    if len(samples) > MAX_SAMPLES:
        raise f.error(f"{len(samples):,} rows are more than a study can hold ({MAX_SAMPLES:,})")
    rules = _texts(data, f, "rules", 10) if "rules" in data else ("WE1", "WE2", "WE3", "WE4")
    unknown = [r for r in rules if r not in RULE_CODES]
    if unknown or not rules:
        raise f.error(
            f'unknown run rule "{unknown[0]}"' if unknown else '"rules" names no run rule'
        )
    lsl = f.optional_number("lsl")
    usl = f.optional_number("usl")
    if lsl is not None and usl is not None and lsl >= usl:
        raise f.error(f"the LSL ({lsl:g}) must be below the USL ({usl:g})")
    known_sigma = f.optional_number("known_sigma", minimum=0, exclusive_minimum=True)
    defects = []
    for i, item in f.items("defects"):
        d = Fields(item, f"{f.where}, defect category #{i + 1}")
        category = d.text("category", required=True, max_length=MAX_NAME).strip()
        if not category:
            raise d.error("the category is empty")
        defects.append(DefectTally(category, d.number("count", 0.0, minimum=0)))
    if len({d.category for d in defects}) != len(defects):
        raise f.error("two defect categories have the same name")
    return QualityStudy(
        name=name,
        characteristic=f.text("characteristic", max_length=MAX_NAME),
        unit=f.text("unit", max_length=40),
        chart=f.choice("chart", CHART_KINDS, "imr"),
        rules=rules,
        subgroup_size=f.integer("subgroup_size", 1, minimum=1),
        samples=samples,
        lsl=lsl,
        usl=usl,
        target=f.optional_number("target"),
        ewma_lambda=f.number("ewma_lambda", 0.2, minimum=0, exclusive_minimum=True, maximum=1),
        ewma_width=f.number("ewma_width", 3.0, minimum=0, exclusive_minimum=True, maximum=10),
        cusum_k=f.number("cusum_k", 0.5, minimum=0, maximum=10),
        cusum_h=f.number("cusum_h", 5.0, minimum=0, exclusive_minimum=True, maximum=100),
        known_mean=f.optional_number("known_mean"),
        known_sigma=known_sigma,
        history=LimitHistory(
            tuple(_revision(item, f.where, i) for i, item in f.items("limit_history"))
        ),
        defects=tuple(defects),
        problem=f.text("problem", max_length=2000),
        pareto_source=f.choice("pareto_source", PARETO_SOURCES, "study"),
        causes=tuple(_cause(item, f.where, i) for i, item in f.items("causes")),
        notes=f.text("notes"),
    )


def _num(value: float | None) -> float | None:
    return None if value is None or not math.isfinite(value) else value


def quality_study_to_json(record: QualityStudy) -> dict[str, Any]:
    return {
        "name": record.name,
        "characteristic": record.characteristic,
        "unit": record.unit,
        "chart": record.chart,
        "rules": list(record.rules),
        "subgroup_size": record.subgroup_size,
        "lsl": record.lsl,
        "usl": record.usl,
        "target": record.target,
        "ewma_lambda": record.ewma_lambda,
        "ewma_width": record.ewma_width,
        "cusum_k": record.cusum_k,
        "cusum_h": record.cusum_h,
        "known_mean": record.known_mean,
        "known_sigma": record.known_sigma,
        "notes": record.notes,
        "samples": [
            {"value": s.value, "size": s.size, "subgroup": s.subgroup, "note": s.note}
            for s in record.samples
        ],
        "limit_history": [
            {
                "chart": r.limits.kind,
                "centre": r.limits.centre,
                "spread": _num(r.limits.spread),
                "sigma": _num(r.limits.sigma),
                "size": r.limits.size,
                "phase1_first": r.limits.phase1_first,
                "phase1_last": r.limits.phase1_last,
                "method": r.limits.method,
                "when": r.when,
                "reason": r.reason,
            }
            for r in record.history.revisions
        ],
        "defects": [{"category": d.category, "count": d.count} for d in record.defects],
        "problem": record.problem,
        "pareto_source": record.pareto_source,
        "causes": [
            {"text": c.text, "branch": c.branch, "whys": list(c.whys)} for c in record.causes
        ],
    }


_NUMBER_OR_NULL = {"type": ["number", "null"]}
QUALITY_SCHEMA: dict[str, Any] = {
    "quality_study": {
        "type": "object",
        "description": "A characteristic under study: samples, chart, frozen limits, "
        "specification limits, defect tally and cause-and-effect diagram.",
        "required": ["name"],
        "additionalProperties": False,
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
            "characteristic": {"type": "string", "maxLength": MAX_NAME},
            "unit": {"type": "string", "maxLength": 40},
            "chart": {"enum": list(CHART_KINDS), "default": "imr"},
            "rules": {"type": "array", "items": {"enum": list(RULE_CODES)}, "minItems": 1},
            "subgroup_size": {"type": "integer", "minimum": 1, "default": 1},
            "lsl": _NUMBER_OR_NULL,
            "usl": _NUMBER_OR_NULL,
            "target": _NUMBER_OR_NULL,
            "ewma_lambda": {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
            "ewma_width": {"type": "number", "exclusiveMinimum": 0, "maximum": 10},
            "cusum_k": {"type": "number", "minimum": 0, "maximum": 10},
            "cusum_h": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
            "known_mean": _NUMBER_OR_NULL,
            "known_sigma": {"anyOf": [{"type": "null"}, {"type": "number", "exclusiveMinimum": 0}]},
            "notes": {"type": "string"},
            "samples": {"type": "array", "items": {"$ref": "#/$defs/quality_sample"}},
            "limit_history": {"type": "array", "items": {"$ref": "#/$defs/limit_revision"}},
            "defects": {"type": "array", "items": {"$ref": "#/$defs/defect_tally"}},
            "problem": {"type": "string", "maxLength": 2000},
            "pareto_source": {"enum": list(PARETO_SOURCES), "default": "study"},
            "causes": {"type": "array", "items": {"$ref": "#/$defs/cause"}},
        },
    },
    "quality_sample": {
        "type": "object",
        "description": "A measurement, or a count with its sample size (p, np, u charts).",
        "required": ["value"],
        "additionalProperties": False,
        "properties": {
            "value": {"type": "number"},
            "size": {"anyOf": [{"type": "null"}, {"type": "number", "exclusiveMinimum": 0}]},
            "subgroup": {"type": "string", "maxLength": 100},
            "note": {"type": "string", "maxLength": 2000},
        },
    },
    "limit_revision": {
        "type": "object",
        "description": "Control limits frozen from a phase I period (points from 0).",
        "required": ["chart", "centre"],
        "additionalProperties": False,
        "properties": {
            "chart": {"enum": list(CHART_KINDS)},
            "centre": {"type": "number"},
            "spread": {"anyOf": [{"type": "null"}, {"type": "number", "minimum": 0}]},
            "sigma": {"anyOf": [{"type": "null"}, {"type": "number", "minimum": 0}]},
            "size": {"anyOf": [{"type": "null"}, {"type": "number", "exclusiveMinimum": 0}]},
            "phase1_first": {"type": "integer", "minimum": 0},
            "phase1_last": {"type": "integer", "minimum": 0},
            "method": {"type": "string", "maxLength": 400},
            "when": {"type": "string", "maxLength": 40},
            "reason": {"type": "string", "maxLength": 2000},
        },
    },
    "defect_tally": {
        "type": "object",
        "required": ["category"],
        "additionalProperties": False,
        "properties": {
            "category": {"type": "string", "minLength": 1, "maxLength": MAX_NAME},
            "count": {"type": "number", "minimum": 0},
        },
    },
    "cause": {
        "type": "object",
        "required": ["text"],
        "additionalProperties": False,
        "properties": {
            "text": {"type": "string", "maxLength": 2000},
            "branch": {"enum": list(BRANCH_KEYS), "default": "method"},
            "whys": {"type": "array", "items": {"type": "string", "maxLength": 2000}},
        },
    },
}
