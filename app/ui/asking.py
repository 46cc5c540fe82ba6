"""Asking documents in the chat view (issue #17): "Ask…" on the Documents page opens a
conversation bound to the selected documents, and "Ask about documents…" in the chat binds
the conversation on screen (a new chat: a new conversation) to those picked, until "Back
to plain chat". A header above it names them, and each question typed there (an edited one
too, and Regenerate) goes to the questions core on the engine lane (passages found, the
model asked, its answer checked and kept); earlier plain-chat turns stay as they were. A
checked answer's sentences carry their marks (✓ supported, ◐ partly, ✗ not found) and page
references; clicking one shows the page with the passage the model was given there shaded,
in a small window beside the chat. The database work runs on the thread pool, the model
work on the lane."""

from __future__ import annotations

import html
import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout

from app.core.questions.answer_view import answer_source, sentence_ends
from app.ui.document_picker import DocumentPicker
from app.ui.documents.sentence_marks import SentenceMark
from app.ui.documents.source_panel import SourcePanel
from app.ui.icons import give_icon
from app.workers.tasks import run_query

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

MARKED = ("supported", "partly", "not_found")  # a "not stated" sentence claims nothing


def new_conversation(store, document_ids: list[int], titles: tuple[str, str]) -> int:
    """Run on the thread pool: a conversation about these documents, titled by the first."""
    name = store.document(document_ids[0])["name"]
    with store.db.atomic():
        conversation_id = store.create_conversation(
            titles[len(document_ids) > 1].format(name=name))
        store.attach_documents(conversation_id, document_ids)
    return conversation_id


def documents_asked(store, conversation_id: int) -> dict[int, str]:
    """The documents a conversation answers from now, id → file name (none: plain chat)."""
    return {d: store.document(d)["name"] for d in store.conversation_documents(conversation_id)}


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
    sig_detached(int) that conversation went back to plain chat; sig_picking() the
    "Ask about documents" picker is open (`picker`); sig_notice(str) for the notice bar."""

    sig_answer_shown = Signal(object)
    sig_source_shown = Signal(str)
    sig_bound = Signal(int)
    sig_detached = Signal(int)
    sig_picking = Signal()
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
        self.header.linkActivated.connect(self._on_header_link)
        self.dialog: SourceDialog | None = None
        self.picker: DocumentPicker | None = None
        self.ask_about_action = QAction(self.tr("Ask about documents…"), self)
        self.ask_about_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.ask_about_action.triggered.connect(self.ask_about)
        self.ask_about_button = QPushButton(self.tr("Ask about documents…"))
        give_icon(self.ask_about_button, "ask")
        self.ask_about_button.setToolTip(self.tr(
            "Answer the questions of this conversation from documents you have added, with "
            "the page each answer comes from (Ctrl+Shift+A)"))
        self.ask_about_button.clicked.connect(self.ask_about)
        transcript = window.transcript
        transcript.answer_marks = self.marks
        transcript.sig_action_clicked.connect(self.on_link)
        versions = transcript.footer  # Edit, Regenerate, "‹ 2 / 3 ›": asked of the documents
        transcript.footer = lambda index: "<br>".join(
            part for part in (versions(index), self.footer(index)) if part)
        window.branches.sig_history.connect(lambda _history: self._shown())
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

        titles = self._titles(len(job_ids))

        def create(store) -> int:
            ids = list(dict.fromkeys(store.job(j)["document_id"] for j in job_ids))
            return new_conversation(store, ids, titles)

        run_query(create, self._open, self.sig_notice.emit, writes=True, owner=self)

    def ask_about(self) -> None:
        """Pick the documents the conversation on screen answers from."""
        if self.window.answering:
            return
        chosen = set(self.documents) if self.bound else set()
        run_query(lambda store: store.askable_documents(),
                  lambda rows: self._pick(rows, chosen), self.sig_notice.emit, owner=self)

    def _pick(self, rows: list[dict], chosen: set[int]) -> None:
        if self.picker is not None:
            self.picker.deleteLater()
        picker = self.picker = DocumentPicker(rows, chosen, self.window)
        picker.accepted.connect(lambda: self.attach(picker.chosen()))
        picker.open()
        self.sig_picking.emit()

    def attach(self, document_ids: list[int]) -> None:
        """The conversation on screen answers from these documents from now on, instead of
        any it answered from before (a new chat becomes a conversation about them)."""
        conversation_id = self.window.conversation_id
        if not document_ids or self.window.answering:
            return
        titles = self._titles(len(document_ids))

        def write(store) -> tuple[int, dict[int, str]]:
            if conversation_id is None:
                return new_conversation(store, document_ids, titles), {}
            with store.db.atomic():
                store.detach_documents(conversation_id)
                store.attach_documents(conversation_id, document_ids)
            return conversation_id, documents_asked(store, conversation_id)

        def bound(result: tuple[int, dict[int, str]]) -> None:
            target, documents = result
            if conversation_id is None:
                self._open(target)
            elif target == self.window.conversation_id:
                self.show_documents(target, documents)
                self.window.transcript.render(keep_position=True)

        run_query(write, bound, self.sig_notice.emit, writes=True, owner=self)

    def detach(self) -> None:
        """Back to plain chat: the next question goes to the model alone. The answers given
        from the documents stay as they were, with their marks and references."""
        conversation_id = self.conversation_id
        if not self.bound or self.window.answering:
            return

        def detached(_=None) -> None:
            if conversation_id == self.window.conversation_id:
                self.clear()
                self.window.transcript.render(keep_position=True)
                self.sig_detached.emit(conversation_id)

        run_query(lambda store: store.detach_documents(conversation_id), detached,
                  self.sig_notice.emit, writes=True, owner=self)

    def _titles(self, count: int) -> tuple[str, str]:
        """A new conversation's title, for one document and for `count` (translated here,
        on the GUI thread, and filled in by new_conversation)."""
        return (self.tr("Questions about {name}"),
                self.tr("Questions about {name} and %n more", "", count - 1))

    def _open(self, conversation_id: int) -> None:
        self.window.show_page(0)
        self.window.open_conversation(conversation_id)
        self.window.refresh_conversations()

    def show_documents(self, conversation_id: int, documents: dict[int, str]) -> None:
        """The conversation being opened answers from these documents (none: plain chat)."""
        self.conversation_id, self.documents = conversation_id, documents
        self._show_header()
        if documents:
            self.sig_bound.emit(conversation_id)

    def clear(self) -> None:
        self.conversation_id, self.documents = None, {}
        self._show_header()

    def _on_header_link(self, link: str) -> None:
        {"change": self.ask_about, "plain": self.detach}.get(link, lambda: None)()

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
            "Answers from: {names} &nbsp; <a href='change'>Change documents…</a> &nbsp; "
            "<a href='plain'>Back to plain chat</a><br>Every answer is taken from the pages "
            "of these documents only, with the page it comes from. ✓ supported · ◐ partly · "
            "✗ not found in the documents — click a page reference or a mark to see the "
            "passage.").format(names=names))
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
        after = window.branches.begin_turn()  # an edited question goes beside the old one
        window.transcript.add("user", text)
        self._ask(text, {"after": after})

    def ask_again(self, question_id: int) -> None:
        """Regenerate: the question asked of the documents again, a new version beside."""
        self._ask("", {"question_id": question_id})

    def _ask(self, text: str, placement: dict) -> None:
        window = self.window
        window.branches.current = False  # the thread changes: read it back when answered
        window.busy = window.answering = True  # a second Ctrl+Enter now does nothing
        window._update_buttons()
        window.lane.request_documents_answer.emit(self.conversation_id, text,
                                                  list(self.documents), placement)

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
        branches, entries = self.window.branches, self.window.transcript.entries
        rows = branches.rows  # answered from documents, even if the chat is plain again
        if not branches.shown or index >= len(rows) or index >= len(entries):
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
        """Under an answer given without the model: why, in plain words; under one that
        states none of the kind of fact asked for (a figure, a date, a name): that the
        documents may not say."""
        rows = self.window.branches.rows
        if not self.window.branches.shown or index >= len(rows):
            return ""
        row = rows[index]
        if row.get("finish_reason") == "nothing_found":
            return html.escape(self.tr(
                "No passage of the documents is about this question, so the model was not "
                "asked: nothing was made up."))
        missing = json.loads(row["sources"]).get("gives_no") if row.get("sources") else ""
        if missing:
            asked = {"quantity": self.tr("a figure"), "date": self.tr("a date"),
                     "name": self.tr("a name")}[missing]
            return "⚠ " + html.escape(self.tr(
                "The question asks for {what}, and this answer gives none that the passages "
                "about it state: the documents may not say. Check the pages before you rely "
                "on it.").format(
                what=asked))
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
