"""The left column: new chat, summarise documents (they are listed on the Documents page),
and the saved conversations. Lists are filled from data read off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.icons import give_icon


class Sidebar(QWidget):
    """sig_conversation_action(str, int): "rename" | "pin" | "unpin" | "export_md" |
    "export_json" | "delete", and the conversation id; sig_search(str): the search text."""

    sig_new_chat = Signal()
    sig_summarise = Signal()
    sig_open_conversation = Signal(int)
    sig_conversation_action = Signal(str, int)
    sig_search = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.new_chat_button = QPushButton(self.tr("New chat"))
        self.new_chat_button.setToolTip(self.tr("Start a new conversation (Ctrl+N)"))
        self.summarise_button = QPushButton(self.tr("Summarise documents…"))
        give_icon(self.new_chat_button, "new-chat")
        give_icon(self.summarise_button, "document")
        self.summarise_button.setToolTip(self.tr(
            "Pick PDF, Word, Excel, PowerPoint, OpenDocument, Rich Text, web page, e-mail, "
            "Outlook, text or Markdown files (Ctrl+O), or drop them on the window; the "
            "Documents page (Ctrl+2) lists them and their summaries"))
        self.search = QLineEdit(placeholderText=self.tr("Search all conversations (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.sig_search)
        self.conversations = self._list(self.tr("Conversations"))
        self.conversations.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.conversations.customContextMenuRequested.connect(self._conversation_menu)
        self.pinned: set[int] = set()
        layout = QVBoxLayout(self)
        layout.addWidget(self.new_chat_button)
        layout.addWidget(self.summarise_button)
        layout.addWidget(QLabel(self.tr("<b>Conversations</b>")))
        layout.addWidget(self.search)
        layout.addWidget(self.conversations, 1)
        self.new_chat_button.clicked.connect(self.sig_new_chat)
        self.summarise_button.clicked.connect(self.sig_summarise)
        self.conversations.itemClicked.connect(
            lambda item: self.sig_open_conversation.emit(item.data(Qt.ItemDataRole.UserRole)))

    @staticmethod
    def _list(name: str) -> QListWidget:
        widget = QListWidget()
        widget.setAccessibleName(name)
        return widget

    def show_conversations(self, rows: list[dict]) -> None:
        self.pinned = {r["id"] for r in rows if r.get("pinned")}
        items = [(r["id"], ("📌 " if r["id"] in self.pinned else "") + r["title"]) for r in rows]
        self._fill(self.conversations, items,
                   self.tr("No conversations yet: type a question below."))

    def show_search_results(self, hits: list[dict]) -> None:
        items = [(h["conversation_id"], f"{h['title']}\n    {h['snippet']}") for h in hits]
        self._fill(self.conversations, items, self.tr("Nothing found."))

    def _conversation_menu(self, position) -> None:
        item = self.conversations.itemAt(position)
        conversation_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        if conversation_id is None:
            return
        menu = QMenu(self)
        pinned = conversation_id in self.pinned
        pin = (self.tr("Unpin"), "unpin") if pinned else (self.tr("Pin"), "pin")
        for label, action in ((self.tr("Rename…"), "rename"), pin,
                              (self.tr("Export as Markdown…"), "export_md"),
                              (self.tr("Export as JSON…"), "export_json"),
                              (self.tr("Delete"), "delete")):
            menu.addAction(label, lambda a=action: self.sig_conversation_action.emit(
                a, conversation_id))
        menu.exec(self.conversations.mapToGlobal(position))

    @staticmethod
    def _fill(widget: QListWidget, items: list[tuple[int, str]], empty: str) -> None:
        widget.clear()
        for item_id, text in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setToolTip(text)
            widget.addItem(item)
        if not items:
            placeholder = QListWidgetItem(empty)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(placeholder)
        widget.setWordWrap(True)
