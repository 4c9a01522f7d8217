"""The build as one straight sequence (`build`): discover; inside the staging folder, each notice
on its own (load and validate, lint with --strict, render: `each_notice`); plan the site from what
each notice left (its facts); write the site-wide files, the archive and the manifest; swap."""

from __future__ import annotations

import dataclasses
import difflib
from collections.abc import Callable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING
from typing import cast

from noticekit.each_notice import NoticeWork
from noticekit.each_notice import notice_stage
from noticekit.each_notice import wanted_languages
from noticekit.errors import BuildError
from noticekit.errors import UsageError
from noticekit.load import discover
from noticekit.render import RENDERERS
from noticekit.render.archive import Repositories
from noticekit.render.archive import links_versions
from noticekit.render.archive import write_archives
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.cache import RenderCache
from noticekit.render.keys import CacheKeys
from noticekit.render.keys import noticekit_digest
from noticekit.validate import LoadedNotice
from noticekit.validate.recorded import FileCheck
from noticekit.validate.recorded import RecordedNotices
from noticekit.write import SiteWriter
from noticekit.write import atomic_site
from noticekit.write import tidy_output
from noticekit.write.manifest import read_cache
from noticekit.write.manifest import read_facts
from noticekit.write.manifest import write_manifest

if TYPE_CHECKING:
    from noticekit.lint.config import LintConfig


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
    #: Render every notice, even those the previous build of `out` rendered from the same inputs.
    clean: bool = False


@dataclasses.dataclass(frozen=True)
class BuildReport:
    """What a build wrote: counts for the summary line."""

    notices: int
    languages: list[str]
    formats: list[str]
    files: int


def build(
    paths: list[Path],
    options: BuildOptions,
    progress: Callable[[int, int], None] | None = None,
    cache: RenderCache | None = None,
    site: SiteWriter | None = None,
    check: FileCheck | None = None,
) -> BuildReport:
    """Build the site into `options.out`; on any error the previous output stays as it was.

    Notices whose inputs are unchanged since the previous build of `options.out` (its manifest)
    are neither validated (without --strict) nor rendered again, unless `options.clean`. `serve`
    keeps what a build needs from the one before in memory: the `cache` of its renders, its own
    `site` writer (into a folder of its own: nothing to lock or swap) and the `check` of its
    files.
    """
    files = discover(paths)
    if not files:
        raise UsageError(f"no notices found in {', '.join(str(path) for path in paths)}")
    if site is None:
        tidy_output(options.out, *inputs(paths, options))
    code = noticekit_digest()
    known = earlier_notices(options, code, check is None)
    renderers = select_renderers(options.formats, options.templates)
    formats = [renderer.format for renderer in renderers]
    repositories = Repositories(options.history)
    versions = {file: links_versions(file, repositories, formats) for file in files}
    lint = lint_config() if options.strict else None
    output = (
        atomic_site(options.out, *inputs(paths, options)) if site is None else nullcontext(site)
    )
    with output as writer:
        cache = cache if cache is not None else earlier_renders(writer, options.clean)
        keys = CacheKeys(formats, options.templates, code)
        work = NoticeWork(check or known, renderers, keys, cache, options.languages, versions, lint)
        valid = notice_stage(files, work, writer, progress)
        jobs = plan(valid, options.languages, lambda file: versions.get(file, False))
        write_site_wide(jobs, renderers, writer)
        write_archives(jobs, renderers, options, writer, cache, keys, repositories)
        if site is None:  # `serve` keeps its cache in memory
            write_manifest(writer.staging, cache.made, known.facts())
    languages = sorted({lang for job in jobs for lang in job.languages})
    return BuildReport(len(jobs), languages, formats, writer.count)


def inputs(paths: list[Path], options: BuildOptions) -> tuple[list[Path], list[Path]]:
    """What the build reads, which its output must keep apart from: the notices, the templates."""
    return paths, [options.templates] if options.templates else []


def earlier_renders(site: SiteWriter, clean: bool) -> RenderCache:
    """What the previous site rendered, from its manifest; nothing for `--clean`."""
    return RenderCache() if clean else read_cache(site.previous)


def lint_config() -> LintConfig:
    """`--strict`: the repository's lint configuration, read from the working folder."""
    from noticekit.lint.config import load_config

    return load_config()


def earlier_notices(options: BuildOptions, code: str, used: bool) -> RecordedNotices:
    """The notices the previous build of `options.out` found valid, by the key of their files
    (none if not `used`, for `--clean`, and for `--strict`, whose lint needs every model)."""
    if not used or options.clean or options.strict:
        return RecordedNotices(code)
    return RecordedNotices(code, read_facts(options.out))


def plan(
    loaded: list[LoadedNotice],
    languages: list[str] | None,
    versions: Callable[[Path], bool] = lambda file: False,
) -> list[NoticeJob]:
    """One job per notice, in its own languages (restricted by `--lang`); ids must be unique.
    `versions` says whether a notice file's pages link to its published earlier versions."""
    check_languages(languages, {lang for item in loaded for lang in item.facts.languages})
    check_unique_ids([(item.facts.id, item.display_path) for item in loaded])
    jobs = []
    for item in loaded:
        wanted = wanted_languages(list(item.facts.languages), languages)
        if wanted:
            jobs.append(NoticeJob(item, wanted, versions(item.path)))
    return jobs


def check_languages(languages: list[str] | None, published: set[str]) -> None:
    """Every `--lang` must be a language some notice is published in."""
    for lang in languages or ():
        if lang not in published:
            close = difflib.get_close_matches(lang, sorted(published), n=1)
            hint = f'; did you mean "{close[0]}"?' if close else ""
            expected = ", ".join(sorted(published))
            raise UsageError(
                f'--lang "{lang}": no notice is published in it, expected one of {expected}{hint}'
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
    chosen = [factory for name, factory in RENDERERS.items() if formats is None or name in formats]
    return [cast(Renderer, factory(templates)) for factory in chosen]


def write_site_wide(jobs: list[NoticeJob], renderers: list[Renderer], site: SiteWriter) -> None:
    """The site-wide files (the index), made anew by every build: they are one page."""
    for renderer in renderers:
        for output in renderer.finish(jobs):
            site.write(output)
