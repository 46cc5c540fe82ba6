"""A long answer as it streams: its settled part (up to the last paragraph break outside a
code block) is laid out once, and only the paragraph still being written is drawn again at
each repaint. Rendering and laying out the whole of a 5,000-word answer 25 times a second
took longer than the repaint interval and froze the window.

While it streams, a list or table cut at a paragraph break is drawn as two; the finished
answer is rendered whole (the transcript's render()), so what stays on screen is exact.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from app.ui.markdown import Rendered

SEGMENT_FROM = 3000  # characters: a shorter answer is simply drawn again whole


def settled_end(text: str) -> int:
    """Where the settled part of `text` ends: after its last blank line outside a fenced
    code block (0: nothing settled yet)."""
    end, fenced, position = 0, False, 0
    for line in text.splitlines(keepends=True):
        position += len(line)
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            fenced = not fenced
        elif not stripped and not fenced and position < len(text):
            end = position
    return end


@dataclass
class StreamedTail:
    """The settled part of the answer in the last frame of `document`, and where the part
    still being written begins."""

    document: QTextDocument
    render: Callable[[str, int], Rendered]  # (markdown, first code number) -> Rendered
    first_code: int  # copy links of this answer are numbered from here
    settled: int = 0  # characters of the answer laid out for good
    code: list[str] = field(default_factory=list)  # code blocks of the settled part
    _break_at: int | None = None  # document position before the unsettled part

    def update(self, text: str) -> list[str]:
        """Draw `text` (the whole answer so far); returns its code blocks."""
        frame = self.document.rootFrame().childFrames()[-1]
        if self._break_at is None:
            self._break_at = frame.lastPosition()
        cursor = QTextCursor(self.document)
        cursor.beginEditBlock()  # laid out once, at the end of the edit
        cursor.setPosition(self._break_at)
        cursor.setPosition(frame.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        end = settled_end(text)
        if end > self.settled:  # more paragraphs are done: they join the settled part
            self._insert(cursor, self._draw(text[self.settled : end]))
            self.settled, self._break_at = end, cursor.position()
        tail = self._draw(text[self.settled :], keep=False)
        self._insert(cursor, tail)
        cursor.endEditBlock()
        return self.code + tail.code_blocks

    def _draw(self, markdown: str, *, keep: bool = True) -> Rendered:
        rendered = self.render(markdown, self.first_code + len(self.code))
        if keep:
            self.code += rendered.code_blocks
        return rendered

    @staticmethod
    def _insert(cursor: QTextCursor, rendered: Rendered) -> None:
        # A plain new block first: what is inserted never joins (or turns into) the list
        # item or code line before it.
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if rendered.html:
            cursor.insertHtml(rendered.html)
