"""The organisation's policy in the real window with the real demo model: a model not on the
allow-list refused at start with the reason and marked "not approved" in the Models window,
settings the policy locks shown as set by the organisation and not changeable, and a bad
policy file starting the window locked down. Screenshots go to test-artifacts/."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtWidgets import QLabel

from app import paths
from app.core.models.files import list_models
from app.core.policy import forget_policy, policy_in_force
from app.core.settings import AppSettings
from app.core.store import Store
from app.ui.app import close_window, create_window
from app.ui.dialogs import SettingsDialog
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import open_models, table_texts

DEMO = "SmolLM2-135M-Instruct.Q4_1"


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start_window(qtbot, model_path):
    """A window whose model load is expected to fail: wait for the notice, not the model."""
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=ANSWER_TIMEOUT_MS)
    return window


def test_an_unapproved_model_is_refused_in_the_window_and_the_models_window(
        qtbot, policy_file, model_path, artifacts):
    policy_file.write_text(json.dumps({"models": {"allowed": [
        {"name": "Granite 8B (approved)", "sha256": "ab" * 32}]}}), encoding="utf-8")
    window = start_window(qtbot, model_path)
    try:
        notice = window.notice.text()
        assert "is not approved by your organisation" in notice and "Granite 8B" in notice
        assert not window.model_ready and not window.send_button.isEnabled()
        window.grab().save(str(artifacts / "policy-window-model-refused.png"))

        library, dialog = open_models(qtbot, window)
        qtbot.waitUntil(lambda: library.rows[0].model.sha256 is not None, timeout=20_000)
        assert table_texts(dialog)[DEMO][4] == "not approved"
        dialog.table.selectRow(0)
        assert "Not approved:" in dialog.card.text()
        assert not dialog.use_button.isEnabled()
        dialog.grab().save(str(artifacts / "policy-models-not-approved.png"))
    finally:
        close_window(window)


def test_users_may_not_add_models_when_the_policy_says_so(qtbot, policy_file, model_path):
    policy_file.write_text(json.dumps({"models": {"users_may_add": False}}), encoding="utf-8")
    window = create_window(str(model_path))  # the built-in model is allowed
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
    try:
        library, dialog = open_models(qtbot, window)
        assert not dialog.add_button.isEnabled() and not dialog.folder_button.isEnabled()
        with qtbot.waitSignal(library.sig_refused, timeout=10_000) as refused:
            library.offer_model(str(model_path))  # a file dropped on the window, say
        assert "does not allow adding models" in refused.args[0]
    finally:
        close_window(window)


def test_a_locked_setting_cannot_be_changed_in_settings(qtbot, policy_file, model_path,
                                                       artifacts):
    policy_file.write_text(json.dumps({"models": {
        "allowed": [{"name": "Demo (approved)", "sha256": sha256_of(model_path)}],
        "default": "Demo (approved)", "threads": 2}}), encoding="utf-8")
    store = Store(paths.database_path())
    try:
        models = list_models(store, paths.models_dir())
    finally:
        store.close()
    mine = AppSettings(threads=6, context_length=4096, theme="dark")
    dialog = SettingsDialog(mine, models, policy=policy_in_force())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.threads.isEnabled() and dialog.threads.value() == 2
    assert not dialog.model.isEnabled() and dialog.model.currentText() == "Demo (approved)"
    assert dialog.context.isEnabled()  # not set by the policy: the user's to change
    locks = [label for label in dialog.findChildren(QLabel)
             if "set by your organisation" in label.text()]
    assert len(locks) == 2  # the default model and the threads
    assert "organisation" in dialog.threads.toolTip()
    dialog.grab().save(str(artifacts / "policy-settings-locked.png"))

    dialog.threads.setValue(12)  # even forced from code, a locked value is not saved
    dialog.context.setValue(8192)
    chosen = dialog.result_settings()
    assert chosen.threads == 6 and chosen.default_model == mine.default_model
    assert chosen.context_length == 8192


def test_the_languages_scans_are_read_in_are_chosen_in_settings_or_locked_by_policy(
        qtbot, policy_file, artifacts):
    dialog = SettingsDialog(AppSettings(ocr_languages="latin,zh"), [], policy=policy_in_force())
    qtbot.addWidget(dialog)
    boxes = dialog.ocr_boxes
    assert [code for code, box in boxes.items() if box.isChecked()] == ["latin", "zh"]
    boxes["ja"].setChecked(True)  # all three: stored as "every language it reads"
    assert dialog.result_settings().ocr_languages == ""
    boxes["zh"].setChecked(False)
    assert dialog.result_settings().ocr_languages == "latin,ja"

    policy_file.write_text(json.dumps({"documents": {"ocr_languages": ["latin"]}}),
                           encoding="utf-8")
    forget_policy()  # read once per process: this test changed it
    locked = SettingsDialog(AppSettings(ocr_languages="zh"), [], policy=policy_in_force())
    qtbot.addWidget(locked)
    locked.show()
    assert [code for code, box in locked.ocr_boxes.items() if box.isChecked()] == ["latin"]
    assert not any(box.isEnabled() for box in locked.ocr_boxes.values())
    assert any("set by your organisation" in label.text()
               for label in locked.findChildren(QLabel))
    assert locked.result_settings().ocr_languages == "zh"  # the user's own, kept for later
    locked.grab().save(str(artifacts / "policy-settings-ocr-languages.png"))


def test_a_bad_policy_starts_the_window_locked_down(qtbot, policy_file, model_path, artifacts):
    policy_file.write_text('{"models": {"allowed": [{"name": "Granite"}]}}', encoding="utf-8")
    window = start_window(qtbot, model_path)
    try:
        notice = window.notice.text()
        assert "does not follow the policy schema" in notice and str(policy_file) in notice
        assert "no model loads" in notice
        assert not window.model_ready and not window.send_button.isEnabled()
        qtbot.waitUntil(lambda: not window.composer.isEnabled(), timeout=10_000)  # no chat
        window.grab().save(str(artifacts / "policy-window-locked-down.png"))
    finally:
        close_window(window)


def test_features_the_policy_turns_off_are_off_in_the_window(qtbot, policy_file, model_path):
    policy_file.write_text(json.dumps({
        "features": {"chat": False, "export": False, "copy_to_clipboard": False},
        "summary_styles": ["brief", "action_items"], "thorough_check": True}),
        encoding="utf-8")
    window = create_window(str(model_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
    try:
        qtbot.waitUntil(lambda: not window.chat_allowed, timeout=10_000)
        assert not window.composer.isEnabled() and not window.send_button.isEnabled()
        assert "does not allow chat" in window.composer.placeholderText()
        styles = window.documents.style_choice
        assert [styles.itemData(i) for i in range(styles.count())] == ["brief", "action_items"]
        thorough = window.documents.thorough_choice  # set by the policy: on, not changeable
        assert thorough.isChecked() and not thorough.isEnabled()
        assert not window.documents.reader.export_allowed
        window.transcript.setPlainText("account 1234")
        window.transcript.selectAll()
        assert not window.transcript.createMimeDataFromSelection().hasText()
    finally:
        close_window(window)
