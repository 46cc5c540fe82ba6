"""Settings → "Use my organisation's server": where the model runs when IT runs an inference
server (llama.cpp's llama-server, vLLM) and the user is told to use it. The address, the
model's name, where the token is kept and the organisation's certificates; "Test
connection" asks the server off the GUI thread and says what it found in one sentence.

Where the admin policy names a server, the box shows the policy's values and nothing can be
changed (IT's word is final, as in engine/remote/config.py)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.core.engine.remote import ServerConfig
from app.core.engine.remote.config import TOKEN_SERVICE
from app.core.settings import AppSettings
from app.workers.tasks import run_task


def test_connection(config: ServerConfig, token: str = "") -> str:
    """One sentence: what the server runs, or why it cannot be used. On a pool thread."""
    from app.core.engine import EngineError
    from app.core.engine.remote import ServerClient, ServerConfigError
    from app.core.policy import PolicyRefusal

    if token:  # typed but not kept yet: tried as it is, kept only when Settings are saved
        config = replace(config, given_token=token)
    client = ServerClient(config)
    try:
        config.check()
        return client.connect().describe()
    except (ServerConfigError, PolicyRefusal, EngineError) as exc:
        return str(exc)
    finally:
        client.close()


def keep_token(url: str, token: str) -> None:
    """The token into the OS keychain under the server's address (never into the app's
    data). On a pool thread: a keychain may take a moment, or ask to be unlocked."""
    from app.core.keychain import keep_server_token

    keep_server_token(TOKEN_SERVICE, url, token)


class ServerSettingsBox(QWidget):
    """Settings' "Organisation's server" page: edits the server part of a copy of the
    settings; `config()` is what it describes, None for this computer."""

    def __init__(self, settings: AppSettings, policy_server: ServerConfig | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.policy_server = policy_server
        shown = policy_server or ServerConfig(
            base_url=settings.server_url, model=settings.server_model,
            token_env=settings.server_token_env,
            token_in_keychain=settings.server_token_keychain,
            ca_bundle=settings.server_ca_bundle, slots=settings.server_slots)
        self.use = QCheckBox(self.tr("Use my organisation's server"))
        self.use.setChecked(bool(shown.base_url))
        self.url = QLineEdit(shown.base_url, placeholderText="https://llm.example.org:8443")
        self.model = QLineEdit(shown.model, placeholderText=self.tr("the one it offers"))
        self._token_kept = shown.token_in_keychain  # one was kept there before
        self.token = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("kept in this computer's keychain")
                                      if shown.token_in_keychain else self.tr("none"))
        self.token_env = QLineEdit(shown.token_env, placeholderText=self.tr("none"))
        self.ca_bundle = QLineEdit(shown.ca_bundle, placeholderText=self.tr(
            "the system's certificates"))
        # llama.cpp says how many requests it answers at once; vLLM does not, so IT says
        self.slots = QSpinBox(minimum=0, maximum=64, value=shown.slots)
        self.slots.setSpecialValueText(self.tr("as the server says, else 1"))
        self.slots.setToolTip(self.tr(
            "How many parts of a document are sent to the server at once. Your IT team "
            "knows its share for this computer."))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_ca_bundle)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test)
        self.answer = QLabel(wordWrap=True)
        self.answer.setAccessibleName(self.tr("Connection test result"))
        about = QLabel(self.tr(
            "The model then runs on that server: the text of your questions and documents is "
            "sent to it, and nothing else. Your conversations, documents and summaries stay "
            "on this computer. Applies at once."), wordWrap=True)

        form = QFormLayout(self)
        form.addRow(self.use)
        form.addRow(self.tr("Address"), self.url)
        form.addRow(self.tr("Model name"), self.model)
        form.addRow(self.tr("Access token"), self.token)
        form.addRow(self.tr("…or from the variable"), self.token_env)
        certificates = QHBoxLayout()
        certificates.addWidget(self.ca_bundle, 1)
        certificates.addWidget(browse)
        form.addRow(self.tr("Certificates (PEM)"), certificates)
        form.addRow(self.tr("Requests at once"), self.slots)
        # The answer under the button, the whole width. A dialog does not grow for a label's
        # wrapped lines (its height-for-width), so each keeps room for its lines; otherwise
        # they overlap.
        lines = self.fontMetrics().lineSpacing()
        self.answer.setMinimumHeight(2 * lines + 4)
        about.setMinimumHeight(4 * lines + 4)
        form.addRow(self.test_button)
        form.addRow(self.answer)
        form.addRow(about)
        self._fields = (self.url, self.model, self.token, self.token_env, self.ca_bundle,
                        browse, self.slots)
        if policy_server is not None:
            for widget in (self.use, *self._fields):
                widget.setEnabled(False)
                widget.setToolTip(self.tr("Set by your organisation's policy; it cannot be "
                                          "changed here."))
            form.insertRow(0, QLabel(self.tr("Set by your organisation.")))
        else:
            self.use.toggled.connect(self._enable_fields)
            self._enable_fields(self.use.isChecked())

    def _enable_fields(self, on: bool) -> None:
        for widget in (*self._fields, self.test_button):
            widget.setEnabled(on)

    def _choose_ca_bundle(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The organisation's certificates"),
                                              self.ca_bundle.text(),
                                              self.tr("Certificates (*.pem *.crt *.cer)"))
        if path:
            self.ca_bundle.setText(path)

    def config(self) -> ServerConfig | None:
        if self.policy_server is not None:
            return self.policy_server
        if not self.use.isChecked() or not self.url.text().strip():
            return None
        return ServerConfig(
            base_url=self.url.text().strip().rstrip("/"), model=self.model.text().strip(),
            token_env=self.token_env.text().strip(),
            token_in_keychain=bool(self.token.text()) or (
                self._token_kept and not self.token_env.text()),
            ca_bundle=self.ca_bundle.text().strip(), slots=self.slots.value())

    def test(self) -> None:
        config = self.config()
        if config is None:
            self.answer.setText(self.tr("Write the server's address first."))
            return
        self.test_button.setEnabled(False)
        self.answer.setText(self.tr("Asking {server}…").format(server=config.host_port))
        token = self.token.text()
        run_task(lambda: test_connection(config, token), self._tested, self._tested,
                 owner=self)

    def _tested(self, sentence: str) -> None:
        self.test_button.setEnabled(self.use.isChecked() or self.policy_server is not None)
        self.answer.setText(sentence)

    def result(self, settings: AppSettings) -> AppSettings:
        """`settings` with this box's choice (unchanged where the policy decides)."""
        if self.policy_server is not None:
            return settings
        config = self.config()
        if config is None:
            return replace(settings, server_url="")
        return replace(settings, server_url=config.base_url, server_model=config.model,
                       server_token_env=config.token_env,
                       server_token_keychain=config.token_in_keychain,
                       server_ca_bundle=config.ca_bundle, server_slots=config.slots)

    def typed_token(self) -> tuple[str, str] | None:
        """(address, token) to keep in the keychain when the settings are saved."""
        config = self.config()
        if self.policy_server is not None or config is None or not self.token.text():
            return None
        return config.base_url, self.token.text()
