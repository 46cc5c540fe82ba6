"""Versions of the conversation's messages: Regenerate under the last answer, Edit on a
question, and a "‹ 2 / 3 ›" switcher on every turn that has more than one version.

Earlier versions are never deleted: a new answer or an edited question becomes a sibling of
the old one in the store (app/core/store/branches.py), and flipping the switcher shows that
version and the thread below it as the user last left it. The thread shown, with message
ids and version counters, is always read back from the store after a change, off the GUI
thread.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton

from app.core.store import ACTIVE_LEAF
from app.ui.transcript import Transcript
from app.workers.tasks import run_query

REGENERATE_KEYS = "Ctrl+Shift+R"


def as_history(rows: list[dict]) -> list[dict]:
    return [{"role": row["role"], "content": row["text"]} for row in rows]


class ChatState(Protocol):
    """What Branches reads of the chat it serves (the main window provides it)."""

    conversation_id: int | None  # the conversation on screen
    model_ready: bool
    busy: bool
    answering: bool


class Branches(QObject):
    """Signals: sig_history(list) the thread shown changed, as model messages;
    sig_ask(int, int) answer this conversation's question id; sig_notice(str)."""

    sig_history = Signal(list)
    sig_ask = Signal(int, int)
    sig_notice = Signal(str)

    def __init__(self, chat: ChatState, transcript: Transcript, composer: QPlainTextEdit,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.chat, self.transcript, self.composer = chat, transcript, composer
        self.rows: list[dict] = []  # the thread shown, as the store returned it
        self.conversation_id: int | None = None  # whose thread `rows` is
        # False from a change until the store has been read back: ids are not known yet,
        # so nothing may branch from a stale thread.
        self.current = False
        self.editing: dict | None = None  # the question being edited
        self._draft = ""  # what the composer held before the edit began
        self._drawn: tuple | None = None  # what the links showed at the transcript's last render
        self.regenerate_action = QAction(self.tr("Regenerate answer"), parent)
        self.regenerate_action.setShortcut(QKeySequence(REGENERATE_KEYS))
        self.regenerate_action.setToolTip(self.tr("Ask again for the last question; the "
                                                  "answer you have now is kept as a version"))
        self.regenerate_action.setEnabled(False)
        self.regenerate_action.triggered.connect(self.regenerate)
        self.edit_bar = self._build_edit_bar()
        transcript.footer = self.footer
        transcript.sig_action_clicked.connect(self.on_link)

    def _build_edit_bar(self) -> QFrame:
        bar = QFrame(objectName="editing", visible=False)
        bar.setStyleSheet("#editing { background: palette(alternate-base); "
                          "border-left: 3px solid palette(highlight); }")
        label = QLabel(self.tr("<b>Editing your message</b> — Send to branch, Esc to cancel. "
                               "The earlier version stays as it was."), wordWrap=True)
        cancel = QPushButton(self.tr("Cancel edit"))
        cancel.clicked.connect(self.cancel_edit)
        row = QHBoxLayout(bar)
        row.setContentsMargins(8, 4, 4, 4)
        row.addWidget(label, 1)
        row.addWidget(cancel)
        return bar

    # -- state -----------------------------------------------------------------------
    @property
    def shown(self) -> bool:
        """The transcript shows this thread (not a summary, not a new chat)."""
        return self.conversation_id is not None and (
            self.conversation_id == self.chat.conversation_id)

    @property
    def available(self) -> bool:
        chat = self.chat
        return (chat.model_ready and not chat.busy and not chat.answering
                and self.current and self.shown and bool(self.rows))

    def update(self) -> None:
        """Enable or disable the actions after the window's state changed."""
        if self.editing is not None and not self.shown:
            self.cancel_edit()
        self.regenerate_action.setEnabled(self.available)
        # redraw only when the links would change: a render rebuilds the whole transcript
        if self.shown and self._drawn != self._link_state():
            self.transcript.render(keep_position=True)

    def _link_state(self) -> tuple:
        return self.available, self.editing["id"] if self.editing else None

    def show(self, conversation_id: int, rows: list[dict], *,
             keep_position: bool = False) -> None:
        """Show a conversation's thread as read from the store."""
        if self.editing is not None and self.editing["conversation_id"] != conversation_id:
            self.cancel_edit()
        self.conversation_id, self.rows, self.current = conversation_id, rows, True
        self.sig_history.emit(as_history(rows))
        self.transcript.show_entries([(row["role"], row["text"]) for row in rows],
                                            keep_position=keep_position)
        self.update()

    def clear(self) -> None:
        self.cancel_edit()
        self.conversation_id, self.rows, self.current = None, [], False
        self.regenerate_action.setEnabled(False)

    def reload(self) -> None:
        """Read the thread back after the lane saved an answer (its id, its counter)."""
        conversation_id = self.chat.conversation_id
        if conversation_id is None:
            return
        self.current = False
        run_query(lambda store: store.messages(conversation_id),
                  lambda rows: self._reloaded(conversation_id, rows), self.sig_notice.emit,
                  owner=self)

    def _reloaded(self, conversation_id: int, rows: list[dict], *,
                  keep_position: bool = False) -> None:
        # The user may have moved on meanwhile: another chat, or a new question.
        if conversation_id == self.chat.conversation_id and not self.chat.answering:
            self.show(conversation_id, rows, keep_position=keep_position)

    def _trim_to(self, rows: list[dict]) -> None:
        """Show only the first part of the thread while a new version is on its way."""
        self.rows, self.current = rows, False
        self.sig_history.emit(as_history(rows))
        self.transcript.show_entries([(row["role"], row["text"]) for row in rows])

    # -- actions -----------------------------------------------------------------------
    def on_link(self, link: str) -> None:
        action, _, target = link.partition(":")
        handlers = {"edit": self.edit, "older": lambda i: self.step(i, -1),
                    "newer": lambda i: self.step(i, +1),
                    "regenerate": lambda _i: self.regenerate()}
        if action in handlers and target.isdigit():
            handlers[action](int(target))

    def begin_turn(self):
        """Where the question being sent goes: after `ACTIVE_LEAF` normally, or beside the
        question being edited (its parent's id, None for a first question)."""
        self.current = False
        edit = self.editing
        if edit is None or not self.shown or edit not in self.rows:
            self.cancel_edit()
            return ACTIVE_LEAF
        self.editing = None
        self.edit_bar.setVisible(False)
        self._trim_to(self.rows[:self.rows.index(edit)])
        self.composer.setPlainText(self._draft)
        self._draft = ""
        return edit["parent_id"]

    def regenerate(self) -> None:
        """Ask again for the last question; the new answer becomes a version beside the old."""
        if not self.available:
            return
        self.cancel_edit()
        last = self.rows[-1]
        question = last["id"] if last["role"] == "user" else last["parent_id"]
        ids = [row["id"] for row in self.rows]
        self._trim_to(self.rows[:ids.index(question) + 1])
        self.sig_notice.emit("")
        self.sig_ask.emit(self.conversation_id, question)

    def edit(self, message_id: int) -> None:
        if not self.available:
            return
        row = next((r for r in self.rows if r["id"] == message_id and r["role"] == "user"),
                   None)
        if row is None:
            return
        if self.editing is None:
            self._draft = self.composer.toPlainText()
        self.editing = row
        composer = self.composer
        composer.setPlainText(row["text"])
        composer.moveCursor(composer.textCursor().MoveOperation.End)
        composer.setFocus(Qt.FocusReason.OtherFocusReason)
        self.edit_bar.setVisible(True)
        self.transcript.render(keep_position=True)

    def cancel_edit(self) -> bool:
        """Leave editing and give the composer back what it held; False when not editing."""
        if self.editing is None:
            return False
        self.editing = None
        self.edit_bar.setVisible(False)
        self.composer.setPlainText(self._draft)
        self._draft = ""
        if self.shown:
            self.transcript.render(keep_position=True)
        return True

    def step(self, message_id: int, step: int) -> None:
        """Show the previous (-1) or next (+1) version of a turn; the choice is saved."""
        if not self.available:
            return
        self.cancel_edit()
        self.current = False
        conversation_id = self.conversation_id

        def switch(store):
            store.show_version(message_id, step)
            return store.messages(conversation_id)

        # The reader stays at the message they flipped, not thrown to the end.
        run_query(switch,
                  lambda rows: self._reloaded(conversation_id, rows, keep_position=True),
                  self.sig_notice.emit, writes=True, owner=self)

    # -- drawing -----------------------------------------------------------------------
    def footer(self, index: int) -> str:
        """The switcher and actions under message `index` of the transcript."""
        entries = self.transcript.entries
        if not self.shown or index >= len(self.rows) or index >= len(entries):
            return ""
        row = self.rows[index]
        if entries[index][0] != row["role"]:
            return ""
        self._drawn = self._link_state()
        enabled = self.available
        parts = []
        if row["versions"] > 1:
            parts.append(self._switcher(row, enabled))
        if row["role"] == "user":
            if self.editing is not None and self.editing["id"] == row["id"]:
                editing = self.tr("Editing…")  # lupdate skips a tr() inside an f-string
                parts.append(f"<i>{editing}</i>")
            else:
                parts.append(_link(f"edit:{row['id']}", self.tr("Edit"), enabled))
        if index == len(self.rows) - 1:
            parts.append(_link(f"regenerate:{row['id']}", self.tr("Regenerate"), enabled))
        return "&nbsp;&nbsp;&nbsp;&nbsp;".join(parts)

    def _switcher(self, row: dict, enabled: bool) -> str:
        version, versions = row["version"], row["versions"]
        older = _link(f"older:{row['id']}", "&nbsp;<b>‹</b>&nbsp;", enabled and version > 1)
        newer = _link(f"newer:{row['id']}", "&nbsp;<b>›</b>&nbsp;",
                      enabled and version < versions)
        return f"{older}{version} / {versions}{newer}"


def _link(href: str, label: str, enabled: bool) -> str:
    if not enabled:
        return label
    return f"<a href='{href}' style='text-decoration:none'>{label}</a>"
