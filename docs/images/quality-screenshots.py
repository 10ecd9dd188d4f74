"""Renders the quality window pictures in docs/quality.md (offscreen).

Run from the repository: QT_QPA_PLATFORM=offscreen python docs/images/quality-screenshots.py
"""

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QApplication

from score_desktop.project import Project
from score_desktop.project.edits import insert_record
from score_desktop.tools.quality.study import (
    Cause,
    DefectTally,
    QualitySample,
    QualityStudy,
    freeze,
)
from score_desktop.widgets.document import Document
from score_desktop.widgets.quality.panel import QualityPanel
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2

HERE = Path(__file__).parent


def main() -> None:
    app = QApplication.instance() or QApplication([])
    samples = tuple(QualitySample(v) for g in MONTGOMERY_6_1 + MONTGOMERY_6_2 for v in g)
    study = QualityStudy(
        "Flow width",
        characteristic="Flow width",
        unit="microns",
        chart="xbar-r",
        subgroup_size=5,
        samples=samples[:125],
        lsl=1.0,
        usl=2.0,
        defects=(DefectTally("Resist too thick", 40), DefectTally("Edge bead", 12)),
        problem="Flow width too wide",
        causes=(
            Cause("Bake temperature drifts", "machine", ("Controller not calibrated", "No plan")),
            Cause("Resist batch varies", "material"),
            Cause("New operators on nights", "man"),
        ),
    )
    study = replace(freeze(study, 0, 24, "2026-12-03T10:00:00+00:00", "phase I"), samples=samples)
    document = Document(insert_record(Project(), "quality_studies", study))
    panel = QualityPanel(document, "Flow width")
    panel.resize(1400, 850)
    panel.show()
    for tab, name in ((0, "quality-panel.png"), (3, "quality-cause-and-effect.png")):
        panel.tabs.setCurrentIndex(tab)
        panel.select_row(210)
        app.processEvents()
        panel.grab().save(str(HERE / name))


if __name__ == "__main__":
    main()
