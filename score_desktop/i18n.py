"""The user's language: the app's and Qt's translators, and the locale numbers follow.

The language follows the system unless chosen in Preferences (the choice takes effect when
the app is restarted). Numbers follow the language's usual locale unless a number format is
chosen there too. The compiled translations (``score_desktop_<lang>.qm``) are in the package;
Qt's own ``qtbase_<lang>.qm`` come with Qt, and the package carries those Qt lacks.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from score_desktop.resources import data_dir

LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "vi": "Tiếng Việt",
}
# The locale that numbers and dates follow when the user has not chosen one.
DEFAULT_NUMBER_LOCALES = {"en": "en_US", "es": "es_ES", "fr": "fr_FR", "vi": "vi_VN"}
# Number formats a user can choose in Preferences: a locale name and how it writes 1234.5.
NUMBER_FORMATS: dict[str, str] = {
    "en_US": "1,234.5",
    "es_ES": "1.234,5",
    "fr_FR": "1 234,5",
    "de_CH": "1’234.5",
}
LANGUAGE_KEY = "ui/language"  # "" follows the system
NUMBER_FORMAT_KEY = "ui/number_format"  # "" follows the language


def translations_dir() -> Path:
    """The folder of the compiled translations shipped in the package."""
    return data_dir() / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's user-interface languages that the app speaks, else English."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Preferences, or the system's."""
    value = str(settings.value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else system_language()


def number_locale(settings: QSettings, language: str) -> QLocale:
    """The locale that numbers and dates are shown and typed in."""
    chosen = str(settings.value(NUMBER_FORMAT_KEY, "") or "")
    if chosen in NUMBER_FORMATS:
        return QLocale(chosen)
    if language == system_language():
        return QLocale.system()
    return QLocale(DEFAULT_NUMBER_LOCALES.get(language, "en_US"))


def _load(translator: QTranslator, name: str, *folders: Path) -> bool:
    return any(translator.load(name, str(folder)) for folder in folders if folder.is_dir())


def install_translations(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; returns those that loaded
    (keep them alive as long as the app). English needs none."""
    if language == "en" or language not in LANGUAGES:
        return []
    installed = []
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name, folders in (
        (f"qtbase_{language}", (qt_folder, translations_dir())),
        (f"score_desktop_{language}", (translations_dir(),)),
    ):
        translator = QTranslator(app)
        if _load(translator, name, *folders):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def apply_language(app: QCoreApplication, settings: QSettings) -> list[QTranslator]:
    """At start-up: the chosen language's translators and the default locale for numbers."""
    language = chosen_language(settings)
    QLocale.setDefault(number_locale(settings, language))
    return install_translations(app, language)
