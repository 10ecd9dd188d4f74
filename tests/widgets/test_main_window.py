"""The main window as a user drives it: open, edit, undo, save, prompts, recovery, export."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from score_desktop.project import load_project
from score_desktop.project.recovery import pending_recoveries, write_recovery
from tests.widgets.conftest import EXAMPLE, sample_project

Button = QMessageBox.StandardButton


def test_start_page_lists_the_bundled_example(window):
    assert window.stack.currentWidget() is window.start_page
    texts = [
        window.start_page.example_list.item(i).text()
        for i in range(window.start_page.example_list.count())
    ]
    assert any("Acme Stamping" in t for t in texts)
    assert window.windowTitle() == "SCORE Desktop"
    assert not window.save_action.isEnabled()


def test_open_example_shows_navigator_title_and_recent(window):
    assert window.open_path(EXAMPLE)
    assert window.stack.currentWidget() is window.workspace
    assert window.windowTitle().startswith("acme-stamping.scoreproj")
    assert not window.isWindowModified()
    tree = window.navigator.tree
    assert tree.topLevelItem(1).childCount() == 10  # ten OEE records
    assert window.recent_files()[0] == str(EXAMPLE.resolve())
    assert window.recent_menu.actions()[0].text() == "acme-stamping.scoreproj"


def test_damaged_file_is_refused_and_current_document_kept(window, sample_file, tmp_path):
    window.open_path(sample_file)
    before = window.document
    bad = tmp_path / "bad.scoreproj"
    bad.write_bytes(
        b'{"format_version": 2, "oee_records": [{"name": "X", "total_count": 5, "good_count": 9}]}'
    )
    assert not window.open_path(bad)
    assert window.document is before
    assert window.errors[-1][1].endswith('OEE record "X": good count 9 exceeds total count 5')


def test_form_edit_undo_redo_and_modified_marker(window, sample_file, qtbot):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    form = window.panel.form
    form.editors["good_count"].setValue(18000)
    assert window.document.project.oee_records[0].good_count == 18000
    assert window.isWindowModified()
    assert "Good count" in window.undo_action.text()
    window.undo_action.trigger()
    assert window.document.project.oee_records[0].good_count == 18848
    assert form.editors["good_count"].value() == 18848
    assert not window.isWindowModified()
    window.redo_action.trigger()
    assert window.document.project.oee_records[0].good_count == 18000


def test_invalid_edit_is_refused_inline_and_the_typed_value_stays(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    form = window.panel.form
    form.editors["good_count"].setValue(20000)
    assert window.document.project.oee_records[0].good_count == 18848
    assert "good count 20000 exceeds total count 19271" in form.error_text
    assert form.editors["good_count"].value() == 20000
    assert not window.isWindowModified()


def test_results_follow_edits(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    panel = window.panel
    assert "74.8" in panel.headline.text()  # oee.com's worked example
    panel.form.editors["ideal_cycle_time_s"].setValue(1.5)  # performance would exceed 100 %
    assert panel.error.isVisible() if panel.isVisible() else panel.error.text()
    assert "ideal cycle time" in panel.error.text().lower()
    panel.definition.setCurrentIndex(1)
    assert "OEE index" in panel.headline.text() or panel.error.text()


def test_stop_log_add_edit_paste_delete_with_undo(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    model = window.panel.stop_model
    stack = window.document.undo_stack
    assert model.rowCount() == 2
    assert model.add_stop()
    assert model.rowCount() == 3
    assert model.setData(model.index(2, 1), "4.5")
    assert model.setData(model.index(2, 2), "Misfeed")
    assert model.setData(model.index(2, 3), "minor_stop")
    stop = window.document.project.oee_records[0].stops[2]
    assert (stop.duration_min, stop.reason, stop.category) == (4.5, "Misfeed", "minor_stop")
    assert not model.setData(model.index(2, 1), "abc")
    assert "must be a number of minutes" in model.error
    assert model.paste_rows("300\t3\tJam\tMinor stops\n310\t12\tNo operator\tbreakdown\n") == 2
    assert model.rowCount() == 5
    assert model.remove_rows([0, 1])
    assert model.rowCount() == 3
    for _ in range(6):
        stack.undo()
    assert window.document.project == load_project(sample_file)


def test_threshold_reclassifies_and_the_table_says_so(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    model = window.panel.stop_model
    model.add_stop()
    model.setData(model.index(2, 1), "3")
    assert model.index(2, 3).data() == "Breakdowns → Minor stops"


def test_navigator_add_rename_duplicate_delete_undo(window, sample_file, monkeypatch):
    window.open_path(sample_file)
    nav = window.navigator
    nav.select("oee_records", "")
    nav.add_record()
    names = [r.name for r in window.document.project.oee_records]
    assert names == ["Press 2", "Machine shift"]
    assert nav.current() == ("oee_records", "Machine shift")
    assert nav.rename("oee_records", "Press 2", "Press 2 (200 t)")
    assert window.document.project.demands[0].efficiency_oee_record == "Press 2 (200 t)"
    nav.select("oee_records", "Press 2 (200 t)")
    nav.duplicate_current()
    assert window.document.project.oee_records[1].name == "Press 2 (200 t) copy"
    nav.select("oee_records", "Machine shift")
    nav.delete_current()
    assert len(window.document.project.oee_records) == 2
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not nav.rename("oee_records", "Press 2 (200 t)", "Press 2 (200 t) copy")
    assert "already exists" in warnings[-1]
    for _ in range(4):
        window.document.undo_stack.undo()
    assert window.document.project == load_project(sample_file)


def test_takt_panel_links_efficiency_to_an_oee_record(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("demands", "Brackets")
    panel = window.panel
    assert "60.0 s" in panel.values["takt"].text()  # 2 × (480 - 20) min × 60 / 920
    assert "linked" in panel.values["planned"].text()
    assert not panel.form.editors["efficiency"].isEnabled()
    panel.efficiency_source.setCurrentIndex(0)
    panel._source_chosen(0)
    assert window.document.project.demands[0].efficiency_oee_record == ""
    assert "typed efficiency 85.0" in panel.values["planned"].text()
    window.document.undo_stack.undo()
    assert window.document.project.demands[0].efficiency_oee_record == "Press 2"


def test_project_metadata_edit_and_undo(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("project", "")
    panel = window.panel
    panel.edits["company"].setText("=Acme")
    panel.edits["company"].editingFinished.emit()
    assert window.document.project.meta.company == "=Acme"
    window.document.undo_stack.undo()
    assert window.document.project.meta.company == ""


def _make_edit(window):
    window.navigator.select("oee_records", "Press 2")
    window.panel.form.editors["total_count"].setValue(20000)
    assert window.isWindowModified()


def test_close_with_unsaved_changes_asks_and_cancel_keeps_the_window(window, sample_file):
    window.open_path(sample_file)
    _make_edit(window)
    asked = []
    window.ask_save_changes = lambda: asked.append(1) or Button.Cancel
    assert not window.close()
    assert asked and window.isVisible()
    window.ask_save_changes = lambda: Button.Discard
    assert window.close()
    assert load_project(sample_file).oee_records[0].total_count == 19271


def test_save_from_the_prompt_writes_the_file(window, sample_file):
    window.open_path(sample_file)
    _make_edit(window)
    window.ask_save_changes = lambda: Button.Save
    window.new_project()
    assert load_project(sample_file).oee_records[0].total_count == 20000
    assert window.document.path is None


def test_failed_save_keeps_changes_and_tells_the_user(window, sample_file, monkeypatch):
    import score_desktop.project.fileio as fileio

    window.open_path(sample_file)
    _make_edit(window)
    original = sample_file.read_bytes()

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", disk_full)
    assert not window.save()
    assert window.isWindowModified()
    assert "No space left on device" in window.errors[-1][1]
    assert sample_file.read_bytes() == original


def test_autosave_and_recovery_after_a_crash(window, sample_file, qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from score_desktop.widgets.main_window import MainWindow

    window.open_path(sample_file)
    _make_edit(window)
    window.autosave()
    assert window.recovery_file.exists()
    # A second app start (the first one "crashed": its lock goes with the process):
    window.session_lock.release()
    settings = QSettings(str(tmp_path / "settings2.ini"), QSettings.Format.IniFormat)
    second = MainWindow(settings, tmp_path / "recovery")
    qtbot.addWidget(second)
    second.ask_restore = lambda recovery: Button.Yes
    second.ask_save_changes = lambda: Button.Discard
    assert second.offer_recovery()
    assert second.document.project.oee_records[0].total_count == 20000
    assert second.document.path == sample_file
    assert second.isWindowModified()
    assert pending_recoveries(tmp_path / "recovery", exclude=window.recovery_file) == []


def test_declined_recovery_is_discarded(window, tmp_path):
    folder = tmp_path / "recovery"
    write_recovery(folder / "autosave-old.recovery.json", sample_project(), "")
    window.ask_restore = lambda recovery: Button.No
    assert not window.offer_recovery()
    assert pending_recoveries(folder) == []


def test_clean_close_leaves_no_recovery_file(window, sample_file):
    window.open_path(sample_file)
    _make_edit(window)
    window.autosave()
    window.ask_save_changes = lambda: Button.Discard
    window.close()
    assert not window.recovery_file.exists()


def test_export_runs_in_the_background(window, sample_file, qtbot, tmp_path):
    window.open_path(sample_file)
    target = tmp_path / "out.xlsx"
    with qtbot.waitSignal(
        window.export_runner.running_changed,
        timeout=20000,
        check_params_cb=lambda running: not running,
    ):
        window.start_export(target)
    wb = load_workbook(target)
    assert "OEE Press 2" in wb.sheetnames


def test_save_as_and_reopen_round_trip(window, sample_file, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    window.open_path(sample_file)
    _make_edit(window)
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.save_as()
    saved = tmp_path / "copy.scoreproj"
    assert window.document.path == saved
    assert not window.isWindowModified()
    assert load_project(saved).oee_records[0].total_count == 20000


def test_every_panel_renders(window, tmp_path):
    window.open_path(EXAMPLE)
    for section, name in [
        ("project", ""),
        ("oee_records", ""),
        ("oee_records", "Press 1 Mon (A)"),
        ("demands", ""),
        ("demands", "Steering brackets"),
    ]:
        window.navigator.select(section, name)
        image = window.grab().toImage()
        assert not image.isNull() and image.width() >= 960
        path = Path(tmp_path / f"{section}-{name}.png")
        assert window.grab().save(str(path))


def test_an_edit_keeps_the_open_panel(window, sample_file):
    window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    panel = window.panel
    panel.form.editors["total_count"].setValue(20000)
    window.document.undo_stack.undo()
    assert window.panel is panel
    window.navigator.select("demands", "Brackets")
    assert window.panel is not panel


def _second_window(qtbot, tmp_path, name="settings2.ini"):
    from PySide6.QtCore import QSettings

    from score_desktop.widgets.main_window import MainWindow

    settings = QSettings(str(tmp_path / name), QSettings.Format.IniFormat)
    second = MainWindow(settings, tmp_path / "recovery")
    qtbot.addWidget(second)
    second.ask_save_changes = lambda: Button.Discard
    second.show_error = lambda title, message: None
    return second


def test_a_second_instance_does_not_offer_or_delete_the_live_autosave(
    window, sample_file, qtbot, tmp_path
):
    window.open_path(sample_file)
    _make_edit(window)
    window.autosave()
    second = _second_window(qtbot, tmp_path)
    asked = []
    second.ask_restore = lambda recovery: asked.append(recovery) or Button.No
    assert not second.offer_recovery()
    assert asked == []
    assert window.recovery_file.exists()


def test_restored_work_keeps_its_recovery_file_until_autosaved(
    window, sample_file, qtbot, tmp_path, monkeypatch
):
    from score_desktop.project import ProjectError
    from score_desktop.project import recovery as rec

    window.open_path(sample_file)
    _make_edit(window)
    window.autosave()
    left = window.recovery_file
    window.session_lock.release()  # the first session crashes
    second = _second_window(qtbot, tmp_path)
    second.ask_restore = lambda recovery: Button.Yes

    def disk_full(*args, **kwargs):
        raise ProjectError("disk full")

    monkeypatch.setattr(rec, "write_recovery", disk_full)
    assert second.offer_recovery()
    assert left.exists()  # not yet kept anywhere else: a second crash must not lose it
    second.session_lock.release()
    third = _second_window(qtbot, tmp_path, "settings3.ini")
    assert rec.latest_recovery(tmp_path / "recovery", exclude=third.recovery_file) is None
    monkeypatch.undo()
    second.autosave()  # now the restored work is autosaved again: the old file goes
    assert second.recovery_file.exists() and not left.exists()
    assert second.document.project.oee_records[0].total_count == 20000


def test_no_discards_only_the_offered_recovery(window, tmp_path, monkeypatch):
    from score_desktop.project import recovery as rec

    folder = tmp_path / "recovery"
    monkeypatch.setattr(rec, "now_iso", lambda: "2026-11-26T09:00:00+00:00")
    write_recovery(folder / "autosave-old.recovery.json", sample_project(), "")
    monkeypatch.setattr(rec, "now_iso", lambda: "2026-11-26T10:00:00+00:00")
    write_recovery(folder / "autosave-new.recovery.json", sample_project(), "")
    offered = []
    window.ask_restore = lambda recovery: offered.append(recovery.path.name) or Button.No
    assert not window.offer_recovery()
    assert offered == ["autosave-new.recovery.json"]
    assert [r.path.name for r in pending_recoveries(folder)] == ["autosave-old.recovery.json"]
