"""Rebuild the bundled example projects (seeded, so the files are reproducible).

Run: python resources/examples/make_examples.py
"""

from __future__ import annotations

import random
from pathlib import Path

from score_desktop.project import (
    DemandRecord,
    OeeRecord,
    Project,
    ProjectMeta,
    StopEntry,
    save_project,
)

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "examples"  # shipped in the package
DAYS = ("Mon 2 Nov", "Tue 3 Nov", "Wed 4 Nov", "Thu 5 Nov", "Fri 6 Nov")

# (reason, category, minimum minutes, maximum minutes, chance per shift)
PRESS_STOPS = (
    ("Die change", "setup_adjustment", 18, 30, 0.9),
    ("Coil change", "setup_adjustment", 6, 10, 0.8),
    ("Misfeed", "minor_stop", 1, 4, 1.0),
    ("Misfeed", "minor_stop", 1, 4, 0.8),
    ("Hydraulic leak", "breakdown", 20, 55, 0.3),
    ("Sensor fault", "breakdown", 8, 20, 0.3),
    ("Waiting for material", "breakdown", 10, 25, 0.25),
)
WELDER_STOPS = (
    ("Tip dressing", "setup_adjustment", 5, 8, 1.0),
    ("Fixture change", "setup_adjustment", 15, 25, 0.6),
    ("Wire feed jam", "minor_stop", 1, 4, 1.0),
    ("Wire feed jam", "minor_stop", 1, 3, 0.7),
    ("Robot fault", "breakdown", 12, 40, 0.35),
    ("Quality check hold", "breakdown", 6, 15, 0.3),
)


def _stops(rng: random.Random, catalogue) -> tuple[StopEntry, ...]:
    stops = []
    for reason, category, low, high, chance in catalogue:
        if rng.random() < chance:
            start = round(rng.uniform(10, 440), 0)
            stops.append(StopEntry(start, round(rng.uniform(low, high), 1), reason, category))
    return tuple(sorted(stops, key=lambda s: s.start_min))


def _shift(rng, name, machine, day, ideal_s, speed, scrap, catalogue) -> OeeRecord:
    stops = _stops(rng, catalogue)
    planned = 480 - 40
    downtime = sum(s.duration_min for s in stops if s.category != "minor_stop")
    minor = sum(s.duration_min for s in stops if s.category == "minor_stop")
    run_s = (planned - downtime - minor) * 60
    total = int(run_s / ideal_s * speed)
    rejects = max(1, round(total * scrap))
    startup = min(rejects, rng.randint(2, 8))
    return OeeRecord(
        name=name,
        machine=machine,
        date=day,
        shift_length_min=480,
        planned_breaks_min=40,
        ideal_cycle_time_s=ideal_s,
        total_count=total,
        good_count=total - rejects,
        startup_rejects=startup,
        minor_stop_threshold_min=5,
        calendar_time_min=1440,
        stops=stops,
    )


def small_factory() -> Project:
    rng = random.Random(20261102)
    records = []
    for day in DAYS:
        short = day.split()[0]
        records.append(
            _shift(
                rng,
                f"Press 1 {short} (A)",
                "Press 1 (200 t)",
                f"{day}, shift A",
                12.0,
                rng.uniform(0.88, 0.95),
                rng.uniform(0.01, 0.03),
                PRESS_STOPS,
            )
        )
    for day in DAYS:
        short = day.split()[0]
        records.append(
            _shift(
                rng,
                f"Welder 2 {short} (A)",
                "Welding robot 2",
                f"{day}, shift A",
                55.0,
                rng.uniform(0.85, 0.93),
                rng.uniform(0.005, 0.02),
                WELDER_STOPS,
            )
        )
    demand = DemandRecord(
        name="Steering brackets",
        demand=4600,
        period="week",
        shifts_per_day=2,
        shift_length_min=480,
        breaks_per_shift_min=20,
        working_days_per_period=5,
        pack_out_quantity=20,
        efficiency=0.85,
        efficiency_oee_record="Welder 2 Fri (A)",
        work_content_s=180,
        notes="Customer: State Street Assembly. 4,600 brackets a week (60 % left-hand, "
        "40 % right-hand), returnable trays of 20.",
    )
    meta = ProjectMeta(
        name="Acme Stamping – press and welding cell",
        company="Acme Stamping Ltd.",
        site="Plant 1, Hall B",
        author="SCORE trainer",
        currency="USD",
        created="2026-11-02T07:00:00+00:00",
        modified="2026-11-06T16:00:00+00:00",
        notes="A week of OEE data on the 200 t press and welding robot 2 (shift A), with "
        "their stop logs, and the customer's weekly demand for takt time.",
    )
    return Project(meta=meta, oee_records=tuple(records), demands=(demand,))


def main() -> None:
    save_project(small_factory(), BUNDLED / "acme-stamping.scoreproj", touch_modified=False)


if __name__ == "__main__":
    main()
