"""The Markdown renderer: `<id>/<lang>/notice.md`, CommonMark that reads well on GitHub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any
from typing import ClassVar

from noticekit import i18n
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.env import SectionTitles
from noticekit.render.env import make_environment
from noticekit.render.labels import PageWording
from noticekit.render.markdown.filters import FILTERS

PAGE = "notice.md"


def fallback_note(page: dict[str, Any], translations: Any) -> str:
    """The note that marks a fallback passage, in the page's language."""
    if not page["fallback_language_name"]:
        return ""
    return translations.gettext("This text is in %(language)s") % {
        "language": page["fallback_language_name"]
    }


def tidy(markdown: str) -> str:
    """No trailing spaces, at most one blank line in a row, one newline at the end.

    Lines end at `\n` only, as for Markdown renderers: a U+2028 or `\x85` in a text is a character
    of the text (`markdown_text` writes every `\r` as a line end or a space).
    """
    lines: list[str] = []
    blank = False  # a blank line is owed before the next line of text
    for line in markdown.split("\n"):
        line = line.rstrip(" ")
        if not line:
            blank = bool(lines)
        else:
            if blank:
                lines.append("")
                blank = False
            lines.append(line)
    return "\n".join(lines) + "\n"


class MarkdownRenderer:
    """Renders `notice.md.j2` once per notice and language."""

    format: ClassVar[str] = "md"

    def __init__(self, templates: Path | None = None) -> None:
        self.env = make_environment(templates, autoescape=False, filters=FILTERS)
        self.wording = PageWording(self.env, markup=False)

    def use_language(self, lang: str) -> tuple[dict[str, str], SectionTitles]:
        """Install the language's `_()` and return its labels and section titles, made once."""
        return self.wording.use(lang)

    def render(self, job: NoticeJob) -> Iterator[Output]:
        template = self.env.get_template("notice.md.j2")
        for lang in job.languages:
            page = job.page(lang)
            labels, titles = self.use_language(lang)
            content = template.render(
                page=page,
                fallback_note=fallback_note(page, i18n.translations(lang)),
                label=labels,
                title=titles,
            )
            yield Output(PurePosixPath(job.notice.id, lang, PAGE), tidy(content))

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())
