"""The shipped translations: complete, in step with the code, compiled, and faithful to the
placeholders, tags and keyboard accelerators of the English text."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from score_desktop.devtools import translations as tx
from score_desktop.i18n import LANGUAGES, install_translations

SHIPPED = [code for code in LANGUAGES if code != "en"]
MARKS = re.compile(r"%\d+|%[sdfn]|%\.\d+f|\{[^}]*\}|<[^>]+>|\n")


@pytest.mark.parametrize("language", SHIPPED)
def test_every_text_is_translated(language):
    assert tx.unfinished(tx.ts_path(language)) == []


@pytest.mark.parametrize("language", SHIPPED)
def test_the_translations_are_in_step_with_the_code(language, tmp_path):
    """lupdate over today's sources adds nothing new and drops nothing."""
    copy = tmp_path / tx.ts_path(language).name
    shutil.copy(tx.ts_path(language), copy)
    tx.lupdate(copy)
    assert tx.unfinished(copy) == []
    assert copy.read_bytes().count(b"<message") == tx.ts_path(language).read_bytes().count(
        b"<message"
    )


@pytest.mark.parametrize("language", SHIPPED)
def test_the_compiled_translations_are_up_to_date(language, tmp_path):
    ts = tx.ts_path(language)
    tx.lrelease(ts, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("language", SHIPPED)
def test_placeholders_tags_and_accelerators_are_kept(language):
    problems = []
    for message in ET.parse(tx.ts_path(language)).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [f.text or "" for f in translation] or [translation.text or ""]
        for form in forms:
            want, got = sorted(MARKS.findall(source)), sorted(MARKS.findall(form))
            if message.get("numerus") == "yes":
                want, got = [m for m in want if m != "%n"], [m for m in got if m != "%n"]
            if want != got or min(_accelerators(source), 1) != min(_accelerators(form), 1):
                problems.append((source, form))
    assert problems == []


@pytest.fixture
def translated(qapp):
    installed: list = []

    def install(language: str) -> None:
        installed.extend(install_translations(qapp, language))

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)


@pytest.mark.parametrize(
    ("language", "file_menu", "yes"),
    [("es", "&Archivo", "&Sí"), ("fr", "&Fichier", "&Oui"), ("vi", "&Tệp", "&Có")],
)
def test_the_window_and_qts_own_buttons_speak_the_language(
    language, file_menu, yes, translated, qtbot, tmp_path
):
    from PySide6.QtCore import QSettings

    from score_desktop.widgets.main_window import MainWindow

    translated(language)
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), tmp_path)
    qtbot.addWidget(window)
    assert file_menu in [action.text() for action in window.menuBar().actions()]
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Yes).text() == yes
