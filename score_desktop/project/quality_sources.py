"""Defect tallies for a Pareto chart taken from other records of the project.

The OEE records' quality losses: each record's rejects (total count - good count) split
into start-up rejects and process defects (Nakajima's two quality losses), tallied by loss
or by machine (the record's machine, or its name when no machine is given).
"""

from __future__ import annotations

from typing import Any

from score_desktop.project.records import Project

PARETO_SOURCES: dict[str, str] = {
    "study": "This study's defect tally",
    "oee_loss": "OEE records: rejects by quality loss",
    "oee_machine": "OEE records: rejects by machine",
}


def oee_quality_losses(project: Project, by: str = "loss") -> list[tuple[str, float]]:
    """(category, rejected parts) over every OEE record, in the order first met."""
    if by not in ("loss", "machine"):
        raise ValueError(f'tally OEE rejects by "loss" or "machine", not "{by}"')
    tally: dict[str, float] = {}
    for record in project.oee_records:
        rejects = max(0, record.total_count - record.good_count)
        startup = min(record.startup_rejects, rejects)
        if by == "machine":
            key = record.machine.strip() or record.name
            tally[key] = tally.get(key, 0.0) + rejects
        else:
            tally["Process defects"] = tally.get("Process defects", 0.0) + rejects - startup
            tally["Start-up rejects"] = tally.get("Start-up rejects", 0.0) + startup
    return list(tally.items())


def pareto_tallies(project: Project, study: Any, source: str) -> list[tuple[str, float]]:
    """The (category, count) pairs of the Pareto source chosen for ``study``."""
    if source == "study":
        return [(d.category, d.count) for d in study.defects]
    if source == "oee_loss":
        return oee_quality_losses(project, "loss")
    if source == "oee_machine":
        return oee_quality_losses(project, "machine")
    raise ValueError(f'unknown Pareto source "{source}"')
