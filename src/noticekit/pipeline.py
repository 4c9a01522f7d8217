"""The build as one straight sequence: load, validate, lint (strict), render, write."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable
from collections.abc import Iterator
from pathlib import Path

from noticekit import build_workers
from noticekit.errors import BuildError
from noticekit.errors import UsageError
from noticekit.load import discover
from noticekit.problems import Problem
from noticekit.render import RENDERERS
from noticekit.render import batch
from noticekit.render.archive import archive_outputs
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.base import Renderer
from noticekit.render.batch import render_notices
from noticekit.validate import LoadedNotice
from noticekit.validate import load_notices
from noticekit.write import atomic_site
from noticekit.write import stageable
from noticekit.write import tidy_output


@dataclasses.dataclass(frozen=True)
class BuildOptions:
    """What `noticekit build` was asked to do."""

    out: Path
    languages: list[str] | None = None
    formats: list[str] | None = None
    templates: Path | None = None
    strict: bool = False
    #: Earlier versions from git: "auto" (skipped with a warning without history), "require", "off".
    history: str = "auto"


@dataclasses.dataclass(frozen=True)
class BuildReport:
    """What a build wrote: counts for the summary line."""

    notices: int
    languages: list[str]
    formats: list[str]
    files: int


def build(
    paths: list[Path], options: BuildOptions, progress: Callable[[int, int], None] | None = None
) -> BuildReport:
    """Build the site into `options.out`; on any error the previous output stays as it was."""
    files = discover(paths)
    tidy_output(options.out, *inputs(paths, options))
    workers = batch.worker_count(len(files))
    if workers > 1 and not options.strict and stageable(options.out, *inputs(paths, options)):
        renderers = _renderers_or_none(options)
        if renderers is not None:
            return build_in_workers(paths, files, options, renderers, workers, progress)
    loaded = validated(paths)
    if options.strict:
        refuse_lint_errors(loaded)
    jobs = plan(loaded, options.languages)
    renderers = select_renderers(options.formats, options.templates)
    with atomic_site(options.out, *inputs(paths, options)) as site:
        render_notices(jobs, renderers, site, progress)
        for output in finish(jobs, renderers):
            site.write(output)
        for output in archive_outputs(files, renderers, options):
            site.write(output)
    languages = sorted({lang for job in jobs for lang in job.languages})
    return BuildReport(
        len(jobs), languages, [renderer.format for renderer in renderers], site.count
    )


def build_in_workers(
    paths: list[Path],
    files: list[Path],
    options: BuildOptions,
    renderers: list[Renderer],
    workers: int,
    progress: Callable[[int, int], None] | None,
) -> BuildReport:
    """`build` with each file loaded, validated and rendered in a worker; same checks, in the same order."""
    with atomic_site(options.out, *inputs(paths, options)) as site:
        results = build_workers.process_files(
            files, options.languages, renderers, site, workers, progress
        )
        errors = [
            problem for problem in build_workers.file_problems(results) if problem.level == "error"
        ]
        if errors:
            raise problems_error("invalid", errors)
        notices = sorted(
            (item for item in results if item.notice_id is not None),
            key=lambda item: item.notice_id,
        )
        if not notices:
            raise UsageError(f"no notices found in {', '.join(str(path) for path in paths)}")
        check_languages(options.languages, {lang for item in notices for lang in item.published})
        check_unique_ids([(item.notice_id, item.display_path) for item in notices])
        build_workers.raise_render_errors(notices)
        jobs = [
            build_workers.RenderedNotice(item.notice_id, list(item.wanted), item.titles)
            for item in notices
            if item.wanted
        ]
        for output in finish(jobs, renderers):  # type: ignore[arg-type]
            site.write(output)
        for output in archive_outputs(files, renderers, options):
            site.write(output)
    languages = sorted({lang for job in jobs for lang in job.languages})
    return BuildReport(
        len(jobs), languages, [renderer.format for renderer in renderers], site.count
    )


def inputs(paths: list[Path], options: BuildOptions) -> tuple[list[Path], list[Path]]:
    """What the build reads, which its output must keep apart from: the notices, the templates."""
    return paths, [options.templates] if options.templates else []


def _renderers_or_none(options: BuildOptions) -> list[Renderer] | None:
    """The renderers, or None for a bad `--format` or `--templates`: the sequential build reports those
    after the notice problems, as it always has."""
    try:
        return select_renderers(options.formats, options.templates)
    except UsageError:
        return None


def validated(paths: list[Path]) -> list[LoadedNotice]:
    """Load and validate every notice; any problem stops the build before anything is written."""
    with batch.no_collections():
        result = load_notices(paths)
    if not result.ok:
        errors = [problem for problem in result.problems if problem.level == "error"]
        raise problems_error("invalid", errors)
    if not result.notices:
        raise UsageError(f"no notices found in {', '.join(str(path) for path in paths)}")
    return sorted(result.notices, key=lambda item: item.notice.id)


def refuse_lint_errors(loaded: list[LoadedNotice]) -> None:
    """`--strict`: run the lint engine and stop at any finding at error level."""
    from noticekit.lint.engine import lint_loaded

    errors = [problem for problem in lint_loaded(loaded) if problem.level == "error"]
    if errors:
        raise problems_error("lint errors", errors, hint="noticekit lint")


def plan(loaded: list[LoadedNotice], languages: list[str] | None) -> list[NoticeJob]:
    """One job per notice, in its own languages (restricted by `--lang`); ids must be unique."""
    check_languages(languages, {lang for item in loaded for lang in item.notice.languages})
    check_unique_ids([(item.notice.id, item.doc.display_path) for item in loaded])
    jobs = []
    for item in loaded:
        wanted = wanted_languages(item.notice.languages, languages)
        if wanted:
            jobs.append(NoticeJob(item.doc, item.notice, wanted))
    return jobs


def wanted_languages(published: list[str], languages: list[str] | None) -> list[str]:
    """A notice's languages that `--lang` asks for (all of them without `--lang`)."""
    return [lang for lang in published if languages is None or lang in languages]


def check_languages(languages: list[str] | None, published: set[str]) -> None:
    """Every `--lang` must be a language some notice is published in."""
    for lang in languages or ():
        if lang not in published:
            close = difflib.get_close_matches(lang, sorted(published), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            raise UsageError(
                f'--lang "{lang}": no notice is published in it, expected one of {", ".join(sorted(published))}{hint}'
            )


def check_unique_ids(notices: list[tuple[str, str]]) -> None:
    """(id, file) pairs in id order: the first id used twice is a build error naming both files."""
    seen: dict[str, str] = {}
    for notice_id, display_path in notices:
        if notice_id in seen:
            raise BuildError(
                f'notice id "{notice_id}" is used twice: {seen[notice_id]} and {display_path}'
            )
        seen[notice_id] = display_path


def select_renderers(formats: list[str] | None, templates: Path | None) -> list[Renderer]:
    """The renderers for `--format` (all by default), in the registry's order."""
    for name in formats or ():
        if name not in RENDERERS:
            close = difflib.get_close_matches(name, list(RENDERERS), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            raise UsageError(f'--format "{name}": expected one of {", ".join(RENDERERS)}{hint}')
    return [
        factory(templates)
        for name, factory in RENDERERS.items()
        if formats is None or name in formats
    ]


def finish(jobs: list[NoticeJob], renderers: list[Renderer]) -> Iterator[Output]:
    """The site-wide files (the index), once every notice is rendered."""
    for renderer in renderers:
        yield from renderer.finish(jobs)


def problems_error(
    what: str, problems: list[Problem], hint: str = "noticekit validate"
) -> BuildError:
    count = len(problems)
    lines = "\n".join(str(problem) for problem in problems)
    noun = "notice problem" if count == 1 else "notice problems"
    return BuildError(f"{count} {noun} ({what}); nothing was built; see `{hint}`\n{lines}")
