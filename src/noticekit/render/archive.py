"""The archive of earlier versions, from git: the one hook `noticekit build` calls after its pages.

For each notice it publishes, beside the current pages: every version under
`<id>/<lang>/versions/<version>/` (its pages, with a note; `<id>/versions/<version>/notice.jsonld`),
`versions/index.html` (every version, its date, material or editorial, what changed),
`versions/<version>/changes.html` (the full diff) and `feed.atom`. Everything comes from git
objects and the current file, so two builds of one commit are byte-identical.

A notice outside a git repository, or in a shallow clone, gets its current pages only and the
build one warning; `--history require` makes that an error, `--no-history` skips the archive.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from typing import Any
from typing import Protocol

from jinja2 import Environment

from noticekit import i18n
from noticekit.console import say
from noticekit.each_notice import wanted_languages
from noticekit.errors import BuildError
from noticekit.history import git
from noticekit.load.source import SourceDocument
from noticekit.render import html
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.base import Renderer
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.render.env import use_language
from noticekit.render.keys import CacheKeys
from noticekit.write import SiteWriter

if TYPE_CHECKING:  # the archive's pages are made only when a notice or its history changed
    from noticekit.diff.wording import Wording
    from noticekit.history.archive import ArchivedVersion
    from noticekit.history.archive import NoticeArchive

HISTORY_MODES = ("auto", "require", "off")
FETCH_ADVICE = (
    "fetch the whole history to publish earlier versions (`git fetch --unshallow`; in GitHub "
    "Actions, actions/checkout with `fetch-depth: 0`), or build with --no-history"
)


class Options(Protocol):
    """What the archive needs of `noticekit build`'s options (`noticekit.pipeline.BuildOptions`)."""

    @property
    def languages(self) -> list[str] | None: ...

    @property
    def templates(self) -> Path | None: ...

    @property
    def history(self) -> str: ...


class Repositories:
    """The git work tree of each notice file, checked once per repository, and what is missing."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.roots: list[Path] = []
        #: folder of notices -> why its notices have no history (asked once per folder)
        self.without: dict[Path, str] = {}
        self.missing: dict[str, str] = {}

    def root(self, file: Path) -> Path | None:
        """The repository holding `file` with its full history, or None (noted, or an error)."""
        where = file.resolve()
        for root in self.roots:
            if where.is_relative_to(root):
                return root
        problem = self.without.get(where.parent.parent)
        if problem is None:
            found = git.work_tree(file.parent)
            if found is not None and not found.shallow:
                self.roots.append(found.root.resolve())
                return found.root
            problem = "not in a git repository" if found is None else "in a shallow git clone"
            self.without[where.parent.parent] = problem
        if self.mode == "require":
            raise BuildError(f"{file}: no history for --history require: {problem}; {FETCH_ADVICE}")
        self.missing.setdefault(problem, SourceDocument(file, None).display_path)
        return None

    def warn(self) -> None:
        """One line on standard error when some notice had no history."""
        if self.missing:
            where = "; ".join(f"{file} is {problem}" for problem, file in self.missing.items())
            say(
                f"warning: earlier versions are not published ({where}): {FETCH_ADVICE}", sys.stderr
            )


def links_versions(file: Path, repositories: Repositories, formats: list[str]) -> bool:
    """Whether the build publishes the list of versions and the feed of the notice in `file`, so
    that its current pages link to them: history on, HTML built, and the file in a git repository
    with its whole history (the same `repositories` then give `write_archives` its archive)."""
    if repositories.mode == "off" or "html" not in formats:
        return False
    return repositories.root(file) is not None


def write_archives(
    jobs: list[NoticeJob],
    renderers: list[Renderer],
    options: Options,
    site: SiteWriter,
    cache: RenderCache,
    keys: CacheKeys,
    repositories: Repositories,
) -> None:
    """The archive of every notice in `jobs` into `site`; each taken from `cache` while neither
    the notice nor the commits that changed its file (nor any build-wide input) changed."""
    if options.history == "off":
        return
    env = None
    for job, root, key in archive_keys(jobs, repositories, keys):
        if cache.reuse(key, site):
            continue
        if env is None and any(renderer.format == "html" for renderer in renderers):
            env = html.html_environment(options.templates)
        outputs = archive_outputs(job, root, renderers, options.languages, env)
        cache.put(key, NoticeFiles(tuple(site.write(output) for output in outputs)))
    repositories.warn()


def archive_keys(
    jobs: list[NoticeJob], repositories: Repositories, keys: CacheKeys
) -> list[tuple[NoticeJob, Path, str]]:
    """Each notice with a history: its repository and the key of its archive, which holds the
    notice and the newest commit that changed its file (all the archive reads of git is that
    commit and those before it), asked by one `git log` per repository."""
    placed = []
    for job in jobs:
        root = repositories.root(job.path)
        if root is not None:
            placed.append((job, root, git.repo_path(root, job.path)))
    changed: dict[Path, dict[str, str]] = {}
    for root in dict.fromkeys(root for _, root, _ in placed):
        changed[root] = git.last_changes(root, [path for _, at, path in placed if at == root])
    return [
        (job, root, keys.archive(job, changed[root].get(path, ""), path))
        for job, root, path in placed
    ]


def archive_outputs(
    job: NoticeJob,
    root: Path,
    renderers: list[Renderer],
    languages: list[str] | None,
    env: Environment | None,
) -> Iterator[Output]:
    """Every file of the archive of one notice (`env`: the HTML templates, if HTML is built)."""
    from noticekit.history.archive import read_archive
    from noticekit.render.archive_pages import version_pages

    archive = read_archive(job.notice, job.doc, root, job.doc.path, job.languages)
    for entry in archive.entries:
        published = entry.published.notice
        if published is not None:
            langs = wanted_languages(published.languages, languages)
            yield from version_pages(archive, entry, langs, renderers)
    if env is not None:
        yield from index_pages(archive, env)


def index_pages(archive: NoticeArchive, env: Environment) -> Iterator[Output]:
    """The list of versions, the changes of each, and the feed, in each language."""
    from noticekit.diff.wording import Wording
    from noticekit.render.archive_feed import feed
    from noticekit.render.archive_pages import VERSIONS
    from noticekit.render.archive_pages import row

    folder = PurePosixPath(archive.notice.id)
    for lang in archive.languages:
        words = Wording(lang)
        use_language(env, words.translations)
        title = archive.notice.title.get(lang) or next(iter(archive.notice.title.values()))
        common = {"lang": lang, "dir": i18n.text_direction(lang), "title": title}
        rows = [row(entry, lang, words) for entry in reversed(archive.entries)]
        switcher = languages(archive, lang, f"{VERSIONS}/index.html", "../..")
        content = env.get_template("versions.html.j2").render(
            **common, versions=rows, languages=switcher
        )
        yield Output(folder / lang / VERSIONS / "index.html", content)
        for entry in archive.entries:
            if entry.diff is not None and entry.previous is not None:
                yield Output(
                    folder / lang / VERSIONS / entry.slug / "changes.html",
                    changes_page(archive, entry, lang, words, env, common),
                )
        yield Output(folder / lang / "feed.atom", feed(archive, lang, title))


def changes_page(
    archive: NoticeArchive,
    entry: ArchivedVersion,
    lang: str,
    words: Wording,
    env: Environment,
    common: dict[str, Any],
) -> str:
    """The page of everything that changed in `entry` since the version before."""
    from noticekit.render.archive_pages import VERSIONS
    from noticekit.render.archive_pages import change_row

    assert entry.diff is not None and entry.previous is not None
    published = entry.published.notice
    switcher = languages(archive, lang, f"{VERSIONS}/{entry.slug}/changes.html", "../../..")
    return env.get_template("changes.html.j2").render(
        **common,
        languages=switcher,
        version=entry.version,
        previous=entry.previous.version,
        changes=[change_row(change, words, entry.diff) for change in entry.diff.changes],
        page_href="index.html" if published and lang in published.languages else None,
    )


def languages(archive: NoticeArchive, lang: str, page: str, up: str) -> list[dict[str, Any]]:
    """The language switcher of an archive page: the same page (`page`) in the other languages."""
    return [
        {
            "tag": tag,
            "name": i18n.language_name(tag, tag),
            "current": tag == lang,
            "href": f"{up}/{tag}/{page}",
        }
        for tag in archive.languages
    ]
