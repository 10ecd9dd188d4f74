"""Build the bundled quality example: Montgomery's hard-bake flow width study.

Data: Montgomery, D. C., "Introduction to Statistical Quality Control", 6th ed., Wiley 2009,
Tables 6.1 and 6.2 (Examples 6.1-6.3): flow width (microns) of a hard-bake process, 25 phase I
samples of five wafers, then 20 more. The limits are frozen from the 25 phase I samples, so
the X-bar chart signals from sample 43 as in the book. The specification limits (1.00 to
2.00 microns), the defect tally, the causes and the actions are illustrations for a class,
not from the book.

Run: python resources/examples/make_quality_example.py
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from score_desktop.project import Project, ProjectMeta, save_project
from score_desktop.project.action_records import Action, ActionList
from score_desktop.project.edits import insert_record
from score_desktop.tools.quality.study import (
    Cause,
    DefectTally,
    QualitySample,
    QualityStudy,
    freeze,
)

HERE = Path(__file__).resolve().parent
BUNDLED = HERE.parents[1] / "score_desktop" / "data" / "examples"  # shipped in the package
OUT = BUNDLED / "hard-bake-quality.scoreproj"

MONTGOMERY_6_1 = (
    (1.3235, 1.4128, 1.6744, 1.4573, 1.6914),
    (1.4314, 1.3592, 1.6075, 1.4666, 1.6109),
    (1.4284, 1.4871, 1.4932, 1.4324, 1.5674),
    (1.5028, 1.6352, 1.3841, 1.2831, 1.5507),
    (1.5604, 1.2735, 1.5265, 1.4363, 1.6441),
    (1.5955, 1.5451, 1.3574, 1.3281, 1.4198),
    (1.6274, 1.5064, 1.8366, 1.4177, 1.5144),
    (1.4190, 1.4303, 1.6637, 1.6067, 1.5519),
    (1.3884, 1.7277, 1.5355, 1.5176, 1.3688),
    (1.4039, 1.6697, 1.5089, 1.4627, 1.5220),
    (1.4158, 1.7667, 1.4278, 1.5928, 1.4181),
    (1.5821, 1.3355, 1.5777, 1.3908, 1.7559),
    (1.2856, 1.4106, 1.4447, 1.6398, 1.1928),
    (1.4951, 1.4036, 1.5893, 1.6458, 1.4969),
    (1.3589, 1.2863, 1.5996, 1.2497, 1.5471),
    (1.5747, 1.5301, 1.5171, 1.1839, 1.8662),
    (1.3680, 1.7269, 1.3957, 1.5014, 1.4449),
    (1.4163, 1.3864, 1.3057, 1.6210, 1.5573),
    (1.5796, 1.4185, 1.6541, 1.5116, 1.7247),
    (1.7106, 1.4412, 1.2361, 1.3820, 1.7601),
    (1.4371, 1.5051, 1.3485, 1.5670, 1.4880),
    (1.4738, 1.5936, 1.6583, 1.4973, 1.4720),
    (1.5917, 1.4333, 1.5551, 1.5295, 1.6866),
    (1.6399, 1.5243, 1.5705, 1.5563, 1.5530),
    (1.5797, 1.3663, 1.6240, 1.3732, 1.6887),
)

MONTGOMERY_6_2 = (
    (1.4483, 1.5458, 1.4538, 1.4303, 1.6206),
    (1.5435, 1.6899, 1.5830, 1.3358, 1.4187),
    (1.5175, 1.3446, 1.4723, 1.6657, 1.6661),
    (1.5454, 1.1093, 1.4072, 1.5039, 1.5264),
    (1.4418, 1.5059, 1.5124, 1.4620, 1.6263),
    (1.4301, 1.2725, 1.5945, 1.5397, 1.5252),
    (1.4981, 1.4506, 1.6174, 1.5837, 1.4962),
    (1.3009, 1.5060, 1.6231, 1.5831, 1.6454),
    (1.4132, 1.4603, 1.5808, 1.7111, 1.7313),
    (1.3817, 1.3135, 1.4953, 1.4894, 1.4596),
    (1.5765, 1.7014, 1.4026, 1.2773, 1.4541),
    (1.4936, 1.4373, 1.5139, 1.4808, 1.5293),
    (1.5729, 1.6738, 1.5048, 1.5651, 1.7473),
    (1.8089, 1.5513, 1.8250, 1.4389, 1.6558),
    (1.6236, 1.5393, 1.6738, 1.8698, 1.5036),
    (1.4120, 1.7931, 1.7345, 1.6391, 1.7791),
    (1.7372, 1.5663, 1.4910, 1.7809, 1.5504),
    (1.5971, 1.7394, 1.6832, 1.6677, 1.7974),
    (1.4295, 1.6536, 1.9134, 1.7272, 1.4370),
    (1.6217, 1.8220, 1.7915, 1.6744, 1.9404),
)


def build() -> Project:
    phase1 = tuple(QualitySample(v) for g in MONTGOMERY_6_1 for v in g)
    phase2 = tuple(QualitySample(v) for g in MONTGOMERY_6_2 for v in g)
    study = QualityStudy(
        "Hard-bake flow width",
        characteristic="Flow width",
        unit="microns",
        chart="xbar-r",
        subgroup_size=5,
        samples=phase1,
        lsl=1.0,
        usl=2.0,
        defects=(
            DefectTally("Flow width too wide", 38),
            DefectTally("Resist lifting", 11),
            DefectTally("Particles", 7),
            DefectTally("Edge bead", 4),
            DefectTally("Scratches", 2),
        ),
        problem="Flow width too wide",
        causes=(
            Cause(
                "Bake plate temperature drifts",
                "machine",
                ("The controller is not calibrated", "Calibration is not on the PM plan"),
            ),
            Cause("Resist viscosity varies by lot", "material", ("No incoming check",)),
            Cause("Bake time set by hand", "method"),
            Cause("Night shift new to the process", "man"),
            Cause("Gauge read at different points", "measurement"),
            Cause("Clean-room humidity swings", "milieu"),
        ),
        notes="Montgomery ISQC 6th ed., Tables 6.1 and 6.2.",
    )
    study = freeze(study, 0, 24, "2026-11-02T08:00:00+00:00", "phase I: 25 samples in control")
    study = replace(study, samples=phase1 + phase2)
    actions = ActionList(
        "Actions",
        (
            Action(
                "Calibrate the bake plate controller and add it to the PM plan",
                who="Maintenance",
                due="2026-11-20",
                status="in_progress",
                expected_saving=6000.0,
                source_section="quality_studies",
                source_record=study.name,
                source_item="Bake plate temperature drifts",
            ),
            Action(
                "Viscosity check on every incoming resist lot",
                who="Quality",
                due="2027-01-15",
                expected_saving=2500.0,
                source_section="quality_studies",
                source_record=study.name,
                source_item="Resist viscosity varies by lot",
            ),
        ),
    )
    project = Project(
        meta=ProjectMeta(
            name="Hard-bake quality study",
            company="Example wafer fab",
            author="SCORE Desktop",
            notes="Montgomery, Introduction to Statistical Quality Control, Tables 6.1-6.2.",
            created="2026-11-02T08:00:00+00:00",
            modified="2026-11-02T08:00:00+00:00",
        )
    )
    project = insert_record(project, "quality_studies", study)
    return insert_record(project, "action_lists", actions)


def main() -> None:
    save_project(build(), OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
