"""The quality window: data entry through the undo stack, paste from Excel, a click on a
point selects its row, frozen limits, refusals naming the row, Pareto, cause and effect."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from score_desktop.project import Project
from score_desktop.project.edits import insert_record
from score_desktop.tools.quality.study import Cause, DefectTally, QualitySample, QualityStudy
from score_desktop.widgets.document import Document
from score_desktop.widgets.navigator import SECTION_ROLE
from score_desktop.widgets.quality.panel import QualityPanel
from tests.tools.quality.published_data import MONTGOMERY_6_1, MONTGOMERY_6_2

SECTION = "quality_studies"


def _wafers() -> QualityStudy:
    samples = tuple(QualitySample(v) for g in MONTGOMERY_6_1 + MONTGOMERY_6_2 for v in g)
    return QualityStudy(
        "Flow width", unit="microns", chart="xbar-r", subgroup_size=5, samples=samples
    )


@pytest.fixture
def panel(qtbot):
    document = Document(insert_record(Project(), SECTION, _wafers()))
    widget = QualityPanel(document, "Flow width")
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _study(panel) -> QualityStudy:
    return panel.document.project.find(SECTION, "Flow width")


def test_a_typed_value_is_one_undo_step(panel) -> None:
    index = panel.model.index(0, 0)
    assert panel.model.setData(index, "1,5")  # a decimal comma is read
    assert _study(panel).samples[0].value == 1.5
    assert panel.document.undo_stack.count() == 1
    panel.document.undo_stack.undo()
    assert _study(panel).samples[0].value == MONTGOMERY_6_1[0][0]


def test_a_word_in_a_number_cell_is_refused_and_named(panel) -> None:
    index = panel.model.index(2, 0)
    assert not panel.model.setData(index, "abc")
    assert "row 3" in panel.error.text() and "'abc' is not a number" in panel.error.text()
    assert panel.document.undo_stack.count() == 0
    assert panel.model.data(index) == "abc"  # what was typed stays, marked, until corrected
    assert "'abc' is not a number" in panel.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert panel.model.setData(index, "1.5")
    assert panel.model.data(index) == "1.5"


def test_paste_from_excel_skips_the_header_and_adds_rows(panel) -> None:
    panel.table.setCurrentIndex(panel.model.index(223, 0))
    assert panel.paste("Width\tSubgroup\n1,61\tA\n1,62\tA\n1,63\tB\n")
    samples = _study(panel).samples
    assert len(samples) == 226
    assert [s.value for s in samples[-3:]] == [1.61, 1.62, 1.63]
    assert samples[-1].subgroup == "B"
    # long form now, but only three rows have ids: the chart names the first row without one
    assert "row 1: the subgroup id is empty" in panel.error.text()
    assert panel.model.bad_row == 0
    panel.document.undo_stack.undo()
    assert len(_study(panel).samples) == 225


def test_frozen_phase_1_limits_judge_phase_2_and_the_signal_shows_in_the_table(panel) -> None:
    panel.chart_view.first.setValue(1)
    panel.chart_view.last.setValue(25)
    panel.chart_view.reason.setText("phase I")
    assert panel.chart_view.freeze_limits()
    revision = _study(panel).frozen_limits()
    assert (revision.limits.phase1_first, revision.limits.phase1_last) == (0, 24)
    assert revision.reason == "phase I"
    assert panel.result.limits.centre == pytest.approx(1.5056, abs=5e-5)
    # ISQC Example 6.2: subgroup 43 (rows 211-215) is beyond the upper limit
    assert "WE1" in panel.model.signals[210]
    assert "WE1" in panel.model.data(panel.model.index(210, panel.model.columnCount() - 1))
    assert "Limits frozen on" in panel.chart_view.limits_text.text()
    assert panel.chart_view.history.rowCount() == 1
    panel.document.undo_stack.undo()
    assert _study(panel).frozen_limits() is None


def test_a_click_on_a_point_selects_its_first_row_and_a_row_rings_its_point(panel) -> None:
    panel.chart_view._clicked(SimpleNamespace(xdata=43.2))
    assert panel.table.currentIndex().row() == 210
    panel.table.setCurrentIndex(panel.model.index(12, 0))
    assert panel.chart_view.selected_point == 2


def test_a_defective_count_above_its_sample_names_the_row(panel) -> None:
    samples = tuple(QualitySample(c, 50) for c in (3, 4, 51, 2))
    panel.document.edit(
        "p chart",
        lambda p: p.with_section(SECTION, (replace(_study(panel), chart="p", samples=samples),)),
    )
    assert "row 3" in panel.error.text() and "51 defectives is more than the 50" in (
        panel.error.text()
    )
    assert panel.model.bad_row == 2
    assert [c.header for c in panel.model.columns] == [
        "Defectives (count)",
        "Inspected (items)",
        "Note",
    ]


def test_spec_limits_and_capability(panel) -> None:
    panel.tabs.setCurrentWidget(panel.capability_view)
    panel.settings.limits["usl"].setText("2")
    panel.settings.limits["usl"].editingFinished.emit()
    panel.settings.limits["lsl"].setText("2,5")
    panel.settings.limits["lsl"].editingFinished.emit()
    assert "the LSL (2.5) must be below the USL (2)" in panel.error.text()
    assert _study(panel).lsl is None and _study(panel).usl == 2.0
    panel.settings.limits["lsl"].setText("1")
    panel.settings.limits["lsl"].editingFinished.emit()
    assert _study(panel).lsl == 1.0
    text = panel.capability_view.table.text()
    assert "Cpk" in text and "Bissell" in text and "Anderson-Darling" in text


def test_the_chart_type_and_custom_rules_are_undoable_edits(panel) -> None:
    panel.settings.chart.activated.emit(panel.settings.chart.findData("xbar-s"))
    assert _study(panel).chart == "xbar-s"
    panel.settings.custom_rules.setText("N1, n2, X7")
    panel.settings.custom_rules.editingFinished.emit()
    assert 'unknown run rule "X7"' in panel.error.text()
    panel.settings.custom_rules.setText("N1, n2")
    panel.settings.custom_rules.editingFinished.emit()
    assert _study(panel).rules == ("N1", "N2")
    panel.document.undo_stack.undo()
    panel.document.undo_stack.undo()
    assert _study(panel).chart == "xbar-r"


def test_pareto_tally_edits(panel) -> None:
    view = panel.pareto_view
    panel.tabs.setCurrentWidget(view)
    assert view.add_category() and view.add_category()
    view.tally.item(0, 1).setText("12")
    view.tally.item(1, 0).setText("Burr")
    assert _study(panel).defects == (DefectTally("Defect 1", 12.0), DefectTally("Burr", 0.0))
    view.tally.item(1, 1).setText("-3")
    assert "is not a number of 0 or more" in panel.error.text()
    assert view.chart.is_current or not view.chart.isVisible()


def test_causes_whys_and_an_action_on_the_project_list(panel) -> None:
    view = panel.cause_view
    panel.tabs.setCurrentWidget(view)
    view.branch.setCurrentIndex(view.branch.findData("machine"))
    view.cause_text.setText("Worn hone")
    assert view.add_cause()
    machine = view.outline.topLevelItem(1)
    view.outline.setCurrentItem(machine.child(0))
    assert view.add_why()
    assert _study(panel).causes == (Cause("Worn hone", "machine", ("Because…",)),)
    view.outline.topLevelItem(1).child(0).child(0).setText(0, "Not changed on time")
    assert _study(panel).causes[0].whys == ("Not changed on time",)
    view.outline.setCurrentItem(view.outline.topLevelItem(1).child(0))
    assert view.make_action()
    (actions,) = panel.document.project.section("action_lists")
    action = actions.actions[0]
    assert action.what == "Remove the cause: Not changed on time"
    assert (action.source_record, action.source_item) == ("Flow width", "Worn hone")
    panel.document.undo_stack.undo()
    assert panel.document.project.section("action_lists") == ()


def test_the_presentation_shows_each_chart_in_large_print(panel, qtbot) -> None:
    panel.open_presentation(full_screen=False)
    show = panel.presentation
    qtbot.addWidget(show)
    assert show.title.text() == "Flow width — Control chart"
    for page in ("Capability", "Pareto", "Cause and effect", "Control chart"):
        show.show_page(show.page + 1)
        assert show.title.text().endswith(page)
    show.close()


def test_the_navigator_lists_quality_and_actions_and_opens_the_panel(window, sample_file) -> None:
    window.open_path(sample_file)
    nav = window.navigator
    keys = [
        nav.tree.topLevelItem(i).data(0, SECTION_ROLE) for i in range(nav.tree.topLevelItemCount())
    ]
    assert keys[-2:] == ["quality_studies", "action_lists"]
    nav.select(SECTION, "")
    nav.add_record()
    assert nav.current() == (SECTION, "Characteristic")
    assert isinstance(window.panel, QualityPanel)


def test_import_reads_off_the_gui_thread_then_replaces_the_rows(panel, qtbot, tmp_path) -> None:
    from score_desktop.widgets.quality.import_dialog import ImportChoice, ImportDialog

    path = tmp_path / "widths.csv"
    path.write_text("Lot;Width (microns)\nA;1,50\nA;1,52\nB;1,49\nB;1,51\n", encoding="utf-8")
    asked = []

    def ask(table, study):
        dialog = ImportDialog(table, study)
        qtbot.addWidget(dialog)
        asked.append(dialog.choice())  # the dialog's own guess: the first number column
        return ImportChoice("Width", subgroup_column="Lot")

    panel.importer.ask = ask
    panel.importer.start(path)
    qtbot.waitUntil(lambda: len(_study(panel).samples) == 4, timeout=5000)
    assert asked[0].column == "Width (microns)" and asked[0].replace_rows
    assert [s.subgroup for s in _study(panel).samples] == ["A", "A", "B", "B"]
    assert panel.result is not None and len(panel.result.primary.values) == 2
    panel.document.undo_stack.undo()
    assert len(_study(panel).samples) == 225


def test_an_import_refusal_names_the_file_row(panel, qtbot, tmp_path) -> None:
    from score_desktop.widgets.quality.import_dialog import ImportChoice

    path = tmp_path / "bad.csv"
    path.write_text("Width\n1.5\nn/a\n", encoding="utf-8")
    panel.importer.ask = lambda table, study: ImportChoice("Width")
    panel.importer.start(path)
    qtbot.waitUntil(lambda: "row 3" in panel.error.text(), timeout=5000)
    assert 'bad.csv: row 3: the value in column "Width" is not a number' in panel.error.text()
    missing = tmp_path / "missing.xlsx"
    panel.importer.start(missing)
    qtbot.waitUntil(lambda: "missing.xlsx" in panel.error.text(), timeout=5000)
    assert len(_study(panel).samples) == 225


def test_the_pareto_source_is_an_undoable_choice_kept_in_the_study(panel) -> None:
    view = panel.pareto_view
    panel.tabs.setCurrentWidget(view)
    view.source.activated.emit(view.source.findData("oee_machine"))
    assert _study(panel).pareto_source == "oee_machine"
    assert not view.tally.isEnabled()  # the OEE rejects are not typed here
    assert view.chart._wanted[1] == ("No OEE record of this project has rejects yet.",)
    panel.document.undo_stack.undo()
    assert _study(panel).pareto_source == "study"
    assert view.source.currentData() == "study"


def test_hidden_tabs_are_brought_up_to_date_when_shown(panel) -> None:
    panel.document.edit(
        "spec", lambda p: p.with_section(SECTION, (replace(_study(panel), lsl=1.0, usl=2.0),))
    )
    assert panel.capability_view in panel._stale  # not computed while the chart is shown
    assert panel.capability_view.table.text() == ""
    panel.tabs.setCurrentWidget(panel.capability_view)
    assert panel.capability_view not in panel._stale
    assert "Cpk" in panel.capability_view.table.text()


def test_skewed_data_show_the_johnson_figures(panel) -> None:
    import numpy as np

    rng = np.random.default_rng(2)
    values = 10 + 1.5 * np.sinh((rng.standard_normal(200) + 1.5) / 1.2)
    skewed = QualityStudy(
        "Flow width", chart="imr", samples=tuple(QualitySample(float(v)) for v in values),
        lsl=5.0, usl=60.0,
    )  # fmt: skip
    panel.document.edit("skewed", lambda p: p.with_section(SECTION, (skewed,)))
    panel.tabs.setCurrentWidget(panel.capability_view)
    text = panel.capability_view.table.text()
    assert "<b>not normal</b>" in text and "Johnson SU" in text and "Slifker-Shapiro" in text


def test_the_chart_message_goes_when_the_data_are_put_right(panel) -> None:
    samples = tuple(QualitySample(c, 50) for c in (3, 4, 51, 2))
    panel.document.edit(
        "p chart",
        lambda p: p.with_section(SECTION, (replace(_study(panel), chart="p", samples=samples),)),
    )
    assert "51 defectives" in panel.error.text()
    panel.document.undo_stack.undo()
    assert panel.error.text() == ""


def test_ctrl_v_in_the_table_pastes_the_clipboard(panel, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("1,7\n1,8\n")
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert [s.value for s in _study(panel).samples[:2]] == [1.7, 1.8]
