"""Any sequence of edits in the quality window is undone step by step back to the start and
redone to the same end: every change goes through the document's undo stack."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from score_desktop.project import Project
from score_desktop.project.edits import insert_record
from score_desktop.tools.quality.study import QualitySample, QualityStudy
from score_desktop.widgets.document import Document
from score_desktop.widgets.quality.panel import QualityPanel

SECTION = "quality_studies"
START = QualityStudy(
    "S", chart="imr", samples=tuple(QualitySample(v) for v in (1.0, 1.2, 0.9, 1.1, 1.3, 1.0))
)

steps = st.lists(
    st.one_of(
        st.tuples(st.just("cell"), st.integers(0, 8), st.sampled_from(["2,5", "abc", "", "7"])),
        st.tuples(st.just("add"), st.integers(1, 3)),
        st.tuples(st.just("delete"), st.integers(0, 8)),
        st.tuples(st.just("paste"), st.sampled_from(["1\n2\n3", "x\n4,5", "5\t\tnote"])),
        st.tuples(st.just("chart"), st.sampled_from(["imr", "xbar-s", "c", "ewma"])),
        st.tuples(st.just("freeze"), st.integers(1, 4)),
        st.tuples(st.just("cause"), st.sampled_from(["Worn tool", ""])),
        st.tuples(st.just("category")),
    ),
    min_size=1,
    max_size=8,
)


@pytest.fixture(scope="module")
def panel(qapp):
    widget = QualityPanel(Document(insert_record(Project(), SECTION, START)), "S")
    widget.show()
    yield widget
    widget.close()
    widget.deleteLater()


def _apply(panel: QualityPanel, step: tuple) -> None:
    kind = step[0]
    rows = panel.model.rowCount()
    if kind == "cell" and rows:
        panel.model.setData(panel.model.index(min(step[1], rows - 1), 0), step[2])
    elif kind == "add":
        panel.model.add_rows(step[1])
    elif kind == "delete" and rows:
        panel.model.remove_rows({min(step[1], rows - 1)})
    elif kind == "paste":
        panel.paste(step[1])
    elif kind == "chart":
        panel.settings.chart.activated.emit(panel.settings.chart.findData(step[1]))
    elif kind == "freeze":
        panel.chart_view.first.setValue(1)
        panel.chart_view.last.setValue(step[1])
        panel.chart_view.freeze_limits()
    elif kind == "cause":
        panel.cause_view.cause_text.setText(step[1])
        panel.cause_view.add_cause()
    elif kind == "category":
        panel.pareto_view.add_category()


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(sequence=steps)
def test_undo_everything_then_redo_everything(panel, sequence) -> None:
    document = panel.document
    document.undo_stack.clear()
    document.set_project(insert_record(Project(), SECTION, START))
    start = document.project
    states = [start]
    for step in sequence:
        _apply(panel, step)
        if document.project != states[-1]:
            states.append(document.project)
    assert document.undo_stack.count() == len(states) - 1  # one undo step per change
    for expected in reversed(states[:-1]):
        document.undo_stack.undo()
        assert document.project == expected
    for expected in states[1:]:
        document.undo_stack.redo()
        assert document.project == expected
