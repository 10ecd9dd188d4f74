"""The cause-and-effect view: the fishbone drawing and its outline (6M branch > cause >
5 Whys), edited in the outline; a cause can become an action on the project's action list.

Every change is one undoable edit of the study (or of the project, for a new action).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from score_desktop.charts.fishbone import draw_fishbone
from score_desktop.project.edits import replace_record
from score_desktop.project.quality_edits import (
    action_from_cause,
    with_cause,
    with_cause_removed,
    with_why,
    with_why_removed,
    with_why_text,
)
from score_desktop.tools.quality.study import BRANCHES, QualityStudy
from score_desktop.widgets.chart_view import ChartView
from score_desktop.widgets.document import Document

SECTION = "quality_studies"
MAX_WHYS = 5
ROLE = Qt.ItemDataRole.UserRole


class CauseView(QWidget):
    message = Signal(str)

    def __init__(self, document: Document, record_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.document = document
        self.record_name = record_name
        self.scale = 1.0
        self.problem = QLineEdit()
        self.problem.setObjectName("problem")
        self.problem.setPlaceholderText(self.tr("the effect, e.g. Bore oversize"))
        self.problem.editingFinished.connect(self._problem)
        self.outline = QTreeWidget()
        self.outline.setObjectName("cause_outline")
        self.outline.setHeaderLabels([self.tr("Branch / cause / why")])
        self.outline.itemChanged.connect(self._renamed)
        self.cause_text = QLineEdit()
        self.cause_text.setObjectName("new_cause")
        self.cause_text.setPlaceholderText(self.tr("a possible cause"))
        self.branch = QComboBox()
        self.branch.setObjectName("cause_branch")
        for key, label in BRANCHES.items():
            self.branch.addItem(self.tr(label), key)
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("Add cause"), self.add_cause, "add_cause"),
            (self.tr("Ask why"), self.add_why, "add_why"),
            (self.tr("Delete"), self.delete_selected, "delete_cause"),
            (self.tr("Make an action"), self.make_action, "make_action"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        export = QPushButton(self.tr("Save picture…"))
        export.clicked.connect(self.save_picture)
        form = QFormLayout()
        form.addRow(self.tr("Effect"), self.problem)
        form.addRow(self.tr("Branch"), self.branch)
        form.addRow(self.tr("Cause"), self.cause_text)
        controls = QVBoxLayout()
        controls.addLayout(form)
        controls.addLayout(buttons)
        controls.addStretch(1)
        controls.addWidget(export)
        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(controls, 1)
        top_layout.addWidget(self.outline, 1)
        self.chart = ChartView(height=3.4)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setSizes([260, 480])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._filling = False

    def study(self) -> QualityStudy | None:
        return self.document.project.find(SECTION, self.record_name)

    def refresh(self) -> None:
        study = self.study()
        if study is None:
            return
        if not self.problem.hasFocus():
            self.problem.setText(study.problem)
        self._filling = True
        open_causes = {
            self.outline.topLevelItem(b).child(c).data(0, ROLE)
            for b in range(self.outline.topLevelItemCount())
            for c in range(self.outline.topLevelItem(b).childCount())
            if self.outline.topLevelItem(b).child(c).isExpanded()
        }
        self.outline.clear()
        for key, label in BRANCHES.items():
            branch = QTreeWidgetItem([self.tr(label)])
            branch.setData(0, ROLE, ("branch", key))
            self.outline.addTopLevelItem(branch)
            for index, cause in enumerate(study.causes):
                if cause.branch != key:
                    continue
                item = QTreeWidgetItem([cause.text])
                item.setData(0, ROLE, ("cause", index))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                branch.addChild(item)
                for w, why in enumerate(cause.whys):
                    child = QTreeWidgetItem([why])
                    child.setToolTip(0, self.tr("Why %d") % (w + 1))
                    child.setData(0, ROLE, ("why", index, w))
                    child.setFlags(child.flags() | Qt.ItemFlag.ItemIsEditable)
                    item.addChild(child)
                item.setExpanded(("cause", index) in open_causes or bool(cause.whys))
            branch.setExpanded(True)
        self._filling = False
        self.chart.draw(draw_fishbone, study.problem, study.causes, self.scale)

    # --- edits -----------------------------------------------------------------------------

    def _write(self, text: str, changed: QualityStudy) -> bool:
        study = self.study()
        if study is None:
            return False
        position = self.document.project.section(SECTION).index(study)
        self.message.emit("")
        return self.document.edit(text, lambda p: replace_record(p, SECTION, position, changed))

    def _selected(self) -> tuple | None:
        item = self.outline.currentItem()
        return None if item is None else item.data(0, ROLE)

    def _problem(self) -> None:
        study = self.study()
        text = self.problem.text().strip()
        if study is not None and text != study.problem:
            self._write(self.tr("Set the effect"), replace(study, problem=text))

    def add_cause(self) -> bool:
        study = self.study()
        text = self.cause_text.text().strip()
        if study is None:
            return False
        if not text:
            self.message.emit(self.tr("Type the cause first (what might make the effect happen)"))
            return False
        selected = self._selected()
        branch = self.branch.currentData()
        if selected and selected[0] == "branch":
            branch = selected[1]
        self.cause_text.clear()
        return self._write(self.tr("Add a cause"), with_cause(study, branch, text))

    def add_why(self) -> bool:
        study = self.study()
        selected = self._selected()
        if study is None or not selected or selected[0] == "branch":
            self.message.emit(self.tr("Select a cause to ask why"))
            return False
        cause = study.causes[selected[1]]
        if len(cause.whys) >= MAX_WHYS:
            self.message.emit(
                self.tr("This cause has its five whys; the last answer is the root cause")
            )
            return False
        return self._write(self.tr("Ask why"), with_why(study, selected[1], self.tr("Because…")))

    def delete_selected(self) -> bool:
        study = self.study()
        selected = self._selected()
        if study is None or not selected or selected[0] == "branch":
            return False
        if selected[0] == "cause":
            return self._write(self.tr("Delete a cause"), with_cause_removed(study, selected[1]))
        return self._write(
            self.tr("Delete a why"), with_why_removed(study, selected[1], selected[2])
        )

    def _renamed(self, item: QTreeWidgetItem, column: int) -> None:
        study = self.study()
        data = item.data(0, ROLE)
        if self._filling or study is None or not data or data[0] == "branch":
            return
        text = item.text(0).strip()
        if not text:
            self.message.emit(self.tr("A cause or an answer cannot be empty; delete it instead"))
            self.refresh()
            return
        if data[0] == "cause":
            causes = list(study.causes)
            causes[data[1]] = replace(causes[data[1]], text=text)
            self._write(self.tr("Edit a cause"), replace(study, causes=tuple(causes)))
        else:
            self._write(self.tr("Edit a why"), with_why_text(study, data[1], data[2], text))

    def make_action(self) -> bool:
        """Put the selected cause (its deepest why as the root cause) on the action list."""
        study = self.study()
        selected = self._selected()
        if study is None or not selected or selected[0] == "branch":
            self.message.emit(self.tr("Select a cause to make an action for it"))
            return False
        self.message.emit("")
        return self.document.edit(
            self.tr("Make an action"),
            lambda p: action_from_cause(p, study, study.causes[selected[1]]),
        )

    def save_picture(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the cause-and-effect diagram"),
            f"{self.record_name} fishbone.png",
            self.tr("Pictures (*.png *.svg *.pdf)"),
        )
        if not name:
            return
        self.chart.render_now()
        try:
            self.chart.figure.savefig(name, dpi=150)
        except (OSError, ValueError) as exc:
            self.message.emit(self.tr("Cannot save the picture: %s") % exc)
