"""The conversation as the user sees it: messages rendered as simple HTML, streamed text
repainted at most ~25 times a second instead of once per token."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QTextBrowser

REPAINT_MS = 40
ROLE_LABELS = {"user": "You", "assistant": "Assistant", "summary": "Summary"}


class Transcript(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenExternalLinks(False)
        self.setObjectName("transcript")
        self.setAccessibleName("Conversation")
        self.entries: list[list[str]] = []  # [role, text]
        self._repaint = QTimer(self, singleShot=True, interval=REPAINT_MS)
        self._repaint.timeout.connect(self.render)
        self.empty_text = ""

    def show_entries(self, entries: list[tuple[str, str]]) -> None:
        self.entries = [[role, text] for role, text in entries]
        self.render()

    def add(self, role: str, text: str) -> None:
        self.entries.append([role, text])
        self.render()

    def append_stream(self, text: str) -> None:
        if not self.entries or self.entries[-1][0] != "assistant":
            self.entries.append(["assistant", ""])
        self.entries[-1][1] += text
        if not self._repaint.isActive():
            self._repaint.start()

    @property
    def last_text(self) -> str:
        return self.entries[-1][1] if self.entries else ""

    def render(self) -> None:
        self._repaint.stop()
        if not self.entries:
            self.setHtml(f"<div style='color:#667; margin:40px'>{self.empty_text}</div>")
            return
        blocks = [self._block(role, text) for role, text in self.entries]
        self.setHtml("".join(blocks))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())

    def show_summary(self, name: str, summary: str, flags: list[str]) -> None:
        """A finished summary, its page references in bold and the claims that the document
        does not contain highlighted and listed underneath."""
        self.entries = [["summary", f"{name}\n\n{summary}"]]
        body = html.escape(summary)
        body = re.sub(r"\((?:p\.|§|sections?) [^)]*\)", lambda m: f"<b>{m.group(0)}</b>", body)
        for flag in sorted(flags, key=len, reverse=True):
            body = body.replace(html.escape(flag), f"<span style='background:#ffe08a'>"
                                                    f"{html.escape(flag)}</span>")
        body = body.replace("\n", "<br>")
        warning = ""
        if flags:
            listed = ", ".join(f"<span style='background:#ffe08a'>{html.escape(f)}</span>"
                               for f in flags)
            warning = (f"<p style='color:#7a4b00'><b>Not found in the document</b> — check "
                       f"these before you rely on them: {listed}</p>")
        self.setHtml(
            f"<table width='100%' cellpadding='8' style='background:#f3f7ee'><tr><td>"
            f"<b>Summary of {html.escape(name)}</b><br><br>{body}</td></tr></table>{warning}")

    @staticmethod
    def _block(role: str, text: str) -> str:
        body = html.escape(text).replace("\n", "<br>") or "<i>…</i>"
        if role == "status":  # a line about work in progress, not a message
            return f"<p style='color:#556; margin:8px 4px'><i>{body}</i></p>"
        background = {"user": "#eef3fb", "summary": "#f3f7ee"}.get(role, "#ffffff")
        label = ROLE_LABELS.get(role, role)
        return (
            f"<table width='100%' cellpadding='8' style='background:{background}; "
            f"margin-bottom:6px'><tr><td><b>{label}</b><br>{body}</td></tr></table>"
        )
