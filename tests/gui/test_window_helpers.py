"""The preferences and the model library stand on their own: built with a composer or a
plain widget, without a main window, they read and write the real store and tell the
window what to do through signals (the window connects them in app/ui/window_wiring.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app import paths
from app.core.settings import AppSettings
from app.core.store import Store
from app.ui.model_library import ModelLibrary
from app.ui.preferences import Preferences

LAYOUT = {"conversation": 7, "summary_style": "brief", "summary_language": "fr"}


def stored(read):
    store = Store(paths.database_path())
    try:
        return read(store)
    finally:
        store.close()


def recorded(helper, *names: str) -> list[tuple]:
    """Every emission of the helper's signals `names`, in order, as (name, *args)."""
    heard: list[tuple] = []
    for name in names:
        getattr(helper, name).connect(lambda *args, name=name: heard.append((name, *args)))
    return heard


def test_preferences_work_with_a_composer_alone(qtbot):
    stored(lambda store: (AppSettings(send_with_enter=True).save(store),
                          store.save_settings({"window": LAYOUT})))
    parent, composer = QWidget(), QPlainTextEdit()
    qtbot.addWidget(parent)
    qtbot.addWidget(composer)
    preferences = Preferences(composer, parent)

    with qtbot.waitSignal(preferences.sig_layout, timeout=10_000) as layout:
        preferences.load()
    assert layout.args == [LAYOUT]
    assert preferences.settings.send_with_enter
    assert "Enter to send" in composer.placeholderText()

    composer.setPlainText("a question")
    with qtbot.assertNotEmitted(preferences.sig_send):
        qtbot.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    with qtbot.waitSignal(preferences.sig_send, timeout=1000):
        qtbot.keyClick(composer, Qt.Key.Key_Return)

    preferences.model_made_default("/models/a.gguf")
    preferences.model_removed("/models/b.gguf")
    assert preferences.settings.default_model == "/models/a.gguf"
    preferences.model_removed("/models/../models/a.gguf")  # the same file
    assert preferences.settings.default_model == ""

    preferences.chat_allowed = False  # the policy's own hint stays in the composer
    composer.setPlaceholderText("Locked")
    preferences.settings = AppSettings()
    preferences.apply()
    assert composer.placeholderText() == "Locked"

    with qtbot.waitSignals([preferences.sig_clearing, preferences.sig_cleared],
                           order="strict", timeout=10_000):
        preferences._clear_all()  # what the Settings dialog's confirmed button calls

    kept = {**LAYOUT, "conversation": None}
    preferences.save_window_state(kept)
    qtbot.waitUntil(lambda: stored(lambda store: store.settings().get("window")) == kept,
                    timeout=10_000)


def test_model_library_works_with_a_plain_widget(qtbot, tmp_path, model_path, engine):
    parent = QWidget()
    qtbot.addWidget(parent)
    busy = [False]
    library = ModelLibrary(parent, busy=lambda: busy[0])

    with qtbot.waitSignal(library.sig_listed, timeout=10_000) as listed:
        library.refresh()
    demo = next(row for row in listed.args[0] if row.model.path == model_path)

    heard = recorded(library, "sig_message", "sig_load", "sig_default", "sig_in_use",
                     "sig_added", "sig_removing", "sig_listed")
    # "Use this model": the window is asked to load it; no dialog, so the status bar says so
    library.use(demo)
    text = "Loading SmolLM2-135M-Instruct.Q4_1…"
    assert heard == [("sig_message", text, 15_000), ("sig_load", str(model_path))]
    heard.clear()
    busy[0] = True  # an answer is streaming: the model loads after it
    library.use(demo)
    assert heard[0][1].endswith("as soon as the current answer or summary is finished.")
    heard.clear()

    # once loaded it is the default: the preferences are told at once, the store next
    library.on_loaded(engine.model, "")
    assert heard[:2] == [("sig_default", str(model_path)), ("sig_message", "SmolLM2-135M-"
                         "Instruct.Q4_1 is loaded and will be used from now on.", 15_000)]
    qtbot.waitUntil(lambda: ("sig_in_use", str(model_path)) in heard, timeout=10_000)
    assert stored(lambda store: AppSettings.from_store(store).default_model) == str(model_path)
    heard.clear()
    library.remove(demo)  # the model in use stays
    assert len(heard) == 1 and "is in use" in heard[0][1]

    other = tmp_path / "elsewhere.gguf"
    other.symlink_to(model_path)
    library.add_where_it_is(str(other))
    qtbot.waitUntil(lambda: ("sig_added", str(other)) in heard, timeout=10_000)
    qtbot.waitUntil(lambda: any(r.model.path == other for r in library.rows), timeout=10_000)
    row = next(r for r in library.rows if r.model.path == other)
    heard.clear()
    library.remove(row)
    assert heard == [("sig_removing", str(other))]  # at once: no longer the default
    qtbot.waitUntil(lambda: heard[-1][0] == "sig_listed", timeout=10_000)
    assert all(r.model.path != other for r in heard[-1][1])

    heard.clear()
    library.on_load_failed("The file is damaged.")  # nothing was asked: nothing said
    assert heard == []
    library.use(demo)
    library.on_load_failed("The file is damaged.")
    assert heard[-1] == ("sig_message", "The file is damaged.", 15_000)
    parent.close()  # the library stops its file work with the widget it belongs to
    assert library._stopped()
