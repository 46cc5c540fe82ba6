"""The Models dialog: a table of every model the app can use (name, quantisation,
parameters, size, whether it fits this computer, SHA-256, where it came from), the card of
the selected one, and the buttons. It only shows: app/ui/model_library.py does the work."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from app.core.models.files import (
    ADDED_FILE,
    ADDED_FOLDER,
    BUILT_IN,
    BUNDLED,
    MODELS_FOLDER,
    LibraryModel,
)
from app.core.models.fit import ModelFit
from app.ui.i18n import local_size
from app.ui.transcript import is_dark

SHA_SHOWN = 12  # hex digits in the table; the card shows all 64
COLUMN_AIR = 16  # pixels beside a column's widest text
CARD_HEIGHT = 90


@dataclass(frozen=True)
class ModelRow:
    model: LibraryModel
    fit: ModelFit | None  # None for a file that cannot be used
    refusal: str | None = None  # why the organisation's policy does not let it load


def parameters_text(count: int) -> str:
    if count >= 1e9:  # B: billions, M: millions of parameters
        return QCoreApplication.translate("ModelTable", "{count:.1f} B").format(count=count / 1e9)
    return QCoreApplication.translate("ModelTable", "{count:.0f} M").format(count=count / 1e6)


class ModelTable(QAbstractTableModel):
    """A thin adapter over the library's rows; `in_use` is the loaded model's path."""

    NAME, QUANTISATION, PARAMETERS, SIZE, FIT, SHA, SOURCE = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[ModelRow] = []
        self.in_use: str | None = None
        self.unreadable: set[str] = set()  # files whose hash could not be computed
        self.headers = [self.tr("Name"), self.tr("Quantisation"), self.tr("Parameters"),
                        self.tr("Size"), self.tr("On this computer"), self.tr("SHA-256"),
                        self.tr("Source")]

    def set_rows(self, rows: list[ModelRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def replace_row(self, index: int, row: ModelRow) -> None:
        self.rows[index] = row
        self.dataChanged.emit(self.index(index, 0), self.index(index, len(self.headers) - 1))

    def refresh_all(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self.rows) - 1, len(self.headers) - 1))

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.headers)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.FontRole and self.is_in_use(row):
            font = QFont()
            font.setBold(True)
            return font
        if (role == Qt.ItemDataRole.ForegroundRole and column == self.FIT
                and (row.fit is None or not row.fit.fits or row.refusal)):
            return warning_colour()
        return None

    def is_in_use(self, row: ModelRow) -> bool:
        return self.in_use is not None and str(row.model.path) == self.in_use

    def text(self, row: ModelRow, column: int) -> str:
        model, card = row.model, row.model.card
        if column == self.NAME:
            return self.tr("{name} (in use)").format(name=model.name) \
                if self.is_in_use(row) else model.name
        if column == self.QUANTISATION:
            return card.quantisation if card else "—"
        if column == self.PARAMETERS:
            return parameters_text(card.parameter_count) if card else "—"
        if column == self.SIZE:
            return local_size(model.size) if model.size else "—"
        if column == self.FIT:
            return self.verdict(row)
        if column == self.SHA:
            return self.sha_text(model)
        return self.source_text(model.source)

    def verdict(self, row: ModelRow) -> str:
        fit = row.fit
        if row.refusal:
            return self.tr("not approved")
        if fit is None:
            return self.tr("cannot be used")
        if fit.verdict == "fits":
            return self.tr("fits")
        if fit.verdict == "tight":
            return self.tr("tight")
        return self.tr("will not fit: needs {need}, {free} free").format(
            need=local_size(fit.needed_bytes), free=local_size(fit.available_bytes))

    def sha_text(self, model: LibraryModel) -> str:
        if model.sha256:
            return model.sha256[:SHA_SHOWN] + "…"
        if not model.usable:
            return "—"
        if str(model.path) in self.unreadable:
            return self.tr("could not be read")
        return self.tr("computing…")

    def source_text(self, source: str) -> str:
        return {BUILT_IN: self.tr("built-in"), BUNDLED: self.tr("installed with the app"),
                MODELS_FOLDER: self.tr("models folder"), ADDED_FILE: self.tr("added file"),
                ADDED_FOLDER: self.tr("added folder")}.get(source, source)

    def _tooltip(self, row: ModelRow, column: int) -> str | None:
        model = row.model
        if column == self.NAME:
            return str(model.path)
        if column == self.FIT:
            return row.refusal or (row.fit.message if row.fit else model.problem)
        if column == self.SHA:
            return model.sha256
        return None


def warning_colour() -> QColor:
    """Red that reads on the light and on the dark palette."""
    return QColor("#ff8a80" if is_dark(QApplication.palette()) else "#b3261e")


class ModelsDialog(QDialog):
    """Signals: sig_add_model, sig_add_folder, sig_use(ModelRow), sig_remove(ModelRow)."""

    sig_add_model = Signal()
    sig_add_folder = Signal()
    sig_use = Signal(object)
    sig_remove = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.resize(980, 600)
        self.intro = QLabel(wordWrap=True)
        self.table_model = ModelTable(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Models"))
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(ModelTable.NAME,
                                                           QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self._use())
        self.card = QLabel(wordWrap=True)
        self.card.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.card.setMinimumHeight(CARD_HEIGHT)
        frame = QFrame(frameShape=QFrame.Shape.StyledPanel)
        QVBoxLayout(frame).addWidget(self.card)
        self.message = QLabel(wordWrap=True, visible=False)
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(frame)
        layout.addWidget(self.message)
        layout.addLayout(self.button_row)
        self._update_buttons()

    def _build_buttons(self) -> None:
        self.add_button = QPushButton(self.tr("Add model…"))
        self.add_button.setToolTip(self.tr("Add a .gguf model file from this computer"))
        self.folder_button = QPushButton(self.tr("Add folder…"))
        self.folder_button.setToolTip(self.tr("List every .gguf model in a folder, now and later"))
        self.use_button = QPushButton(self.tr("Use this model"))
        self.use_button.setToolTip(self.tr("Load it now and start with it from now on"))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        self.close_button = QPushButton(self.tr("Close"))
        self.add_button.clicked.connect(lambda: self.sig_add_model.emit())
        self.folder_button.clicked.connect(lambda: self.sig_add_folder.emit())
        self.use_button.clicked.connect(self._use)
        self.remove_button.clicked.connect(self._remove)
        self.close_button.clicked.connect(self.close)
        self.button_row = QHBoxLayout()
        for button in (self.add_button, self.folder_button):
            self.button_row.addWidget(button)
        self.button_row.addStretch(1)
        for button in (self.use_button, self.remove_button, self.close_button):
            self.button_row.addWidget(button)

    # -- shown by the library ------------------------------------------------------------
    def set_adding_allowed(self, allowed: bool) -> None:
        """The organisation's policy may forbid adding models: the buttons say so."""
        why = "" if allowed else self.tr("Your organisation does not allow adding models")
        for button in (self.add_button, self.folder_button):
            button.setEnabled(allowed)
            button.setToolTip(why or button.toolTip())

    def show_rows(self, rows: list[ModelRow], in_use: str | None, folder: str) -> None:
        selected = self.selected()
        keep = str(selected.model.path) if selected else in_use
        self.table_model.in_use = in_use
        self.table_model.set_rows(rows)
        self._fit_columns()
        self.intro.setText(self._intro(rows, folder))
        paths = [str(row.model.path) for row in rows]
        self.table.selectRow(paths.index(keep) if keep in paths else 0)
        self._show_card()

    def _fit_columns(self) -> None:
        """Each column as wide as its widest text plus some air; the name takes the rest."""
        self.table.resizeColumnsToContents()
        for column in range(ModelTable.NAME + 1, self.table_model.columnCount()):
            self.table.setColumnWidth(column, self.table.columnWidth(column) + COLUMN_AIR)

    def update_row(self, row: ModelRow) -> None:
        for index, shown in enumerate(self.table_model.rows):
            if shown.model.path == row.model.path:
                self.table_model.replace_row(index, row)
        self._fit_columns()  # "computing…" and a hash differ in width
        self._show_card()

    def set_in_use(self, path: str | None) -> None:
        self.table_model.in_use = path
        self.table_model.refresh_all()
        self._show_card()

    def mark_unreadable(self, path: str) -> None:
        self.table_model.unreadable.add(path)
        self.table_model.refresh_all()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def selected(self) -> ModelRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.table_model.rows):
            return None
        return self.table_model.rows[rows[0].row()]

    def select_path(self, path: str) -> None:
        for index, row in enumerate(self.table_model.rows):
            if str(row.model.path) == path:
                self.table.selectRow(index)

    # -- inside ----------------------------------------------------------------------------
    def _intro(self, rows: list[ModelRow], folder: str) -> str:
        if rows and all(row.model.source == BUILT_IN for row in rows):
            card = rows[0].model.card
            size = parameters_text(card.parameter_count if card else 135_000_000)
            return self.tr(
                "<b>Only the built-in demo model is here.</b> It is small ({size} parameters): "
                "good for trying the app, too small for dependable summaries.<br>For real work "
                "add a 7–8B instruct model in GGUF format, quantised as Q4_K_M (a file of about "
                "4.5–5 GB), for example Qwen2.5 7B Instruct, Llama 3.1 8B Instruct or Granite "
                "3.1 8B Instruct: click <b>Add model…</b> below, or copy the file into "
                "{folder}."
            ).format(size=html.escape(size), folder=html.escape(folder))
        return self.tr(
            "Models from {folder}, from folders you added, and files you added where they "
            "are. <b>Use this model</b> loads the selected one and starts with it from now on."
        ).format(folder=html.escape(folder))

    def _selection_changed(self, *_) -> None:
        self._show_card()

    def _show_card(self) -> None:
        row = self.selected()
        self.card.setText(self._card_html(row) if row else "")
        # a wrapped label gets only its minimum height here: room for the refusal's lines
        self.card.setMinimumHeight(CARD_HEIGHT + (60 if row is not None and row.refusal else 0))
        self._update_buttons()

    def _card_html(self, row: ModelRow) -> str:
        model, card = row.model, row.model.card
        lines = [f"<b>{html.escape(model.name)}</b> — {html.escape(str(model.path))}"]
        if self.table_model.is_in_use(row):
            lines[0] += " — " + self.tr("in use now")
        if card is None:
            lines.append(html.escape(model.problem or ""))
            return "<br>".join(lines)
        template = self.tr("yes") if card.has_chat_template else self.tr(
            "no (a plain fallback format is used)")
        lines += [
            self.tr("Architecture: {architecture} · Layers: {layers} · Trained context: "
                    "{context} tokens · Parameters: {parameters} · Quantisation: {quant}").format(
                architecture=html.escape(card.architecture), layers=card.layers,
                context=f"{card.context_length:,}", parameters=parameters_text(
                    card.parameter_count), quant=html.escape(card.quantisation)),
            self.tr("Licence: {licence} · Chat template: {template}").format(
                licence=html.escape(card.licence or self.tr("not stated")), template=template),
            self.tr("SHA-256: {sha}").format(sha=model.sha256 or self.table_model.sha_text(model)),
        ]
        if row.refusal:
            lines.append("<b>" + html.escape(self.tr("Not approved:")) + "</b> "
                         + html.escape(row.refusal))
        elif row.fit is not None:
            lines.append(html.escape(row.fit.message))
        return "<br>".join(lines)

    def _update_buttons(self) -> None:
        row = self.selected()
        self.use_button.setEnabled(row is not None and row.model.usable and not row.refusal
                                   and not self.table_model.is_in_use(row))
        self.remove_button.setEnabled(row is not None and row.model.removable)
        self.remove_button.setToolTip(
            self.tr("The built-in model comes with the app and stays")
            if row is not None and not row.model.removable else "")

    def _use(self) -> None:
        row = self.selected()
        if row is not None and self.use_button.isEnabled():
            self.sig_use.emit(row)

    def _remove(self) -> None:
        row = self.selected()
        if row is not None and row.model.removable:
            self.sig_remove.emit(row)
