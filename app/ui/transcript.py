"""The conversation as the user sees it: messages rendered from Markdown, streamed text
repainted at most ~25 times a second instead of once per token, colours taken from the
current light or dark palette, and a "Copy" link on every code block.

While an answer streams only its own message is laid out again: the messages above it
stay as they are in the document, so a repaint costs the same in a conversation of 200
messages as in one of two (a whole setHtml of a long conversation took longer than the
repaint interval and froze the window)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QPalette,
    QTextCursor,
    QTextFrameFormat,
    QTextLength,
)
from PySide6.QtWidgets import QTextBrowser, QToolTip

from app.ui.documents.sentence_marks import MARK, SentenceMark, badge, with_markers
from app.ui.markdown import to_html
from app.ui.streamed_answer import SEGMENT_FROM, StreamedTail
from app.ui.summary_page import TAG, after_heading, summary_page

REPAINT_MS = 40
# Each speaker's card: its background, its edge and the colour of its name.
LIGHT = {"user": "#e8f0fe", "assistant": "#f7f8fa", "summary": "#f1f7ec", "code": "#eceef1",
         "user_edge": "#c6d7f5", "assistant_edge": "#e0e3e8", "summary_edge": "#d3e5c6",
         "user_name": "#2456b3", "assistant_name": "#1f7a4d", "summary_name": "#3d6b21",
         "muted": "#556", "flag": "#ffe08a", "warn": "#7a4b00"}
DARK = {"user": "#22324a", "assistant": "#2a2c30", "summary": "#26361f", "code": "#1e1e1e",
        "user_edge": "#34507a", "assistant_edge": "#3b3e44", "summary_edge": "#3c5530",
        "user_name": "#9cc1ff", "assistant_name": "#7fd1a4", "summary_name": "#a8d98a",
        "muted": "#aab", "flag": "#7a5d00", "warn": "#ffd27a"}
USER_INDENT = "14%"  # your own messages stand to the right, as in every messenger
# an answer's sentence end: its reference ("(p. 4)", "(fees.pdf, p. 4; …)"), its end mark,
# then its hidden number
_ANSWER_END = re.compile(rf"(?P<ref>\([^()<>]*?\bpp?\. [^()<>]*\))?(?P<end>[.!?。！？]?)"
                         rf"{MARK.pattern}")


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class Transcript(QTextBrowser):
    """sig_reference_clicked(str): a summary's page reference, e.g. "p. 12–13" or "§ Scope".
    sig_action_clicked(str): any other link of ours, e.g. "edit:12", for whoever drew it."""

    sig_reference_clicked = Signal(str)
    sig_action_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)  # links are ours ("copy:N"); nothing is ever opened
        self.setObjectName("transcript")
        self.setAccessibleName(self.tr("Conversation"))
        self.entries: list[list[str]] = []  # [role, text]
        self.code_blocks: list[str] = []
        self.references: list[str] = []
        self._cache: dict[tuple[str, str, int, bool], tuple[str, list[str]]] = {}
        self._repaint = QTimer(self, singleShot=True, interval=REPAINT_MS)
        self._repaint.timeout.connect(self._render_stream)
        self.document().setUndoRedoEnabled(False)  # each streamed repaint is an edit
        # What the document holds since the last whole render: its entries, and the code
        # blocks before the last one (the streamed answer's copy links follow them).
        self._laid_out: list[list[str]] | None = None
        self._code_before_last = 0
        self._stream: StreamedTail | None = None  # a long answer drawn in parts
        self.anchorClicked.connect(self._on_link)
        self.empty_text = ""
        self.copy_allowed = True  # the organisation's policy may forbid the clipboard
        self.summary_shown: tuple | None = None  # (name, summary, flags, marks) when shown
        self.link_tips: dict[str, str] = {}  # what hovering a link of ours says
        # HTML drawn under message i (version switcher, actions); "" for none
        self.footer: Callable[[int], str] = lambda index: ""
        # the checked sentences of message i, an answer from documents, each marked at its
        # end and its reference and mark a link "ans:<i>:<k>"; () for none
        self.answer_marks: Callable[[int], tuple[SentenceMark, ...]] = lambda index: ()
        self.role_labels = {"user": self.tr("You"), "assistant": self.tr("Assistant"),
                            "summary": self.tr("Summary")}

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the theme changed: redraw in it
            if self.summary_shown:
                self.show_summary(*self.summary_shown)
            else:
                self.render()

    @property
    def colours(self) -> dict:
        return DARK if is_dark(self.palette()) else LIGHT

    def show_entries(self, entries: list[tuple[str, str]], *, keep_position: bool = False) -> None:
        self.entries = [[role, text] for role, text in entries]
        self.render(keep_position=keep_position)

    def add(self, role: str, text: str) -> None:
        self.entries.append([role, text])
        if not self._render_tail():
            self.render()

    def append_stream(self, text: str) -> None:
        if not self.entries or self.entries[-1][0] != "assistant":
            self.entries.append(["assistant", ""])
        self.entries[-1][1] += text
        if not self._repaint.isActive():
            self._repaint.start()

    @property
    def repainting(self) -> bool:
        """Streamed text is waiting for its repaint."""
        return self._repaint.isActive()

    def render(self, *, keep_position: bool = False) -> None:
        """Draw the entries and show the end, or stay where the reader is (`keep_position`)
        when only something they clicked on changed."""
        self._repaint.stop()
        self._stream = None
        self.summary_shown = None
        if not self.entries:
            self._laid_out = None
            muted = self.colours["muted"]
            self.setHtml(f"<table cellpadding='24'><tr><td style='color:{muted}'>"
                         f"{self.empty_text}</td></tr></table>")
            return
        self.code_blocks = []
        self.link_tips = {}
        blocks = []
        for index, (role, text) in enumerate(self.entries):
            self._code_before_last = len(self.code_blocks)
            blocks.append(self._block(role, text, self.footer(index), index))
        bar = self.verticalScrollBar()
        position = bar.value()
        self.setHtml("".join(blocks))
        self._laid_out = [list(entry) for entry in self.entries]
        bar.setValue(position if keep_position else bar.maximum())

    def _render_stream(self) -> None:
        if not (self._render_long_answer() or self._render_tail()):
            self.render()

    def _drawn_above(self) -> tuple[bool, list] | None:
        """(whether the last message is drawn already, the message frames) when the
        document shows every message before the last one as it is; else None."""
        laid_out, entries = self._laid_out, self.entries
        if (self.summary_shown or laid_out is None or not entries
                or len(laid_out) not in (len(entries) - 1, len(entries))
                or laid_out[: len(entries) - 1] != entries[:-1]):
            return None
        drawn = [role for role, _ in laid_out]
        if "status" in drawn or entries[-1][0] == "status":  # a line, not a frame: rare
            return None
        frames = self.document().rootFrame().childFrames()
        return (len(laid_out) == len(entries), frames) if len(frames) == len(drawn) else None

    def _render_tail(self) -> bool:
        """Lay out only the last message, replacing the one drawn there or added after
        those drawn, when the document shows every message before it as it is; False
        (nothing done) when it does not."""
        state = self._drawn_above()
        if state is None:
            return False
        replacing, frames = state
        index = len(self.entries) - 1
        if not replacing:
            self._code_before_last = len(self.code_blocks)
        self.code_blocks = self.code_blocks[: self._code_before_last]
        role, text = self.entries[-1]
        self._put_last(self._block(role, text, self.footer(index), index,
                                   keep=role != "assistant"), frames, replacing)
        return True

    def _render_long_answer(self) -> bool:
        """A long answer streaming: only its unsettled end is drawn again (streamed_answer)."""
        role, text = self.entries[-1] if self.entries else ("", "")
        state = self._drawn_above()
        if state is None or not state[0] or role != "assistant" or len(text) < SEGMENT_FROM:
            return False
        index = len(self.entries) - 1
        if self._stream is None:
            if self.footer(index) or self.answer_marks(index):
                return False  # drawn whole: what is under it may change as it grows
            self._open_plain_frame(state[1][-1])
            colours = self.colours
            self._stream = StreamedTail(self.document(), lambda markdown, first: to_html(
                markdown, code_background=colours["code"], first_code=first),
                self._code_before_last)
        code = self._stream.update(text)
        self.code_blocks = self.code_blocks[: self._code_before_last] + code
        self._laid_out[-1] = list(self.entries[-1])
        self._show_end()
        return True

    def _open_plain_frame(self, last) -> None:
        """The last message becomes an empty frame with its label, for a long answer to
        stream into: a plain frame, not the table a whole render draws, because Qt lays out
        a table again whole at every change inside it (60 ms at 5,000 words), a frame only
        from the change on. The finished answer is drawn as a table again."""
        colours = self.colours
        frame = QTextFrameFormat()
        frame.setBackground(QColor(colours["assistant"]))
        frame.setPadding(10)  # the table's cell padding and spacing
        frame.setBottomMargin(6)
        frame.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        cursor = self._cleared_from(last.firstPosition() - 1)
        cursor.insertFrame(frame)
        cursor.insertHtml(f"<b>{self.role_labels['assistant']}</b>")
        cursor.endEditBlock()

    def _put_last(self, block: str, frames: list, replacing: bool) -> None:
        """Put `block` in place of the last message frame, or after it."""
        self._stream = None
        end = self.document().characterCount() - 1
        cursor = self._cleared_from(frames[-1].firstPosition() - 1 if replacing else end)
        cursor.insertHtml(block)
        cursor.endEditBlock()
        if replacing:
            self._laid_out[-1] = list(self.entries[-1])
        else:
            self._laid_out.append(list(self.entries[-1]))
        self._show_end()

    def _cleared_from(self, position: int) -> QTextCursor:
        """A cursor at `position` in an open edit block (laid out once, when it ends), the
        document after it removed."""
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        cursor.setPosition(position)
        cursor.movePosition(QTextCursor.MoveOperation.End, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        return cursor

    def _show_end(self) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _block(self, role: str, text: str, footer: str = "", index: int = -1,
               *, keep: bool = True) -> str:
        """One message's HTML; `keep`: cache it (not a streamed answer's passing text)."""
        colours = self.colours
        if role == "status":  # a line about work in progress, not a message
            return (f"<p style='color:{colours['muted']}; margin:8px 4px'>"
                    f"<i>{html.escape(text)}</i></p>")
        marks = self.answer_marks(index) if index >= 0 else ()
        for k, mark in enumerate(marks):
            self.link_tips[f"ans:{index}:{k}"] = mark.tip
        key = (role, text, len(self.code_blocks), colours is DARK, marks, index)
        if key not in self._cache:  # earlier messages are not re-rendered at every token
            rendered = to_html(with_markers(text, marks) if marks else text,
                               code_background=colours["code"],
                               first_code=len(self.code_blocks))
            body = rendered.html or "<i>…</i>"
            if marks:
                body = self._marked(body, index, marks)
            if not keep:
                return self._framed(role, body, rendered.code_blocks, footer)
            self._cache[key] = (body, rendered.code_blocks)
            if len(self._cache) > 500:
                self._cache.pop(next(iter(self._cache)))
        return self._framed(role, *self._cache[key], footer)

    def _framed(self, role: str, body: str, code: list[str], footer: str) -> str:
        colours = self.colours
        self.code_blocks += code
        if footer:
            footer = f"<p style='margin-top:4px; color:{colours['muted']}'>{footer}</p>"
        name = (f"<span style='color:{colours.get(role + '_name', colours['muted'])}; "
                f"font-weight:600'>{self.role_labels.get(role, role)}</span>")
        card = (f"<table width='100%' cellpadding='10' style='border-collapse:collapse; "
                f"border:1px solid {colours.get(role + '_edge', colours['muted'])}; "
                f"margin-bottom:10px'><tr><td style='background:{colours[role]}'>"
                f"{name}{after_heading(body)}{footer}</td></tr></table>")
        if role != "user":
            return card
        return (f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
                f"<td width='{USER_INDENT}'></td><td>{card}</td></tr></table>")

    def _marked(self, rendered: str, index: int, marks: tuple[SentenceMark, ...]) -> str:
        """An answer's rendered HTML with each checked sentence's reference a link and its
        mark after it, both to "ans:<index>:<k>"."""
        dark = self.colours is DARK

        def linked(match: re.Match) -> str:
            k = int(match.group(3))
            href = f"ans:{index}:{k}"
            reference = match.group("ref") or ""
            if reference:
                reference = f"<a href='{href}'>{reference}</a>"
            return reference + match.group("end") + badge(k, marks[k], dark, href)

        return "".join(part if part.startswith("<") else _ANSWER_END.sub(linked, part)
                       for part in TAG.split(rendered))

    def viewportEvent(self, event) -> bool:
        """A link of ours with a tip (a summary sentence's mark) says it on hover."""
        if event.type() == QEvent.Type.ToolTip:
            tip = self.link_tips.get(self.anchorAt(event.pos()))
            if tip:
                QToolTip.showText(event.globalPos(), tip, self.viewport())
                return True
        return super().viewportEvent(event)

    def createMimeDataFromSelection(self) -> QMimeData:
        # Ctrl+C, the context menu's Copy and dragging text out all come through here
        return super().createMimeDataFromSelection() if self.copy_allowed else QMimeData()

    def _on_link(self, url: QUrl) -> None:
        if url.scheme() == "ref":
            index = int(url.toString().split(":", 1)[1])
            if 0 <= index < len(self.references):
                self.sig_reference_clicked.emit(self.references[index])
        elif url.scheme() == "copy":
            index = int(url.path() or url.toString().split(":", 1)[1])
            if 0 <= index < len(self.code_blocks) and self.copy_allowed:
                QGuiApplication.clipboard().setText(self.code_blocks[index])
        else:
            self.sig_action_clicked.emit(url.toString())

    def show_summary(self, name: str, summary: str, flags: list[str],
                     marks: tuple[SentenceMark, ...] = (), scanned: str = "") -> None:
        """A finished summary in place of the messages (summary_page.py says how)."""
        colours = self.colours
        self.entries = [["summary", f"{name}\n\n{summary}"]]
        self.summary_shown = (name, summary, flags, marks, scanned)
        page = summary_page(name, summary, flags, marks, scanned, colours, colours is DARK)
        self.references, self.link_tips = page.references, page.link_tips
        self.setHtml(page.html)
