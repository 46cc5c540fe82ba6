"""The source panel on its own: its explanation stays readable however long the sentence
and however short the window."""

from __future__ import annotations

from app.core.summarize.source_view import SourceView
from app.ui.documents.source_panel import SourcePanel

SENTENCE = ("The ministry's review of the 2025 procurement round found that eleven of the "
            "forty-two contracts were awarded without the second quotation the rules require, "
            "and that the total value of those contracts was RM 18.4 million (p. 7).")


def test_a_long_sentence_is_quoted_in_short_with_all_of_it_in_the_tooltip(qtbot, artifacts):
    panel = SourcePanel()
    qtbot.addWidget(panel)
    pieces = [("text", "Findings. "), ("passage", "Eleven of the forty-two contracts were "
                                                  "awarded without a second quotation, ")]
    panel.show_view(SourceView(7, None, pieces, {"text": SENTENCE, "idx": 0}))
    panel.resize(320, 260)  # a narrow panel in a short window
    panel.show()
    qtbot.waitExposed(panel)
    about = panel.about.text()
    assert about.startswith("The shaded passage supports “The ministry's review")
    assert "…" in about and "RM 18.4 million" not in about
    assert panel.about.toolTip() == SENTENCE
    # every line of the explanation is on screen, from its first
    assert panel.about.geometry().top() >= 0
    assert panel.about.height() >= panel.about.heightForWidth(panel.about.width())
    panel.grab().save(str(artifacts / "source-panel-short.png"))

    panel.clear()
    assert panel.about.toolTip() == ""
