"""Renderers by output format: HTML pages, Markdown pages and JSON-LD documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from noticekit.render.base import Renderer
from noticekit.render.html import HtmlRenderer
from noticekit.render.jsonld.renderer import JsonLdRenderer
from noticekit.render.markdown.renderer import MarkdownRenderer

#: Output formats in build order, as `--format` names them.
RENDERERS: dict[str, Callable[[Path | None], Renderer]] = {
    "html": HtmlRenderer,
    "md": MarkdownRenderer,
    "jsonld": JsonLdRenderer,
}
