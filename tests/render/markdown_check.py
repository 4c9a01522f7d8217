"""The renderers that publish `notice.md`, and what a page they render may hold.

- CommonMark with raw HTML on: `MarkdownIt("commonmark")`, as most CommonMark renderers do.
- GitHub: CommonMark with tables and strikethrough (`gfm`). GitHub's bare autolinks are judged on
  the Markdown itself (`github_autolinks`), as GitHub finds them: `www.`, and `http://`, `https://`,
  `ftp://` where it reads the `:`; e-mail addresses and `mailto:`/`xmpp:` in the decoded text.
- Python-Markdown as MkDocs runs it (`toc`, `tables`, `fenced_code`), and with the extensions
  MkDocs sites often add (attribute lists, definition lists, admonitions, abbreviations, footnotes).

Also the hostile texts the tests put into notices: the issue's cases, and a strategy for more.
"""

from __future__ import annotations

import dataclasses
import html as html_entities
import re
from collections.abc import Callable
from html.parser import HTMLParser

import markdown
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tests.render.conftest import Page

_MKDOCS = ["toc", "tables", "fenced_code"]
_MKDOCS_EXTRAS = [*_MKDOCS, "attr_list", "def_list", "admonition", "abbr", "footnotes"]


def _python_markdown(extensions: list[str]) -> Callable[[str], str]:
    converter = markdown.Markdown(extensions=extensions)
    return lambda text: converter.reset().convert(text)


RENDERERS: dict[str, Callable[[str], str]] = {
    "commonmark": MarkdownIt("commonmark").render,
    "gfm": MarkdownIt("commonmark").enable(["table", "strikethrough"]).render,
    "mkdocs": _python_markdown(_MKDOCS),
    "mkdocs-extras": _python_markdown(_MKDOCS_EXTRAS),
}

#: What Markdown itself makes; anything else (a script, an image, a table) came from a text.
ALLOWED_TAGS = frozenset(
    ["a", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "em", "strong", "code"]
    + ["blockquote", "hr", "br", "del", "s"]
)
#: Headings get an `id` from Python-Markdown's `toc`.
ALLOWED_ATTRIBUTES = {"a": {"href", "id"}, "ol": {"start"}} | {f"h{n}": {"id"} for n in range(1, 7)}
ALLOWED_TARGETS = ("http://", "https://", "mailto:", "tel:", "#", "../")


@dataclasses.dataclass
class Rendered:
    """What the structure and safety checks read from a rendered page."""

    injected: list[str]  # elements, attributes and link targets that Markdown alone would not make
    headings: list[tuple[int, str]]  # (level, text with its white space folded)
    anchors: list[str]  # the `<a id>` that start the page's sections, in order


def read(html: str) -> Rendered:
    """Read a rendered page for the checks."""
    page = Rendered([], [], [])
    for element in Page(html).elements:
        if element.tag not in ALLOWED_TAGS:
            page.injected.append(f"<{element.tag}>")
        for name, value in element.attrs.items():
            if name not in ALLOWED_ATTRIBUTES.get(element.tag, ()):
                page.injected.append(f"<{element.tag} {name}>")
            elif name == "href" and not (value or "").strip().lower().startswith(ALLOWED_TARGETS):
                page.injected.append(f"href={value!r}")
        if re.fullmatch(r"h[1-6]", element.tag):
            page.headings.append((int(element.tag[1]), " ".join(element.text.split())))
        if element.tag == "a" and "id" in element.attrs:
            page.anchors.append(element.attrs["id"] or "")
    return page


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def visible_text(html: str) -> str:
    """The text a reader sees, white space folded."""
    parser = _Text()
    parser.feed(html)
    parser.close()
    return " ".join("".join(parser.parts).split())


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).*?(?<!`)\1(?!`)")
_GITHUB_URL = re.compile(r"(?<![A-Za-z])([A-Za-z]+)://")
_GITHUB_PROTOCOL = re.compile(r"(?<![A-Za-z0-9])(mailto|xmpp):[\w.+-]+@")


def github_autolinks(markdown_text: str) -> set[str]:
    """The schemes of the links GitHub would make of bare text in `markdown_text` (approximate)."""
    markdown_text = _CODE_SPAN.sub("", markdown_text)  # a code span shows its text as it is
    schemes = {match.lower() for match in _GITHUB_URL.findall(markdown_text)}
    schemes = {scheme for scheme in schemes if scheme in ("http", "https", "ftp")}
    return schemes | set(_GITHUB_PROTOCOL.findall(html_entities.unescape(markdown_text)))


def shown(text: str) -> str:
    """A text as a reader sees it: white space folded, NUL shown as U+FFFD (as CommonMark does),
    without STX and ETX (which Python-Markdown drops)."""
    return " ".join(text.replace("\0", "\ufffd").replace("\x02", "").replace("\x03", "").split())


#: Texts from the issue (and its kin) that broke out of `notice.md` or changed its structure.
ISSUE_CASES = [
    "\\<img src=x onerror=alert(1)>",
    '<script>alert("x")</script> and <img src="https://tracker.example/p.gif">',
    "> [t]: javascript:alert(1)\n>\n> [t]",
    "- [t]: data:text/html;base64,PHNjcmlwdD4=\n- [t]",
    "[t]: javascript:alert(1)\n\n[t]",
    "```\nEverything after this is code",
    "~~~\nEverything after this is code",
    "Name\n===",
    "Name\n---",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "a | b\n-|-",
    "Name\n:-:",
    "    indented code",
    "<div>\n\n*html block*\n\n</div>",
    "<!-- an unclosed comment",
    "# Heading\n## Another",
    "> quote\nlazy line",
    "- item\n\n  continued",
    "1. one\n2. two",
    "***\n___\n- - -",
    "[x](javascript:alert(1)) <javascript:alert(2)> [y](JaVaScRiPt:alert(3))",
    "[x](  java&#115;cript:alert(1)) ![i](https://tracker.example/i.png)",
    "www.tracker.example ftp://files.example xmpp:me@chat.example",
    "&lt;typed&gt; &amp;amp; AT&T &#60;script&#62;",
    '!!! note\n--8<-- "/etc/passwd"\n{: onclick=alert(1)}\n[TOC]\n: definition',
    "*[HTML]: Hyper Text\n[^1]: note",
    "text\u2028# heading\u2029===\x85---\r- item\r\n",
    "C# ##",
]

_PIECES = [
    *ISSUE_CASES,
    "<", ">", "&", ";", "#", "*", "_", "`", "~", "=", "-", "+", "|", ":", "!", "[", "]", "(", ")",
    "{", "}", "\\", '"', "'", " ", "  ", "\t", "\n", "\n\n", "\r\n", "1.", "1)", "<a href=x>",
    "</a>", "<![CDATA[", "<?php", "-->", "javascript:", "data:", "https://ok.example",
    "mailto:a@b.no", "é", "Ω", "😀", "\u00a0", "\u200b", "\x00", "\x03", "\x1b", "\u2028", "\x0c",
]  # fmt: skip
#: Generated texts: pieces of those, markup characters, white space and other scripts, joined.
hostile_texts = (
    st.lists(
        st.sampled_from(_PIECES)
        | st.text(alphabet=st.sampled_from("ab#*_`<>&|=-[]:\n "), max_size=6),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda text: text.strip())
)
