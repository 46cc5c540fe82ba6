"""The user's preferences in the window: load them off the GUI thread at start, apply
theme and keys, the Settings dialog, and keep the window's layout for the next start.

It knows the composer (for the Enter key and its hint) and nothing else of the window:
what the window must do, it says by signal, and the window connects them
(app/ui/window_wiring.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from app import paths
from app.core.models.files import list_models, same_path
from app.core.policy import policy_in_force
from app.core.settings import AppSettings
from app.ui.dialogs import SettingsDialog
from app.ui.server_settings import keep_token
from app.ui.theme import apply_theme
from app.workers.erasing import erase_deleted_conversations, erase_everything
from app.workers.tasks import run_query


def server_fields(settings: AppSettings) -> tuple:
    return (settings.server_url, settings.server_model, settings.server_token_env,
            settings.server_token_keychain, settings.server_ca_bundle)


class Preferences(QObject):
    """Signals, on the GUI thread:

    sig_layout(dict)   the window's layout saved at the last close, once the settings are
                       applied (geometry, splitter, summary style and language, conversation)
    sig_send()         Enter was pressed in the composer and Enter sends
    sig_clearing()     "Clear all my data" was confirmed: leave the open conversation
    sig_cleared()      everything was erased: read the lists again
    sig_notice(str)    something could not be read or saved, in plain words
    sig_engine_changed()  the organisation's server was turned on, off or changed, and the
                       settings are saved: load the model again, where it now runs
    """

    sig_layout = Signal(dict)
    sig_send = Signal()
    sig_clearing = Signal()
    sig_cleared = Signal()
    sig_notice = Signal(str)
    sig_engine_changed = Signal()

    def __init__(self, composer: QPlainTextEdit, parent: QWidget | None = None):
        super().__init__(parent)
        self.composer, self.parent_widget = composer, parent
        self.settings = AppSettings()
        self.layout: dict = {}
        self.loaded = False  # until then the defaults above stand in for the saved settings
        self.chat_allowed = True  # the window turns it off when the policy forbids chat
        composer.installEventFilter(self)

    def load(self) -> None:
        # A deletion whose erasure a crash cut short is finished first.
        erase_deleted_conversations(lambda _=None: None, self.sig_notice.emit)
        run_query(lambda store: (AppSettings.from_store(store),
                                 store.settings().get("window", {})),
                  self._loaded, self.sig_notice.emit, owner=self)

    def _loaded(self, result) -> None:
        self.settings, self.layout = result
        self.loaded = True
        self.apply()
        self.sig_layout.emit(self.layout)

    def apply(self) -> None:
        app = QApplication.instance()
        apply_theme(app, self.settings.theme)  # the transcript redraws on the palette change
        if not self.chat_allowed:  # the composer says why chat is off instead
            return
        if self.settings.send_with_enter:
            hint = self.tr("Type your question… (Enter to send, Shift+Enter for a new line)")
        else:
            hint = self.tr("Type your question… (Ctrl+Enter to send)")
        self.composer.setPlaceholderText(hint)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.KeyPress and self.settings.send_with_enter
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.sig_send.emit()
            return True
        return super().eventFilter(watched, event)

    # -- the default model, as the Models dialog changes it --------------------------------
    def model_made_default(self, path: str) -> None:
        self.settings.default_model = path  # the Settings dialog saves it with the rest

    def model_removed(self, path: str) -> None:
        if same_path(self.settings.default_model, path):
            self.settings.default_model = ""  # start with the automatic choice again

    # -- the Settings dialog ---------------------------------------------------------------
    def open_dialog(self) -> None:
        # the library's list: a model added where it is can be the default too
        # and the organisation's policy, read off the GUI thread: what it locks is shown so
        run_query(lambda store: (list_models(store, paths.models_dir()), policy_in_force()),
                  self._show_dialog, self.sig_notice.emit, writes=True,  # forgets gone files
                  owner=self)

    def _show_dialog(self, found) -> None:
        models, policy = found
        dialog = SettingsDialog(self.settings, models, self.parent_widget, policy=policy)
        dialog.sig_clear_all.connect(self._clear_all)
        if dialog.exec():
            before = server_fields(self.settings)
            self.settings = dialog.result_settings()
            self.apply()
            chosen, token = self.settings, dialog.server.typed_token()
            moved = token is not None or server_fields(chosen) != before

            def save(store) -> None:
                if token is not None:  # before the settings that say it is there
                    keep_token(*token)
                chosen.save(store)

            run_query(save, lambda _=None: moved and self.sig_engine_changed.emit(),
                      self.sig_notice.emit, writes=True, owner=self)

    def _clear_all(self) -> None:
        self.sig_clearing.emit()
        erase_everything(lambda _=None: self.sig_cleared.emit(), self.sig_notice.emit)

    def save_window_state(self, layout: dict) -> None:
        """Called as the window closes, with its layout (the keys of sig_layout); the
        caller waits for the thread pool to finish."""
        welcomed = {"welcomed": True}
        run_query(lambda store: store.save_settings({"window": layout, **welcomed}),
                  lambda _=None: None, writes=True, owner=self)
