"""The window's side of the user's preferences: load them off the GUI thread at start,
apply theme and keys, the Settings dialog, and the window's size and layout on restart."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication

from app import paths
from app.core.models.files import list_models
from app.core.policy import policy_in_force
from app.core.settings import AppSettings
from app.ui.dialogs import SettingsDialog
from app.ui.theme import apply_theme
from app.workers.erasing import erase_deleted_conversations, erase_everything
from app.workers.tasks import run_query


class Preferences(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = AppSettings()
        self.layout: dict = {}
        window.composer.installEventFilter(self)

    def load(self) -> None:
        # A deletion whose erasure a crash cut short is finished first.
        erase_deleted_conversations(lambda _=None: None, self.window.show_notice)
        run_query(lambda store: (AppSettings.from_store(store),
                                 store.settings().get("window", {})),
                  self._loaded, self.window.show_notice)

    def _loaded(self, result) -> None:
        self.settings, self.layout = result
        self.apply()
        if self.layout.get("geometry"):
            self.window.restoreGeometry(QByteArray.fromHex(self.layout["geometry"].encode()))
        if self.layout.get("splitter"):
            self.window.splitter.restoreState(QByteArray.fromHex(self.layout["splitter"].encode()))
        documents = self.window.documents
        for choice, key in ((documents.style_choice, "summary_style"),
                            (documents.language_choice, "summary_language")):
            if choice.findData(self.layout.get(key)) >= 0:
                choice.setCurrentIndex(choice.findData(self.layout[key]))
        last = self.layout.get("conversation")
        if last:
            self.window.open_conversation(last)

    def apply(self) -> None:
        app = QApplication.instance()
        apply_theme(app, self.settings.theme)  # the transcript redraws on the palette change
        if not self.window.chat_allowed:  # the composer says why chat is off instead
            return
        if self.settings.send_with_enter:
            hint = self.tr("Type your question… (Enter to send, Shift+Enter for a new line)")
        else:
            hint = self.tr("Type your question… (Ctrl+Enter to send)")
        self.window.composer.setPlaceholderText(hint)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and self.settings.send_with_enter
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.window.send()
            return True
        return super().eventFilter(watched, event)

    def open_dialog(self) -> None:
        # the library's list: a model added where it is can be the default too
        # and the organisation's policy, read off the GUI thread: what it locks is shown so
        run_query(lambda store: (list_models(store, paths.models_dir()), policy_in_force()),
                  self._show_dialog, self.window.show_notice, writes=True)  # forgets gone files

    def _show_dialog(self, found) -> None:
        models, policy = found
        dialog = SettingsDialog(self.settings, models, self.window, policy=policy)
        dialog.sig_clear_all.connect(self._clear_all)
        if dialog.exec():
            self.settings = dialog.result_settings()
            self.apply()
            chosen = self.settings
            run_query(lambda store: chosen.save(store), lambda _=None: None,
                      self.window.show_notice, writes=True)

    def _clear_all(self) -> None:
        self.window.new_chat()
        erase_everything(lambda _=None: self.window.refresh_lists(), self.window.show_notice)

    def save_window_state(self) -> None:
        """Called as the window closes; the caller waits for the thread pool to finish."""
        layout = {"geometry": bytes(self.window.saveGeometry().toHex()).decode(),
                  "splitter": bytes(self.window.splitter.saveState().toHex()).decode(),
                  "conversation": self.window.conversation_id,
                  # the last summary style and language are the next documents' defaults
                  "summary_style": self.window.documents.style_choice.currentData(),
                  "summary_language": self.window.documents.language_choice.currentData()}
        welcomed = {"welcomed": True}
        run_query(lambda store: store.save_settings({"window": layout, **welcomed}),
                  lambda _=None: None, writes=True)
