"""Each sentence of a finished summary is marked supported / partly / not found (by shape and
word, not colour alone, with a plain sentence on hover), and its mark or page reference
opens the supporting passage beside the summary, the shared words in bold. Built without
a model against a real database file; the summary was finished before sentence sources
existed, so the reader has them worked out (once, on the pool) on first view."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from app import paths
from app.core.store import Store
from app.ui.documents.source_panel import SHADE
from app.ui.documents.summary_reader import SummaryReader
from app.ui.queue_rows import QueueRow
from app.ui.theme import apply_theme

PAGES = [
    "Introduction. The hospital network of Penang serves 1.7 million people across the "
    "island and the mainland.",
    "Budget. The state council approved 12 million ringgit for new wards in Seberang Perai. "
    "The money is paid in three parts.",
    "Staffing. 40 additional nurses will be hired from the Penang nursing college before "
    "the wards open in 2027.",
]
SUMMARY = ("The council approved 12 million ringgit for new wards in Seberang (p. 2).\n"
           "- 40 nurses will be hired from the nursing college (p. 3).\n"
           "- The wards open in 2027 after a long public debate about parking (p. 3).\n"
           "- The governor praised the plan in Kuching.")


def finished_job() -> int:
    store = Store(paths.database_path())
    try:
        document = store.add_document(path="/tmp/penang.pdf", sha256="ef" * 32, size=1,
                                      pages=3, format="pdf")
        store.save_pages(document, [SimpleNamespace(number=i + 1, heading=None, text=text)
                                    for i, text in enumerate(PAGES)])
        job = store.create_job(document, style="key_points", model="demo",
                               prompt_version="v2", settings={})
        store.set_job_status(job, "done", summary=SUMMARY)
    finally:
        store.close()
    return job


def spot(browser, text: str, nth: int = 0) -> QPoint:
    """The middle of the first character of the `nth` place `text` is shown."""
    found = QTextCursor(browser.document())
    for _ in range(nth + 1):
        found = browser.document().find(text, found)
        assert not found.isNull(), f"{text!r} is not shown {nth + 1} time(s)"
    start = found.selectionStart()
    left, right = QTextCursor(found), QTextCursor(found)
    left.setPosition(start)
    right.setPosition(start + 1)
    a, b = browser.cursorRect(left), browser.cursorRect(right)
    return QPoint((a.center().x() + b.center().x()) // 2, a.center().y())


def hover_tip(browser, text: str, nth: int = 0) -> str:
    """The tooltip a mouse resting on `text` (shown the `nth` time) gets."""
    point = spot(browser, text, nth)
    event = QHelpEvent(QEvent.Type.ToolTip, point, browser.viewport().mapToGlobal(point))
    QApplication.sendEvent(browser.viewport(), event)
    return QToolTip.text()


def click(browser, text: str, nth: int = 0) -> None:
    """A real mouse click on `text` where it is shown the `nth` time."""
    point = QPointF(spot(browser, text, nth))
    viewport = browser.viewport()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, point, viewport.mapToGlobal(point), Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)


def fragments(browser):
    block = browser.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            yield iterator.fragment()
            iterator += 1
        block = block.next()


def underlined(browser) -> set[str]:
    """The words shown bold and underlined: those a sentence shares with its passage."""
    marked = "".join(f.text() if f.charFormat().fontUnderline()
                     and f.charFormat().fontWeight() >= 700 else " " for f in fragments(browser))
    return set(marked.split())  # Qt may cut one word into several fragments


def shaded(browser) -> str:
    """The text with a background: the supporting passage."""
    return "".join(f.text() for f in fragments(browser)
                   if f.charFormat().background().style() != Qt.BrushStyle.NoBrush)


def shade_of(browser) -> str:
    shades = {f.charFormat().background().color().name() for f in fragments(browser)
              if f.charFormat().background().style() != Qt.BrushStyle.NoBrush}
    return shades.pop() if len(shades) == 1 else ""


def test_sentences_are_marked_and_open_their_passage_beside_the_summary(qtbot, artifacts):
    job = finished_job()
    reader = SummaryReader()
    qtbot.addWidget(reader)
    reader.resize(1100, 480)
    reader.show()
    with qtbot.waitSignal(reader.sig_marks_shown, timeout=20_000):
        reader.show_row(QueueRow(f"job:{job}", "penang.pdf", "key_points", "done",
                                 job_id=job, done=1, total=1, summary=SUMMARY))
    view = reader.summary_view
    text = view.toPlainText()
    # shape and word: ✓ for supported, ◐ partly, ✗ not found; the legend comes first
    assert "✓ supported by the document · ◐ partly supported · ✗ not found" in text
    assert text.count("✓") == 3 and "◐ partly\n" in text and "Kuching. ✗ not found" in text
    assert "(p. 2). ✓" in text
    assert hover_tip(view, "✓") == ""  # the legend is not a link
    assert "Partly supported by page 3" in hover_tip(view, "◐", nth=1)
    assert "Kuching” is not in the document" in hover_tip(view, "✗", nth=1)
    assert hover_tip(view, "✗", nth=1).startswith("Not found in the document")
    assert hover_tip(view, "✓", nth=1).startswith("Supported by page 2")

    # the mark of the nurses sentence opens page 3 beside the summary, the passage shaded
    with qtbot.waitSignal(reader.sig_source_shown, timeout=20_000) as shown:
        click(view, "✓", nth=2)
    assert shown.args == ["p. 3"]
    assert reader.source.title.text() == "Source: Page 3"
    words = underlined(reader.source.text)
    assert {"40", "nurses", "hired", "nursing", "college"} <= words and "Staffing" not in words
    assert shaded(reader.source.text) == PAGES[2].removeprefix("Staffing. ")
    left, right = reader.splitter.widget(0), reader.splitter.widget(1)
    assert left is view and right is reader.source and right.isVisible()
    assert left.geometry().right() < right.geometry().left()  # side by side
    reader.grab().save(str(artifacts / "summary-sentence-sources-light.png"))
    # in the dark theme the passage is drawn again in a dark shade: light text stays legible
    app = QApplication.instance()
    apply_theme(app, "dark")
    try:
        qtbot.waitUntil(lambda: shade_of(reader.source.text) == SHADE["dark"])
        reader.grab().save(str(artifacts / "summary-sentence-sources-dark.png"))
    finally:
        apply_theme(app, "light")
    qtbot.waitUntil(lambda: shade_of(reader.source.text) == SHADE["light"])

    # a page reference opens its sentence's passage too
    with qtbot.waitSignal(reader.sig_source_shown, timeout=20_000) as shown:
        click(view, "(p. 2)")
    assert shown.args == ["p. 2"] and "ringgit" in underlined(reader.source.text)

    # the sources were worked out once and stored: a second reader reads them
    store = Store(paths.database_path())
    try:
        assert [r["level"] for r in store.sentences(job)] == [
            "supported", "supported", "partly", "not_found"]
    finally:
        store.close()
