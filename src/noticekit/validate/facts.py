"""What a build needs of a valid notice besides its pages: its id, languages and titles.

A site's manifest records them (`write.manifest`), so that the next build need not parse and
validate a notice file whose bytes did not change (`validate.recorded`) to plan its pages, check
that ids are unique, and list it in the site index.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from noticekit.load.source import SourceDocument
from noticekit.models import Notice


@dataclasses.dataclass(frozen=True)
class NoticeFacts:
    """A valid notice's id, its languages, and its title in each as its pages show it: the text
    and, where the text is in the notice's fallback language, that language."""

    id: str
    languages: tuple[str, ...]
    titles: tuple[tuple[str, str, str | None], ...]

    def title(self, lang: str) -> tuple[str, str | None] | None:
        """The title shown in `lang` and the fallback language it is in (if it is); None when
        `lang` is not one of the notice's languages."""
        for tag, text, fallback in self.titles:
            if tag == lang:
                return text, fallback
        return None

    def as_json(self) -> list[Any]:
        return [self.id, list(self.languages), [list(title) for title in self.titles]]

    @classmethod
    def from_json(cls, data: Any) -> NoticeFacts:
        """The facts as `as_json` wrote them; ValueError for anything else."""
        notice_id, languages, titles = data
        facts = cls(notice_id, tuple(languages), tuple(tuple(title) for title in titles))
        if not (
            isinstance(facts.id, str)
            and all(isinstance(lang, str) for lang in facts.languages)
            and all(_well_formed(title) for title in facts.titles)
        ):
            raise ValueError("not the facts of a notice")
        return facts


def _well_formed(title: tuple[Any, ...]) -> bool:
    return (
        len(title) == 3
        and isinstance(title[0], str)
        and isinstance(title[1], str)
        and (title[2] is None or isinstance(title[2], str))
    )


def facts_of(doc: SourceDocument, notice: Notice) -> NoticeFacts:
    """The facts of a notice that passed validation; titles picked as its pages pick them."""
    from noticekit.render.view.picker import TextPicker  # only builds need it

    titles = []
    for lang in notice.languages:
        text = TextPicker(doc, lang, notice.fallback_language)(notice.title, "title")
        if text is not None:
            titles.append((lang, text.value, text.lang))
    return NoticeFacts(notice.id, tuple(notice.languages), tuple(titles))
