"""The window's menu bar: File (with Recent documents), Edit, View and Help. Its texts keep
the main window's translation context ("MainWindow"), where the catalogues have them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from app.ui.dialogs import about_text
from app.ui.queue_rows import recent_documents

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


def build_menus(window: MainWindow) -> QMenu:
    """Returns File → Recent documents, which fills itself each time it opens."""
    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    file_menu.addAction(QCoreApplication.translate("MainWindow", "New chat"),
                        QKeySequence("Ctrl+N"), window.new_chat)
    file_menu.addAction(QCoreApplication.translate("MainWindow", "Summarise documents…"),
                        QKeySequence("Ctrl+O"), window.add_documents)
    file_menu.addAction(window.models.open_action)
    recent = file_menu.addMenu(QCoreApplication.translate("MainWindow", "Recent documents"))
    recent.aboutToShow.connect(lambda: _fill_recent(window, recent))
    file_menu.addSeparator()
    file_menu.addAction(QCoreApplication.translate("MainWindow", "Settings…"),
                        QKeySequence("Ctrl+,"), window.preferences.open_dialog)
    file_menu.addSeparator()
    file_menu.addAction(QCoreApplication.translate("MainWindow", "Quit"),
                        QKeySequence("Ctrl+Q"), window.close)
    edit_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    edit_menu.addAction(QCoreApplication.translate("MainWindow", "Search conversations"),
                        QKeySequence("Ctrl+F"), window.sidebar.search.setFocus)
    edit_menu.addAction(QCoreApplication.translate("MainWindow", "Conversation settings…"),
                        QKeySequence("Ctrl+K"), window.chat_options.open_dialog)
    edit_menu.addAction(window.branches.regenerate_action)
    edit_menu.addAction(window.asking.ask_about_action)
    view_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    view_menu.addAction(QCoreApplication.translate("MainWindow", "Chat"),
                        QKeySequence("Ctrl+1"), lambda: window.show_page(0))
    view_menu.addAction(QCoreApplication.translate("MainWindow", "Documents"),
                        QKeySequence("Ctrl+2"), lambda: window.show_page(1))
    help_menu = menus.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_menu.addAction(QCoreApplication.translate("MainWindow", "About Offline Assistant"),
                        lambda: _show_about(window))
    return recent


def _fill_recent(window: MainWindow, menu: QMenu) -> None:
    """The documents summarised last (the queue's rows, already read: no database work
    here); one opens its summary on the Documents page."""
    menu.clear()
    for row in recent_documents(window.documents.model.rows):
        menu.addAction(row.name, lambda key=row.key: _open_summary(window, key))
    if menu.isEmpty():
        menu.addAction(QCoreApplication.translate("MainWindow", "No summaries yet")).setEnabled(
            False)


def _open_summary(window: MainWindow, key: str) -> None:
    window.show_page(1)
    window.documents.select(key)


def _show_about(window: MainWindow) -> None:
    name = window.status.model_name if window.model_ready else None
    QMessageBox.about(window, QCoreApplication.translate("MainWindow", "About Offline Assistant"),
                      about_text(name))
