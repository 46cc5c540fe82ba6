"""Chat messages and summaries rendered from Markdown, with model output never trusted as
HTML, and looked at as a reader sees them."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextDocument

from app.ui.markdown import to_html


def test_common_markdown_becomes_html():
    rendered = to_html("# Plan\n**Bold** and *soft* and `x = 1`.\n\n- one\n- two\n\n1. a\n2. b")
    html = re.sub(r"\s+", "", rendered.html)
    assert "<h3>Plan</h3>" in html and "<strong>Bold</strong>" in html
    assert "<em>soft</em>" in html and "<code>x=1</code>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html and "<ol><li>a</li><li>b</li></ol>" in html


def test_a_numbered_list_with_blank_lines_counts_on(qapp):
    """Models often leave a blank line between numbered points; the points must read 1, 2,
    3, not 1, 1, 1 (the hand-written renderer started a new list at each), and a list that
    resumes after a paragraph keeps its own numbers."""
    document = QTextDocument()
    document.setHtml(to_html("Points:\n\n1. First.\n\n2. Second.\n\n3. Third.\n\n"
                             "Then:\n\n4. Fourth.").html)
    numbers = []
    block = document.begin()
    while block.isValid():
        if block.textList() is not None:
            numbers.append(block.textList().itemText(block).strip())
        block = block.next()
    assert numbers == ["1.", "2.", "3.", "4."]


def test_code_blocks_are_kept_verbatim_with_a_copy_link():
    rendered = to_html("Run:\n```\nprint('<b>hi</b>')\n  indented\n```\nDone", first_code=3)
    assert rendered.code_blocks == ["print('<b>hi</b>')\n  indented"]
    assert "href='copy:3'" in rendered.html
    assert "&lt;b&gt;hi&lt;/b&gt;" in rendered.html and "\n  indented</pre>" in rendered.html


def test_tables_render_and_html_and_links_from_the_model_stay_text():
    rendered = to_html("| Party | Amount |\n|---|---|\n| Jaya | RM 5 |\n\n"
                       "<script>alert(1)</script> [see](http://example.com) <http://x.org>")
    assert "<th>Party</th>" in rendered.html and "<td>RM 5</td>" in rendered.html
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
    assert "<a " not in rendered.html and "http://example.com" in rendered.html
    # a line that CommonMark reads as a link definition would vanish from a summary
    assert "[1]: the annex, p. 4" in to_html("Sources\n\n[1]: the annex, p. 4").html


def test_single_line_breaks_are_kept():
    assert to_html("Bina Jaya Sdn Bhd\nJalan Ampang 12").html.count("<br") == 1
