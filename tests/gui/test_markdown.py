"""Chat messages rendered from Markdown, with model output never trusted as HTML."""

from __future__ import annotations

from app.ui.markdown import to_html


def test_common_markdown_becomes_html():
    rendered = to_html("# Plan\n**Bold** and *soft* and `x = 1`.\n\n- one\n- two\n\n1. a\n2. b")
    html = rendered.html
    assert "<h3>Plan</h3>" in html and "<b>Bold</b>" in html and "<i>soft</i>" in html
    assert "<code>x = 1</code>" in html
    assert "<ul><li>one</li><li>two</li></ul>" in html and "<ol><li>a</li><li>b</li></ol>" in html


def test_code_blocks_are_kept_verbatim_with_a_copy_link():
    rendered = to_html("Run:\n```\nprint('<b>hi</b>')\n```\nDone", first_code=3)
    assert rendered.code_blocks == ["print('<b>hi</b>')"]
    assert "href='copy:3'" in rendered.html
    assert "&lt;b&gt;hi&lt;/b&gt;" in rendered.html


def test_tables_render_and_html_from_the_model_is_escaped():
    rendered = to_html("| Party | Amount |\n|---|---|\n| Jaya | RM 5 |\n<script>alert(1)</script>")
    assert "<th>Party</th>" in rendered.html and "<td>RM 5</td>" in rendered.html
    assert "<script>" not in rendered.html and "&lt;script&gt;" in rendered.html
