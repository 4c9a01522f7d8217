"""A notice's archive: its versions, oldest first, each with its folder, its address (IRI) and what
changed since the version before (the semantic diff), ready for the pages, the feed and the JSON-LD.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from noticekit.diff.compare import diff_notice
from noticekit.diff.model import NoticeDiff
from noticekit.history.versions import PublishedVersion
from noticekit.history.versions import slugs
from noticekit.history.versions import versions
from noticekit.load.source import SourceDocument
from noticekit.models import Notice

URN_PREFIX = "urn:noticekit:"


@dataclasses.dataclass(eq=False)
class ArchivedVersion:
    """One version in the archive: where it lives, what it replaced, its changes, what followed."""

    published: PublishedVersion
    slug: str
    iri: str
    diff: NoticeDiff | None
    previous: ArchivedVersion | None = dataclasses.field(default=None, repr=False)
    following: ArchivedVersion | None = dataclasses.field(default=None, repr=False)

    @property
    def version(self) -> str:
        return self.published.version

    @property
    def first(self) -> bool:
        """The oldest version known: nothing to compare it with."""
        return self.previous is None


@dataclasses.dataclass
class NoticeArchive:
    """Every version of one notice, oldest first; the last one is the current notice."""

    notice: Notice
    languages: list[str]
    entries: list[ArchivedVersion]

    @property
    def work_iri(self) -> str:
        """The notice as a whole, of which each version is a version (its JSON-LD `@id`)."""
        return self.notice.canonical_url or f"{URN_PREFIX}{self.notice.id}"

    @property
    def current(self) -> ArchivedVersion:
        return self.entries[-1]


def version_iri(notice_id: str, slug: str) -> str:
    """A version's stable identifier, for consent records: `urn:noticekit:<id>:version:<v>`."""
    return f"{URN_PREFIX}{notice_id}:version:{slug}"


def read_archive(
    notice: Notice, doc: SourceDocument, root: Path, file: Path, languages: list[str]
) -> NoticeArchive:
    """The notice's archive from git (the file at `root`) and from its change history."""
    found = versions(notice, doc, root, file)
    entries: list[ArchivedVersion] = []
    for item, name in zip(found, slugs(found), strict=True):
        previous = entries[-1] if entries else None
        diff = None
        if previous is not None and previous.published.notice and item.notice:
            diff = diff_notice(previous.published.notice, item.notice)
        entries.append(ArchivedVersion(item, name, version_iri(notice.id, name), diff, previous))
    for earlier, later in zip(entries, entries[1:], strict=False):
        earlier.following = later
    return NoticeArchive(notice, languages, entries)
