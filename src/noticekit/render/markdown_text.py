"""Notice texts as Markdown that stays inert text, inside its own blocks, under every renderer.

`notice.md` is read by CommonMark renderers that pass raw HTML through (GitHub, markdown-it-py) and
by Python-Markdown (MkDocs), which knows fewer backslash escapes: it has no `\\<`, `\\|`, `\\=`,
`\\~` or `\\:`. Those characters are written as character references (`&lt;`, `&#124;`), which every
renderer shows as the character; the others get the backslash escapes both kinds know.

A notice text is read by the rules of the HTML page (`text.notice_syntax_tree`: no raw HTML,
images, headings, tables or code blocks; links to http(s), mailto and tel only) and written back
from its syntax tree. Only its paragraphs, lists, quotes, rules, emphasis, code and allowed links
reach the page as Markdown; every run of text in them is escaped.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache
from html.entities import html5

from markdown_it.tree import SyntaxTreeNode

from noticekit.render.text import is_plain_text
from noticekit.render.text import notice_syntax_tree

#: Characters written otherwise: NUL as U+FFFD (as CommonMark renderers show it), and STX and
#: ETX left out, as Python-Markdown does (they mark its placeholders).
_UNSAFE_CHARACTERS = re.compile("[\0\x02\x03]")
_REPLACE_UNSAFE = str.maketrans({"\0": "\ufffd", "\x02": None, "\x03": None})
#: A line end with the spaces around it: a plain string keeps to one line. (Renderers end lines
#: at `\n` and `\r` only: U+2028 and the like are characters of the line.)
_FOLD = re.compile(r"[ \t]*[\r\n][ \t\r\n]*")
#: What would be read as syntax anywhere in a line (see `_escape_char`).
_SPECIAL = re.compile(
    r"[\\`*\[\]{|]"  # emphasis, code, links and references, attribute lists, table cells
    r"|_(?![^\W_])|(?<![^\W_])_"  # `_` that is not between two letters or digits
    r"|<(?!\s)"  # the start of a tag, a comment or an autolink
    r"|&(?=#?[A-Za-z0-9]+;)"  # the start of what reads as a character reference...
    r"|&#?[A-Za-z0-9]+$"  # ... or would, before a `;` that follows the text on the page
    r"|(?<![A-Za-z])[A-Za-z]+:(?=//)"  # a bare `scheme://` that GitHub would link...
    r"|(?<![A-Za-z0-9])xmpp(?=:)"  # ... and its `xmpp:` before an address
    r"|#(?=[ \t]*$)"  # closing `#` of a heading
    r"|!$"  # `!` before a link: an image
)
#: What any of `_SPECIAL` or `_UNSAFE_CHARACTERS` needs (with `://` and `xmpp:`, see
#: `_has_special`): most texts have none of it and are kept as they are.
_MAYBE_SPECIAL = re.compile(r"[\\`*\[\]{|_<&#!\0\x02\x03]")
_REFERENCES = {"<": "&lt;", "&": "&amp;", "|": "&#124;"}
#: What starts a block at the beginning of a line, escaped with a backslash: a list item, rule,
#: underline or table rule (`-`, or `+` and a space), a quote, a heading, a Python-Markdown
#: admonition (`!!!`)...
_LINE_START_BLOCK = re.compile(r"[->#!]|\+(?=[ \t]|$)")
#: ... and those Python-Markdown cannot escape (setext underline, fence, definition, table rule).
_LINE_START_REFERENCES = {"=": "&#61;", "~": "&#126;", ":": "&#58;"}
_ORDERED_MARKER = re.compile(r"\d{1,9}[.)](?=[ \t]|$)")
#: Between a list that ends a text and one that follows it (and the other way round): without
#: it, CommonMark and Python-Markdown join them into one list. Hidden where HTML is rendered.
LIST_END = "<!-- -->"
#: Splits `xmpp:a@b.example` in two texts, so GitHub makes at most a `mailto:` link of it.
XMPP_BREAK = "<!-- -->"
_LIST_BREAK = "\n\n" + LIST_END + "\n\n"
_LISTS = ("bullet_list", "ordered_list")


_NUMERIC_REFERENCE = re.compile(r"&#(?:[0-9]{1,7}|[xX][0-9A-Fa-f]{1,6});")


def _is_reference(text: str) -> bool:
    """True for `&amp;`, `&#38;`, `&#x26;`: a named or numeric character reference."""
    return text[1:] in html5 or _NUMERIC_REFERENCE.fullmatch(text) is not None


def _has_special(text: str) -> bool:
    """False for a text that `_escape_text` keeps as it is (a character class and `in` are fast)."""
    return _MAYBE_SPECIAL.search(text) is not None or "://" in text or "xmpp:" in text


def _escape_inline(text: str) -> str:
    """`text` with whatever would be read as syntax inside a line escaped."""
    return _SPECIAL.sub(_escape_char, text) if _has_special(text) else text


def _escape_char(match: re.Match[str]) -> str:
    found = match.group()
    if found[0] == "&" and len(found) > 1:
        return "&amp;" + found[1:] if _is_reference(found + ";") else found
    if found[-1] == ":":  # GitHub links `ftp://` where it reads the `:`; not as `&#58;`
        return found if found[:-1].lower() in ("http", "https") else found[:-1] + "&#58;"
    if found == "xmpp":  # GitHub links `xmpp:` with the address after it in the same text
        return "xmpp" + XMPP_BREAK
    return _REFERENCES.get(found) or "\\" + found


def _line_start(text: str) -> str:
    """`text` escaped where it begins a line: no indent, and no list, quote, heading or fence."""
    text = text.lstrip(" \t")
    if not text:
        return ""
    first = text[0]
    if _LINE_START_BLOCK.match(text):
        return "\\" + first + _escape_inline(text[1:])
    if first in _LINE_START_REFERENCES:
        return _LINE_START_REFERENCES[first] + _escape_inline(text[1:])
    marker = _ORDERED_MARKER.match(text)
    if marker:
        end = marker.end() - 1
        return text[:end] + "\\" + text[end] + _escape_inline(text[end + 1 :])
    return _escape_inline(text)


#: What `_line_start` changes at the beginning of a line.
_LINE_START_CHARACTERS = frozenset("-+>#!=~: \t0123456789")


def _escape_text(text: str, at_line_start: bool) -> str:
    if not _has_special(text) and not (at_line_start and text[:1] in _LINE_START_CHARACTERS):
        return text  # most texts: nothing to escape
    if _UNSAFE_CHARACTERS.search(text):
        text = text.translate(_REPLACE_UNSAFE)
    return _line_start(text) if at_line_start else _escape_inline(text)


@lru_cache(maxsize=16384)
def escape_markdown(text: str) -> str:
    """A plain string (a name, an address line) as one line of Markdown that shows it as typed."""
    text = _FOLD.sub(" ", text)
    if _UNSAFE_CHARACTERS.search(text):
        text = text.translate(_REPLACE_UNSAFE)
    return _line_start(text.strip())


#: Characters that could end a Markdown link target early, percent-encoded.
_URL_ESCAPES = {char: f"%{ord(char):02X}" for char in "()<>[]\\ \t\n\"'`"}


def markdown_url(url: str) -> str:
    """A URL or e-mail address made safe inside `(...)` and `<...>` of a Markdown link."""
    return "".join(_URL_ESCAPES.get(char, char) for char in url)


def _code_span(code: str) -> str:
    code = code.translate(_REPLACE_UNSAFE)
    longest = max((len(run) for run in re.findall("`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code[:1] == "`" or code[-1:] == "`" or code[:1] == code[-1:] == " " else ""
    return fence + pad + code + pad + fence


class _Inline:
    """Writes a text's inline nodes as Markdown: escaped text, emphasis, code and allowed links."""

    def __init__(self, *, one_line: bool) -> None:
        self.one_line = one_line
        self.parts: list[str] = []
        self.at_line_start = True
        self.emphasis: list[str] = []  # the emphasis open around the node being written
        self.closed = ""  # the emphasis whose closing mark was written last, if that was the last

    def write(self, nodes: list[SyntaxTreeNode], *, links: bool = True) -> str:
        for node in nodes:
            self._node(node, links)
        return "".join(self.parts)

    def _put(self, markdown: str) -> None:
        if markdown:
            self.parts.append(markdown)
            self.at_line_start = markdown[-1] == "\n"
            self.closed = ""

    def _node(self, node: SyntaxTreeNode, links: bool) -> None:
        kind = node.type
        if kind in ("softbreak", "hardbreak"):
            if self.one_line:  # a space, but none before the first text: it begins the line
                self._put(" " if self.parts else "")
            else:
                self._put("\n" if kind == "softbreak" else "\\\n")
        elif kind == "code_inline":
            self._put(_code_span(node.content))
        elif kind in ("em", "strong"):
            self._emphasis(node, links)
        elif kind == "link" and links:
            self._link(node)
        elif node.children:  # a link inside a link's text (or where links are not wanted)
            self.write(node.children, links=False)
        else:  # text, and anything else the parser may give: shown as typed
            self._put(_escape_text(node.content, self.at_line_start))

    def _emphasis(self, node: SyntaxTreeNode, links: bool) -> None:
        """`*em*`, `**strong**`. One inside or right after the same kind is merged into it: the
        `**` or `****` between them reads differently in CommonMark and Python-Markdown."""
        kind, mark = node.type, "*" if node.type == "em" else "**"
        if kind in self.emphasis:
            self.write(node.children, links=links)
            return
        if self.closed == kind:
            self.parts.pop()
        else:
            self._put(mark)
        self.emphasis.append(kind)
        self.write(node.children, links=links)
        self.emphasis.pop()
        self._put(mark)
        self.closed = kind

    def _link(self, node: SyntaxTreeNode) -> None:
        href = str(node.attrs["href"])
        shown = "".join(child.content for child in node.children)
        if node.markup == "autolink" and shown == href and href.startswith(("http:", "https:")):
            self._put("<" + markdown_url(href) + ">")
            return
        self._put("[")
        self.write(node.children, links=False)
        self._put("](" + markdown_url(href) + ")")


def _inline(node: SyntaxTreeNode) -> str:
    return _Inline(one_line=False).write(node.children[0].children if node.children else [])


def _list_item(marker: str, indent: int, body: str) -> str:
    lines = body.split("\n")
    rest = [" " * indent + line if line else "" for line in lines[1:]]
    return "\n".join([marker + " " + lines[0], *rest])


def _list(node: SyntaxTreeNode) -> str:
    tight = any(child.hidden for item in node.children for child in item.children)
    start = int(node.attrs.get("start", 1)) if node.type == "ordered_list" else 0
    items = []
    for number, item in enumerate(node.children, start):
        body = _blocks(item.children, "\n" if tight else "\n\n")
        if body:  # an empty item (a lone `-`) would underline the line above as a heading
            marker = f"{number}." if node.type == "ordered_list" else "-"
            items.append(_list_item(marker, max(4, len(marker) + 1), body))
    return ("\n" if tight else "\n\n").join(items)


def _block(node: SyntaxTreeNode) -> str:
    kind = node.type
    if kind == "paragraph":
        return _inline(node)
    if kind in ("bullet_list", "ordered_list"):
        return _list(node)
    if kind == "blockquote":
        inner = _blocks(node.children, "\n\n")
        return "\n".join(("> " + line).rstrip() for line in inner.split("\n"))
    if kind == "hr":
        return "* * *"
    return _escape_text(node.content, True)  # a block the rules of the page do not make


def _written(nodes: list[SyntaxTreeNode]) -> list[tuple[bool, str]]:
    """The blocks that show something, each as (is it a list, its Markdown)."""
    return [(node.type in _LISTS, markdown) for node in nodes if (markdown := _block(node))]


def _join(written: list[tuple[bool, str]], separator: str) -> str:
    out = [markdown for _, markdown in written[:1]]
    for (after_list, _), (is_list, markdown) in itertools.pairwise(written):
        out += [_LIST_BREAK if after_list and is_list else separator, markdown]
    return "".join(out)


def _blocks(nodes: list[SyntaxTreeNode], separator: str) -> str:
    return _join(_written(nodes), separator)


@lru_cache(maxsize=16384)
def notice_markdown(text: str) -> str:
    """A notice text as Markdown blocks that open and close within it, inert in every renderer."""
    if is_plain_text(text):  # one paragraph of text: what the syntax tree would give, sooner
        return _escape_text(text, True)
    written = _written(notice_syntax_tree(text).children)
    markdown = _join(written, "\n\n")
    if written and written[0][0]:
        markdown = LIST_END + "\n\n" + markdown
    if written and written[-1][0]:
        markdown += "\n\n" + LIST_END
    return markdown


@lru_cache(maxsize=16384)
def notice_markdown_line(text: str, links: bool = True) -> str:
    """A short notice text (a name) as one line of inert Markdown; not `links` inside a link.

    A page shows the same names many times (links in lists): each is made into a line once.
    """
    if is_plain_text(text):  # one text: what the syntax tree would give, sooner
        return _escape_text(text, True)
    inline = notice_syntax_tree(text, inline=True)
    return _Inline(one_line=True).write(inline.children[0].children, links=links).rstrip()
