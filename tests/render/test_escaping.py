"""Hostile notice texts come out inert in HTML and Markdown: no script, no foreign link, no
fetch."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt


@pytest.fixture(scope="module")
def hostile(page):
    return page("hostile", "en")


def test_no_script_runs_and_no_element_is_injected(hostile):
    assert [s.attrs for s in hostile.find("script")] == [{"type": "application/ld+json"}]
    injected = {"iframe", "img", "b", "style_in_body"}
    assert [e.tag for e in hostile.elements if e.tag in injected] == []
    assert len(hostile.find("style")) == 1
    assert "&lt;script&gt;alert(&quot;intro&quot;)&lt;/script&gt;" in hostile.source


def test_no_event_handler_attribute_and_no_foreign_scheme(hostile):
    for element in hostile.elements:
        assert not [name for name in element.attrs if name.startswith("on")], element
        href = (element.attrs.get("href") or "").strip().lower()
        assert not href.startswith(("javascript:", "data:", "vbscript:")), href


def test_allowed_links_survive(hostile):
    hrefs = [a.attrs["href"] for a in hostile.find("a")]
    assert "https://ok.example" in hrefs
    assert "mailto:a@b.example" in hrefs


def test_attribute_breaking_quotes_stay_inside_the_attribute(hostile):
    evil = [
        a
        for a in hostile.find("a")
        if (a.attrs.get("href") or "").startswith("https://evil.example/")
    ]
    assert evil and evil[0].attrs["href"] == 'https://evil.example/"onclick="alert(1)'
    assert {name: value for name, value in evil[0].attrs.items() if name != "href"} in (
        {},
        {"class": "url"},  # a link that shows its own address (print writes it once)
    )


def test_json_ld_cannot_close_its_script(hostile):
    script = hostile.source.split('<script type="application/ld+json">')[1].split("</script>")[0]
    assert "<" not in script and "\\u003c/script\\u003e" in script


def test_markdown_page_has_no_live_html_links_or_images(markdown_page):
    text = markdown_page("hostile", "en")
    permissive = MarkdownIt("commonmark")
    permissive.validateLink = lambda url: (
        True
    )  # as a careless renderer would: every scheme becomes a link
    tokens = permissive.parse(text)
    inline = [child for token in tokens if token.children for child in token.children]
    raw_html = [t.content for t in tokens + inline if t.type in ("html_block", "html_inline")]
    assert all(html.startswith('<a id="') or html == "</a>" for html in raw_html), raw_html
    assert [t for t in inline if t.type == "image"] == []
    links = [t.attrGet("href") for t in inline if t.type == "link_open"]
    assert links and all(
        str(href).startswith(("#", "http", "mailto:", "tel:", "../")) for href in links
    ), links
    assert "https://ok.example" in links
    headings = [t for t in tokens if t.type == "heading_open" and t.tag == "h1"]
    assert len(headings) == 1
