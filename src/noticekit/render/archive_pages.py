"""The pages of a notice's archive: each version with its note, the list of versions, the changes.

Each version is rendered with today's templates from the notice as it stood, at
`<id>/<lang>/versions/<version>/`, with a note that says which version superseded it and when, and
links to the current notice. `versions/index.html` lists every version; `<version>/changes.html`
shows everything that changed from the version before, in the page's language.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from noticekit import i18n
from noticekit.diff.model import Change
from noticekit.diff.model import NoticeDiff
from noticekit.diff.shown import values
from noticekit.diff.wording import Wording
from noticekit.diff.wording import counts
from noticekit.history.archive import ArchivedVersion
from noticekit.history.archive import NoticeArchive
from noticekit.i18n.markers import N_
from noticekit.render.archive_jsonld import version_document
from noticekit.render.base import NoticeJob
from noticekit.render.base import Output
from noticekit.render.base import Renderer
from noticekit.render.view.picker import MissingTextsError
from noticekit.render.view.picker import Text
from noticekit.validate import LoadedNotice

VERSIONS = "versions"
#: At most this many labels of material changes in a version's short summary.
SUMMARY_LABELS = 3


@dataclasses.dataclass
class VersionJob(NoticeJob):
    """A job for one archived version: its pages carry the archive note and link to the same version
    in their other languages."""

    archive: NoticeArchive | None = None
    entry: ArchivedVersion | None = None
    html: bool = True

    def page(self, lang: str) -> dict[str, Any]:
        page = super().page(lang)
        if page["archive"] is None and self.archive is not None and self.entry is not None:
            page["archive"] = note(self.archive, self.entry, lang, self.html)
            page["canonical"], page["alternates"] = None, []  # the current page's addresses
            for language in page["languages"]:
                folder = f"../../../{language['tag']}/{VERSIONS}/{self.entry.slug}"
                language["href"], language["md_href"] = (
                    f"{folder}/index.html",
                    f"{folder}/notice.md",
                )
        return page


def note(archive: NoticeArchive, entry: ArchivedVersion, lang: str, html: bool) -> dict[str, Any]:
    """What the archive note of a version's page says and links to, in `lang`."""
    following = entry.following
    date = following.published.start if following is not None else None
    current = "../.." if lang in archive.languages else f"../../../{archive.languages[0]}"
    return {
        "current": following is None,
        "superseded_by": following.version if following is not None else None,
        "superseded_on": i18n.format_date(date, lang) if date else None,
        "iso_superseded_on": date.isoformat() if date else None,
        "current_href": f"{current}/index.html",
        "current_md_href": f"{current}/notice.md",
        "versions_href": "../index.html" if html else None,
        "changes_href": "changes.html" if html and entry.diff is not None else None,
    }


def moved(path: PurePosixPath, slug: str) -> PurePosixPath:
    """`<id>/<lang>/index.html` -> `<id>/<lang>/versions/<slug>/index.html` (and so for JSON-LD)."""
    return PurePosixPath(*path.parts[:-1], VERSIONS, slug, path.parts[-1])


def renderable(job: VersionJob) -> list[str]:
    """The job's languages in which the version has every text (or its fallback)."""
    ready = []
    for lang in job.languages:
        try:
            job.page(lang)
        except MissingTextsError:
            continue
        ready.append(lang)
    return ready


def version_pages(
    archive: NoticeArchive, entry: ArchivedVersion, languages: list[str], renderers: list[Renderer]
) -> Iterator[Output]:
    """The version's pages in every format built, each under `versions/<version>/`."""
    doc, notice = entry.published.doc, entry.published.notice
    assert notice is not None and doc is not None
    html = any(renderer.format == "html" for renderer in renderers)

    def job(langs: list[str]) -> VersionJob:
        made = VersionJob(LoadedNotice(doc, notice), langs, archive=archive, entry=entry, html=html)
        made.jsonld = version_document(archive, entry)
        return made

    ready = job(languages)
    shown = renderable(ready)
    if shown != languages:
        ready = job(shown)
    for renderer in renderers:
        if renderer.format == "jsonld":
            yield Output(
                moved(PurePosixPath(archive.notice.id, "notice.jsonld"), entry.slug), ready.jsonld
            )
        elif shown:
            for output in renderer.render(ready):
                yield Output(moved(output.path, entry.slug), output.content)


def summary(entry: ArchivedVersion, words: Wording) -> str:
    """What changed in a version, in a line: counts, and the first labels of material changes."""
    if entry.published.notice is None:
        return words(N_("Known only from the change history in the notice."))
    if entry.previous is None:
        return words(N_("The first version in the history."))
    if entry.diff is None:
        return words(N_("The version before has no text to compare with."))
    material, editorial = counts(entry.diff)
    labels = list(dict.fromkeys(words.label(change) for change in entry.diff.material_changes))
    shown = ", ".join(labels[:SUMMARY_LABELS]) + (", …" if len(labels) > SUMMARY_LABELS else "")
    first = f"{words('Material changes')}: {material}" + (f" ({shown})" if shown else "")
    return f"{first} · {words('Editorial changes')}: {editorial}"


def verdict(entry: ArchivedVersion, words: Wording) -> str:
    if entry.diff is None:
        return words(N_("not known")) if entry.published.notice is None else "–"
    return words(N_("material")) if entry.diff.material else words(N_("editorial"))


def source(entry: ArchivedVersion, words: Wording) -> str:
    """Where the archive entry comes from: a git commit, the working tree, the change history."""
    published = entry.published
    if published.source == "git" and published.commit:
        return words(N_("git commit %(commit)s"), commit=published.commit[:12])
    if published.source == "working tree":
        return words(N_("the working tree (not committed)"))
    return words(N_("the change history in the notice"))


def own_words(entry: ArchivedVersion, lang: str) -> Text | None:
    """The notice's own summary of the version (its change-history entry), in `lang` if given."""
    history = entry.published.entry
    if history is None:
        return None
    if lang in history.summary:
        return Text(history.summary[lang])
    first = next(iter(history.summary))
    return Text(history.summary[first], first)


def row(entry: ArchivedVersion, lang: str, words: Wording) -> dict[str, Any]:
    """One version in the list of versions."""
    date = entry.published.effective_date
    has_page = entry.published.notice is not None and lang in entry.published.notice.languages
    return {
        "version": entry.version,
        "href": f"{entry.slug}/index.html" if has_page else None,
        "effective_date": i18n.format_date(date, lang) if date else None,
        "iso_date": date.isoformat() if date else None,
        "verdict": verdict(entry, words),
        "material": bool(entry.diff and entry.diff.material),
        "summary": summary(entry, words),
        "changes_href": f"{entry.slug}/changes.html" if entry.diff is not None else None,
        "own_words": own_words(entry, lang),
        "source": source(entry, words),
        "current": entry.following is None,
        "iri": entry.iri,
    }


def change_row(change: Change, words: Wording, diff: NoticeDiff) -> dict[str, Any]:
    """One change on a changes page, in plain words."""
    before, after = values(change, words.lang, diff)
    return {
        "label": words.label(change),
        "path": change.path,
        "verdict": words.verdict(change),
        "material": change.material,
        "override": words.overridden(change),
        "before": before,
        "after": after,
        "basis": words.basis(change),
    }
