"""A big build in forked workers, one notice file per task: load, validate, render and write it there.

Loading and validating are then shared by the cores as well. The outcome is the one of the
sequential build: the same files, and the same error first (invalid notices, `--lang`, ids used
twice, render errors, missing texts), because every decision waits for all the files.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from noticekit.errors import NoticekitError
from noticekit.load import load_source
from noticekit.load.source import SourceDocument
from noticekit.problems import Problem
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.batch import forked_map
from noticekit.render.view.picker import MissingTextsError
from noticekit.validate import problem_order
from noticekit.validate import validate_document
from noticekit.write import SiteWriter


@dataclasses.dataclass(frozen=True)
class FileResult:
    """What one notice file gave: its problems, or its notice's id, languages, files and page titles."""

    index: int
    display_path: str
    problems: list[Problem]
    notice_id: str | None = None
    published: tuple[str, ...] = ()
    wanted: tuple[str, ...] = ()
    files: int = 0
    missing: list[Problem] = dataclasses.field(default_factory=list)
    titles: dict[str, Any] = dataclasses.field(default_factory=dict)
    error: NoticekitError | None = None


@dataclasses.dataclass
class RenderedNotice:
    """A notice rendered in a worker, as the site index sees it."""

    id: str
    languages: list[str]
    titles: dict[str, Any]


#: (files, --lang, renderers, staging folder) for the workers, inherited through fork.
_shared: tuple[list[Path], list[str] | None, list[Renderer], Path] | None = None


def _process(index: int) -> FileResult:
    assert _shared is not None
    files, languages, renderers, staging = _shared
    doc, problems = load_source(files[index])
    notice = None
    if doc is not None:
        notice, problems = validate_document(doc)
    display = (
        doc.display_path if doc is not None else SourceDocument(files[index], None).display_path
    )
    if notice is None or doc is None:
        return FileResult(index, display, problems)
    wanted = [lang for lang in notice.languages if languages is None or lang in languages]
    job = NoticeJob(doc, notice, wanted)
    writer = SiteWriter(staging)
    missing: list[Problem] = []
    error = None
    try:
        for renderer in renderers if wanted else ():
            for output in renderer.render(job):
                writer.write(output)
    except MissingTextsError as found:
        missing = found.problems
    except NoticekitError as found:
        error = found
    return FileResult(
        index, display, problems, notice.id, tuple(notice.languages), tuple(wanted),
        writer.count, missing, dict(job.titles), error,
    )  # fmt: skip


def process_files(
    files: list[Path],
    languages: list[str] | None,
    renderers: list[Renderer],
    site: SiteWriter,
    workers: int,
    progress: Callable[[int, int], None] | None = None,
) -> list[FileResult]:
    """Every file's result, in the order of `files` (the first is done in this process, see `forked_map`)."""
    global _shared
    _shared = (files, languages, renderers, site.staging)
    try:
        with contextlib.closing(forked_map(_process, len(files), workers)) as results:
            return _collect(results, len(files), site, progress)
    finally:
        _shared = None


def _collect(
    results: Iterable[FileResult],
    total: int,
    site: SiteWriter,
    progress: Callable[[int, int], None] | None,
) -> list[FileResult]:
    ordered: list[FileResult | None] = [None] * total
    if progress is not None:
        progress(0, total)
    for done, result in enumerate(results, start=1):
        ordered[result.index] = result
        site.count += result.files
        if progress is not None:
            progress(done, total)
    return [result for result in ordered if result is not None]


def file_problems(results: list[FileResult]) -> list[Problem]:
    """Every file's problems, in the order `load_notices` reports them."""
    return sorted((problem for result in results for problem in result.problems), key=problem_order)


def raise_render_errors(notices: list[FileResult]) -> None:
    """The first render error of the notices (in id order), then every missing text of all of them."""
    for result in notices:
        if result.error is not None:
            raise result.error
    missing = [problem for result in notices for problem in result.missing]
    if missing:
        raise MissingTextsError(missing)
