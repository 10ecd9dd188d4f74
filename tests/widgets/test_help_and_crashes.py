"""Help ▸ User guide (F1) and About, and the crash reporter: an exception in a slot reaches one
dialog and the log while the document stays open and unchanged."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from score_desktop import __version__, resources
from score_desktop.diagnostics import LOG_FILE_NAME
from score_desktop.widgets.crash_reporter import CrashReporter
from score_desktop.widgets.help import AboutDialog, GuideWindow


def test_f1_opens_the_user_guide_from_the_package(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window.guide_window
    qtbot.waitUntil(guide.isVisible)
    assert guide.page() == "user-guide.md"
    source = Path(guide.browser.source().toLocalFile())
    assert source == resources.guide_path()
    assert source.is_relative_to(Path(resources.__file__).parent)
    assert "SCORE Desktop user guide" in guide.browser.toPlainText()


def test_guide_links_open_the_linked_page_and_back_returns(qtbot):
    guide = GuideWindow()
    qtbot.addWidget(guide)
    guide.browser.setSource(guide.browser.source().resolved("line-balancing.md"))
    assert guide.page() == "line-balancing.md"
    assert guide.browser.toPlainText().startswith("Line balancing")
    guide.browser.backward()
    assert guide.page() == "user-guide.md"


def test_a_missing_guide_is_one_clear_message(window, monkeypatch, tmp_path):
    monkeypatch.setattr(resources, "data_dir", lambda: tmp_path)
    window.user_guide()
    title, message = window.errors[-1]
    assert title == "User guide"
    assert "the user guide page user-guide.md is missing" in message
    assert "Reinstall SCORE Desktop" in message


def test_about_lists_the_versions_and_copies_system_information(qtbot):
    about = AboutDialog()
    qtbot.addWidget(about)
    text = about.findChild(type(about.copied), "about_text").text()
    for name in ("Qt", "PySide6", "numpy", "SimPy", "numba"):
        assert f"<td>{name}</td>" in text
    assert f"SCORE Desktop {__version__}" in text
    QGuiApplication.clipboard().clear()
    about.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"SCORE Desktop: {__version__}\n")
    assert "numba: " in copied and "Log folder: " in copied
    assert "Copied" in about.copied.text()


def test_help_menu_about_opens_without_blocking(window, qtbot):
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog.isVisible())
    window.about_dialog.close()


class _Button(QObject):
    clicked = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_dialog_and_the_log(
    window, sample_file, qtbot, tmp_path, monkeypatch
):
    assert window.open_path(sample_file)
    window.navigator.select("oee_records", "Press 2")
    window.panel.form.editors["good_count"].setValue(18000)  # one edit on the undo stack
    document, before = window.document, window.document.project
    shown: list[tuple[str, str]] = []
    reporter = CrashReporter(window, tmp_path / "log", show=lambda t, m: shown.append((t, m)))
    reporter.install()
    try:
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
        window.export_action.trigger()  # a menu action the report lists (the dialog cancelled)
        button = _Button()

        def broken_slot() -> None:
            raise ZeroDivisionError("division by zero in a test slot")

        button.clicked.connect(broken_slot)
        with qtbot.waitSignal(reporter.reported, timeout=2000):
            QTimer.singleShot(0, button.clicked.emit)
    finally:
        reporter.uninstall()
    title, message = shown[-1]
    log = tmp_path / "log" / LOG_FILE_NAME
    assert title == "Something went wrong"
    assert message.startswith("Something went wrong: division by zero in a test slot")
    assert f"The work in this window is safe; a report was saved to {log}." in message
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a test slot" in text
    assert "in broken_slot" in text
    assert f"SCORE Desktop: {__version__}" in text and "numba: " in text
    assert "Export to Excel" in text  # the menu action
    assert "edit: " in text and "Good count" in text  # the undo-stack command
    assert window.document is document and window.document.project is before
    assert window.isVisible() and window.isWindowModified()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_thread_reaches_the_dialog_in_the_gui_thread(window, qtbot, tmp_path):
    seen: list[tuple[str, bool]] = []
    app_thread = QApplication.instance().thread()
    reporter = CrashReporter(
        window,
        tmp_path,
        show=lambda t, m: seen.append((m, QApplication.instance().thread() is app_thread)),
    )
    reporter.install()
    try:

        def work() -> None:
            raise RuntimeError("a worker failed")

        with qtbot.waitSignal(reporter.reported, timeout=2000):
            thread = threading.Thread(target=work, name="worker")
            thread.start()
            thread.join()
    finally:
        reporter.uninstall()
    message, in_gui_thread = seen[-1]
    assert message.startswith("Something went wrong: a worker failed")
    assert in_gui_thread
    assert "the background thread worker" in (tmp_path / LOG_FILE_NAME).read_text("utf-8")


def test_the_dialog_does_not_block_and_only_one_is_shown(window, qtbot, tmp_path):
    reporter = CrashReporter(window, tmp_path)
    reporter.report(ValueError("first"), "the window")
    reporter.report(ValueError("second"), "the window")
    box = reporter._box
    assert box is not None and box.isVisible() and "first" in box.text()
    assert "first" in (tmp_path / LOG_FILE_NAME).read_text("utf-8")
    assert "second" in (tmp_path / LOG_FILE_NAME).read_text("utf-8")
    box.close()


def test_a_missing_resource_says_the_installation_is_incomplete(window, tmp_path):
    shown: list[tuple[str, str]] = []
    reporter = CrashReporter(window, tmp_path, show=lambda t, m: shown.append((t, m)))
    missing = resources.MissingResourceError("the template x.csv", tmp_path / "x.csv")
    reporter.report(missing, "the window")
    assert shown == [("SCORE Desktop is not installed completely", str(missing))]
