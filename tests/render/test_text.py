"""Notice text to HTML and Markdown: inline Markdown, the link allow-list, escaping."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from noticekit.render.markdown.writer import notice_markdown
from noticekit.render.text import is_allowed_link
from noticekit.render.text import markdown_to_html
from noticekit.render.text import markdown_to_inline_html
from noticekit.render.text import with_lang


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


def _all_texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _all_texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _all_texts(item)


def test_plain_text_shortcut_gives_what_markdown_it_gives():
    import yaml

    from noticekit.render.text import _markdown

    root = Path(__file__).resolve().parents[2]
    files = [
        *root.glob("notices/*/notice.yaml"),
        *Path(__file__).parent.glob("fixtures/*/notice.yaml"),
    ]
    texts = {
        text
        for path in files
        for text in _all_texts(yaml.safe_load(path.read_text(encoding="utf-8")))
    }
    texts |= {
        "Plain words.",
        "1. listed",
        "- item",
        "a & b",
        "x\ny",
        " padded",
        "tab\there",
        "5 < 6",
        'quote\'s "ok"',
    }
    assert len(texts) > 100
    for text in texts:
        assert markdown_to_html(text) == _markdown().render(text).strip(), text
        assert markdown_to_inline_html(text) == _markdown().renderInline(text).strip(), text


@pytest.mark.parametrize(
    "target",
    [
        "java&#115;cript:alert(1)",
        "&#106;avascript:alert(1)",
        "data:text/html,x",
        "vbscript:x",
        "//evil.example",
    ],
)
def test_disguised_targets_never_become_links(target):
    permissive = MarkdownIt("commonmark")
    permissive.validateLink = lambda url: True
    for text in (f"[x]({target})", f"[x]( <{target}> )", f"[x][r]\n\n[r]: {target}"):
        assert "<a " not in markdown_to_html(text), text
        assert "<a " not in permissive.render(notice_markdown(text)), text


def test_links_showing_their_own_address_are_marked_so_print_does_not_repeat_it():
    html = markdown_to_html(
        "See <https://a.example/æ>, [https://b.example](https://b.example) and [the form](https://c.example)."
    )
    assert '<a href="https://a.example/%C3%A6" class="url">https://a.example/æ</a>' in html
    assert '<a href="https://b.example" class="url">https://b.example</a>' in html
    assert '<a href="https://c.example">the form</a>' in html
