"""Asking documents in the chat view (issue #17): "Ask…" on the Documents page opens a
conversation bound to the selected documents, a header above it names them, and each
question typed there goes to the questions core on the engine lane (passages found, the
model asked, its answer checked and kept). A checked answer's sentences carry their marks
(✓ supported, ◐ partly, ✗ not found) and page references; clicking one shows the page
with the passage the model was given there shaded, in a small window beside the chat.
The database work runs on the thread pool, the model work on the lane."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

from app.core.questions.answer_view import answer_source, sentence_ends
from app.ui.documents.sentence_marks import SentenceMark
from app.ui.documents.source_panel import SourcePanel
from app.workers.tasks import run_query

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

MARKED = ("supported", "partly", "not_found")  # a "not stated" sentence claims nothing


class SourceDialog(QDialog):
    """The page behind an answer's sentence, beside the chat (not modal: the reader goes
    on reading the answer while it is open)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Source"))
        self.panel = SourcePanel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.resize(560, 460)


class DocumentQuestions(QObject):
    """Signals: sig_answer_shown(object) an AnswerFinished, once its checked answer is on
    screen; sig_source_shown(str) the page shown for a sentence ("fees.pdf p. 5");
    sig_bound(int) the conversation on screen is bound to documents (its id);
    sig_notice(str) a message for the notice bar."""

    sig_answer_shown = Signal(object)
    sig_source_shown = Signal(str)
    sig_bound = Signal(int)
    sig_notice = Signal(str)

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.conversation_id: int | None = None
        self.documents: dict[int, str] = {}  # id → file name, in the order they were added
        self._pending = None  # the AnswerFinished waiting for its thread to be read back
        self._marked: dict[tuple[int, int], tuple[int, int]] = {}  # (entry, k) → (message, idx)
        self._chat_empty_text = ""
        self.header = QLabel(wordWrap=True, visible=False, objectName="askingHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setStyleSheet("#askingHeader { background: palette(alternate-base); "
                                  "border-left: 3px solid palette(highlight); padding: 6px; }")
        self.dialog: SourceDialog | None = None
        transcript, branches = window.transcript, window.branches
        transcript.answer_marks = self.marks
        transcript.sig_action_clicked.connect(self.on_link)
        plain_footer = transcript.footer
        # Edit and Regenerate send a question to the plain chat: not offered here
        transcript.footer = lambda index: self.footer(index) if self.bound else plain_footer(
            index)
        branches.sig_history.connect(lambda _history: self._shown())
        window.lane.sig_documents_answered.connect(self.on_answered,
                                                   Qt.ConnectionType.QueuedConnection)

    @property
    def bound(self) -> bool:
        """The conversation on screen answers from documents."""
        return (self.conversation_id is not None and bool(self.documents)
                and self.conversation_id == self.window.conversation_id)

    # -- binding ---------------------------------------------------------------------
    def start(self, job_ids: list[int]) -> None:
        """A new conversation bound to these summary jobs' documents, opened in the chat."""
        if not job_ids or self.window.answering:
            return
        title = self.tr("Questions about {name}")
        more = self.tr("Questions about {name} and %n more", "", len(job_ids) - 1)

        def create(store) -> int:
            ids = list(dict.fromkeys(store.job(j)["document_id"] for j in job_ids))
            name = store.document(ids[0])["name"]
            with store.db.atomic():
                conversation_id = store.create_conversation(
                    (title if len(ids) == 1 else more).format(name=name))
                store.attach_documents(conversation_id, ids)
            return conversation_id

        def opened(conversation_id: int) -> None:
            self.window.show_page(0)
            self.window.open_conversation(conversation_id)
            self.window.refresh_conversations()

        run_query(create, opened, self.sig_notice.emit, writes=True, owner=self)

    def load(self, conversation_id: int) -> None:
        """Read which documents the conversation opened answers from (none: a plain chat)."""
        def read(store) -> dict[int, str]:
            return {d: store.document(d)["name"]
                    for d in store.conversation_documents(conversation_id)}

        def show(documents: dict[int, str]) -> None:
            if conversation_id != self.window.conversation_id:
                return  # the user moved on meanwhile
            self.conversation_id, self.documents = conversation_id, documents
            self._show_header()
            if documents:
                self.window.transcript.render(keep_position=True)  # now with the marks
                self.sig_bound.emit(conversation_id)

        run_query(read, show, self.sig_notice.emit, owner=self)

    def clear(self) -> None:
        self.conversation_id, self.documents = None, {}
        self._show_header()

    def _show_header(self) -> None:
        transcript = self.window.transcript
        if not self._chat_empty_text:
            self._chat_empty_text = transcript.empty_text
        if not self.documents:
            self.header.setVisible(False)
            transcript.empty_text = self._chat_empty_text
            self._chat_empty_text = ""
            if not transcript.entries:
                transcript.render()
            return
        names = ", ".join(f"<b>{html.escape(n)}</b>" for n in self.documents.values())
        self.header.setText(self.tr(
            "Answers from: {names}<br>Every answer is taken from the pages of these documents "
            "only, with the page it comes from. ✓ supported · ◐ partly · ✗ not found in the "
            "documents — click a page reference or a mark to see the passage.").format(
                names=names))
        self.header.setVisible(True)
        transcript.empty_text = self.tr(
            "Ask a question about {names} below: what it says, where, and when. If the "
            "documents do not say, the answer says so.").format(names=names)
        self.window.composer.setFocus()
        if not transcript.entries:
            transcript.render()

    # -- asking ----------------------------------------------------------------------
    def send(self, text: str) -> None:
        """The window's Send, in a conversation bound to documents."""
        window = self.window
        window.composer.clear()
        window.show_notice("")
        window.branches.current = False  # the thread changes: read it back when answered
        window.transcript.add("user", text)
        window.busy = window.answering = True  # a second Ctrl+Enter now does nothing
        window._update_buttons()
        window.lane.request_documents_answer.emit(self.conversation_id, text,
                                                  list(self.documents))

    def on_answered(self, conversation_id: int, finished) -> None:
        window = self.window
        window.answering = False
        window._update_buttons()
        if finished.timings is not None:
            window.status.show_timings(finished.timings, window.chat_options.n_ctx)
            window.status.show_answer_end(finished.finish_reason)
        self._pending = finished
        window.branches.reload()  # the checked answer, as stored, replaces the streamed one

    def _shown(self) -> None:
        """A thread was drawn: the answer waiting for it is now on screen."""
        pending = self._pending
        if pending is not None and self.window.branches.conversation_id == (
                pending.conversation_id):
            self._pending = None
            self.window.refresh_conversations()
            self.sig_answer_shown.emit(pending)

    # -- marks and sources -------------------------------------------------------------
    def marks(self, index: int) -> tuple[SentenceMark, ...]:
        """The marks of message `index` on screen: an answer from documents, as stored."""
        rows, entries = self.window.branches.rows, self.window.transcript.entries
        if not self.bound or index >= len(rows) or index >= len(entries):
            return ()
        row = rows[index]
        if row["role"] != "assistant" or entries[index][1] != row["text"] or not row.get(
                "checks"):
            return ()  # still streaming, or a message with no check
        checks = json.loads(row["checks"])
        marks = []
        for check, end in zip(checks, sentence_ends(row["text"], checks), strict=True):
            if check["level"] in MARKED and end >= 0:
                self._marked[(index, len(marks))] = (row["id"], check["idx"])
                marks.append(SentenceMark(end, check["level"], self._tip(check)))
        return tuple(marks)

    def footer(self, index: int) -> str:
        """Under an answer given without the model: why, in plain words."""
        rows = self.window.branches.rows
        if index < len(rows) and rows[index].get("finish_reason") == "nothing_found":
            return html.escape(self.tr(
                "No passage of the documents is about this question, so the model was not "
                "asked: nothing was made up."))
        return ""

    def _tip(self, check: dict) -> str:
        where = check["reference"].strip("()")
        if check["level"] == "not_found":
            words = [self.tr("No passage the model was given says this. Check it before you "
                             "rely on it.")]
        elif check["level"] == "partly":
            words = [self.tr("Partly supported by {where}: some of it is not in that "
                             "passage.").format(where=where)]
        else:
            words = [self.tr("Supported by {where}.").format(where=where)]
        words += [self.tr("“{claim}” is not in the passages given.").format(claim=c["text"])
                  for c in check["claims"] if c["status"] == "not_found"]
        if check["sources"] and check["level"] != "not_found":
            words.append(self.tr("Click to see the passage."))
        return " ".join(words)

    def on_link(self, link: str) -> None:
        kind, _, where = link.partition(":")
        entry, _, k = where.partition(":")
        if kind != "ans" or not (entry.isdigit() and k.isdigit()):
            return
        found = self._marked.get((int(entry), int(k)))
        if found is None:
            return
        message_id, index = found
        run_query(lambda store: answer_source(store, message_id, index), self._show_source,
                  self.sig_notice.emit, owner=self)

    def _show_source(self, source) -> None:
        if self.dialog is None:
            self.dialog = SourceDialog(self.window)
        panel = self.dialog.panel
        if source is None:
            panel.clear()
            panel.about.setText(self.tr("No page of the documents supports this sentence. "
                                        "Check it before you rely on it."))
        else:
            panel.show_view(source.view)
            self.dialog.setWindowTitle(self.tr("Source: {document}").format(
                document=source.document))
        self.dialog.show()
        self.dialog.raise_()
        if source is not None:
            self.sig_source_shown.emit(f"{source.document} p. {source.view.page}")
