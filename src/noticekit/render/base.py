"""The renderer contract: a notice job in, output files (relative path and text) out."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any
from typing import ClassVar
from typing import Protocol

from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.render.view.picker import Text
from noticekit.validate.notices import LoadedNotice


@dataclasses.dataclass(frozen=True)
class Output:
    """One file of the site: its path under the output folder and its text."""

    path: PurePosixPath
    content: str


@dataclasses.dataclass
class NoticeJob:
    """A notice to render and the languages to render it in (its own, restricted by `--lang`).

    Only rendering it needs its `doc` and `notice`: a notice a build knows unchanged
    (`LoadedNotice.unchanged`) is parsed and validated only when its pages are not reused.
    """

    loaded: LoadedNotice
    languages: list[str]
    #: Whether the build publishes the notice's earlier versions beside it (`versions/index.html`,
    #: `feed.atom`; see `noticekit.render.archive.links_versions`): its pages then link to them.
    versions: bool = False
    _pages: dict[str, dict[str, Any]] = dataclasses.field(default_factory=dict, repr=False)

    @property
    def doc(self) -> SourceDocument:
        return self.loaded.doc

    @property
    def notice(self) -> Notice:
        return self.loaded.notice

    @property
    def id(self) -> str:
        return self.loaded.facts.id

    @property
    def path(self) -> Path:
        """The notice file."""
        return self.loaded.path

    @property
    def digest(self) -> str:
        """The SHA-256 of the notice file's bytes."""
        return self.loaded.digest

    @cached_property
    def jsonld(self) -> str:
        """The notice's JSON-LD text, computed once and shared by the JSON-LD and HTML renderers."""
        from noticekit.render.jsonld.document import render

        return render(self.notice)

    def page(self, lang: str) -> dict[str, Any]:
        """The view data of the notice in `lang`, computed once for all page formats (its modules
        are imported here: a build whose pages are all reused from the last one needs none)."""
        from noticekit.render.view.context import page_context

        if lang not in self._pages:
            self._pages[lang] = page_context(
                self.doc, self.notice, lang, self.languages, versions=self.versions
            )
        return self._pages[lang]

    def title(self, lang: str) -> Text | None:
        """The notice's title in `lang` (or its fallback language) as its page shows it, without
        making the page: the site index lists notices whose pages this build did not render."""
        found = self.loaded.facts.title(lang)
        return None if found is None else Text(*found)

    def release(self) -> None:
        """Forget the view data and JSON-LD once the notice is written."""
        self._pages.clear()
        self.__dict__.pop("jsonld", None)


class Renderer(Protocol):
    """One output format. `render` yields the files of one notice; `finish` those of the whole
    site."""

    format: ClassVar[str]

    def render(self, job: NoticeJob) -> Iterator[Output]: ...

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]: ...
