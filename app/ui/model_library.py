"""The window's side of the model library: the Models dialog's work and questions.

Listing, hashing and copying run on the thread pool, each task with its own store; a model
is loaded through the engine lane like the one at start-up, and becomes the default once it
has loaded. The model in use is hashed in the background after it loads, so a summary job
finds its SHA-256 cached. Copies and hashes stop when the window closes.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app import paths
from app.core.models.approval import refusal
from app.core.models.files import ADDED_FOLDER, list_models, same_path
from app.core.models.hardware import probe
from app.core.models.library import (
    add_model_file,
    add_model_folder,
    check_may_add,
    check_model_file,
    copy_model_file,
    model_sha256,
    remove_model,
)
from app.core.models.plan import plan_load
from app.core.policy import Policy, policy_in_force
from app.core.settings import AppSettings
from app.ui.i18n import local_size
from app.ui.models_dialog import ModelRow, ModelsDialog
from app.workers.tasks import run_query, run_task

PROGRESS_STEPS = 1000


def _rows(store) -> tuple[list[ModelRow], Policy]:
    """The rows and the policy they were judged by (read here, off the GUI thread). A model
    not hashed yet is judged again once its hash is known."""
    models = list_models(store, paths.models_dir())
    machine = probe()
    policy = policy_in_force()
    return [ModelRow(model, plan_load(model.card, machine).fit if model.usable else None,
                     refusal(policy, model, model.sha256))
            for model in models], policy


def _set_default(store, path: str, *, only_if: str | None = None) -> None:
    """Make `path` the model loaded at start ("" = automatic); with `only_if`, only when
    that is the default now."""
    settings = AppSettings.from_store(store)
    if only_if is None or settings.default_model == only_if:
        settings.default_model = path
        settings.save(store)


class ModelLibrary(QObject):
    """Knows a widget (the dialogs' parent; its closing stops file work) and whether the
    engine is busy; the lane's load results come to `on_loaded` / `on_load_failed`.
    Signals, on the GUI thread, after the dialog shows the result:

    sig_listed(list)   the ModelRows shown
    sig_hashed(str)    the path of a model whose SHA-256 is now known
    sig_added(str)     the path of a model just added (referenced or copied)
    sig_refused(str)   a model or folder could not be added or removed: the message shown
    sig_in_use(str)    a model chosen here has loaded and is the default from now on
    sig_load(str)      load the model at this path (chosen with "Use this model")
    sig_default(str)   this path is the default model now (saved in the store next)
    sig_removing(str)  this model is taken off the list: it can no longer be the default
    sig_message(str, int)  a status-bar message and its milliseconds (no dialog open)
    """

    sig_listed = Signal(list)
    sig_hashed = Signal(str)
    sig_added = Signal(str)
    sig_refused = Signal(str)
    sig_in_use = Signal(str)
    sig_load = Signal(str)
    sig_default = Signal(str)
    sig_removing = Signal(str)
    sig_message = Signal(str, int)
    _sig_copy_progress = Signal(object, object)  # bytes done, in all (from a pool thread)

    def __init__(self, window: QWidget, busy: Callable[[], bool]):
        super().__init__(window)
        self.window, self.busy = window, busy
        self.dialog: ModelsDialog | None = None
        self.rows: list[ModelRow] = []
        self.policy = Policy()  # replaced by the one in force with the first listing
        self.loaded_path: str | None = None
        self.requested: str | None = None  # chosen with "Use this model", loading now
        self.hashing: str | None = None
        self.to_hash: list[str] = []
        self.question: QMessageBox | None = None  # the question or warning on screen
        self._just_added: str | None = None  # selected once the list shows it
        self.progress: QProgressDialog | None = None
        self._closing = threading.Event()
        self._copy_stop = threading.Event()
        self.open_action = QAction(self.tr("Models…"), window)
        self.open_action.setShortcut(QKeySequence("Ctrl+M"))
        self.open_action.triggered.connect(self.open_dialog)
        queued = Qt.ConnectionType.QueuedConnection
        self._sig_copy_progress.connect(self._on_copy_progress, queued)
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._closing.set()  # the window waits for the pool: let long file work end
            QTimer.singleShot(0, self._close_refused)
        return super().eventFilter(watched, event)

    def _close_refused(self) -> None:
        if self.window.isVisible():  # still open after all: carry on hashing
            self._closing.clear()
            self._hash_next()

    def _stopped(self) -> bool:
        return self._closing.is_set()

    # -- the dialog ----------------------------------------------------------------------
    def open_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = ModelsDialog(self.window)
            self.dialog.sig_add_model.connect(self.pick_model)
            self.dialog.sig_add_folder.connect(self.pick_folder)
            self.dialog.sig_use.connect(self.use)
            self.dialog.sig_remove.connect(self.remove)
        self.dialog.show()
        self.dialog.raise_()
        self.refresh()

    def refresh(self) -> None:
        run_query(_rows, self._listed, self._refuse, writes=True, owner=self)  # forgets gone files

    def _listed(self, result: tuple[list[ModelRow], Policy]) -> None:
        rows, self.policy = result
        self.rows = rows
        if self.dialog is not None:
            self.dialog.set_adding_allowed(not self.policy.locked_down
                                           and self.policy.users_may_add_models is not False)
            self.dialog.show_rows(rows, self.loaded_path, str(paths.models_dir()))
        self.to_hash = [str(r.model.path) for r in rows if r.model.usable and not r.model.sha256]
        if self.dialog is not None and self._just_added is not None:
            self.dialog.select_path(self._just_added)
            self._just_added = None
        self.sig_listed.emit(rows)
        self._hash_next()

    # -- hashing, one file at a time -------------------------------------------------------
    def _hash_next(self) -> None:
        if self.hashing is not None or not self.to_hash or self._stopped():
            return
        path = self.hashing = self.to_hash.pop(0)
        run_query(lambda store: model_sha256(store, path, stop=self._stopped),
                  lambda sha: self._hashed(path, sha), lambda message: self._unhashed(path),
                  writes=True, owner=self)

    def _hashed(self, path: str, sha256: str) -> None:
        self.hashing = None
        for index, row in enumerate(self.rows):
            if str(row.model.path) == path:
                model = replace(row.model, sha256=sha256)
                self.rows[index] = ModelRow(model, row.fit, refusal(self.policy, model, sha256))
                if self.dialog is not None:
                    self.dialog.update_row(self.rows[index])
        self.sig_hashed.emit(path)
        self._hash_next()

    def _unhashed(self, path: str) -> None:
        self.hashing = None
        if self.dialog is not None and not self._stopped():
            self.dialog.mark_unreadable(path)
        self._hash_next()

    # -- using a model ---------------------------------------------------------------------
    def use(self, row: ModelRow) -> None:
        self.requested = str(row.model.path)
        if self.busy():
            text = self.tr("{name} will load as soon as the current answer or summary is "
                           "finished.")
        else:
            text = self.tr("Loading {name}…")
        self._say(text.format(name=row.model.name))
        self.sig_load.emit(self.requested)

    def on_loaded(self, loaded, note: str) -> None:
        self.loaded_path = loaded.path and os.path.abspath(loaded.path)
        if self.loaded_path is None:  # the organisation's server: no file here to list or hash
            return
        if loaded.note:  # e.g. the GPU held fewer layers than planned
            self.sig_message.emit(loaded.note, 30_000)
        if self.dialog is not None:
            self.dialog.set_in_use(self.loaded_path)
        if self.loaded_path not in self.to_hash and self.hashing != self.loaded_path:
            self.to_hash.append(self.loaded_path)  # a summary job will want its hash
            self._hash_next()
        if same_path(self.requested, self.loaded_path):
            self.requested = None
            self._make_default(self.loaded_path, loaded.name, loaded.note)

    def _make_default(self, path: str, name: str, note: str) -> None:
        self.sig_default.emit(path)  # at once: the Settings dialog may save it first
        text = self.tr("{name} is loaded and will be used from now on.").format(name=name)
        self._say(f"{text} {note}".strip())
        run_query(lambda store: _set_default(store, path),
                  lambda _=None: self.sig_in_use.emit(path), self._refuse, writes=True, owner=self)

    def on_load_failed(self, message: str) -> None:
        if self.requested is not None:
            self.requested = None
            self._say(message)

    # -- adding a model ----------------------------------------------------------------------
    def pick_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.dialog, self.tr("Add a model"), str(Path.home()),
            self.tr("GGUF model files (*.gguf)"))
        if path:
            self.offer_model(path)

    def offer_model(self, path: str) -> None:
        """Check the file first (off the GUI thread), then ask: where it is, or a copy?"""
        def check():
            check_may_add()  # before asking where: the policy may refuse it either way
            return check_model_file(path)

        run_task(check, lambda card: self._ask_how(path, card), self._refuse, owner=self)

    def _ask_how(self, path: str, card) -> None:
        name, folder = Path(path).name, str(paths.models_dir())
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Add {name}").format(name=name),
                          self.tr("Use {name} ({size}) where it is, or copy it into the app's "
                                  "models folder?").format(name=name,
                                                           size=local_size(card.file_size)),
                          parent=self.dialog)
        box.setInformativeText(self.tr(
            "Where it is: nothing is copied, best for large files; the file must stay where it "
            "is. A copy in {folder} keeps working when the original is moved or its drive is "
            "disconnected, and takes as much disk space again.").format(folder=folder))
        self.where_button = box.addButton(self.tr("Use it where it is"),
                                          QMessageBox.ButtonRole.AcceptRole)
        self.copy_button = box.addButton(self.tr("Copy into the models folder"),
                                         QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(self.where_button)
        box.finished.connect(lambda _: self._chosen(path, box.clickedButton()))
        self.question = box
        box.open()

    def _chosen(self, path: str, button) -> None:
        self.question = None
        if button is self.where_button:
            self.add_where_it_is(path)
        elif button is self.copy_button:
            self.copy_in(path)

    def add_where_it_is(self, path: str) -> None:
        run_query(lambda store: add_model_file(store, path), self._added, self._refuse,
                  writes=True, owner=self)

    def copy_in(self, path: str) -> None:
        self._copy_stop.clear()
        progress = QProgressDialog(
            self.tr("Copying {name} into the models folder…").format(name=Path(path).name),
            self.tr("Stop"), 0, PROGRESS_STEPS, self.dialog)
        progress.setWindowTitle(self.tr("Copying a model"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.canceled.connect(self._copy_stop.set)
        progress.setValue(0)
        self.progress = progress
        stop = lambda: self._copy_stop.is_set() or self._stopped()  # noqa: E731
        report = self._sig_copy_progress.emit  # emitted on the pool thread, shown here

        def work(store):
            return copy_model_file(store, path, paths.models_dir(), progress=report, stop=stop)

        run_query(work, self._copied, self._copy_failed, writes=True, owner=self)

    def _on_copy_progress(self, done: int, total: int) -> None:
        if self.progress is not None and total:
            self.progress.setValue(int(PROGRESS_STEPS * done / total))

    def _copied(self, model) -> None:
        self._close_progress()
        self._added(model)

    def _copy_failed(self, message: str) -> None:
        self._close_progress()
        if self._copy_stop.is_set():
            self._say(self.tr("The copy was stopped; nothing was kept."))
        else:
            self._refuse(message)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self._copy_stop.set)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _added(self, model) -> None:
        self._say(self.tr("{name} is in the list now.").format(name=model.name))
        self._just_added = str(model.path)
        self.sig_added.emit(self._just_added)
        self.refresh()

    def pick_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dialog, self.tr("Add a folder of models"),
                                                  str(Path.home()))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str) -> None:
        run_query(lambda store: add_model_folder(store, folder),
                  lambda count: self._folder_added(folder, count), self._refuse,
                  writes=True, owner=self)

    def _folder_added(self, folder: str, count: int) -> None:
        if count:
            text = self.tr("{folder} added: %n model file(s) found.", "", count)
        else:
            text = self.tr("{folder} added. It holds no .gguf file yet; models put there later "
                           "are listed too.")
        self._say(text.format(folder=folder))
        self.refresh()

    # -- removing a model --------------------------------------------------------------------
    def remove(self, row: ModelRow) -> None:
        model = row.model
        if same_path(str(model.path), self.loaded_path):
            self._say(self.tr("{name} is in use. Use another model first, then remove this "
                              "one.").format(name=model.name))
            return
        if model.deletes_file:
            self._confirm(self.tr("Delete {name}?"), self.tr(
                "{name} is in the app's models folder: removing it from the list deletes the "
                "file {path} ({size}) from this computer.").format(
                name=model.name, path=model.path, size=local_size(model.size)),
                self.tr("Delete the file"), lambda: self._remove(model, delete_file=True))
        elif model.source == ADDED_FOLDER:
            self._confirm(self.tr("Stop listing this folder?"), self.tr(
                "{name} is listed because it is in {folder}. Taking it off the list stops "
                "listing that folder; its files stay where they are.").format(
                name=model.name, folder=model.path.parent),
                self.tr("Stop listing the folder"), lambda: self._remove(model))
        else:  # a file added where it is: the file is the user's, never touched
            self._remove(model)

    def _confirm(self, title: str, text: str, action: str, then) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.dialog)
        self.confirm_button = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        box.finished.connect(lambda _: self._confirmed(box.clickedButton(), then))
        self.question = box
        box.open()

    def _confirmed(self, button, then) -> None:
        self.question = None
        if button is self.confirm_button:
            then()

    def _remove(self, model, *, delete_file: bool = False) -> None:
        path = str(model.path)

        def work(store):
            remove_model(store, model, delete_file=delete_file)
            _set_default(store, "", only_if=path)  # start with the automatic choice again

        self.sig_removing.emit(path)
        text = (self.tr("{name} was deleted.") if delete_file else
                self.tr("{name} is off the list; no file was deleted."))
        run_query(work, lambda _=None: self._removed(text.format(name=model.name)),
                  self._refuse, writes=True, owner=self)

    def _removed(self, text: str) -> None:
        self._say(text)
        self.refresh()

    # -- messages ----------------------------------------------------------------------------
    def _say(self, text: str) -> None:
        if self.dialog is not None:
            self.dialog.say(text)
        else:
            self.sig_message.emit(text, 15_000)

    def _refuse(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Models"), message,
                          QMessageBox.StandardButton.Ok, self.dialog or self.window)
        box.finished.connect(lambda _: setattr(self, "question", None))
        self.question = box
        box.open()
        self.sig_refused.emit(message)
