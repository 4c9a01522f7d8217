"""Notice texts as Markdown: inert, closed within themselves, showing what the HTML page shows."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st
from tests.render.markdown_check import RENDERERS
from tests.render.markdown_check import hostile_texts
from tests.render.markdown_check import read
from tests.render.markdown_check import shown
from tests.render.markdown_check import visible_text

from noticekit.render.markdown.writer import notice_markdown
from noticekit.render.markdown.writer import notice_markdown_line
from noticekit.render.text import markdown_to_html
from noticekit.render.text import markdown_to_inline_html


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("\\<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
        ("<script>x</script> 5 < 6", "&lt;script>x&lt;/script> 5 < 6"),
        ("```\ncode", "\\`\\`\\`\ncode"),
        ("~~~\ncode", "&#126;~~\ncode"),
        ("Name\n===", "Name\n&#61;=="),
        ("a | b\n-|-", "a &#124; b\n\\-&#124;-"),
        ("    indented", "indented"),
        ("> [t]: javascript:alert(1)", "> \\[t\\]: javascript:alert(1)"),
        (
            "[x](javascript:y) [ok](https://ok.example)",
            "\\[x\\](javascript:y) [ok](https://ok.example)",
        ),
        ("<javascript:y> <https://ok.example>", "&lt;javascript:y> <https://ok.example>"),
        ("ftp://f.example xmpp:a@b.example", "ftp&#58;//f.example xmpp<!-- -->:a@b.example"),
        ("&lt;b&gt; &lt; AT&T", "&lt;b> < AT&T"),
        ("**bold**, *em*, `co<de>`, snake_case, C#", "**bold**, *em*, `co<de>`, snake_case, C\\#"),
        ("1. one\n2. two", "<!-- -->\n\n1. one\n2. two\n\n<!-- -->"),
        ("Lead:\n\n- a\n- b\n\n1. c\n\nEnd.", "Lead:\n\n- a\n- b\n\n<!-- -->\n\n1. c\n\nEnd."),
        ("- a\n\n  more\n- b", "<!-- -->\n\n- a\n\n    more\n\n- b\n\n<!-- -->"),
        ("\u00a0\n- a\n-\n\n\x03", "<!-- -->\n\n- a\n\n<!-- -->"),  # what shows nothing is left out
        ("> quote\n\n---", "> quote\n\n* * *"),
        ("!!! note\n: term\n{: .x}", "\\!!! note\n&#58; term\n\\{: .x}"),
        ("a\u2028# b\r- c", "a\u2028# b\n\n- c\n\n<!-- -->"),  # only \r and \n end lines
    ],
)
def test_notice_text_as_markdown(text, markdown):
    assert notice_markdown(text) == markdown


def test_a_line_keeps_its_links_except_inside_a_link():
    text = "Shop [terms](https://shop.example/terms)\n# not a heading"
    assert notice_markdown_line(text) == "Shop [terms](https://shop.example/terms) # not a heading"
    assert notice_markdown_line(text, links=False) == "Shop terms # not a heading"


# The properties below put one text between blocks of a page, as the templates do.


@settings(max_examples=100, deadline=None)
@given(hostile_texts)
def test_a_text_shows_what_the_html_page_shows_and_closes_its_blocks(text):
    markdown = notice_markdown(text)
    page = f"# Before\n\n- before\n\n{markdown}\n\n- after\n\n# After\n"
    html_page = shown(visible_text(markdown_to_html(text)))
    for name, render in RENDERERS.items():
        html = render(page)
        rendered = read(html)
        assert rendered.injected == [], name
        assert rendered.headings == [(1, "Before"), (1, "After")], name
        if markdown:  # a text that shows nothing leaves the page as if it were not there
            assert re.search(r"<ul>\s*<li>before</li>\s*</ul>", html), name
            assert re.search(r"<ul>\s*<li>after</li>\s*</ul>", html), name
        if not name.startswith("mkdocs"):  # Python-Markdown trims the spaces in code spans
            assert visible_text(html) == shown(f"Before before {html_page} after After")


@settings(max_examples=100, deadline=None)
@given(hostile_texts)
def test_a_line_shows_what_the_html_page_shows_in_a_heading(text):
    page = f"# Page\n\n## {notice_markdown_line(text)}\n"
    html_page = shown(visible_text(markdown_to_inline_html(text)))
    for name, render in RENDERERS.items():
        rendered = read(render(page))
        assert rendered.injected == [], name
        assert [level for level, _ in rendered.headings] == [1, 2], name
        if not name.startswith("mkdocs"):  # Python-Markdown trims the spaces in code spans
            assert rendered.headings[1][1] == html_page, name


@settings(max_examples=200, deadline=None)
@given(st.one_of(hostile_texts, st.text(max_size=30)))
def test_a_text_without_syntax_is_written_as_its_syntax_tree_would_write_it(text):
    # with a line end after it (a space before a line), no text is plain: the syntax tree is read
    assert notice_markdown(text) == notice_markdown(text + "\n")
    assert notice_markdown_line(text) == notice_markdown_line(" " + text)
