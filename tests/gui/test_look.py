"""#18: a look people enjoy, in both themes: messages as cards (yours on the right), the main
actions with icons painted in the theme's colours, the page's main action in the accent
colour, and on a wide window the Documents queue beside the summary. Pictures of each are
saved in test-artifacts/ (look-*.png) to be looked at."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.store import Store
from app.ui.app import close_window, create_window
from app.ui.theme import apply_theme
from app.ui.transcript import is_dark

SUMMARY = ("The lessee pays 1,200 ringgit a month to Syarikat Maju (p. 1). The lease runs "
           "for two years from 1 March (p. 2). Either party may end it with 60 days' notice "
           "(p. 2).")


def finished_job() -> None:
    store = Store(paths.database_path())
    try:
        document = store.add_document(path="/tmp/lease.txt", sha256="ef" * 32, size=300,
                                      pages=2, format="txt")
        store.save_pages(document, [
            SimpleNamespace(number=1, heading=None,
                            text="The lessee pays 1,200 ringgit a month to Syarikat Maju."),
            SimpleNamespace(number=2, heading=None,
                            text="The lease runs for two years from 1 March. Either party "
                                 "may end it with 60 days' notice.")])
        job = store.create_job(document, style="brief", model="demo", prompt_version="1",
                               settings={})
        store.set_job_status(job, "done", summary=SUMMARY)
    finally:
        store.close()


def ink(icon, size: int = 24) -> QColor:
    """The mean colour of an icon's drawn pixels."""
    image = icon.pixmap(size, size).toImage()
    drawn = [image.pixelColor(x, y) for x in range(size) for y in range(size)
             if image.pixelColor(x, y).alpha() > 128]
    assert drawn, "the icon is empty"
    return QColor(*(sum(getattr(c, part)() for c in drawn) // len(drawn)
                    for part in ("red", "green", "blue")))


def test_wide_documents_page_and_cards_in_both_themes(qtbot, model_path, artifacts):
    finished_job()
    app = QApplication.instance()
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.preferences.loaded)
    page = window.documents
    try:
        window.transcript.show_entries([("user", "How long does the lease run?"),
                                        ("assistant", "Two years, from 1 March.")])
        window.resize(1100, 720)
        window.show_page(1)
        qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
        window.resize(1900, 1000)
        qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Horizontal)
        queue, reader = page.splitter.sizes()
        assert 0 < queue < reader  # the summary gets the larger share
        table = page.table  # and the queue shows its columns whole, with no scrolling
        qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
        qtbot.waitUntil(lambda: bool(page.model.rows))
        page.select(page.model.rows[0].key)
        qtbot.waitUntil(lambda: "Syarikat Maju" in page.summary_view.toPlainText())

        stop = window.stop_button
        for theme in ("light", "dark"):
            apply_theme(app, theme)
            qtbot.waitUntil(lambda dark=theme == "dark": is_dark(window.palette()) == dark)
            # the icons are repainted in the theme's text colour: dark ink on light, light on dark
            assert (ink(stop.icon()).lightness() > 128) == (theme == "dark")
            assert ink(window.send_button.icon()).lightness() > 200  # white on the accent
            for number in (0, 1):
                window.show_page(number)
                window.grab().save(str(artifacts / f"look-page{number}-wide-{theme}.png"))
        window.resize(1100, 720)
        qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)
        # above the summary, a queue of one document takes the height of a few rows: the
        # summary keeps the page's height (it had only as much as the queue before)
        qtbot.waitUntil(lambda: page.splitter.sizes()[1] > 2 * page.splitter.sizes()[0])
        queue = page.splitter.sizes()[0]
        assert queue >= 3 * page.table.verticalHeader().defaultSectionSize()
        window.grab().save(str(artifacts / "look-page1-narrow.png"))
    finally:
        apply_theme(app, "light")
        close_window(window)
