"""The main window's helpers for preferences and models, built with the few things they
need and connected to the window here: they never reach into it, they signal, and this
module (kept out of main_window.py, which stays small) says what each signal does."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHBoxLayout

from app.ui.asking import DocumentQuestions
from app.ui.model_library import ModelLibrary
from app.ui.preferences import Preferences

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def wire_preferences(window: MainWindow) -> Preferences:
    preferences = Preferences(window.composer, window)
    preferences.sig_layout.connect(lambda layout: restore_layout(window, layout))
    preferences.sig_send.connect(window.send)
    preferences.sig_clearing.connect(window.new_chat)
    preferences.sig_cleared.connect(window.refresh_lists)
    preferences.sig_notice.connect(window.show_notice)
    # the lane loads again, on the server or on this computer as the settings now say
    preferences.sig_engine_changed.connect(lambda: window.lane.request_load.emit(None))
    return preferences


def wire_model_library(window: MainWindow, preferences: Preferences) -> ModelLibrary:
    library = ModelLibrary(window, busy=lambda: window.busy)
    # Explicitly queued: the lane emits from its own thread.
    queued = Qt.ConnectionType.QueuedConnection
    window.lane.sig_model_loaded.connect(library.on_loaded, queued)
    window.lane.sig_model_failed.connect(library.on_load_failed, queued)
    library.sig_load.connect(window.lane.request_load.emit)
    library.sig_default.connect(preferences.model_made_default)
    library.sig_removing.connect(preferences.model_removed)
    library.sig_message.connect(window.status.showMessage)
    return library


def wire_document_questions(window: MainWindow) -> DocumentQuestions:
    """Questions about documents in the chat view; "Ask…" on the Documents page starts one,
    "Ask about documents…" over the composer binds the chat shown."""
    asking = DocumentQuestions(window)
    window.chat_layout.insertWidget(0, asking.header)
    attach_row = QHBoxLayout()
    attach_row.addWidget(asking.ask_about_button)
    attach_row.addStretch(1)
    window.chat_layout.insertLayout(window.chat_layout.count() - 1, attach_row)
    window.documents.sig_ask.connect(asking.start)
    # Regenerate asks again where the question was asked: the documents, or the model alone
    window.branches.sig_ask.connect(lambda conversation_id, question_id: asking.ask_again(
        question_id) if asking.bound else window.ask(conversation_id, question_id))
    asking.sig_notice.connect(window.show_notice)
    return asking


def window_layout(window: MainWindow) -> dict:
    """What the next start restores (restore_layout)."""
    documents = window.documents
    return {"geometry": bytes(window.saveGeometry().toHex()).decode(),
            "splitter": bytes(window.splitter.saveState().toHex()).decode(),
            "conversation": window.conversation_id,
            # the last summary style and language are the next documents' defaults
            "summary_style": documents.style_choice.currentData(),
            "summary_language": documents.language_choice.currentData(),
            "summary_thorough": documents.thorough_choice.isChecked(),
            "summary_fast": documents.fast_choice.isChecked()}


def restore_layout(window: MainWindow, layout: dict) -> None:
    if layout.get("geometry"):
        window.restoreGeometry(QByteArray.fromHex(layout["geometry"].encode()))
    if layout.get("splitter"):
        window.splitter.restoreState(QByteArray.fromHex(layout["splitter"].encode()))
    documents = window.documents
    for choice, key in ((documents.style_choice, "summary_style"),
                        (documents.language_choice, "summary_language")):
        if choice.findData(layout.get(key)) >= 0:
            choice.setCurrentIndex(choice.findData(layout[key]))
    if documents.thorough_choice.isEnabled():  # not when the policy sets it
        documents.thorough_choice.setChecked(bool(layout.get("summary_thorough")))
    documents.fast_choice.setChecked(bool(layout.get("summary_fast")))
    if layout.get("conversation"):
        window.open_conversation(layout["conversation"])
