"""#18: the interface in our users' languages. Each shipped catalogue covers every string the
code has now (scripts/check_translations.py, run on a fresh lupdate of the source), its
plurals read right, and the real window in each language and theme shows no English text
that has a translation, no missing glyph (Thai and Vietnamese) and no clipped button. The
pictures are saved in test-artifacts/ to be looked at."""

from __future__ import annotations

import importlib.util
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from app.ui.app import close_window, create_window
from app.ui.i18n import (
    SUMMARY_LANGUAGE,
    install_fonts,
    install_translations,
    interface_language,
    local_size,
)
from app.ui.theme import apply_theme
from app.ui.transcript import is_dark

REPO = Path(__file__).resolve().parents[2]
CATALOGUES = REPO / "resources" / "i18n"
LANGUAGES = ("id", "ms", "vi", "th")


def _checker():
    spec = importlib.util.spec_from_file_location(
        "check_translations", REPO / "scripts" / "check_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECKER = _checker()


def _translations(language: str) -> dict[str, list[str]]:
    """English source -> its translation(s) in the shipped catalogue."""
    found = {}
    for message in ET.parse(CATALOGUES / f"offline_assistant_{language}.ts").iter("message"):
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        found[message.findtext("source")] = [f.text for f in forms] or [translation.text]
    return found


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The shipped catalogues compiled here, as `make translations` compiles them."""
    folder = tmp_path_factory.mktemp("qm")
    for language in LANGUAGES:
        subprocess.run([CHECKER.tool("lrelease"), CATALOGUES / f"offline_assistant_{language}.ts",
                        "-qm", folder / f"offline_assistant_{language}.qm"],
                       check=True, capture_output=True, timeout=120)
    return folder


@pytest.fixture
def speaking(compiled):
    """Install a language for one test; English comes back after (the locale too:
    conftest's locale_comes_back)."""
    app, installed = QApplication.instance(), []

    def install(language: str):
        installed.extend(install_translations(app, language, folder=compiled))
        assert installed, f"the {language} catalogue did not load"

    yield install
    for translator in installed:
        app.removeTranslator(translator)
        shiboken6.delete(translator)  # the interface is English again (interface_language)
    assert interface_language() == "en"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_covers_every_string_of_the_source(language):
    problems = CHECKER.problems(language)
    assert not problems, "\n".join(problems[:30])


def test_the_checker_finds_a_missing_and_a_broken_translation(tmp_path):
    """The completeness check can fail: a catalogue with one string emptied and one whose
    placeholder was translated away."""
    tree = ET.parse(CATALOGUES / "offline_assistant_vi.ts")
    messages = [m for m in tree.iter("message") if m.get("numerus") != "yes"]
    messages[0].find("translation").text = ""
    braced = next(m for m in messages[1:] if "{" in m.findtext("source"))
    braced.find("translation").text = "không có chỗ giữ"
    broken = tmp_path / "offline_assistant_vi.ts"
    tree.write(broken, encoding="utf-8")
    problems = CHECKER.problems("vi", broken)
    assert any("empty translation" in p for p in problems)
    assert any("placeholders differ" in p for p in problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plurals_and_numbers_read_as_the_language_writes_them(speaking, language):
    speaking(language)
    assert interface_language() == language
    for source, forms in _translations(language).items():
        if "%n" not in source:
            continue
        for count in (1, 7):
            shown = QCoreApplication.translate(_context_of(language, source), source, None, count)
            assert shown == forms[0].replace("%n", str(count)), (source, shown)
    comma = language in ("id", "vi")  # 7,9 GB; Thai and Malay write 7.9 GB
    assert local_size(7.9e9) == ("7,9 GB" if comma else "7.9 GB")


def _context_of(language: str, source: str) -> str:
    for context in ET.parse(CATALOGUES / f"offline_assistant_{language}.ts").iter("context"):
        if any(m.findtext("source") == source for m in context.iter("message")):
            return context.findtext("name")
    raise AssertionError(source)


def _missing_glyphs(text: str, font) -> str:
    """The characters of `text` that `font` and Qt's fallback fonts draw as an empty box."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyphs = [g for run in layout.glyphRuns() for g in run.glyphIndexes()]
    return text if 0 in glyphs else ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_speaks_the_language_in_both_themes(qtbot, model_path, speaking, artifacts,
                                                        language):
    speaking(language)
    translations = _translations(language)
    app = QApplication.instance()
    win = create_window(str(model_path))
    qtbot.addWidget(win)
    win.resize(1100, 760)
    win.show()
    qtbot.waitExposed(win)
    # the saved settings apply their theme when read: only then may the test choose one
    qtbot.waitUntil(lambda: win.preferences.loaded)
    try:
        documents = win.documents
        assert documents.language_choice.currentData() == SUMMARY_LANGUAGE[language]
        for page in (0, 1):
            win.show_page(page)
            qtbot.waitUntil(lambda page=page: win.pages.currentIndex() == page)
            shown = [w for w in win.findChildren(QAbstractButton) + win.findChildren(QLabel)
                     if w.isVisibleTo(win) and w.text().strip()]
            english = [w.text() for w in shown
                       if w.text() in translations and w.text() not in translations[w.text()]]
            assert not english, f"shown in English: {english}"
            boxes = [w.text() for w in shown if _missing_glyphs(w.text(), w.font())]
            assert not boxes, f"drawn with missing glyphs: {boxes}"
            clipped = [w.text() for w in shown if isinstance(w, QAbstractButton)
                       and w.width() < w.minimumSizeHint().width()]
            assert not clipped, f"buttons narrower than their text: {clipped}"
            for theme in ("light", "dark"):
                apply_theme(app, theme)
                qtbot.waitUntil(lambda dark=theme == "dark": is_dark(win.palette()) == dark)
                win.grab().save(str(artifacts / f"language-{language}-page{page}-{theme}.png"))
    finally:
        apply_theme(app, "light")
        close_window(win)


def test_thai_is_drawn_even_where_the_system_has_no_thai_font():
    """The glyph check itself can fail: a script no shipped or system font covers here
    (Ol Chiki) comes out as empty boxes."""
    from PySide6.QtGui import QFont

    install_fonts()
    assert _missing_glyphs("ᱚᱞ ᱪᱤᱠᱤ", QFont())
    assert not _missing_glyphs("ภาษาไทย Tiếng Việt", QFont())
