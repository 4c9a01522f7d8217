"""The JSON-LD output: `DIR/<id>/notice.jsonld`, all languages in one document."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import ClassVar

from noticekit.render.base import NoticeJob
from noticekit.render.base import Output


class JsonLdRenderer:
    """Writes the document built by `noticekit.render.jsonld.document` once per notice."""

    format: ClassVar[str] = "jsonld"

    def __init__(self, templates: Path | None = None) -> None:
        self.templates = templates

    def render(self, job: NoticeJob) -> Iterator[Output]:
        yield Output(PurePosixPath(job.notice.id, "notice.jsonld"), job.jsonld)

    def finish(self, jobs: list[NoticeJob]) -> Iterator[Output]:
        return iter(())
