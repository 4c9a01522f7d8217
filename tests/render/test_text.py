"""Notice text to HTML and Markdown: inline Markdown, the link allow-list, escaping."""

from __future__ import annotations

import pytest

from noticekit.render.text import (
    escape_markdown,
    is_allowed_link,
    markdown_to_html,
    markdown_to_inline_html,
    safe_markdown,
    with_lang,
)


@pytest.mark.parametrize(
    "url", ["https://a.example", "http://a.example", "mailto:a@b.no", "tel:+4712345678", "#x"]
)
def test_allowed_links(url):
    assert is_allowed_link(url)
    assert "<a href=" in markdown_to_inline_html(f"[x]({url})")


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,x", "ftp://a", "file:///etc"],
)
def test_other_links_stay_text(url):
    assert not is_allowed_link(url)
    assert "<a " not in markdown_to_inline_html(f"[x]({url})")


def test_block_markdown_keeps_lists_and_emphasis_but_not_html_images_or_headings():
    html = markdown_to_html("# Title\n\n- *one*\n- two\n\n<b>bold</b> ![i](https://x/i.png)")
    assert "<ul>" in html and "<em>one</em>" in html
    assert "<h1>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;b&gt;" in html


def test_with_lang_marks_fallback_passages():
    assert (
        with_lang(markdown_to_inline_html("hi"), "en", block=False)
        == '<span lang="en" class="fallback">hi</span>'
    )
    assert with_lang(markdown_to_inline_html("hi"), None, block=False) == "hi"


def test_escape_markdown_makes_plain_strings_literal():
    assert escape_markdown("a*b_c [d](e) <f>") == "a\\*b\\_c \\[d\\](e) \\<f\\>"
    assert escape_markdown("1. not a list") == "1\\. not a list"
    assert escape_markdown("- not a list") == "\\- not a list"


def test_safe_markdown_neutralises_html_images_headings_and_foreign_links():
    text = safe_markdown(
        "# h\n<script>x</script> ![i](https://x/i.png) [a](javascript:y) [b](https://ok)\n[r]: javascript:z"
    )
    assert text.startswith("\\# h")
    assert "\\<script>" in text and "!\\[i]" in text
    assert "]\\(javascript:y)" in text and "[b](https://ok)" in text
    assert "\\[r]: javascript:z" in text
