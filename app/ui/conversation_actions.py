"""What the sidebar's conversation menu and search box do: rename, pin, export, delete
with undo, and full-text search. Database work runs on the thread pool. A deleted
conversation is hidden at once and erased (app/core/store/erase.py) when its Undo goes
away, or as the window closes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QPushButton, QStatusBar, QWidget

from app.core.conversations import conversation_json, conversation_markdown
from app.ui.sidebar import Sidebar
from app.workers.erasing import erase_deleted_conversations
from app.workers.tasks import run_query

SEARCH_DELAY_MS = 250  # search once the user pauses typing, not at every key
UNDO_MS = 10_000


class ConversationActions(QObject):
    """Signals: sig_changed() the conversation list changed; sig_deleted(int) a conversation
    was deleted (the window leaves it if it is open); sig_notice(str)."""

    sig_changed = Signal()
    sig_deleted = Signal(int)
    sig_notice = Signal(str)

    def __init__(self, sidebar: Sidebar, status: QStatusBar, parent: QWidget):
        super().__init__(parent)
        self.sidebar, self.status, self.parent_widget = sidebar, status, parent
        sidebar.sig_conversation_action.connect(self.on_action)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        sidebar.sig_search.connect(lambda _text: self._search_timer.start())
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setVisible(False)
        status.addWidget(self.undo_button)
        self._deleted: int | None = None
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_MS)
        self._undo_timer.timeout.connect(self.erase_deleted)
        self.undo_button.clicked.connect(self.undo_delete)

    def run_search(self) -> None:
        text = self.sidebar.search.text().strip()
        if not text:
            self.sig_changed.emit()
            return
        run_query(lambda store: store.search_messages(text),
                  self.sidebar.show_search_results, self.sig_notice.emit, owner=self)

    def on_action(self, action: str, conversation_id: int) -> None:
        handler = getattr(self, f"_{action}")
        handler(conversation_id)

    def _write(self, change) -> None:
        run_query(change, lambda _=None: self.sig_changed.emit(), self.sig_notice.emit,
                  writes=True, owner=self)

    def _rename(self, conversation_id: int) -> None:
        title, ok = QInputDialog.getText(self.parent_widget, self.tr("Rename conversation"),
                                         self.tr("New name:"))
        if ok and title.strip():
            self._write(lambda store: store.rename_conversation(conversation_id, title.strip()))

    def _pin(self, conversation_id: int) -> None:
        self._write(lambda store: store.set_pinned(conversation_id, True))

    def _unpin(self, conversation_id: int) -> None:
        self._write(lambda store: store.set_pinned(conversation_id, False))

    def _delete(self, conversation_id: int) -> None:
        self._deleted = conversation_id
        self._write(lambda store: store.delete_conversation(conversation_id))
        self.sig_deleted.emit(conversation_id)
        self.status.showMessage(self.tr("Conversation deleted."), UNDO_MS)
        self.undo_button.setVisible(True)
        self._undo_timer.start()

    def erase_deleted(self) -> None:
        """The time to undo is over (or the window closes): erase what was deleted."""
        self._undo_timer.stop()
        self.undo_button.setVisible(False)
        if self._deleted is not None:
            deleted, self._deleted = self._deleted, None
            erase_deleted_conversations(lambda _=None: None, self.sig_notice.emit,
                                        just_deleted=deleted)

    def undo_delete(self) -> None:
        if self._deleted is not None:
            deleted, self._deleted = self._deleted, None
            self._write(lambda store: store.restore_conversation(deleted))
            self.status.showMessage(self.tr("Conversation restored."), 5000)
        self._undo_timer.stop()
        self.undo_button.setVisible(False)

    def _export_md(self, conversation_id: int) -> None:
        # the file type's name is translated, its pattern is not
        self._export(conversation_id, self.tr("Markdown") + " (*.md)", ".md",
                     conversation_markdown)

    def _export_json(self, conversation_id: int) -> None:
        self._export(conversation_id, self.tr("JSON") + " (*.json)", ".json", conversation_json)

    def _export(self, conversation_id: int, pattern: str, suffix: str, render) -> None:
        path, _ = QFileDialog.getSaveFileName(self.parent_widget, self.tr("Export conversation"),
                                              str(Path.home() / f"conversation{suffix}"),
                                              pattern)
        if not path:
            return
        target = Path(path).with_suffix(suffix)

        def write(store):
            target.write_text(render(store, conversation_id), encoding="utf-8")
            return target

        saved = self.tr("Saved {path}.")
        run_query(write,
                  lambda written: self.status.showMessage(saved.format(path=written), 8000),
                  self.sig_notice.emit, owner=self)
