"""The chat options stand on their own: built with a composer and driven without a main
window or a model, they fill the composer, warn before the context runs out and hand the
window what to do through signals."""

from __future__ import annotations

from types import SimpleNamespace

from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.chat_options import ChatOptions


def test_chat_options_work_with_a_composer_alone(qtbot):
    parent, composer = QWidget(), QPlainTextEdit()
    qtbot.addWidget(parent)
    qtbot.addWidget(composer)
    composer.setPlainText("the report")
    options = ChatOptions(composer, parent)

    options.ready.activated.emit(1)  # the first ready prompt goes before what was typed
    assert composer.toPlainText() == options.ready.itemData(1) + "the report"
    assert options.ready.currentIndex() == 0

    options.system_prompt = "Answer in French."
    history = [{"role": "user", "content": "Hello"}, {"role": "assistant", "content": "Bonjour"}]
    assert options.messages(history)[0] == {"role": "system", "content": "Answer in French."}

    options.n_ctx = 1000
    with qtbot.waitSignal(options.sig_notice) as notice:
        options.check_context(SimpleNamespace(prompt_tokens=700, output_tokens=150))
    assert "850 of the 1000 tokens" in notice.args[0]
    assert not options.continue_button.isHidden()

    with qtbot.waitSignal(options.sig_continue):
        options.continue_button.click()
    assert options.continue_button.isHidden()
    request = options.summary_request([{"role": "system", "content": "secret"}, *history])
    assert request.endswith("user: Hello\n\nassistant: Bonjour") and "secret" not in request
