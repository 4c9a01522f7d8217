"""A build's work on each notice file, on its own: load and validate it, lint it (`--strict`),
and put its files in all formats into the staging folder, from the previous build where its
inputs are unchanged, else rendered.

What the build knows of a file without parsing it (`FileCheck.known`: its bytes are those of a
notice the previous build found valid) and whose files it can take from that build is done here;
every other file is done by `notice_task`, in this process or in forked workers for big builds
(`render.batch.mapped`). A task drops its notice once its files are written and sends back only
an `Outcome`: the notice's facts (id, languages, titles), its problems and its files. So the
build's memory does not grow with the number of notices.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Callable
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from noticekit.errors import BuildError
from noticekit.problems import Problem
from noticekit.render import batch
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.render.keys import CacheKeys
from noticekit.render.view.picker import MissingTextsError
from noticekit.validate import LoadedNotice
from noticekit.validate import problem_order
from noticekit.validate.facts import NoticeFacts
from noticekit.validate.recorded import FileCheck
from noticekit.write import SiteWriter

if TYPE_CHECKING:
    from noticekit.lint.config import LintConfig

Progress = Callable[[int, int], None]


@dataclasses.dataclass(frozen=True)
class NoticeWork:
    """What the build does to every notice file."""

    check: FileCheck
    renderers: list[Renderer]
    keys: CacheKeys
    cache: RenderCache
    #: `--lang`: the languages asked for; None for all.
    languages: list[str] | None
    #: Whether each file's pages link to its earlier versions (`render.archive.links_versions`).
    versions: Mapping[Path, bool]
    #: `--strict`: the lint configuration (its errors stop the build); None without.
    lint: LintConfig | None = None
    #: Whether a task may leave a notice's files to be taken from the previous build.
    reuse: bool = True


@dataclasses.dataclass(frozen=True)
class Outcome:
    """What became of one notice file: small, to cross from a worker cheaply."""

    #: The valid notice's facts; None if it is not valid.
    facts: NoticeFacts | None
    #: The SHA-256 of the file's bytes ("" where it was not read).
    digest: str = ""
    #: Why it is not valid, or (`--strict`) its lint findings at error level.
    problems: list[Problem] = dataclasses.field(default_factory=list)
    #: Its render key and the files it has in the new site (none where no language is built).
    key: str | None = None
    files: NoticeFiles | None = None
    #: Its files were not rendered: the previous build has them under `key` (`reuse` them).
    reusable: bool = False
    #: Texts missing in a language built.
    missing: list[Problem] = dataclasses.field(default_factory=list)


def notice_stage(
    files: list[Path], work: NoticeWork, site: SiteWriter, progress: Progress | None = None
) -> list[LoadedNotice]:
    """Every notice file done (see the module): the valid notices, known by their facts, in id
    order. All the problems of all files raise one BuildError (files not valid, else lint errors,
    else missing texts); the staging folder is then discarded."""
    outcomes: dict[int, Outcome] = {}
    todo = []
    for index, path in enumerate(files):
        known = _known(path, work, site)
        if known is None:
            todo.append(index)
        else:
            outcomes[index] = known
    redo = _run(todo, files, work, site, outcomes, progress)
    _run(redo, files, dataclasses.replace(work, reuse=False), site, outcomes, None)
    return _valid(files, outcomes)


def _known(path: Path, work: NoticeWork, site: SiteWriter) -> Outcome | None:
    """The outcome of a file known valid (or not) without parsing it, its files (if any) taken
    from the previous build; None when it must be checked or rendered."""
    known = work.check.known(path)
    if known is None:
        return None
    loaded, problems = known
    if loaded is None:
        return Outcome(None, problems=problems)
    job = _job(loaded, work)
    if job is None:
        return Outcome(loaded.facts, loaded.digest)
    key = work.keys.notice(job)
    if not work.cache.reuse(key, site):
        return None
    return Outcome(loaded.facts, loaded.digest, key=key)


def _job(loaded: LoadedNotice, work: NoticeWork) -> NoticeJob | None:
    """The notice's job: its languages that `--lang` asks for; None if none is."""
    wanted = wanted_languages(list(loaded.facts.languages), work.languages)
    return NoticeJob(loaded, wanted, work.versions.get(loaded.path, False)) if wanted else None


def wanted_languages(published: list[str], languages: list[str] | None) -> list[str]:
    """A notice's languages that `--lang` asks for (all of them without `--lang`)."""
    return [lang for lang in published if languages is None or lang in languages]


#: (files, work, site) for `notice_task`, inherited by the workers through fork.
_shared: tuple[list[Path], NoticeWork, SiteWriter] | None = None


def notice_task(index: int) -> Outcome:
    """Check, lint (`--strict`) and render the notice file `files[index]`; in any process."""
    with batch.no_collections():
        return _notice_task(index)


def _notice_task(index: int) -> Outcome:
    assert _shared is not None
    files, work, site = _shared
    loaded, problems = work.check.check(files[index])
    if loaded is None:
        return Outcome(None, problems=problems)
    if work.lint is not None:
        problems = lint_errors(loaded, work.lint)
    job = _job(loaded, work)
    if job is None or problems:
        return Outcome(loaded.facts, loaded.digest, problems)
    key = work.keys.notice(job)
    if work.reuse and work.cache.get(key) is not None:
        return Outcome(loaded.facts, loaded.digest, key=key, reusable=True)
    writer = SiteWriter(site.staging)  # in a worker: its own count, added up by `_run`
    try:
        files_written, missing = render_notice(job, work.renderers, writer), []
    except MissingTextsError as error:
        files_written, missing = NoticeFiles(()), error.problems
    return Outcome(loaded.facts, loaded.digest, [], key, files_written, missing=missing)


def lint_errors(loaded: LoadedNotice, config: LintConfig) -> list[Problem]:
    """The notice's lint findings at error level (`--strict`)."""
    from noticekit.lint.engine import lint_notice

    found = lint_notice(loaded.doc, loaded.notice, config)
    return [problem for problem in found if problem.level == "error"]


def render_notice(job: NoticeJob, renderers: list[Renderer], site: SiteWriter) -> NoticeFiles:
    """The notice's files in every format, written into `site`."""
    written = [site.write(output) for renderer in renderers for output in renderer.render(job)]
    job.release()
    return NoticeFiles(tuple(written))


def _run(
    todo: list[int],
    files: list[Path],
    work: NoticeWork,
    site: SiteWriter,
    outcomes: dict[int, Outcome],
    progress: Progress | None,
) -> list[int]:
    """`notice_task` on each file of `todo`, its outcome kept; the files whose reusable files
    turned out changed since (to be rendered after all)."""
    global _shared
    _shared = (files, work, site)
    redo = []
    if progress is not None and todo:
        progress(0, len(todo))
    try:
        workers = batch.worker_count(len(todo))
        tasks = batch.mapped(lambda at: (todo[at], notice_task(todo[at])), len(todo), workers)
        with contextlib.closing(tasks) as results:
            for done, (index, outcome) in enumerate(results, start=1):
                work.check.record(files[index], outcome.digest, outcome.facts, outcome.problems)
                if outcome.reusable and not work.cache.reuse(outcome.key or "", site):
                    redo.append(index)
                    continue
                if outcome.files is not None and outcome.key is not None:
                    work.cache.put(outcome.key, outcome.files)
                    site.count += len(outcome.files.files)
                outcomes[index] = outcome
                if progress is not None:
                    progress(done, len(todo))
    finally:
        _shared = None
    return redo


def _valid(files: list[Path], outcomes: dict[int, Outcome]) -> list[LoadedNotice]:
    """The valid notices, in id order, if no file has a problem that stops the build."""
    done = [outcome for _, outcome in sorted(outcomes.items())]
    invalid = [problem for outcome in done if outcome.facts is None for problem in outcome.problems]
    if any(problem.level == "error" for problem in invalid):
        errors = sorted((item for item in invalid if item.level == "error"), key=problem_order)
        raise problems_error("invalid", errors)
    linted = [problem for outcome in done if outcome.facts for problem in outcome.problems]
    if linted:
        linted.sort(key=lambda item: (*problem_order(item), item.code or ""))
        raise problems_error("lint errors", linted, hint="noticekit lint")
    missing = [problem for outcome in done for problem in outcome.missing]
    if missing:
        raise MissingTextsError(missing)
    valid = [
        LoadedNotice.unchanged(files[index], outcome.digest, outcome.facts)
        for index, outcome in outcomes.items()
        if outcome.facts is not None
    ]
    return sorted(valid, key=lambda item: item.facts.id)


def problems_error(
    what: str, problems: list[Problem], hint: str = "noticekit validate"
) -> BuildError:
    count = len(problems)
    lines = "\n".join(str(problem) for problem in problems)
    noun = "notice problem" if count == 1 else "notice problems"
    return BuildError(f"{count} {noun} ({what}); nothing was built; see `{hint}`\n{lines}")
