"""Settings and About."""

from __future__ import annotations

import platform
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME, __version__, paths
from app.core.documents.ocr import OCR_LANGUAGES
from app.core.engine.remote import server_config
from app.core.policy import Policy
from app.core.policy.documents import ocr_languages
from app.core.settings import THEMES, AppSettings
from app.log_file import log_path
from app.ui.i18n import available_languages
from app.ui.server_settings import ServerSettingsBox


def lay_out_form(dialog: QDialog, form: QFormLayout | QWidget, *extras) -> None:
    """The form (or a widget holding it), any extra widgets under it, then OK and Cancel."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    if isinstance(form, QWidget):
        layout.addWidget(form)
    else:
        layout.addLayout(form)
    for widget in extras:
        layout.addWidget(widget)
    layout.addWidget(buttons)


class SettingsDialog(QDialog):
    """Edits a copy of the settings; `sig_clear_all` asks the window to delete all data."""

    sig_clear_all = Signal()

    def __init__(self, settings: AppSettings, models: list, parent=None, *,
                 policy: Policy | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.settings = settings
        self.policy = policy or Policy()
        self.locked = self.policy.locked_settings()
        form = QFormLayout()
        data = paths.data_dir()
        form.addRow(self.tr("Data folder"), self._path_row(data, data, self.tr("Open")))
        log = log_path()  # for IT after a fault: what to send, and where it is
        form.addRow(self.tr("Log file"),
                    self._path_row(log, log.parent, self.tr("Open folder")))
        self.model = QComboBox()
        self.model.addItem(self.tr("First model in the models folder"), "")
        for model in models:
            self.model.addItem(model.name, str(model.path))
        self.model.setCurrentIndex(max(self.model.findData(settings.default_model), 0))
        if "default_model" in self.locked:
            self.model.insertItem(0, self.locked["default_model"], None)
            self.model.setCurrentIndex(0)
        form.addRow(self.tr("Default model"), self._lockable("default_model", self.model))
        self.threads = self._number(self.locked.get("threads", settings.threads), 0, 256,
                                    self.tr("Automatic"))
        form.addRow(self.tr("Threads"), self._lockable("threads", self.threads))
        self.context = self._number(self.locked.get("context_length", settings.context_length),
                                    0, 1048576, self.tr("Automatic"))
        self.context.setSingleStep(1024)
        form.addRow(self.tr("Context length (tokens)"),
                    self._lockable("context_length", self.context))
        self.theme = QComboBox()
        names = {"system": self.tr("System"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        for theme in THEMES:
            self.theme.addItem(names.get(theme, theme.capitalize()), theme)
        self.theme.setCurrentIndex(self.theme.findData(settings.theme))
        form.addRow(self.tr("Theme"), self.theme)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for code, name in available_languages().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Scans are read in"),
                    self._lockable("ocr_languages", self._ocr_choice(settings)))
        self.enter_sends = QCheckBox(self.tr("Enter sends (Shift+Enter for a new line)"))
        self.enter_sends.setChecked(settings.send_with_enter)
        form.addRow("", self.enter_sends)
        note = QLabel(self.tr("Model, threads, context and language apply the next time the "
                              "app starts."))
        note.setWordWrap(True)
        self.server = ServerSettingsBox(settings, server_config(self.policy, None), self)
        clear = QPushButton(self.tr("Delete all conversations and summaries…"))
        clear.clicked.connect(self._confirm_clear)
        # Two pages: all of it in one had grown taller than a 768-pixel laptop screen, and
        # its wrapped notes were squeezed into each other.
        general = QWidget()
        page = QVBoxLayout(general)
        page.addLayout(form)
        page.addWidget(note)
        page.addStretch(1)
        page.addWidget(clear)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.server, self.tr("Organisation's server"))
        lay_out_form(self, self.tabs)

    def _lockable(self, name: str, widget) -> QWidget:
        """The widget as it is, or, when the organisation's policy sets this setting,
        disabled and labelled so (the value shown is the policy's)."""
        if name not in self.locked:
            return widget
        widget.setEnabled(False)
        widget.setToolTip(self.tr("Set by your organisation's policy; it cannot be changed "
                                  "here."))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(widget, 1)
        row.addWidget(QLabel(self.tr("set by your organisation")))
        holder = QWidget()
        holder.setLayout(row)
        return holder

    def _ocr_choice(self, settings: AppSettings) -> QWidget:
        """A box per language the shipped OCR model reads, and what it does not read."""
        chosen = ocr_languages(settings.ocr_languages, self.policy) or tuple(OCR_LANGUAGES)
        names = {"latin": self.tr("English, Malay, Indonesian and other Latin-script "
                                  "languages"),
                 "zh": self.tr("Chinese (simplified and traditional)"),
                 "ja": self.tr("Japanese")}
        self.ocr_boxes = {code: QCheckBox(names[code], checked=code in chosen)
                          for code in OCR_LANGUAGES}
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        for box in self.ocr_boxes.values():
            column.addWidget(box)
        limits = QLabel(self.tr("Vietnamese is read only in part (letters with a hook or a "
                                "dot below, and those with two marks, are missed); Thai, "
                                "Khmer, Lao, Burmese and Arabic script are not read."))
        limits.setWordWrap(True)
        column.addWidget(limits)
        holder = QWidget()
        holder.setLayout(column)
        return holder

    def _ocr_setting(self) -> str:
        ticked = [code for code, box in self.ocr_boxes.items() if box.isChecked()]
        # none ticked reads as all: a scan is never left unread by a slip
        return "" if len(ticked) in (0, len(OCR_LANGUAGES)) else ",".join(ticked)

    @staticmethod
    def _path_row(path: Path, folder: Path, button_text: str) -> QHBoxLayout:
        """A path to read or copy, and a button that opens `folder` in the file manager."""
        shown = QLineEdit(str(path), readOnly=True)
        open_folder = QPushButton(button_text)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        row = QHBoxLayout()
        row.addWidget(shown, 1)
        row.addWidget(open_folder)
        return row

    @staticmethod
    def _number(value: int, low: int, high: int, zero_text: str) -> QSpinBox:
        box = QSpinBox(minimum=low, maximum=high, value=value)
        box.setSpecialValueText(zero_text)
        return box

    def result_settings(self) -> AppSettings:
        # replace(): settings this dialog does not show are kept as they are, and so are
        # the user's own values of those the policy locks (they apply if it is lifted)
        chosen = {"context_length": self.context.value(), "threads": self.threads.value(),
                  "default_model": self.model.currentData(),
                  "ocr_languages": self._ocr_setting()}
        chosen = {k: v for k, v in chosen.items() if k not in self.locked}
        return self.server.result(replace(
            self.settings, theme=self.theme.currentData(),
            send_with_enter=self.enter_sends.isChecked(),
            language=self.language.currentData(), **chosen))

    def _confirm_clear(self) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete everything?"),
            self.tr("This erases every conversation, every summary and the documents' text "
                    "that Offline Assistant kept, so that none of it can be recovered; backup "
                    "copies of your data are re-made without it. Your own files and your "
                    "models are not touched. This cannot be undone."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            self.sig_clear_all.emit()


def _llama_cpp_version() -> str:
    """From the package's metadata: llama.cpp itself stays in the engine process."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("llama-cpp-python")
    except PackageNotFoundError:  # a frozen bundle without the metadata
        return "(version unknown)"


def about_text(model_name: str | None) -> str:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    purpose = QCoreApplication.translate(
        "About", "Chat and document summaries with a language model that runs on this "
                 "computer. Nothing you type or open is sent anywhere.")
    model = QCoreApplication.translate("About", "Model: {model}").format(
        model=model_name or QCoreApplication.translate("About", "none loaded"))
    engine = QCoreApplication.translate("About", "llama.cpp via llama-cpp-python {version}").format(
        version=_llama_cpp_version())
    licences = QCoreApplication.translate(
        "About", "<b>Licences</b>: Offline Assistant — Apache-2.0; llama.cpp and "
                 "llama-cpp-python — MIT; Qt for Python — LGPL-3.0; pypdfium2 — "
                 "Apache-2.0/BSD-3-Clause; the demo model SmolLM2-135M-Instruct — Apache-2.0. "
                 "A model you add keeps its own licence: see `offline-assistant models`.")
    return (
        f"<h3>{APP_NAME} {__version__}</h3><p>{purpose}</p>"
        f"<p>{model}<br>{engine}<br>"
        f"Qt {qVersion()} (PySide6 {pyside_version})<br>Python {platform.python_version()}</p>"
        f"<p>{licences}</p>"
    )
