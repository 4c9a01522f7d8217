"""Notice texts as Markdown that stays inert text, inside its own blocks, under every renderer.

A notice text is read by the rules of the HTML page (`text.notice_syntax_tree`: no raw HTML,
images, headings, tables or code blocks; links to http(s), mailto and tel only) and written back
from its syntax tree. Only its paragraphs, lists, quotes, rules, emphasis, code and allowed links
reach the page as Markdown; every run of text in them is escaped (`markdown_escape`).
"""

from __future__ import annotations

import itertools
from functools import lru_cache

from markdown_it.tree import SyntaxTreeNode

from noticekit.render.markdown.escape import code_span
from noticekit.render.markdown.escape import escape_text
from noticekit.render.markdown.escape import markdown_url
from noticekit.render.text import is_plain_text
from noticekit.render.text import notice_syntax_tree

#: Between a list that ends a text and one that follows it (and the other way round): without
#: it, CommonMark and Python-Markdown join them into one list. Hidden where HTML is rendered.
LIST_END = "<!-- -->"
_LIST_BREAK = "\n\n" + LIST_END + "\n\n"
_LISTS = ("bullet_list", "ordered_list")


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
            self._put(code_span(node.content))
        elif kind in ("em", "strong"):
            self._emphasis(node, links)
        elif kind == "link" and links:
            self._link(node)
        elif node.children:  # a link inside a link's text (or where links are not wanted)
            self.write(node.children, links=False)
        else:  # text, and anything else the parser may give: shown as typed
            self._put(escape_text(node.content, self.at_line_start))

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
            marker = f"{min(number, 999_999_999)}." if node.type == "ordered_list" else "-"
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
    return escape_text(node.content, True)  # a block the rules of the page do not make


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
        return escape_text(text, True)
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
        return escape_text(text, True)
    inline = notice_syntax_tree(text, inline=True)
    return _Inline(one_line=True).write(inline.children[0].children, links=links).rstrip()
