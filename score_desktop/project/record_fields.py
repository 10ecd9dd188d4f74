"""The catalogue entries of the OEE, stop and demand records (see ``catalogue.py``).

Each entry is the one place for its field's label, unit, bounds, default and help: the
loader, the schema, docs/file-format.md and the forms of the OEE and takt windows read them.
"""

from __future__ import annotations

from score_desktop.project.catalogue import MAX_NAME, QT_TRANSLATE_NOOP, REQUIRED, Field

NAME_DESCRIPTION = (
    "Unique within its section (after trimming spaces at both ends); at most 200 characters "
    "and not blank."
)


def _name(records: str) -> Field:
    return Field(
        "name",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Name"),
        NAME_DESCRIPTION,
        default=REQUIRED,
        max_length=MAX_NAME,
        pattern="\\S",
        rule=f"unique among {records}; not blank",
        form=False,
    )


def _notes() -> Field:
    return Field(
        "notes",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Notes"),
        "Free notes.",
        default="",
        form=False,
    )


STOP_CATEGORY_CHOICES: tuple[tuple[str, str], ...] = (
    ("breakdown", QT_TRANSLATE_NOOP("catalogue", "Breakdowns")),
    ("setup_adjustment", QT_TRANSLATE_NOOP("catalogue", "Setup & adjustment")),
    ("minor_stop", QT_TRANSLATE_NOOP("catalogue", "Minor stops")),
    ("reduced_speed", QT_TRANSLATE_NOOP("catalogue", "Reduced speed")),
    ("defects", QT_TRANSLATE_NOOP("catalogue", "Defects")),
    ("startup_rejects", QT_TRANSLATE_NOOP("catalogue", "Start-up rejects")),
)

OEE_RECORD: tuple[Field, ...] = (
    _name("OEE records"),
    Field(
        "machine",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Machine"),
        "Machine or line.",
        default="",
        max_length=MAX_NAME,
    ),
    Field(
        "date",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Date / shift"),
        "Date of the shift, free text (ISO 8601 recommended).",
        default="",
        max_length=40,
        rule="free text, ISO 8601 date recommended",
    ),
    Field(
        "shift_length_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Shift length"),
        "Shift length in minutes.",
        unit="min",
        default=480.0,
        minimum=0,
        exclusive_minimum=True,
        maximum=100_000,
        decimals=1,
    ),
    Field(
        "planned_breaks_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Planned breaks"),
        "Planned breaks in minutes; shorter than the shift.",
        unit="min",
        default=0.0,
        minimum=0,
        decimals=1,
        rule="**less than** `shift_length_min`",
    ),
    Field(
        "ideal_cycle_time_s",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Ideal cycle time"),
        "Ideal cycle time in seconds per part.",
        unit=QT_TRANSLATE_NOOP("catalogue", "s/part"),
        default=1.0,
        minimum=0,
        exclusive_minimum=True,
        decimals=3,
        help=QT_TRANSLATE_NOOP(
            "catalogue",
            "The fastest possible time for one part (nameplate or best demonstrated speed).",
        ),
    ),
    Field(
        "total_count",
        "integer",
        QT_TRANSLATE_NOOP("catalogue", "Total count"),
        "Parts made (good and bad).",
        unit=QT_TRANSLATE_NOOP("catalogue", "parts"),
        default=0,
        minimum=0,
    ),
    Field(
        "good_count",
        "integer",
        QT_TRANSLATE_NOOP("catalogue", "Good count"),
        "Good parts; at most total_count.",
        unit=QT_TRANSLATE_NOOP("catalogue", "parts"),
        default=0,
        minimum=0,
        rule="at most `total_count`",
    ),
    Field(
        "startup_rejects",
        "integer",
        QT_TRANSLATE_NOOP("catalogue", "Start-up rejects"),
        "Rejects during start-up; at most total_count - good_count.",
        unit=QT_TRANSLATE_NOOP("catalogue", "parts"),
        default=0,
        minimum=0,
        help=QT_TRANSLATE_NOOP(
            "catalogue", "Rejects made while the process warms up; part of total - good."
        ),
        rule="at most `total_count - good_count` (they are part of the rejects)",
    ),
    Field(
        "minor_stop_threshold_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Minor-stop threshold"),
        "Stops shorter than this many minutes count as minor stops.",
        unit="min",
        default=5.0,
        minimum=0,
        decimals=1,
        help=QT_TRANSLATE_NOOP(
            "catalogue",
            "Unplanned stops shorter than this count as minor stops "
            "(performance loss), longer ones as breakdowns.",
        ),
        rule="stops shorter than this count as minor stops",
    ),
    Field(
        "calendar_time_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Calendar time (for TEEP)"),
        "All calendar time in minutes for TEEP (e.g. 1440 for a day); at least the shift "
        "length; null when not used.",
        unit="min",
        default=None,
        nullable=True,
        minimum=0,
        exclusive_minimum=True,
        decimals=0,
        help=QT_TRANSLATE_NOOP(
            "catalogue", "All calendar time of the period, e.g. 1,440 min for a day."
        ),
        rule="at least `shift_length_min`; all calendar time for TEEP (1440 for a day); "
        "`null` when not used",
    ),
    Field(
        "stops",
        "list",
        QT_TRANSLATE_NOOP("catalogue", "Stops"),
        "Stop log; durations add up to at most the planned production time (shift - breaks).",
        items="stop",
        rule="durations add up to at most the planned production time",
        form=False,
    ),
    _notes(),
)

STOP: tuple[Field, ...] = (
    Field(
        "start_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Start"),
        "Minutes from the shift start.",
        unit=QT_TRANSLATE_NOOP("catalogue", "min from the shift start"),
        default=0.0,
        minimum=0,
        decimals=1,
    ),
    Field(
        "duration_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Duration"),
        "Stop duration in minutes.",
        unit="min",
        default=REQUIRED,
        minimum=0,
        decimals=1,
    ),
    Field(
        "reason",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Reason"),
        "Why the machine stopped.",
        default="",
        max_length=MAX_NAME,
    ),
    Field(
        "category",
        "choice",
        QT_TRANSLATE_NOOP("catalogue", "Category"),
        "Loss category (Nakajima's six big losses).",
        default="breakdown",
        choices=STOP_CATEGORY_CHOICES,
        rule="Nakajima's six big losses",
    ),
)

DEMAND_PERIOD_CHOICES: tuple[tuple[str, str], ...] = (
    ("day", QT_TRANSLATE_NOOP("catalogue", "per day")),
    ("week", QT_TRANSLATE_NOOP("catalogue", "per week")),
    ("month", QT_TRANSLATE_NOOP("catalogue", "per month")),
)

DEMAND_RECORD: tuple[Field, ...] = (
    _name("demand records"),
    Field(
        "demand",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Customer demand"),
        "Customer demand in parts per period.",
        unit=QT_TRANSLATE_NOOP("catalogue", "parts"),
        default=REQUIRED,
        minimum=0,
        exclusive_minimum=True,
        decimals=0,
        rule="parts per `period`",
    ),
    Field(
        "period",
        "choice",
        QT_TRANSLATE_NOOP("catalogue", "Demand period"),
        "The period the demand is for.",
        default="day",
        choices=DEMAND_PERIOD_CHOICES,
    ),
    Field(
        "working_days_per_period",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Working days per period"),
        "Working days in one period.",
        unit=QT_TRANSLATE_NOOP("catalogue", "days"),
        default=1.0,
        minimum=0,
        exclusive_minimum=True,
        maximum=31,
        decimals=1,
        rule="ignored when `period` is `day` (one day)",
    ),
    Field(
        "shifts_per_day",
        "integer",
        QT_TRANSLATE_NOOP("catalogue", "Shifts per day"),
        "Shifts per working day; shifts x shift length fit in 1440 min.",
        unit=QT_TRANSLATE_NOOP("catalogue", "shifts"),
        default=1,
        minimum=1,
        rule="`shifts_per_day x shift_length_min` at most 1440",
    ),
    Field(
        "shift_length_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Shift length"),
        "Shift length in minutes.",
        unit="min",
        default=480.0,
        minimum=0,
        exclusive_minimum=True,
        maximum=1440,
        decimals=1,
    ),
    Field(
        "breaks_per_shift_min",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Breaks per shift"),
        "Breaks per shift in minutes; shorter than the shift.",
        unit="min",
        default=0.0,
        minimum=0,
        decimals=1,
        rule="**less than** `shift_length_min`",
    ),
    Field(
        "pack_out_quantity",
        "integer",
        QT_TRANSLATE_NOOP("catalogue", "Pack-out quantity"),
        "Parts per container, for pitch.",
        unit=QT_TRANSLATE_NOOP("catalogue", "parts/container"),
        default=1,
        minimum=1,
        rule="pitch = takt x pack-out quantity",
    ),
    Field(
        "efficiency",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Efficiency (typed)"),
        "Efficiency as a fraction (0.85 = 85 %) for the planned cycle time.",
        unit="",
        default=0.85,
        minimum=0,
        exclusive_minimum=True,
        maximum=1,
        decimals=3,
        help=QT_TRANSLATE_NOOP(
            "catalogue", "Fraction of takt the line is planned to run at, e.g. 0.85"
        ),
        rule="a fraction (0.85 = 85 %); planned cycle time = takt x efficiency",
    ),
    Field(
        "efficiency_oee_record",
        "text",
        QT_TRANSLATE_NOOP("catalogue", "Efficiency from OEE record"),
        "Name of an OEE record whose OEE is used as the efficiency instead; empty for none.",
        default="",
        max_length=MAX_NAME,
        rule="the name of an OEE record whose OEE is used as the efficiency instead of "
        '`efficiency`; `""` for none',
        form=False,
    ),
    Field(
        "work_content_s",
        "number",
        QT_TRANSLATE_NOOP("catalogue", "Work content per part"),
        "Total work content per part in seconds, for the minimum number of operators.",
        unit=QT_TRANSLATE_NOOP("catalogue", "s/part"),
        default=0.0,
        minimum=0,
        decimals=1,
        help=QT_TRANSLATE_NOOP(
            "catalogue", "Total manual work per part, for the minimum number of operators."
        ),
        rule="total work content per part, for the minimum number of operators",
    ),
    _notes(),
)

#: The catalogue of each record type, by its schema definition.
CATALOGUES: dict[str, tuple[Field, ...]] = {
    "oee_record": OEE_RECORD,
    "stop": STOP,
    "demand_record": DEMAND_RECORD,
}
