"""Notice texts for the Markdown page: made safe, put on one line, linked, or "not stated"."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit.render.picker import Text
from noticekit.render.text import escape_markdown
from noticekit.render.text import markdown_url
from noticekit.render.text import safe_markdown


def text(value: Text | str | None) -> str:
    """A notice text as Markdown with raw HTML, images and foreign link schemes made inert.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    body = value.value.strip()
    # `safe_markdown` keeps a text without these marks as it is; a notice text is seldom seen
    # twice (no cache hit), and six `in` checks cost less than its regex scan.
    if "<" in body or "!" in body or "#" in body or "=" in body or "]" in body or "-" in body:
        return safe_markdown(body)
    return body


@pass_context
def block(context: Context, value: Text | str | None) -> str:
    """A notice text as its own paragraphs, followed by the fallback note where it applies."""
    if not value:
        return ""
    if isinstance(value, Text) and value.lang and context["fallback_note"]:
        return f"\n\n{text(value)}\n\n*{context['fallback_note']}*\n\n"
    return f"\n\n{text(value)}\n\n"


#: `markdown_url` goes character by character; a page shows the same few addresses several times.
md_url = lru_cache(maxsize=4096)(markdown_url)


# A page shows the same names many times (links in lists): each is made into a line once.
@lru_cache(maxsize=16384)
def _notice_line(value: str) -> str:
    return " ".join(safe_markdown(value.strip()).split())


@lru_cache(maxsize=16384)
def _plain_line(value: str) -> str:
    return " ".join(escape_markdown(value).split())


@pass_context
def line(context: Context, value: Text | str | None) -> str:
    """A short notice text on a line (list items, headings), with the fallback note in brackets."""
    if not isinstance(value, Text):
        return _plain_line(value or "")
    note = context["fallback_note"] if value.lang else ""
    return _notice_line(value.value) + (f" *({note})*" if note else "")


@pass_context
def refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to the parts named by `items`: `[name](#anchor), ...`."""
    return ", ".join(f"[{line(context, item['name'])}](#{item['anchor']})" for item in items)


def not_stated(context: Context) -> str:
    return "*" + context["label"]["Not stated in this notice"] + "*"


@pass_context
def retention(context: Context, value: dict[str, Any] | None) -> str:
    """How long data is kept: duration, event and criteria on one line, or "not stated"."""
    if not value:
        return not_stated(context)
    parts = (value["duration"], value["event"], value["criteria"])
    return "; ".join(line(context, part) for part in parts if part)


def with_flag(value: Any, flag: bool | None, yes: str, no: str) -> str:
    """`value · yes` (or `no`): a label and a yes/no fact, each left out where it is not given."""
    parts = [str(value)] if value else []
    if flag is not None:
        parts.append(yes if flag else no)
    return " · ".join(parts)
