"""Notice texts for the Markdown page: inert, on one line, linked, or "not stated"."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit.render.markdown.escape import escape_markdown
from noticekit.render.markdown.escape import markdown_url
from noticekit.render.markdown.writer import notice_markdown
from noticekit.render.markdown.writer import notice_markdown_line
from noticekit.render.view.picker import Text


def text(value: Text | str | None) -> str:
    """A notice text as Markdown blocks, inert, with its lists and quotes closed within it.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    return notice_markdown(value.value.strip())


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


@pass_context
def line(context: Context, value: Text | str | None, links: bool = True) -> str:
    """A short notice text on one line (list items, headings), with the fallback note in brackets.

    `links=False` where the line is itself the text of a link: its own links show as text.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    note = context["fallback_note"] if value.lang else ""
    return notice_markdown_line(value.value, links) + (f" *({note})*" if note else "")


@pass_context
def link_text(context: Context, value: Text | str | None) -> str:
    """A short notice text as the text of a link (`[name](#anchor)`)."""
    return line(context, value, links=False)


@pass_context
def refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to the parts named by `items`: `[name](#anchor), ...`."""
    return ", ".join(f"[{link_text(context, item['name'])}](#{item['anchor']})" for item in items)


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
