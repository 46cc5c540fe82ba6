"""The current conversation's instructions and sampling, ready prompts, and the warning
(with a way out) when a conversation nears the end of the model's context."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QPushButton

from app.ui.conversation_settings import (
    DEFAULTS,
    ConversationSettingsDialog,
    ready_prompts,
)
from app.workers.tasks import run_query

CONTEXT_WARNING = 0.8  # share of the context after which the user is told


class ChatOptions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
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
        self.continue_button.clicked.connect(self.continue_with_summary)

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
        dialog = ConversationSettingsDialog(self.system_prompt, self.sampling, self.window)
        if not dialog.exec():
            return
        self.system_prompt, self.sampling = dialog.values()
        conversation_id = self.window.conversation_id
        if conversation_id is not None:
            run_query(lambda store: self.save_to(store, conversation_id),
                      lambda _=None: None, self.window.show_notice, writes=True)

    def _insert_ready_prompt(self, index: int) -> None:
        if index > 0:
            composer = self.window.composer
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
        self.window.show_notice(self.tr("{reason} You can continue in a new chat that starts "
                                        "from a summary of this one.").format(reason=reason))
        self.continue_button.setVisible(True)

    def continue_with_summary(self) -> None:
        history = [m for m in self.window.history if m["role"] in ("user", "assistant")]
        text = "\n\n".join(f"{m['role']}: {m['content']}" for m in history)
        keep = max(self.n_ctx * 2, 2000)  # about half the context, counted in characters
        self.continue_button.setVisible(False)
        self.window.new_chat()
        request = self.tr("Here is our earlier conversation. Summarise it in a few sentences, "
                          "keeping every name, number and decision, so that we can continue "
                          "from the summary:\n\n")
        self.window.composer.setPlainText(request + text[-keep:])
        self.window.send()
