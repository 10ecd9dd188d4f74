"""Build the bundled resource-efficiency example project from the 24-month example log.

A small knitted-fabric dye house (demo data, seeded in make_resource_example.py): 2023 is the
baseline year; from January 2024 heat recovery on the dye-bath effluent and a compressed-air
leak repair save energy, which the CUSUM of 2024 shows. The analysis choices (baseline and
reporting periods, drivers, a specific-energy target) are saved with the log.

Run from the repository root:  python resources/examples/make_resource_project.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "examples"  # shipped in the package
sys.path.insert(0, str(HERE))

from make_resource_example import build_log  # noqa: E402  (seeded: the same log every run)

from score_desktop.project import Project, ProjectMeta, save_project  # noqa: E402
from score_desktop.project.section_records import ResourceRecord  # noqa: E402
from score_desktop.tools.resource_efficiency import AnalysisSetup  # noqa: E402

OUT = BUNDLED / "dye-house-resources.scoreproj"
CREATED = "2026-11-26T09:00:00+00:00"


def build_project() -> Project:
    log = build_log()
    setup = AnalysisSetup(
        baseline_first="2023-01",
        baseline_last="2023-12",
        reporting_first="2024-01",
        reporting_last="2024-12",
        drivers=("production", "heating_degree_days"),
        ratio_targets={"specific_energy": 4000.0, "waste_intensity": 115.0},
    )
    record = ResourceRecord(
        name="Dye house 2023-2024",
        log=log,
        setup=setup,
        notes=(
            "Baseline year 2023. January 2024: heat recovery on the hot dye-bath effluent "
            "and compressed-air leaks repaired. Targets agreed with the plant manager."
        ),
    )
    meta = ProjectMeta(
        name="Resource efficiency baseline — knit dye house (demo)",
        company="Example Textiles (demo data)",
        site="Dye house",
        author="SCORE Desktop examples",
        notes="Demo data generated with a fixed seed; not a real factory.",
        currency="EUR",
        created=CREATED,
        modified=CREATED,
    )
    return Project(meta=meta, resource_logs=(record,))


if __name__ == "__main__":
    save_project(build_project(), OUT, touch_modified=False)
    print(f"wrote {OUT}")
