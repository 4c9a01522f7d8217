"""Plain strings and URLs as Markdown: shown as typed, on one line, by every renderer."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from tests.render.markdown_check import RENDERERS
from tests.render.markdown_check import read
from tests.render.markdown_check import shown

from noticekit.render.markdown.escape import escape_markdown
from noticekit.render.markdown.escape import markdown_url


@pytest.mark.parametrize(
    ("plain", "markdown"),
    [
        ("Evil <b>AS</b>", "Evil &lt;b>AS&lt;/b>"),
        ("&lt;typed&gt; AT&T", "&amp;lt;typed&amp;gt; AT&T"),
        ("+47 22 00 00 00", "+47 22 00 00 00"),
        ("+ item", "\\+ item"),
        ("1. Intro", "1\\. Intro"),
        ("1.0", "1.0"),
        ("#1 Shop", "\\#1 Shop"),
        ("_fl_stats", "\\_fl_stats"),
        ("two\nlines\r\nand\u2028#\x00\x02", "two lines and\u2028#\ufffd"),
        ("a*b [c](d) `e` \\f {g} |h|", "a\\*b \\[c\\](d) \\`e\\` \\\\f \\{g} &#124;h&#124;"),
    ],
)
def test_plain_string_as_markdown(plain, markdown):
    assert escape_markdown(plain) == markdown


def test_urls_cannot_end_a_link_target_early():
    assert markdown_url("https://x.example/a (b)<c>") == "https://x.example/a%20%28b%29%3Cc%3E"


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40))
def test_a_plain_string_shows_as_typed_in_a_heading(plain):
    for name, render in RENDERERS.items():
        rendered = read(render(f"# {escape_markdown(plain)}\n\nText\n"))
        assert rendered.injected == [], name
        assert rendered.headings == [(1, shown(plain))], name
