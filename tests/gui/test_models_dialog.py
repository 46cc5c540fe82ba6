"""The Models dialog in the real window with the real demo model: listing, the SHA-256
computed in the background, adding (refused, where it is, copied, a folder), using and
removing models; and the load options kept with every answer."""

from __future__ import annotations

import hashlib
import json

from PySide6.QtWidgets import QApplication

from app import paths
from app.core.settings import AppSettings
from app.core.store import Store
from app.ui.app import close_window, create_window
from app.ui.models_dialog import ModelTable
from app.ui.theme import apply_theme
from tests.gui.conftest import ANSWER_TIMEOUT_MS
from tests.gui.helpers import open_models, table_texts

DEMO = "SmolLM2-135M-Instruct.Q4_1"


def sha256_of(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def screenshots(qtbot, dialog, artifacts, name: str) -> None:
    app = QApplication.instance()
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        qtbot.wait(50)  # one turn of the event loop to repaint with the new palette
        dialog.grab().save(str(artifacts / f"{name}-{theme}.png"))
    apply_theme(app, "light")


def test_the_demo_model_is_listed_hashed_and_described(qtbot, window, model_path, artifacts):
    file_menu = window.menuBar().actions()[0].menu()
    assert window.models.open_action in file_menu.actions()
    assert window.models.open_action.shortcut().toString() == "Ctrl+M"
    library, dialog = open_models(qtbot, window)
    expected = sha256_of(model_path)
    qtbot.waitUntil(lambda: library.rows[0].model.sha256 == expected, timeout=10_000)

    assert table_texts(dialog) == {DEMO: [
        f"{DEMO} (in use)", "Q4_1", "135 M", "98.4 MB", "fits", expected[:12] + "…",
        "built-in"]}
    intro = dialog.intro.text()
    assert "Only the built-in demo model" in intro and "7–8B" in intro
    assert str(paths.models_dir()) in intro
    card = dialog.card.text()
    for fact in ("Architecture: llama", "Layers: 30", "Trained context: 8,192 tokens",
                 "Licence: apache-2.0", "Chat template: yes", f"SHA-256: {expected}"):
        assert fact in card
    assert not dialog.use_button.isEnabled()  # already in use
    assert not dialog.remove_button.isEnabled()  # comes with the app
    screenshots(qtbot, dialog, artifacts, "models-dialog-demo-only")


def test_models_are_added_used_and_removed(qtbot, window, model_path, tmp_path, artifacts):
    library, dialog = open_models(qtbot, window)
    usb = tmp_path / "usb"
    usb.mkdir()

    # a damaged file is refused with the reason, and nothing is added
    broken = usb / "download.gguf"
    broken.write_bytes(model_path.read_bytes()[:20_000_000])
    with qtbot.waitSignal(library.sig_refused, timeout=10_000) as refused:
        library.offer_model(str(broken))
    assert "This file cannot be used as a model" in refused.args[0]
    assert "incomplete" in refused.args[0] and library.question.isVisible()
    assert library.question.text() == refused.args[0]
    library.question.close()

    # a good one, added where it is (the default answer): it shows "computing…" until hashed
    granite = usb / "granite-8b.gguf"
    granite.symlink_to(model_path)
    library.offer_model(str(granite))
    qtbot.waitUntil(lambda: library.question is not None and library.question.isVisible())
    assert library.question.defaultButton() is library.where_button
    library.question.grab().save(str(artifacts / "models-add-question.png"))
    seen = []
    library.sig_listed.connect(lambda rows: seen.append(table_texts(dialog)))
    with qtbot.waitSignal(library.sig_added, timeout=10_000):
        library.where_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0]["granite-8b"][ModelTable.SHA] == "computing…"
    assert seen[0]["granite-8b"][ModelTable.SOURCE] == "added file"
    assert dialog.selected().model.name == "granite-8b"
    qtbot.waitUntil(lambda: table_texts(dialog)["granite-8b"][ModelTable.SHA]
                    == sha256_of(model_path)[:12] + "…", timeout=10_000)

    # a copy into the models folder, with progress
    qwen = usb / "qwen-7b.gguf"
    qwen.write_bytes(model_path.read_bytes())
    library.offer_model(str(qwen))
    qtbot.waitUntil(lambda: library.question is not None and library.question.isVisible())
    with qtbot.waitSignal(library.sig_added, timeout=30_000) as added:
        library.copy_button.click()
    copy = paths.models_dir() / "qwen-7b.gguf"
    assert added.args[0] == str(copy) and copy.read_bytes() == qwen.read_bytes()

    # a folder whose models are listed
    team = tmp_path / "team"
    team.mkdir()
    (team / "mistral-7b.gguf").symlink_to(model_path)
    library.add_folder(str(team))
    qtbot.waitUntil(lambda: "mistral-7b" in table_texts(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: all(r.model.sha256 for r in library.rows), timeout=20_000)
    sources = {name: cells[ModelTable.SOURCE] for name, cells in table_texts(dialog).items()}
    assert sources == {"qwen-7b": "models folder", "mistral-7b": "added folder",
                       "granite-8b": "added file", DEMO: "built-in"}
    assert "Only the built-in demo model" not in dialog.intro.text()
    dialog.select_path(str(granite))
    screenshots(qtbot, dialog, artifacts, "models-dialog")

    # use the referenced model: it loads through the lane and becomes the default
    assert dialog.use_button.isEnabled()
    with qtbot.waitSignal(library.sig_in_use, timeout=ANSWER_TIMEOUT_MS):
        dialog.use_button.click()
    assert window.status.model_label.text() == "granite-8b"
    assert table_texts(dialog)["granite-8b"][ModelTable.NAME] == "granite-8b (in use)"
    store = Store(paths.database_path())
    try:
        assert AppSettings.from_store(store).default_model == str(granite)
    finally:
        store.close()
    dialog.remove_button.click()  # the model in use stays
    assert "is in use" in dialog.message.text() and granite.exists()

    # removing the copy asks first, then deletes it; the folder's model file is never deleted
    dialog.select_path(str(copy))
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: library.question is not None and library.question.isVisible())
    assert str(copy) in library.question.text()
    library.question.grab().save(str(artifacts / "models-delete-question.png"))
    library.confirm_button.click()
    qtbot.waitUntil(lambda: "qwen-7b" not in table_texts(dialog), timeout=10_000)
    assert not copy.exists() and qwen.exists()
    dialog.select_path(str(team / "mistral-7b.gguf"))
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: library.question is not None and library.question.isVisible())
    library.confirm_button.click()
    qtbot.waitUntil(lambda: "mistral-7b" not in table_texts(dialog), timeout=10_000)
    assert (team / "mistral-7b.gguf").exists()


def test_every_answer_keeps_the_load_options_it_was_made_with(qtbot, window):
    window.composer.setPlainText("Say hello.")
    with qtbot.waitSignal(window.sig_answer_shown, timeout=ANSWER_TIMEOUT_MS):
        window.send_button.click()
    qtbot.waitUntil(lambda: not window.busy)
    options = window.lane.engine.model.options.as_dict()
    store = Store(paths.database_path())
    try:
        [conversation] = store.conversations()
        rows = store.messages(conversation["id"])
    finally:
        store.close()
    assert [row["role"] for row in rows] == ["user", "assistant"]
    assert rows[0]["load_options"] is None
    saved = json.loads(rows[1]["load_options"])
    assert saved == options
    assert {"n_ctx", "n_batch", "n_threads", "n_gpu_layers", "flash_attn", "use_mmap"} <= set(saved)


def test_a_default_model_that_is_gone_gives_way_to_the_demo_model_with_a_word(qtbot, tmp_path,
                                                                              model_path):
    gone = tmp_path / "usb" / "granite-8b.gguf"  # chosen earlier, on a drive now unplugged
    store = Store(paths.database_path())
    try:
        AppSettings(default_model=str(gone)).save(store)
    finally:
        store.close()
    window = create_window()
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.model_ready, timeout=ANSWER_TIMEOUT_MS)
        assert window.lane.engine.model.path == model_path
        assert f"Your default model {gone} is not there now" in window.transcript.empty_text
    finally:
        close_window(window)
