"""The right side of the summary reader: the document's own page behind a summary
sentence, its supporting passage shaded and the words the sentence shares with it in bold,
scrolled into view. It only draws what a pool thread prepared (SourceView)."""

from __future__ import annotations

import html
import textwrap

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from app.core.summarize.source_view import SourceView
from app.ui.transcript import is_dark

SHADE = {"light": "#dbe9ff", "dark": "#1f3a5c"}
QUOTED_LETTERS = 90  # of the sentence in the explanation: about two lines of the panel


class SourcePanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.title = QLabel(wordWrap=True)
        self.title.setObjectName("sourceTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.about = QLabel(wordWrap=True)
        # Squeezed by a short window, a label cuts its text at the end, not its first line.
        self.about.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Source page"))
        self.text.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.about)
        layout.addWidget(self.text, 1)
        self.shown: SourceView | None = None  # drawn again in a new theme's colours
        self.clear()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.shown is not None:
            self.show_view(self.shown)

    def clear(self) -> None:
        self.shown = None
        self.about.setToolTip("")
        self.title.setText(self.tr("Source"))
        self.about.setText(self.tr("Click a mark (✓, ◐) or a page reference after a sentence "
                                   "to see the passage of the document it comes from."))
        self.text.clear()

    def page_name(self, number: int, heading: str | None) -> str:
        return heading or self.tr("Page {number}").format(number=number)

    def show_view(self, view: SourceView) -> None:
        """One sentence's best passage on its page."""
        self.shown = view
        self.title.setText(self.tr("Source: {page}").format(
            page=self.page_name(view.page, view.heading)))
        # A long sentence quoted whole took five lines of a narrow panel: about two lines
        # of it here, and all of it in the tooltip.
        sentence = view.sentence["text"]
        quoted = textwrap.shorten(sentence, QUOTED_LETTERS, placeholder=" …")
        self.about.setText(self.tr("The shaded passage supports “{sentence}” — the words in "
                                   "bold are the ones they share.").format(sentence=quoted))
        self.about.setToolTip(sentence)
        shade = SHADE["dark" if is_dark(self.palette()) else "light"]
        parts = []
        for kind, piece in view.pieces:
            text = html.escape(piece).replace("\n", "<br>")
            if kind == "text":
                parts.append(text)
            elif kind == "passage":
                parts.append(f"<span style='background:{shade}'>{text}</span>")
            else:
                parts.append(f"<span style='background:{shade}'><b><u>{text}</u></b></span>")
        first = next((i for i, (kind, _) in enumerate(view.pieces) if kind != "text"), 0)
        parts.insert(first, "<a name='passage'></a>")
        self.text.setHtml("".join(parts))
        self.text.scrollToAnchor("passage")

    def show_pages(self, reference: str, pages: list[dict]) -> None:
        """The whole pages a reference names (a summary with no sentence rows)."""
        self.shown = None
        self.title.setText(self.tr("Source: {reference}").format(reference=reference))
        self.about.setText(self.tr("The document's own text at {reference}:").format(
            reference=reference))
        parts = [f"<p><b>{html.escape(self.page_name(p['number'], p['heading']))}</b><br>"
                 f"{html.escape(p['text']).replace(chr(10), '<br>')}</p>" for p in pages]
        self.text.setHtml("".join(parts) or html.escape(
            self.tr("That part of the document has no text.")))
