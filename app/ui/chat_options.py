"""The current conversation's instructions and sampling, ready prompts, and the warning
(with a way out) when a conversation nears the end of the model's context. It works on the
composer it is given and tells the window the rest through signals."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QWidget

from app.ui.conversation_settings import (
    DEFAULTS,
    ConversationSettingsDialog,
    ready_prompts,
)

CONTEXT_WARNING = 0.8  # share of the context after which the user is told


class ChatOptions(QObject):
    """Signals: sig_notice(str) a message for the notice bar; sig_changed() the user changed
    the instructions or sampling (the window saves them with its conversation);
    sig_continue() the user asked to continue in a new chat from a summary."""

    sig_notice = Signal(str)
    sig_changed = Signal()
    sig_continue = Signal()

    def __init__(self, composer: QPlainTextEdit, parent: QWidget):
        super().__init__(parent)
        self.composer = composer
        self.system_prompt = ""
        self.sampling = dict(DEFAULTS)
        self.n_ctx = 0
        self.ready = QComboBox()
        self.ready.setAccessibleName(self.tr("Ready prompts"))
        self.ready.addItem(self.tr("Ready prompts…"))
        for name, text in ready_prompts().items():
            self.ready.addItem(name, text)
        self.ready.activated.connect(self._insert_ready_prompt)
        self.continue_button = QPushButton(self.tr("Continue in a new chat with a summary"))
        self.continue_button.setVisible(False)
        self.continue_button.clicked.connect(self._continue)

    # -- instructions and sampling -----------------------------------------------------
    def reset(self) -> None:
        self.system_prompt, self.sampling = "", dict(DEFAULTS)
        self.continue_button.setVisible(False)

    def load(self, conversation: dict) -> None:
        self.system_prompt = conversation.get("system_prompt") or ""
        saved = json.loads(conversation["settings"]) if conversation.get("settings") else {}
        self.sampling = {**DEFAULTS, **saved}
        self.continue_button.setVisible(False)

    def messages(self, history: list[dict]) -> list[dict]:
        if not self.system_prompt:
            return list(history)
        return [{"role": "system", "content": self.system_prompt}, *history]

    def save_to(self, store, conversation_id: int) -> None:
        if self.system_prompt or self.sampling != DEFAULTS:
            store.set_conversation_settings(conversation_id, system_prompt=self.system_prompt,
                                            settings=self.sampling)

    def open_dialog(self) -> None:
        dialog = ConversationSettingsDialog(self.system_prompt, self.sampling, self.parent())
        if not dialog.exec():
            return
        self.system_prompt, self.sampling = dialog.values()
        self.sig_changed.emit()

    def _insert_ready_prompt(self, index: int) -> None:
        if index > 0:
            composer = self.composer
            composer.setPlainText(self.ready.itemData(index) + composer.toPlainText())
            composer.setFocus()
        self.ready.setCurrentIndex(0)

    # -- context -----------------------------------------------------------------------
    def check_context(self, timings) -> None:
        used = timings.prompt_tokens + timings.output_tokens
        if self.n_ctx and used >= CONTEXT_WARNING * self.n_ctx:
            self.offer_summary(self.tr("This conversation uses {used} of the {limit} tokens the "
                                       "model can keep in mind. Soon it will not fit.").format(
                used=used, limit=self.n_ctx))

    def offer_summary(self, reason: str) -> None:
        self.sig_notice.emit(self.tr("{reason} You can continue in a new chat that starts "
                                        "from a summary of this one.").format(reason=reason))
        self.continue_button.setVisible(True)

    def _continue(self) -> None:
        self.continue_button.setVisible(False)
        self.sig_continue.emit()

    def summary_request(self, history: list[dict]) -> str:
        """The first message of the new chat: the end of this one, to be summarised."""
        history = [m for m in history if m["role"] in ("user", "assistant")]
        text = "\n\n".join(f"{m['role']}: {m['content']}" for m in history)
        keep = max(self.n_ctx * 2, 2000)  # about half the context, counted in characters
        request = self.tr("Here is our earlier conversation. Summarise it in a few sentences, "
                          "keeping every name, number and decision, so that we can continue "
                          "from the summary:\n\n")
        return request + text[-keep:]
