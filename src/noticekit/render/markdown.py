"""The Markdown renderer: `<id>/<lang>/notice.md`, CommonMark that reads well on GitHub."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

from noticekit import i18n
from noticekit.render.base import NoticeJob, Output
from noticekit.render.env import make_environment, use_language
from noticekit.render.picker import Text
from noticekit.render.text import escape_markdown, safe_markdown

PAGE = "notice.md"
_BLANK_RUNS = re.compile(r"\n{3,}")


def text(value: Text | str | None) -> str:
    """A notice text as Markdown with raw HTML, images and foreign link schemes made inert."""
    if value is None:
        return ""
    return safe_markdown(str(value).strip())


def one_line(value: Text | str | None) -> str:
    """A short notice text on one line (list items, headings)."""
    return " ".join(text(value).split())


def fallback_lang(value: Text | str | None) -> str:
    """The language tag of a fallback text, or an empty string for a text in the page's language."""
    return value.lang or "" if isinstance(value, Text) else ""


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end."""
    lines = [line.rstrip(" ") for line in markdown.splitlines()]
    return _BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


FILTERS = {
    "md": text,
    "md_line": one_line,
    "md_escape": escape_markdown,
    "fallback_lang": fallback_lang,
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
            use_language(self.env, i18n.translations(lang))
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), tidy(template.render(page=page)))

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())
