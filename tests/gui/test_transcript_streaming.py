"""An answer streaming into a long conversation lays out only itself: the messages above it
stay as they are in the document (issue #13 point 6: the whole transcript used to be set
again at every repaint, which in a conversation of 200 messages took longer than the
repaint interval). What the reader sees must be what a whole render shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

import app.ui.transcript as transcript_module
from app.ui.streamed_answer import SEGMENT_FROM, settled_end
from app.ui.transcript import Transcript


def _message(i: int) -> str:
    return (f"Message {i}: the **council** approved item {i}.\n\n- a point about {i}\n"
            f"- another\n\n```\ncode {i}\n```\n\nA closing line, number {i}.")


def _answer_words(count: int) -> list[str]:
    pieces = []
    for i in range(count):
        pieces.append(f"word{i % 97}")
        pieces.append("\n\n" if i % 60 == 59 else (". " if i % 12 == 11 else " "))
    pieces += ["\n\n```\n", "print('answer')", "\n```\n"]  # its own copy link, after 200
    return pieces


def _stream(qtbot, transcript: Transcript, pieces: list[str]) -> None:
    for piece in pieces:
        transcript.append_stream(piece)
        if len(transcript.entries[-1][1]) % 7 == 0:
            qtbot.wait(1)  # let the repaint timer fire now and then, as tokens arrive
    qtbot.waitUntil(lambda: not transcript._repaint.isActive(), timeout=5000)


def test_the_messages_above_a_streamed_answer_are_laid_out_once(qtbot, monkeypatch):
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(800, 600)
    transcript.show()
    history = [("user" if i % 2 == 0 else "assistant", _message(i)) for i in range(200)]
    transcript.show_entries([*history, ("user", "And the budget?")])
    whole_renders = []
    render = transcript.render
    monkeypatch.setattr(transcript, "render",
                        lambda **kw: (whole_renders.append(1), render(**kw)))
    first = transcript.document().rootFrame().childFrames()[0]
    pieces = _answer_words(400)
    _stream(qtbot, transcript, pieces)

    # the answer was added below the others, then every repaint redrew it alone
    assert whole_renders == []
    assert transcript.document().rootFrame().childFrames()[0] is first  # not made again
    streamed_html = transcript.toHtml()
    streamed_code = list(transcript.code_blocks)

    again = Transcript()
    qtbot.addWidget(again)
    again.resize(800, 600)
    again.show_entries([*history, ("user", "And the budget?"), ("assistant", "".join(pieces))])
    assert streamed_html == again.toHtml()  # what a whole render of the same text shows
    assert streamed_code == again.code_blocks and streamed_code[-1] == "print('answer')"
    assert len(streamed_code) == 201
    QApplication.processEvents()


def test_a_changed_earlier_message_is_drawn_again_whole(qtbot):
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.show_entries([("user", "Hello"), ("assistant", "Hi")])
    transcript.append_stream(" there")
    qtbot.waitUntil(lambda: "Hi there" in transcript.toPlainText(), timeout=5000)
    transcript.entries[0][1] = "Hello, edited"  # changed under the answer being written
    transcript.append_stream("!")
    qtbot.waitUntil(lambda: "Hello, edited" in transcript.toPlainText(), timeout=5000)
    assert "Hi there!" in transcript.toPlainText()


def test_a_message_added_below_the_others_is_drawn_alone(qtbot):
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.show_entries([("user", f"Question {i}") for i in range(50)])
    first = transcript.document().rootFrame().childFrames()[0]
    transcript.add("user", "One more, with `code`:\n\n```\nx = 1\n```")
    assert transcript.document().rootFrame().childFrames()[0] is first
    assert transcript.toPlainText().rstrip().endswith("x = 1")
    assert transcript.code_blocks == ["x = 1"]


def test_a_long_answer_is_drawn_in_parts_and_reads_as_a_whole_render(qtbot):
    transcript = Transcript()
    qtbot.addWidget(transcript)
    transcript.resize(800, 600)
    transcript.show()
    transcript.show_entries([("user", "Write at length.")])
    pieces = _answer_words(2500)
    calls = []
    render_markdown = transcript_module.to_html
    transcript_module.to_html = lambda text, **kw: (calls.append(len(text)),
                                                    render_markdown(text, **kw))[1]
    try:
        _stream(qtbot, transcript, pieces)
    finally:
        transcript_module.to_html = render_markdown
    text = "".join(pieces)
    assert len(text) > 4 * SEGMENT_FROM
    # once long, no repaint renders the whole answer again: only its unsettled end
    late = calls[len(calls) // 2 :]
    assert late and max(late) < SEGMENT_FROM
    again = Transcript()
    qtbot.addWidget(again)
    again.show_entries([("user", "Write at length."), ("assistant", text)])
    assert _words(transcript) == _words(again)
    assert transcript.code_blocks == again.code_blocks == ["print('answer')"]
    transcript.render()  # the answer is done: drawn whole, exactly
    assert transcript.toHtml() == again.toHtml()


def test_settled_text_ends_at_a_paragraph_break_outside_code():
    assert settled_end("One.\n\nTwo") == len("One.\n\n")
    assert settled_end("One.\n\n```\na\n\nb") == len("One.\n\n")  # the code is open
    assert settled_end("One.\n\n```\na\n\n```\n\nTwo") == len("One.\n\n```\na\n\n```\n\n")
    assert settled_end("Only one line") == 0


def _words(transcript: Transcript) -> list[str]:
    return transcript.toPlainText().split()
