"""The interface's language. Every visible string goes through Qt's tr()/translate(), so a
translation is a compiled Qt catalogue (resources/i18n/offline_assistant_<code>.qm, made with
`make translations` and Qt Linguist) plus Qt's own catalogue for its standard dialogs.
English is built in and needs no file. The language chosen is also the default QLocale, so
numbers and dates read as that language writes them ("7,9 GB" in Bahasa Indonesia), and
the fonts in resources/fonts cover the scripts a system may lack (Thai)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from app.core.units import format_bytes
from app.paths import resources_dir

CATALOGUE = "offline_assistant"
# The language a summary is written in when the user has not chosen one: the interface's
# (the names are the ones the summary prompts use, documents/summary_choices.py).
SUMMARY_LANGUAGE = {"id": "Bahasa Indonesia", "ms": "Bahasa Melayu", "th": "Thai",
                    "vi": "Vietnamese"}
_interface = "en"  # the catalogue installed last (install_translations), until it goes
_fonts_added = False


def catalogue_folder() -> Path:
    return resources_dir() / "i18n"


def available_languages(folder: Path | None = None) -> dict[str, str]:
    """Language code -> its own name ("de" -> "Deutsch"), English first."""
    languages = {"en": "English"}
    for path in sorted((folder or catalogue_folder()).glob(f"{CATALOGUE}_*.qm")):
        code = path.stem.removeprefix(f"{CATALOGUE}_")
        languages[code] = QLocale(code).nativeLanguageName().capitalize() or code
    return languages


class EnglishPlurals(QTranslator):
    """English, the source language, has no catalogue; without one Qt shows a plural text
    as written, "3 / 12 part(s)". This reads "(s)" as English does for the count. Installed
    before the catalogues, it only answers what none of them translates."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if n < 0 or "(s)" not in source_text:
            return None  # null, not "": Qt then asks the next catalogue or keeps the source
        return source_text.replace("(s)", "" if n == 1 else "s")

    def isEmpty(self) -> bool:
        return False


def install_english_plurals(app: QApplication) -> QTranslator:
    """Before install_translations: translators installed later are asked first."""
    translator = EnglishPlurals(app)
    app.installTranslator(translator)
    return translator


def install_translations(app: QApplication, language: str = "",
                         folder: Path | None = None) -> list[QTranslator]:
    """Load the app's and Qt's catalogues for `language` ("" = the system's) into `app`.
    Returns the translators, which must stay referenced while they are installed."""
    global _interface
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)
    installed = []
    _interface = "en"
    qt_catalogues = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name, where in ((CATALOGUE, folder or catalogue_folder()), ("qtbase", qt_catalogues)):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", str(where)) and app.installTranslator(translator):
            installed.append(translator)
            if name == CATALOGUE:
                _interface = translator.language().split("_")[0]
                translator.destroyed.connect(_forget_interface)
    return installed


def _forget_interface() -> None:
    global _interface
    _interface = "en"


def interface_language() -> str:
    """The code of the catalogue the interface shows ("th"), "en" where none does."""
    return _interface


def install_fonts() -> None:
    """Make the shipped fonts known to Qt, once: its fallback then draws Thai with them
    where the system has no Thai font (a fresh Linux desktop often has none)."""
    global _fonts_added
    if _fonts_added:
        return
    for path in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(path))
    _fonts_added = True


def local_size(count: float) -> str:
    """A size as the interface's language writes it: "4.1 GB", "4,1 GB"."""
    return format_bytes(count, QLocale().decimalPoint())
