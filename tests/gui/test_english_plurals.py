"""Plural texts are written once, "%n part(s)", for Qt's plural forms. English has no
catalogue, so the app reads the "(s)" itself; a language's catalogue still goes first."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.i18n import install_english_plurals, install_translations
from app.ui.job_table import JobTableModel
from app.ui.queue_rows import QueueRow

ESPERANTO = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="eo">
<context>
    <name>JobTableModel</name>
    <message numerus="yes">
        <source>{done} / %n part(s)</source>
        <translation>
            <numerusform>{done} / %n parto</numerusform>
            <numerusform>{done} / %n partoj</numerusform>
        </translation>
    </message>
</context>
</TS>
"""


def parts(model: JobTableModel, done: int, total: int) -> str:
    return model.parts_text(QueueRow("file:1", "lease.txt", "brief", "running",
                                     done=done, total=total))


@pytest.fixture
def translators():
    app = QApplication.instance()
    installed = []
    yield installed
    for translator in installed:
        app.removeTranslator(translator)


def test_english_counts_read_as_english(qtbot, translators, english_plurals):
    app = QApplication.instance()
    app.removeTranslator(english_plurals)  # the GUI tests' own, as run_app installs it
    model = JobTableModel()
    try:
        assert parts(model, 3, 12) == "3 / 12 part(s)"  # what Qt shows with no catalogue
    finally:
        app.installTranslator(english_plurals)
    translators.append(install_english_plurals(app))
    assert parts(model, 0, 1) == "0 / 1 part"
    assert parts(model, 3, 12) == "3 / 12 parts"
    assert model.headers()[0] == "Document"  # a text without a count is left alone


def test_a_languages_catalogue_goes_before_the_english_plurals(qtbot, translators, tmp_path):
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent
                                                       / "pyside6-lrelease")
    ts = tmp_path / "offline_assistant_eo.ts"
    ts.write_text(ESPERANTO, encoding="utf-8")
    subprocess.run([lrelease, str(ts)], check=True, capture_output=True, timeout=120)
    app = QApplication.instance()
    translators.append(install_english_plurals(app))
    translators.extend(install_translations(app, "eo", folder=tmp_path))
    assert translators[1:], "the Esperanto catalogue did not load"
    model = JobTableModel()
    assert parts(model, 3, 12) == "3 / 12 partoj"
    assert parts(model, 1, 1) == "1 / 1 parto"
