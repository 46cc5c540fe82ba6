"""The question a protected PDF asks: its password, typed unseen, in a dialog that does not
block the window (the queue goes on with the other documents meanwhile).

The password goes straight to the queue (SummaryQueue.unlock), which hands it to the lane
for one reading; the dialog is deleted once answered, so the text field's copy goes too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget


def ask_password(
    parent: QWidget,
    name: str,
    why: str,
    unlock: Callable[[str], None],
    give_up: Callable[[], None],
) -> QInputDialog:
    """Open the dialog; `unlock(password)` or `give_up()` runs once it is answered."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("password_prompt")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # translate() with its context spelled out: lupdate cannot tell a function's context.
    title = QCoreApplication.translate("PasswordPrompt", "Password for {name}")
    dialog.setWindowTitle(title.format(name=name))
    dialog.setLabelText(why)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(QCoreApplication.translate("PasswordPrompt", "Open"))
    dialog.setCancelButtonText(QCoreApplication.translate("PasswordPrompt", "Skip this document"))

    def answered(password: str) -> None:
        if password:
            unlock(password)
        else:
            give_up()

    dialog.textValueSelected.connect(answered)
    dialog.rejected.connect(give_up)
    dialog.open()  # window-modal, returns at once: the GUI thread never waits on the user
    return dialog
