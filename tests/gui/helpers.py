"""What the GUI tests do again and again in the real window: ask a question, summarise a
document, find a row of the queue and press its buttons, click a link, take pictures, check
each summary sentence's source. One place, so the tests share them without importing each
other."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.store import Store
from app.core.summarize.provenance import REFERENCE, summary_units
from app.core.summarize.references import pages_for
from app.ui.theme import apply_theme
from app.ui.transcript import is_dark
from tests.gui.conftest import ANSWER_TIMEOUT_MS

SUMMARY_MS = 300_000  # a loaded 2-core machine; one chunk takes ~20 s alone


# -- chat ------------------------------------------------------------------------------------
def shows(transcript, text: str) -> bool:
    """The first words of `text` are on screen (Markdown changes the punctuation around them)."""
    def words(value: str) -> list[str]:  # list numbers are drawn, not part of the text
        return [w for w in re.findall(r"\w+", value) if not w.isdigit()]

    return " ".join(words(text)[:6]) in " ".join(words(transcript.toPlainText()))


def listed(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def ask(qtbot, window, question: str):
    window.composer.setPlainText(question)
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS) as done:
        window.send_button.click()
    return done.args[0]


# -- documents -------------------------------------------------------------------------------
def summarise_in_window(qtbot, window, path, timeout: int = SUMMARY_MS):
    """Add one document on the Documents page and return its JobFinished once shown."""
    window.show_page(1)
    with qtbot.waitSignal(window.sig_summary_shown, timeout=timeout) as done:
        window.documents.add_paths([str(path)])
    return done.args[0]


def note(folder, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def lease(folder, name: str = "lease.txt"):
    """Three pages of clauses: long enough to follow, short enough to finish in seconds."""
    party = "Syarikat Maju" if name == "lease.txt" else "Bina Jaya Sdn Bhd"
    text = "\f".join("\n\n".join(f"Clause {p}.{i}: the lessee pays {p * 100 + i} ringgit to "
                                 f"{party} by day {i + 1}." for i in range(12))
                     for p in range(1, 4))
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def row_named(page, name: str):
    return next((r for r in page.model.rows if r.name == name), None)


def status_of(page, name: str) -> str | None:
    row = row_named(page, name)
    return row.status if row else None


def click(page, name: str, action: str) -> None:
    buttons = page.row_buttons(row_named(page, name).key)
    assert action in buttons, f"{name} offers {sorted(buttons)}, not {action}"
    buttons[action].click()


def shot(qtbot, window, artifacts, name: str) -> None:
    """Light and dark pictures for a person to judge (they are looked at, not compared)."""
    app = QApplication.instance()
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        qtbot.waitUntil(lambda dark=theme == "dark": is_dark(window.palette()) == dark)
        window.grab().save(str(artifacts / f"{name}-{theme}.png"))
    apply_theme(app, "light")


def click_link(browser, text: str) -> None:
    """A real mouse click on the first place `text` appears in the browser."""
    found = browser.document().find(text)
    assert not found.isNull(), f"{text!r} is not shown"
    found.setPosition(found.selectionStart() + 2)
    point = QPointF(browser.cursorRect(found).center())
    viewport = browser.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def click_anchor(browser, href: str) -> None:
    """A real mouse click on the first link to `href` (a sentence's own reference: the same
    "(p. 3)" may stand earlier in another sentence, so clicking by text is ambiguous)."""
    block = browser.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(browser.document())
                cursor.setPosition(fragment.position() + min(2, fragment.length() - 1))
                point = QPointF(browser.cursorRect(cursor).center())
                viewport = browser.viewport()
                for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
                    QApplication.sendEvent(viewport, QMouseEvent(
                        kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton,
                        Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
                return
            fragments += 1
        block = block.next()
    raise AssertionError(f"no link to {href!r} is shown")


MARKS = {"supported": "✓", "partly": "◐ partly", "not_found": "✗ not found"}


def check_sentence_sources(qtbot, page, job_id: int) -> tuple[list, list, str]:
    """Every sentence has its row; its mark is shown; its reference opens a page it names,
    that page's own text beside the summary. Returns the rows, those with a reference,
    and the stored summary."""
    store = Store(paths.database_path())
    try:
        sentences = store.sentences(job_id)
        pages = {p["number"]: p["text"] for p in store.pages(store.job(job_id)["document_id"])}
    finally:
        store.close()
    stored = page.selected_row().summary
    assert [(r["start"], r["end"]) for r in sentences] == [
        (u.start, u.end) for u in summary_units(stored)] != []
    qtbot.waitUntil(lambda: len(page.summary_view.summary_shown[3]) == len(sentences))
    text = page.summary_view.toPlainText()
    assert all(MARKS[row["level"]] in text for row in sentences)
    cited = [r for r in sentences if REFERENCE.search(stored[r["start"]:r["end"]])]
    assert cited, f"no sentence of the summary has a page reference: {stored!r}"
    for row in cited[:2]:
        reference = REFERENCE.search(stored[row["start"]:row["end"]]).group(0).strip()
        with qtbot.waitSignal(page.sig_source_shown, timeout=ANSWER_TIMEOUT_MS) as shown:
            click_anchor(page.summary_view, f"sent:{row['idx']}")
        number = int(shown.args[0].removeprefix("p. "))
        named = pages_for(reference[1:-1], [{"number": n} for n in pages])
        assert number in [p["number"] for p in named], (reference, shown.args)
        source = page.reader.source
        assert source.title.text() == f"Source: Page {number}" and source.isVisible()
        assert source.text.toPlainText().split() == pages[number].split()
    return sentences, cited, stored


# -- models ----------------------------------------------------------------------------------
def open_models(qtbot, window):
    library = window.models
    with qtbot.waitSignal(library.sig_listed, timeout=10_000):
        library.open_action.trigger()
    assert library.dialog.isVisible()
    return library, library.dialog


def table_texts(dialog) -> dict[str, list[str]]:
    """Each row's cells by the model's name."""
    table = dialog.table_model
    return {row.model.name: [table.text(row, column) for column in range(table.columnCount())]
            for row in table.rows}
