"""The renderers that publish `notice.md`, and what a page they render may hold.

- CommonMark with raw HTML on: `MarkdownIt("commonmark")`, as most CommonMark renderers do.
- GitHub: CommonMark with tables and strikethrough (`gfm`). GitHub's bare autolinks are judged on
  the Markdown itself (`github_autolinks`), as GitHub finds them: `www.`, and `http://`, `https://`,
  `ftp://` where it reads the `:`; e-mail addresses and `mailto:`/`xmpp:` in the decoded text.
- Python-Markdown as MkDocs runs it (`toc`, `tables`, `fenced_code`), and with the extensions
  MkDocs sites often add (attribute lists, definition lists, admonitions, abbreviations, footnotes).
"""

from __future__ import annotations

import dataclasses
import html as html_entities
import re
from collections.abc import Callable
from html.parser import HTMLParser

import markdown
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
