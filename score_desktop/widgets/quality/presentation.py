"""Presentation view of a quality study for a projector: large print, one chart at a time.

The same charts as the panel (control chart, capability, Pareto, cause and effect), drawn
with every font enlarged; Left/Right switch the chart, Esc closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from score_desktop.charts.fishbone import draw_fishbone
from score_desktop.charts.quality import draw_capability, draw_control_chart, draw_pareto
from score_desktop.project.quality_sources import pareto_tallies
from score_desktop.tools.quality.errors import QualityInputError
from score_desktop.tools.quality.model import CHART_TITLES
from score_desktop.tools.quality.pareto import pareto
from score_desktop.tools.quality.study import study_capability, study_data
from score_desktop.widgets.chart_view import ChartView

SCALE = 1.7
PAGES = ("Control chart", "Capability", "Pareto", "Cause and effect")


class QualityPresentation(QWidget):
    """A top-level window mirroring the panel's charts in large print."""

    def __init__(self, panel) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.panel = panel
        self.page = 0
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Quality — presentation"))
        self.setStyleSheet("background: #FFFFFF; color: #000000;")
        self.title = QLabel()
        self.title.setObjectName("presentation_title")
        self.title.setStyleSheet("font-size: 24pt; font-weight: 800;")
        self.chart = ChartView(height=7.0)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("font-size: 16pt;")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("◀ Previous"), lambda: self.show_page(self.page - 1)),
            (self.tr("Next ▶"), lambda: self.show_page(self.page + 1)),
            (self.tr("Close"), self.close),
        ):
            button = QPushButton(text)
            button.setStyleSheet("font-size: 16pt; padding: 6px 16px;")
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.note)
        layout.addLayout(buttons)

    def open(self, full_screen: bool = True) -> None:
        self.refresh()
        if full_screen:
            self.showFullScreen()
        else:
            self.resize(1280, 800)
            self.show()

    def show_page(self, page: int) -> None:
        self.page = page % len(PAGES)
        self.refresh()

    def refresh(self) -> None:
        study = self.panel.study()
        if study is None:
            self.close()
            return
        name = study.characteristic or study.name
        self.title.setText(f"{name} — {self.tr(PAGES[self.page])}")
        self.note.setText("")
        try:
            if self.page == 0:
                result = self.panel.result
                if result is None:
                    self.chart.show_message(self.tr("No chart: check the data"))
                    return
                title = CHART_TITLES[study.chart]
                self.chart.draw(draw_control_chart, result, title, False, None, SCALE)
                self.note.setText(self.panel.chart_view.limits_text.text())
            elif self.page == 1:
                capability = study_capability(study)
                data, _ = study_data(study)
                values = [v for g in data.subgroups for v in g]  # type: ignore[union-attr]
                self.chart.draw(draw_capability, values, capability, study.unit, "", SCALE)
            elif self.page == 2:
                tallies = pareto_tallies(self.panel.document.project, study, study.pareto_source)
                self.chart.draw(draw_pareto, pareto(tallies), study.problem, "defects", SCALE)
            else:
                self.chart.draw(draw_fishbone, study.problem, study.causes, SCALE)
        except QualityInputError as exc:
            self.chart.show_message(str(exc))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Space):
            self.show_page(self.page + 1)
        elif key == Qt.Key.Key_Left:
            self.show_page(self.page - 1)
        else:
            super().keyPressEvent(event)
