"""The main window: sidebar, conversation, composer and status bar. It only shows and
forwards: the model work runs on the engine lane, database reads on the thread pool."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, paths
from app.core.policy import policy_in_force
from app.ui import window_wiring as wiring
from app.ui.asking import documents_asked
from app.ui.background import Background
from app.ui.branches import Branches
from app.ui.chat_options import ChatOptions
from app.ui.conversation_actions import ConversationActions
from app.ui.documents.page import DocumentsPage
from app.ui.icons import give_icon
from app.ui.retention import Retention
from app.ui.sidebar import Sidebar
from app.ui.status import ResourceStatus
from app.ui.transcript import Transcript
from app.ui.window_menus import build_menus
from app.workers.engine_lane import EngineLane
from app.workers.tasks import run_query, run_task


def welcome() -> str:
    """Built at use, not at import: the translations are installed after this module loads."""
    return QCoreApplication.translate(
        "MainWindow",
        "<h3>Welcome to Offline Assistant</h3>"
        "Ask a question below. To summarise documents, open the <b>Documents</b> page (Ctrl+2) "
        "or drop PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, "
        "Outlook, text or Markdown files, scans (PNG, JPEG, TIFF) — or a whole folder — on "
        "this window.<br><br>"
        "Everything stays on this computer: nothing you type or open is sent anywhere.")


def welcome_text(model_name: str, note: str) -> str:
    model = QCoreApplication.translate("MainWindow", "<b>Model:</b> {model}").format(
        model=html.escape(model_name))
    data = QCoreApplication.translate("MainWindow", "<b>Your data:</b> {folder}").format(
        folder=html.escape(str(paths.data_dir())))
    return f"{welcome()}<br><br>{model}<br>{html.escape(note)}<br><br>{data}"


class MainWindow(QMainWindow):
    """Signals, emitted on the GUI thread once the window has shown the result:

    sig_answer_shown(object)   the Finished answer
    sig_error_shown(str)       a message in the notice bar
    sig_summary_shown(object)  the JobFinished of a summary
    """

    sig_answer_shown = Signal(object)
    sig_error_shown = Signal(str)
    sig_summary_shown = Signal(object)

    def __init__(self, lane: EngineLane):
        super().__init__()
        self.lane = lane
        self.conversation_id: int | None = None
        self.history: list[dict] = []
        self.model_ready = False
        self.chat_allowed = True  # until the organisation's policy is read (apply_policy)
        self.busy = False
        self.answering = False  # an answer is streaming into the transcript
        self.setWindowTitle(APP_NAME)
        self.setAcceptDrops(True)
        self.resize(1100, 720)
        self._build()
        self._connect()
        self.conversation_actions = ConversationActions(self.sidebar, self.status, self)
        self.conversation_actions.sig_changed.connect(self.refresh_conversations)
        self.conversation_actions.sig_deleted.connect(
            lambda deleted: self.new_chat() if deleted == self.conversation_id else None)
        self.chat_options = ChatOptions(self.composer, self)
        self.chat_options.sig_changed.connect(self.save_chat_options)
        self.chat_options.sig_continue.connect(self.continue_with_summary)
        self.branches = Branches(self, self.transcript, self.composer, self)
        self.branches.sig_history.connect(lambda history: setattr(self, "history", history))
        self.chat_layout.insertWidget(self.chat_layout.count() - 1, self.branches.edit_bar)
        self.composer_buttons.insertWidget(0, self.chat_options.ready)
        self.notice_row.addWidget(self.chat_options.continue_button)
        self.preferences = wiring.wire_preferences(self)
        self.models = wiring.wire_model_library(self, self.preferences)
        self.asking = wiring.wire_document_questions(self)
        self.background = Background(self)
        self.documents.sig_job.connect(self.background.show_progress)
        self.documents.sig_job_shown.connect(self.background.job_finished)
        self.recent_menu = build_menus(self)
        self.preferences.load()
        self.retention = Retention(self)
        self.retention.sig_erased.connect(lambda _erased: self.refresh_lists())
        for helper in (self.conversation_actions, self.chat_options, self.branches,
                       self.retention):
            helper.sig_notice.connect(self.show_notice)
        run_task(policy_in_force, self.apply_policy, self.show_notice, owner=self)
        self.refresh_lists()

    # -- layout --------------------------------------------------------------------
    def _build(self) -> None:
        self.status = ResourceStatus(lambda: self.lane.engine_pid)
        self.setStatusBar(self.status)
        self.sidebar = Sidebar()
        self.transcript = Transcript()
        self.transcript.empty_text = welcome()
        self.transcript.render()
        self.notice = QLabel(wordWrap=True, visible=False, objectName="notice")
        self.notice.setStyleSheet("background:#fdecea; color:#8a1f11; padding:6px;")
        self.composer = QPlainTextEdit(
            placeholderText=self.tr("Type your question… (Ctrl+Enter to send)"))
        self.composer.setAccessibleName(self.tr("Message"))
        self.composer.setMaximumHeight(110)
        self.send_button = QPushButton(self.tr("Send"), enabled=False)
        self.send_button.setToolTip(self.tr("Send (Ctrl+Enter)"))
        self.stop_button = QPushButton(self.tr("Stop"), enabled=False)
        give_icon(self.send_button, "send", primary=True)
        give_icon(self.stop_button, "stop")
        self.stop_button.setToolTip(self.tr("Stop the answer (Esc)"))
        self.composer_buttons = QVBoxLayout()
        self.composer_buttons.addWidget(self.send_button)
        self.composer_buttons.addWidget(self.stop_button)
        composer_row = QHBoxLayout()
        composer_row.addWidget(self.composer, 1)
        composer_row.addLayout(self.composer_buttons)
        self.notice_row = QHBoxLayout()
        self.notice_row.addWidget(self.notice, 1)
        chat = QWidget()
        chat_layout = self.chat_layout = QVBoxLayout(chat)
        chat_layout.addWidget(self.transcript, 1)
        chat_layout.addLayout(composer_row)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.documents = DocumentsPage(self.lane)
        self.pages = QTabWidget(documentMode=True)
        self.pages.addTab(chat, self.tr("Chat"))
        self.pages.addTab(self.documents, self.tr("Documents"))
        self.pages.setTabToolTip(0, self.tr("Chat with the model (Ctrl+1)"))
        self.pages.setTabToolTip(1, self.tr("Summarise documents and read their summaries "
                                            "(Ctrl+2)"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(self.notice_row)  # messages about chat and documents alike
        right_layout.addWidget(self.pages, 1)
        self.splitter.addWidget(right)
        self.splitter.setSizes([280, 820])
        self.setCentralWidget(self.splitter)

    def closeEvent(self, event) -> None:
        if self.background.postpone_close(event):  # summaries run: keep them or stop?
            return
        self.conversation_actions.erase_deleted()  # no Undo after closing: erase it now
        self.preferences.save_window_state(wiring.window_layout(self))
        super().closeEvent(event)

    def _connect(self) -> None:
        # Explicitly queued: the lane emits from its own thread and widgets may only be
        # touched on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        lane = self.lane
        lane.sig_model_loaded.connect(self.on_model_loaded, queued)
        lane.sig_model_failed.connect(self.on_model_failed, queued)
        lane.sig_busy.connect(self.on_busy, queued)
        lane.sig_token.connect(self.transcript.append_stream, queued)
        lane.sig_answer_done.connect(self.on_answer_done, queued)
        lane.sig_answer_failed.connect(self.on_answer_failed, queued)
        lane.sig_reader.connect(self.documents.choices.offer_fast_reading, queued)
        self.send_button.clicked.connect(self.send)
        self.stop_button.clicked.connect(self.stop)
        QShortcut(QKeySequence("Ctrl+Return"), self.composer, activated=self.send)
        QShortcut(QKeySequence("Escape"), self, activated=self.escape)
        self.sidebar.sig_new_chat.connect(self.new_chat)
        self.sidebar.sig_summarise.connect(self.add_documents)
        self.sidebar.sig_open_conversation.connect(self.open_conversation)
        self.documents.sig_notice.connect(self.show_notice)
        self.documents.sig_job_shown.connect(self.sig_summary_shown)
        self.documents.sig_job.connect(self.status.show_job)
        self.documents.sig_message.connect(lambda text: self.status.showMessage(text, 10000))
        # the job the status bar shows (the first running)
        self.status.pause_button.clicked.connect(lambda: self.documents.queue.pause())
        self.status.cancel_button.clicked.connect(lambda: self.documents.queue.cancel())

    # -- model and state -------------------------------------------------------------
    def on_model_loaded(self, model, note: str) -> None:
        self.model_ready = True
        # interrupted summaries carry on by themselves; on a server, several at once
        self.documents.on_model_ready(getattr(model, "slots", 1))
        self.status.refresh()  # show the engine's memory now, not at the next tick
        self.chat_options.n_ctx = model.n_ctx
        self.transcript.empty_text = welcome_text(model.name, note)
        if not self.transcript.entries:
            self.transcript.render()
        self.status.show_model(model.name, model.options.as_dict().get("server", ""))
        self._update_buttons()

    def apply_policy(self, policy) -> None:
        """Turn off in the window what the organisation's policy forbids (the lane and the
        core refuse it too: this only spares the user a button that cannot work)."""
        self.chat_allowed = self.preferences.chat_allowed = policy.allows("chat")
        for view in (self.transcript, self.documents.summary_view):
            view.copy_allowed = policy.allows("copy_to_clipboard")
        if not policy.allows("export"):
            self.documents.reader.forbid_export()
        self.documents.choices.follow_policy(policy)
        self.retention.start(policy.retention_days)
        if not self.chat_allowed:
            self.composer.setEnabled(False)
            self.composer.setPlaceholderText(self.tr(
                "Locked by your organisation's policy: see the message above.")
                if policy.locked_down else policy.why_not("chat"))
        self._update_buttons()

    def on_model_failed(self, message: str) -> None:
        self.status.model_label.setText(self.tr("No model loaded"))
        self.show_notice(message)

    def on_busy(self, busy: bool) -> None:
        self.busy = busy
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.send_button.setEnabled(self.model_ready and self.chat_allowed and not self.busy)
        # Stop and Esc end a chat answer only: a summary has its own Pause and Cancel, and
        # a stray Esc must not cancel half an hour of work
        self.stop_button.setEnabled(self.answering)
        self.branches.update()

    def stop(self) -> None:
        # Called here, on the GUI thread: a signal connected straight to the lane would be
        # queued behind the very generation it is meant to stop.
        self.lane.cancel()

    def escape(self) -> None:
        if self.answering:
            self.stop()
        else:
            self.branches.cancel_edit()

    def show_notice(self, message: str) -> None:
        self.notice.setText(message)
        self.notice.setVisible(bool(message))
        if message:
            self.sig_error_shown.emit(message)

    # -- chat ------------------------------------------------------------------------
    def save_chat_options(self) -> None:
        conversation_id, options = self.conversation_id, self.chat_options
        if conversation_id is not None:
            run_query(lambda store: options.save_to(store, conversation_id),
                      lambda _=None: None, self.show_notice, writes=True, owner=self)

    def continue_with_summary(self) -> None:
        """A new chat that starts from a summary of this one (it outgrew the context)."""
        request = self.chat_options.summary_request(self.history)
        self.new_chat()
        self.composer.setPlainText(request)
        self.send()

    def new_chat(self) -> None:
        self.conversation_id, self.history = None, []
        self.chat_options.reset()
        self.branches.clear()
        self.asking.clear()
        self.transcript.show_entries([])
        self.show_notice("")
        self.composer.setFocus()

    def send(self) -> None:
        text = self.composer.toPlainText().strip()
        if not text or not self.send_button.isEnabled():
            return
        if self.asking.bound:  # a conversation about documents: answered from their pages
            return self.asking.send(text)
        self.composer.clear()
        self.show_notice("")
        parent_id = self.branches.begin_turn()  # an edited question goes beside the old one
        self.transcript.add("user", text)
        self.history.append({"role": "user", "content": text})
        self.busy = self.answering = True  # a second Ctrl+Enter now does nothing
        self._update_buttons()
        conversation_id, options = self.conversation_id, self.chat_options

        def save(store) -> tuple[int, int]:
            target = conversation_id
            if target is None:
                target = store.create_conversation(text[:60])
                options.save_to(store, target)
            return target, store.add_message(target, "user", text, parent_id=parent_id)

        run_query(save, lambda saved: self.ask(*saved), self.show_notice, writes=True, owner=self)

    def ask(self, conversation_id: int, question_id: int) -> None:
        """Ask the model to answer `self.history`, ending with that saved question."""
        self.conversation_id = conversation_id
        self.busy = self.answering = True
        self._update_buttons()
        self.lane.request_answer.emit(conversation_id, question_id,
                                      self.chat_options.messages(self.history),
                                      dict(self.chat_options.sampling))
        self.refresh_conversations()

    def on_answer_done(self, conversation_id: int, finished) -> None:
        self.answering = False
        self.history.append({"role": "assistant", "content": finished.text})
        self.status.show_timings(finished.timings, self.chat_options.n_ctx)
        self.status.refresh()
        self.chat_options.check_context(finished.timings)
        self.status.show_answer_end(finished.finish_reason)
        self.transcript.render()
        self.branches.reload()
        self.sig_answer_shown.emit(finished)

    def on_answer_failed(self, conversation_id: int, message: str, kind: str) -> None:
        self.answering = False
        self.transcript.render()
        self.branches.reload()
        if kind == "context":  # the conversation outgrew the model's context
            self.chat_options.offer_summary(message)
        else:
            self.show_notice(message)

    def open_conversation(self, conversation_id) -> None:
        if conversation_id is None or self.answering:
            return

        def show(found) -> None:
            conversation, rows, documents = found
            self.conversation_id = conversation_id
            self.chat_options.load(conversation)
            self.asking.show_documents(conversation_id, documents)  # with it: never unbound
            self.branches.show(conversation_id, rows)  # the thread shown, and its history

        run_query(lambda store: (store.conversation(conversation_id),
                                 store.messages(conversation_id),
                                 documents_asked(store, conversation_id)), show,
                  self.show_notice, owner=self)

    def refresh_lists(self) -> None:
        self.refresh_conversations()
        self.documents.refresh()

    def refresh_conversations(self) -> None:
        """After a chat change: the summary jobs have not changed, so they are not re-read."""
        run_query(lambda store: store.conversations(), self.sidebar.show_conversations,
                  self.show_notice, owner=self)

    # -- documents -------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        (self.composer if index == 0 else self.documents.table).setFocus()

    def add_documents(self) -> None:
        self.show_page(1)
        self.documents.add_files()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        """Files and folders dropped anywhere on the window join the Documents queue."""
        dropped = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.show_page(1)
        self.documents.add_paths(dropped)
