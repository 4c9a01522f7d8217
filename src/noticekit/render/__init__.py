"""Renderers by output format: HTML pages, Markdown pages and JSON-LD documents."""

from __future__ import annotations

from noticekit.render.html import HtmlRenderer
from noticekit.render.linked_data import JsonLdRenderer
from noticekit.render.markdown import MarkdownRenderer

#: Output formats in build order, as `--format` names them.
RENDERERS = {
    "html": HtmlRenderer,
    "md": MarkdownRenderer,
    "jsonld": JsonLdRenderer,
}
