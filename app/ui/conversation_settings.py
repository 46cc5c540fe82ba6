"""Per-conversation instructions and sampling, and ready prompts for common office work."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
)

from app.ui.dialogs import lay_out_form

DEFAULTS = {"temperature": 0.7, "top_p": 0.9, "max_tokens": 512}


def ready_prompts() -> dict[str, str]:
    """Name -> text put before the composer's text, in the interface's language: built at
    use, since the translations are installed after this module is imported."""
    return {
        QCoreApplication.translate("ReadyPrompts", "Rewrite formally"):
            QCoreApplication.translate(
                "ReadyPrompts", "Rewrite the following text in a clear, formal tone:\n\n"),
        QCoreApplication.translate("ReadyPrompts", "Translate to English"):
            QCoreApplication.translate(
                "ReadyPrompts", "Translate the following text into English:\n\n"),
        QCoreApplication.translate("ReadyPrompts", "Extract action items"):
            QCoreApplication.translate(
                "ReadyPrompts", "List the action items in the following text, one per line, "
                                "with who does what by when:\n\n"),
        QCoreApplication.translate("ReadyPrompts", "Summarise this text"):
            QCoreApplication.translate(
                "ReadyPrompts", "Summarise the following text in a short paragraph:\n\n"),
        QCoreApplication.translate("ReadyPrompts", "Draft a reply"):
            QCoreApplication.translate(
                "ReadyPrompts", "Draft a polite reply to the following message:\n\n"),
    }


class ConversationSettingsDialog(QDialog):
    def __init__(self, system_prompt: str, settings: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Conversation settings"))
        self.system_prompt = QPlainTextEdit(system_prompt)
        self.system_prompt.setPlaceholderText(
            self.tr("Instructions the assistant follows in this conversation, e.g. "
                    "“Answer in Bahasa Malaysia, in at most three sentences.”"))
        values = {**DEFAULTS, **settings}
        self.temperature = QDoubleSpinBox(minimum=0.0, maximum=2.0, singleStep=0.1,
                                          value=values["temperature"])
        self.temperature.setToolTip(self.tr("Lower: more predictable; higher: more varied"))
        self.top_p = QDoubleSpinBox(minimum=0.05, maximum=1.0, singleStep=0.05,
                                    value=values["top_p"])
        self.max_tokens = QSpinBox(minimum=16, maximum=8192, singleStep=64,
                                   value=values["max_tokens"])
        form = QFormLayout()
        form.addRow(self.tr("Instructions"), self.system_prompt)
        form.addRow(self.tr("Temperature"), self.temperature)
        form.addRow(self.tr("Top-p"), self.top_p)
        form.addRow(self.tr("Longest answer (tokens)"), self.max_tokens)
        reset = QPushButton(self.tr("Reset to defaults"))
        reset.clicked.connect(self.reset)
        lay_out_form(self, form, reset)

    def reset(self) -> None:
        self.system_prompt.setPlainText("")
        self.temperature.setValue(DEFAULTS["temperature"])
        self.top_p.setValue(DEFAULTS["top_p"])
        self.max_tokens.setValue(DEFAULTS["max_tokens"])

    def values(self) -> tuple[str, dict]:
        return self.system_prompt.toPlainText().strip(), {
            "temperature": round(self.temperature.value(), 2),
            "top_p": round(self.top_p.value(), 2), "max_tokens": self.max_tokens.value()}
