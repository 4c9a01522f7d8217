"""Notice text to safe output: Markdown to inert HTML; its syntax tree for the Markdown pages."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.tree import SyntaxTreeNode
from markupsafe import Markup

#: Link schemes a notice text may use; anything else is left as plain text.
ALLOWED_SCHEMES = ("http:", "https:", "mailto:", "tel:")

#: Rules that would break the page's structure (headings), fetch something (images) or pass HTML
#: through.
_DISABLED_RULES = [
    "heading",
    "lheading",
    "html_block",
    "html_inline",
    "image",
    "table",
    "code",
    "fence",
]


def is_allowed_link(url: str) -> bool:
    """True for http(s), mailto and tel links, and for relative links inside the page
    (`#anchor`)."""
    target = url.strip().lower()
    return target.startswith(ALLOWED_SCHEMES) or target.startswith("#")


def mark_url_links(state: StateCore) -> None:
    """Give `class="url"` to each link that shows its own target (`<https://x>`).

    The print style writes the target after the other links only, so no address prints twice.
    """
    for block in state.tokens:
        children = block.children or []
        for index, token in enumerate(children):
            if token.type != "link_open":
                continue
            text = []
            for inner in children[index + 1 :]:
                if inner.type == "link_close":
                    break
                text.append(inner.content)
            href = str(token.attrGet("href") or "")
            shown = "".join(text).strip()
            if token.markup == "autolink" or href in (shown, state.md.normalizeLink(shown)):
                token.attrSet("class", "url")


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.disable(_DISABLED_RULES)
    # markdown-it-py's documented hook for link checks is replacing `validateLink` on the instance
    md.validateLink = is_allowed_link  # type: ignore[method-assign]
    md.core.ruler.push("url_links", mark_url_links)
    return md


def notice_syntax_tree(text: str, *, inline: bool = False) -> SyntaxTreeNode:
    """A notice text's syntax tree, read by the rules of the HTML page (`inline`: as one line)."""
    md = _markdown()
    return SyntaxTreeNode(md.parseInline(text) if inline else md.parse(text))


#: Characters that can start Markdown syntax inside a line; text without them is plain.
_INLINE_SYNTAX = re.compile(r"[\\`*_\[\]<>!&~\n\r]")
#: Characters that can start a block (list, quote, rule) at the beginning of a text.
_BLOCK_STARTS = frozenset("-+*>#=0123456789 \t")


def is_plain_text(text: str) -> bool:
    """True when markdown-it would render `text` as one paragraph of escaped text, unchanged."""
    return (
        bool(text)
        and text[0] not in _BLOCK_STARTS
        and text == text.strip()
        and _INLINE_SYNTAX.search(text) is None
    )


#: `Markup(html)` for a `str` of safe HTML, made directly (no check for `__html__` first).
as_markup: Callable[[str], Markup] = functools.partial(str.__new__, Markup)


def _escape_plain(text: str) -> str:
    """`escapeHtml` of a plain text: `&`, `<` and `>` cannot occur in it, so only `"` is left to
    replace."""
    return text.replace('"', "&quot;") if '"' in text else text


@lru_cache(maxsize=8192)
def markdown_to_html(text: str) -> Markup:
    """Render a block of notice text (paragraphs, lists, emphasis, links) to inert HTML."""
    if is_plain_text(text):
        return as_markup("<p>" + _escape_plain(text) + "</p>")
    return Markup(_markdown().render(text).strip())


@lru_cache(maxsize=8192)
def markdown_to_inline_html(text: str) -> Markup:
    """Render one line of notice text (a name, a label) to inert inline HTML."""
    if is_plain_text(text):
        return as_markup(_escape_plain(text))
    return Markup(_markdown().renderInline(text).strip())


def with_lang(html: Markup, lang: str | None, *, block: bool) -> Markup:
    """Wrap `html` in an element carrying `lang` when the text is not in the page's language."""
    if not lang:
        return html
    tag = "div" if block else "span"
    return Markup('<{0} lang="{1}" class="fallback">{2}</{0}>').format(Markup(tag), lang, html)


def tel_uri(phone: str) -> str:
    """A `tel:` target from a phone number as published: `+46(0)36 – 34 03 02` is
    `tel:+4636340302`."""
    number = phone.replace("(0)", "") if phone.startswith("+") else phone
    return "tel:" + "".join(char for char in number if char.isdigit() or char == "+")
