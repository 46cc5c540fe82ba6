"""The interface can be translated: every string a user sees goes through Qt's tr(). Checked
with a real Qt catalogue made by Qt's own tools from the app's source, in which every
translation is the English text in ⟦brackets⟧: a string that shows up without brackets was
never looked up, and a bracketed one proves the lookup works at run time."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu

from app.ui.app import close_window, create_window
from app.ui.i18n import available_languages, install_translations

REPO = Path(__file__).resolve().parents[2]
UI = REPO / "app" / "ui"
PSEUDO = "eo"  # Esperanto: a real locale code no shipped translation uses


def _tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}") or str(Path(__import__("sys").executable).parent
                                                   / f"pyside6-{name}")
    if not Path(path).exists():
        pytest.fail(f"pyside6-{name} is missing (it comes with PySide6)")
    return path


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("i18n")
    ts = folder / f"offline_assistant_{PSEUDO}.ts"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([_tool("lupdate"), *sources, "-ts", str(ts)], check=True,
                   capture_output=True, timeout=120)
    tree = ET.parse(ts)
    messages = tree.getroot().iter("message")
    count = 0
    for message in messages:
        translation = message.find("translation")
        forms = translation.findall("numerusform")  # a plural: one text per form
        for place in forms or [translation]:
            place.text = f"⟦{message.findtext('source')}⟧"
        translation.attrib.pop("type", None)
        count += 1
    assert count > 150, f"only {count} strings are marked for translation"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("lrelease"), str(ts)], check=True, capture_output=True, timeout=120)
    assert ts.with_suffix(".qm").is_file()
    return folder


def test_every_visible_text_of_the_window_is_translated(qtbot, model_path, pseudo_catalogue):
    app = QApplication.instance()
    translators = install_translations(app, PSEUDO, folder=pseudo_catalogue)
    assert translators, "the pseudo catalogue did not load"
    assert PSEUDO in available_languages(pseudo_catalogue)
    win = create_window(str(model_path))
    qtbot.addWidget(win)
    try:
        texts = [w.text() for w in win.findChildren(QAbstractButton)]
        texts += [w.text() for w in win.findChildren(QLabel) if w.isVisibleTo(win)]
        texts += [m.title() for m in win.findChildren(QMenu)]
        texts += [a.text() for m in win.findChildren(QMenu) for a in m.actions()]
        texts += [win.composer.placeholderText()]
        words = [t for t in texts if re.search(r"[A-Za-z]{3}", re.sub(r"<[^>]+>", "", t))]
        untranslated = [t for t in words if "⟦" not in t]
        assert words and not untranslated
    finally:
        close_window(win)
        for translator in translators:
            app.removeTranslator(translator)


def test_no_string_is_built_before_it_is_translated():
    """tr(f"…{x}") looks up a text that is never in the catalogue: format after tr()."""
    offenders = []
    for path in UI.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and getattr(node.func, "attr",
                                                       getattr(node.func, "id", "")) in
                    ("tr", "translate", "_tr") and node.args):
                is_translate = getattr(node.func, "attr", "") == "translate"
                text = node.args[1] if is_translate and len(node.args) > 1 else node.args[0]
                if not isinstance(text, ast.Constant):
                    offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


def test_the_chosen_language_is_kept_and_read_before_any_window(qtbot, data_home):
    from app.core.queue_lock import WINDOW, QueueLock
    from app.core.settings import AppSettings
    from app.core.store import Store
    from app.paths import database_path
    from app.ui.dialogs import SettingsDialog
    from app.workers.data_open import open_data

    dialog = SettingsDialog(AppSettings(language="", theme="dark"), [])
    qtbot.addWidget(dialog)
    assert dialog.language.itemText(0) and dialog.language.findData("en") > 0
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    chosen = dialog.result_settings()
    assert (chosen.language, chosen.theme) == ("en", "dark")
    store = Store(database_path())
    chosen.save(store)
    store.close()
    opened, queue = [], QueueLock(data_home, WINDOW)
    open_data(queue, opened.append, opened.append)  # what the window reads before it is built
    qtbot.waitUntil(lambda: bool(opened))
    queue.release()
    assert opened[0].language == "en"
