"""Sample projects and hypothesis strategies for valid project records, shared by the tests."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import strategies as st

from score_desktop.project import (
    DemandRecord,
    OeeRecord,
    Project,
    ProjectMeta,
    StopEntry,
    project_to_bytes,
)
from score_desktop.project.records import DEMAND_PERIODS, STOP_CATEGORIES

#: Texts that have broken naive writers: formulas, emoji, quotes, newlines, tabs, NUL.
AWKWARD_TEXTS = (
    "=1+1",
    "+SUM(A1:A3)",
    "-2",
    "@cmd",
    '\t=HYPERLINK("x")',
    "Stoß 😀🏭 — Ünïcödé ✓",
    "He said \"stop\" and 'go'",
    "line one\nline two\r\nline three",
    "back\\slash /slash",
    "nul\x00char",
    "中文 العربية עברית",
)


LINE_JSON: dict[str, Any] = {
    "name": "Bracket assembly",
    "time_unit": "s",
    "cycle_time": 60.0,
    "station_count": None,
    "takt_demand": "Brackets",
    "source": "",
    "notes": "Classroom line =A1",
    "tasks": [
        {"id": "A", "time": 25.0, "predecessors": [], "description": "Load part"},
        {"id": "B", "time": 30.0, "predecessors": ["A"], "description": 'Weld "tab"'},
        {"id": "C", "time": 20.0, "predecessors": ["A"], "description": ""},
        {"id": "D", "time": None, "predecessors": ["B", "C"], "description": "time unknown"},
    ],
    "restrictions": {
        "must_share": [["B", "D"]],
        "must_not_share": [["A", "C"]],
        "fixed_station": {"A": 1},
    },
    "balance": [["A"], ["B", "D"], ["C"]],
    "balance_method": "RPW",
    "alternatives": [
        {
            "name": "first try",
            "stations": [["A", "B"], ["C", "D"]],
            "method": "manual",
            "cycle_time": 55.0,
        }
    ],
}

VALUE_STREAM_JSON: dict[str, Any] = {
    "name": "Current state",
    "notes": "",
    "supplier": {
        "name": "Steel Co",
        "arrival": None,
        "delivery_quantity": 0,
        "delivery_every_h": 0.0,
    },
    "customer": {
        "name": "Assembly plant",
        "demand_per_day": 920.0,
        "families": {"LH": 600.0, "RH": 320.0},
        "calendar": {"shifts_per_day": 2, "shift_hours": 8.0, "breaks_minutes": [10.0, 10.0]},
        "finished_goods": {
            "rule": "push",
            "capacity": None,
            "cards": 0,
            "inventory": 4140.0,
            "initial": 0,
        },
        "demand_ref": "Brackets",
        "demand_pattern": "levelled",
        "pitch_parts": 20,
    },
    "steps": [
        {
            "name": "Stamping",
            "cycle_time": {"kind": "fixed", "unit": "s", "mean": 1.0},
            "machines": 1,
            "operators": 1,
            "changeover": {"kind": "fixed", "unit": "min", "mean": 60.0},
            "batch_size": 1200,
            "failures": {"mttr": 60.0, "mtbf": None, "uptime_percent": 85.0, "unit": "min"},
            "scrap_rate": 0.0,
            "rework_rate": 0.0,
            "rework_to": "",
            "buffer": {"rule": "fifo", "capacity": 50, "cards": 0, "inventory": 0.0, "initial": 10},
            "calendar": None,
            "value_added": True,
            "cycle_time_ref": "",
            "uptime_ref": "Press 1 Mon",
        },
        {
            "name": "Welding",
            "cycle_time": {
                "kind": "triangular",
                "unit": "s",
                "low": 35.0,
                "mode": 39.0,
                "high": 50.0,
            },
            "machines": 2,
            "operators": 1,
            "changeover": {"kind": "normal", "unit": "min", "mean": 10.0, "sd": 2.0},
            "batch_size": 1,
            "failures": None,
            "scrap_rate": 0.01,
            "rework_rate": 0.02,
            "rework_to": "Stamping",
            "buffer": {
                "rule": "supermarket",
                "capacity": None,
                "cards": 20,
                "inventory": 0.0,
                "initial": 0,
            },
            "calendar": {"shifts_per_day": 3, "shift_hours": 8.0, "breaks_minutes": [30.0]},
            "value_added": True,
            "cycle_time_ref": "Bracket assembly",
            "uptime_ref": "",
        },
    ],
    "flows": [
        {"from": "supplier", "to": "Stamping", "share": 1.0},
        {"from": "Stamping", "to": "Welding", "share": 1.0},
        {"from": "Welding", "to": "customer", "share": 1.0},
    ],
    "conwip": [{"name": "Loop 1", "first_step": "Stamping", "last_step": "Welding", "cards": 30}],
}

RESOURCE_LOG_JSON: dict[str, Any] = {
    "site": "Dye house",
    "frequency": "monthly",
    "production_unit": "t",
    "currency": "EUR",
    "carriers": [
        {
            "key": "lpg_kg",
            "name": "LPG",
            "unit": "kg",
            "kwh_per_unit": 12.8,
            "kwh_source": "supplier's data sheet",
            "co2_kg_per_kwh": 0.227,
            "co2_source": "IPCC 2006, LPG 63,100 kg CO2/TJ",
        }
    ],
    "tariffs": {"electricity_kwh": {"price_per_unit": 0.18, "fixed_charge": 350.0}},
    "water_price_per_m3": 2.1,
    "material_prices_per_kg": {"greige fabric": 4.2},
    "waste_streams": {
        "fabric scrap": {
            "kind": "scrap",
            "disposal_cost_per_kg": 0.05,
            "revenue_per_kg": 0.3,
            "material_value_per_kg": None,
        }
    },
    "labour_cost_per_kg_processed": 0.0,
    "periods": [
        {
            "period": "2025-01",
            "production": 120.0,
            "energy": {"electricity_kwh": 50000.0},
            "materials_kg": {"greige fabric": 125000.0},
            "waste_kg": {"fabric scrap": 3000.0},
            "note": "=cold month",
        },
        {
            "period": "2025-02",
            "production": 110.0,
            "energy": {"electricity_kwh": 47000.0, "lpg_kg": 900.0},
            "materials_kg": {},
            "waste_kg": {},
            "note": "",
        },
    ],
}


def tool_records() -> dict[str, tuple]:
    """One line, one value-stream map and one resource log, read by the loader's converters."""
    from score_desktop.project.line_records import line_record_from_json
    from score_desktop.project.section_records import (
        resource_record_from_json,
        value_stream_from_json,
    )

    resource = {
        "name": "Dye house 2025",
        "notes": "",
        "analysis": {
            "baseline_first": "2025-01",
            "baseline_last": "2025-01",
            "reporting_first": "2025-02",
            "reporting_last": None,
            "drivers": ["production"],
            "energy": "total",
            "ratio_targets": {"specific_energy": 400.0},
        },
        "log": RESOURCE_LOG_JSON,
    }
    return {
        "lines": (line_record_from_json(copy.deepcopy(LINE_JSON), 0),),
        "value_streams": (value_stream_from_json(copy.deepcopy(VALUE_STREAM_JSON), 0),),
        "resource_logs": (resource_record_from_json(copy.deepcopy(resource), 0),),
    }


def full_project() -> Project:
    """A small factory: two presses with a stop log, two demand records, a line to balance,
    a value-stream map and a resource log, with references between them."""
    stops = (
        StopEntry(
            start_min=35.0, duration_min=22.5, reason="Die change", category="setup_adjustment"
        ),
        StopEntry(start_min=130.0, duration_min=3.0, reason="=1+1 jam 😀", category="minor_stop"),
        StopEntry(
            start_min=300.0,
            duration_min=47.0,
            reason='Hydraulic "leak"\nseal',
            category="breakdown",
        ),
    )
    return Project(
        meta=ProjectMeta(
            name="Demo plant — Stoß",
            company="ACME Stamping",
            site="Plant 2",
            author="Ana",
            notes="Week 47.\nFormula-like: =SUM(A1)",
            currency="EUR",
            created="2026-11-20T08:00:00+00:00",
            modified="2026-11-26T10:00:00+00:00",
        ),
        oee_records=(
            OeeRecord(
                name="Press 1 Mon",
                machine="Press 1",
                date="2026-11-23",
                shift_length_min=480.0,
                planned_breaks_min=30.0,
                ideal_cycle_time_s=1.5,
                total_count=14000,
                good_count=13500,
                startup_rejects=120,
                minor_stop_threshold_min=5.0,
                calendar_time_min=1440.0,
                stops=stops,
                notes="",
            ),
            OeeRecord(
                name="Press 2",
                machine="Press 2",
                date="2026-11-23",
                total_count=500,
                good_count=480,
                stops=(StopEntry(duration_min=60.0, reason="No operator"),),
            ),
        ),
        demands=(
            DemandRecord(
                name="Brackets",
                demand=4600.0,
                period="week",
                shifts_per_day=2,
                shift_length_min=480.0,
                breaks_per_shift_min=30.0,
                working_days_per_period=5.0,
                pack_out_quantity=20,
                efficiency=0.9,
                efficiency_oee_record="Press 1 Mon",
                work_content_s=95.0,
                notes="@customer forecast",
            ),
            DemandRecord(name="Covers", demand=800.0),
        ),
        **tool_records(),
    )


def full_document() -> dict[str, Any]:
    """The JSON object the app writes for :func:`full_project`."""
    return json.loads(project_to_bytes(full_project()))


def document_with(path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """The full sample document with the value at ``path`` replaced (deleted if it is ``...``)."""
    document = full_document()
    target = document
    for key in path[:-1]:
        target = target[key]
    if value is ...:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return document


def to_bytes(document: Any) -> bytes:
    """``document`` as a file's bytes; lone surrogates can only be written as \\u escapes."""
    try:
        return json.dumps(document, ensure_ascii=False).encode()
    except UnicodeEncodeError:
        return json.dumps(document).encode()


# --- hypothesis strategies ----------------------------------------------------------------

texts = st.one_of(st.text(max_size=60), st.sampled_from(AWKWARD_TEXTS))
names = (
    st.one_of(st.text(min_size=1, max_size=60), st.sampled_from(AWKWARD_TEXTS))
    .map(str.strip)
    .filter(bool)
)


def _floats(low: float, high: float, *, exclude_low: bool = False) -> st.SearchStrategy[float]:
    return st.floats(low, high, exclude_min=exclude_low, allow_nan=False, allow_infinity=False)


def _with_text(strategy: st.SearchStrategy[str], max_length: int) -> st.SearchStrategy[str]:
    return strategy.map(lambda s: s[:max_length])


@st.composite
def stop_logs(draw: st.DrawFn, planned: float) -> tuple[StopEntry, ...]:
    count = draw(st.integers(0, 4))
    share = planned / max(count, 1) * 0.999  # so that the stops fit in the planned time
    return tuple(
        StopEntry(
            start_min=draw(_floats(0, 10_000)),
            duration_min=draw(_floats(0, share)),
            reason=draw(_with_text(texts, 200)),
            category=draw(st.sampled_from(STOP_CATEGORIES)),
        )
        for _ in range(count)
    )


@st.composite
def oee_records(draw: st.DrawFn, name: str) -> OeeRecord:
    shift = draw(_floats(0, 100_000, exclude_low=True))
    breaks = draw(_floats(0, shift).filter(lambda b: b < shift))
    total = draw(st.integers(0, 10**9))
    good = draw(st.integers(0, total))
    rejects = draw(st.integers(0, total - good))
    calendar = draw(st.none() | _floats(shift, 1e9))
    return OeeRecord(
        name=name,
        machine=draw(_with_text(texts, 200)),
        date=draw(_with_text(texts, 40)),
        shift_length_min=shift,
        planned_breaks_min=breaks,
        ideal_cycle_time_s=draw(_floats(0, 1e6, exclude_low=True)),
        total_count=total,
        good_count=good,
        startup_rejects=rejects,
        minor_stop_threshold_min=draw(_floats(0, 1e4)),
        calendar_time_min=calendar,
        stops=draw(stop_logs(shift - breaks)),
        notes=draw(texts),
    )


@st.composite
def demand_records(draw: st.DrawFn, name: str, oee_names: list[str]) -> DemandRecord:
    shift = draw(_floats(0, 1440, exclude_low=True))
    breaks = draw(_floats(0, shift).filter(lambda b: b < shift))
    shifts = draw(st.integers(1, max(1, int(min(5.0, 1440 // shift)))))
    reference = draw(st.sampled_from(["", *oee_names]))
    return DemandRecord(
        name=name,
        demand=draw(_floats(0, 1e9, exclude_low=True)),
        period=draw(st.sampled_from(DEMAND_PERIODS)),
        shifts_per_day=shifts,
        shift_length_min=shift,
        breaks_per_shift_min=breaks,
        working_days_per_period=draw(_floats(0, 31, exclude_low=True)),
        pack_out_quantity=draw(st.integers(1, 10_000)),
        efficiency=draw(_floats(0, 1, exclude_low=True)),
        efficiency_oee_record=reference,
        work_content_s=draw(_floats(0, 1e6)),
        notes=draw(texts),
    )


@st.composite
def metas(draw: st.DrawFn) -> ProjectMeta:
    return ProjectMeta(
        name=draw(_with_text(texts, 200)),
        company=draw(texts),
        site=draw(texts),
        author=draw(texts),
        notes=draw(texts),
        currency=draw(_with_text(texts, 10)),
        created=draw(_with_text(texts, 40)),
        modified=draw(_with_text(texts, 40)),
    )


@st.composite
def projects(draw: st.DrawFn) -> Project:
    """Any valid project: unique names per section, every rule kept, awkward text anywhere."""
    oee_names = draw(st.lists(_with_text(names, 200), max_size=4, unique=True))
    demand_names = draw(st.lists(_with_text(names, 200), max_size=3, unique=True))
    return Project(
        meta=draw(metas()),
        oee_records=tuple(draw(oee_records(n)) for n in oee_names),
        demands=tuple(draw(demand_records(n, oee_names)) for n in demand_names),
    )
