"""Preferences: the language of the window and the format of numbers (applied on restart)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from score_desktop.i18n import (
    LANGUAGE_KEY,
    LANGUAGES,
    NUMBER_FORMAT_KEY,
    NUMBER_FORMATS,
    system_language,
)
from score_desktop.tools.messages import arg


class PreferencesDialog(QDialog):
    """Language and number format, stored in the user's settings."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(380)
        self.language = QComboBox()
        system = LANGUAGES[system_language()]
        self.language.addItem(arg(self.tr("As the system (%1)"), system), "")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._select(self.language, str(settings.value(LANGUAGE_KEY, "") or ""))
        self.numbers = QComboBox()
        self.numbers.addItem(self.tr("As the language"), "")
        for locale_name, example in NUMBER_FORMATS.items():
            self.numbers.addItem(example, locale_name)
        self._select(self.numbers, str(settings.value(NUMBER_FORMAT_KEY, "") or ""))
        form = QFormLayout()
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Numbers:"), self.numbers)
        note = QLabel(self.tr("Changes take effect when SCORE Desktop is restarted."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def accept(self) -> None:
        self.settings.setValue(LANGUAGE_KEY, self.language.currentData())
        self.settings.setValue(NUMBER_FORMAT_KEY, self.numbers.currentData())
        super().accept()
