"""Preferences: the language and number format are stored and followed at the next start."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings

from score_desktop.i18n import (
    LANGUAGE_KEY,
    NUMBER_FORMAT_KEY,
    chosen_language,
    number_locale,
    system_language,
)
from score_desktop.widgets.preferences_dialog import PreferencesDialog


def _settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)


def test_the_language_follows_the_system_unless_chosen(tmp_path):
    settings = _settings(tmp_path)
    assert chosen_language(settings) == system_language()
    settings.setValue(LANGUAGE_KEY, "vi")
    assert chosen_language(settings) == "vi"
    settings.setValue(LANGUAGE_KEY, "klingon")
    assert chosen_language(settings) == system_language()


def test_the_system_language_is_the_first_ui_language_the_app_speaks():
    assert system_language(QLocale("fr_SN")) == "fr"
    assert system_language(QLocale("es_MX")) == "es"
    assert system_language(QLocale("vi_VN")) == "vi"
    assert system_language(QLocale("ja_JP")) == "en"


def test_numbers_follow_the_language_or_the_chosen_format(tmp_path):
    settings = _settings(tmp_path)
    if system_language() != "es":
        assert number_locale(settings, "es").toString(1234.5, "f", 1) == "1234,5"
    settings.setValue(NUMBER_FORMAT_KEY, "en_US")
    assert number_locale(settings, "es").toString(1234.5, "f", 1) == "1,234.5"


def test_the_dialog_stores_the_choice(qtbot, tmp_path):
    settings = _settings(tmp_path)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.numbers.setCurrentIndex(dialog.numbers.findData("fr_FR"))
    dialog.accept()
    assert settings.value(LANGUAGE_KEY) == "fr"
    assert settings.value(NUMBER_FORMAT_KEY) == "fr_FR"
    dialog.grab().save(str(tmp_path / "preferences.png"))
