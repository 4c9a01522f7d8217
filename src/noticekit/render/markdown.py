"""The Markdown renderer: `<id>/<lang>/notice.md`, CommonMark that reads well on GitHub."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any

from jinja2 import pass_context
from jinja2.runtime import Context

from noticekit import i18n
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.env import make_environment
from noticekit.render.env import use_language
from noticekit.render.picker import Text
from noticekit.render.text import escape_markdown
from noticekit.render.text import markdown_url
from noticekit.render.text import safe_markdown

PAGE = "notice.md"
_BLANK_RUNS = re.compile(r"\n{3,}")


def text(value: Text | str | None) -> str:
    """A notice text as Markdown with raw HTML, images and foreign link schemes made inert.

    Plain strings (names, standard texts) are escaped, not read as Markdown.
    """
    if not isinstance(value, Text):
        return escape_markdown(value or "")
    return safe_markdown(value.value.strip())


def _note(context: Context, value: Text | str | None) -> str:
    """The page's "this text is in <language>" note for a fallback text, else an empty string."""
    return context["fallback_note"] if isinstance(value, Text) and value.lang else ""


@pass_context
def block(context: Context, value: Text | str | None) -> str:
    """A notice text as its own paragraphs, followed by the fallback note where it applies."""
    if not value:
        return ""
    note = _note(context, value)
    return f"\n\n{text(value)}" + (f"\n\n*{note}*" if note else "") + "\n\n"


@pass_context
def line(context: Context, value: Text | str | None) -> str:
    """A short notice text on one line (list items, headings), with the fallback note in brackets."""
    note = _note(context, value)
    return " ".join(text(value).split()) + (f" *({note})*" if note else "")


@pass_context
def refs(context: Context, items: list[dict[str, Any]]) -> str:
    """Links to the parts named by `items`: `[name](#anchor), ...`."""
    return ", ".join(f"[{line(context, item['name'])}](#{item['anchor']})" for item in items)


def fallback_note(page: dict[str, Any], translations: Any) -> str:
    """The note that marks a fallback passage, in the page's language."""
    if not page["fallback_language_name"]:
        return ""
    return translations.gettext("This text is in %(language)s") % {
        "language": page["fallback_language_name"]
    }


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end."""
    lines = [item.rstrip(" ") for item in markdown.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


FILTERS = {
    "block": block,
    "line": line,
    "refs": refs,
    "md_escape": escape_markdown,
    "md_url": markdown_url,
}


class MarkdownRenderer:
    """Renders `notice.md.j2` once per notice and language."""

    format = "md"

    def __init__(self, templates: Path | None = None) -> None:
        self.env = make_environment(templates, autoescape=False, filters=FILTERS)

    def render(self, job: NoticeJob) -> Iterator[Output]:
        template = self.env.get_template("notice.md.j2")
        for lang in job.languages:
            page = job.page(lang)
            translations = i18n.translations(lang)
            use_language(self.env, translations)
            content = template.render(page=page, fallback_note=fallback_note(page, translations))
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), tidy(content))

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())
