"""Every version a notice was published in: from its git history, and from its change history.

A version from git is the notice as the last commit that carried that version number left it
(commits whose file does not match the schema are skipped: they were never published). The
current version is the file as it is now. Versions that only the notice's `changes.history`
names (history from before git) come first, without a text. Nothing is read but git objects
and the current file, so the result is the same on every machine.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from pathlib import Path
from typing import Literal

from noticekit.diff.sources import model_of
from noticekit.history import git
from noticekit.load import load_bytes
from noticekit.load.source import SourceDocument
from noticekit.models import Change
from noticekit.models import Notice

Source = Literal["git", "working tree", "change history"]
UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclasses.dataclass(frozen=True)
class PublishedVersion:
    """One version: its number, the notice as it stood (None when only the change history names
    it), where it comes from, the commit that last carried it, when the version first appeared."""

    version: str
    source: Source
    notice: Notice | None = None
    doc: SourceDocument | None = None
    commit: str | None = None
    first_seen: dt.date | None = None
    entry: Change | None = None

    @property
    def effective_date(self) -> dt.date | None:
        """When this version took effect: its effective date, else its change-history date."""
        if self.notice is not None and self.notice.effective_date is not None:
            return self.notice.effective_date
        return self.entry.date if self.entry is not None else None

    @property
    def start(self) -> dt.date | None:
        """When it took effect, or failing that when it was first committed."""
        return self.effective_date or self.first_seen


def commit_date(seconds: int) -> dt.date:
    """A commit time as its UTC date."""
    return dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date()


def from_git(root: Path, file: Path) -> list[PublishedVersion]:
    """The versions in the file's git history, oldest first: each one as its last commit left it.

    A version number used again after another one counts from where it is used again.
    """
    commits = git.file_log(root, git.repo_path(root, file))
    blobs = git.read_blobs(root, [f"{commit.sha}:{commit.path}" for commit in commits])
    runs: list[PublishedVersion] = []
    for commit, raw in zip(commits, blobs, strict=True):
        doc = load_bytes(Path(f"{commit.sha[:12]}:{commit.path}"), raw)[0] if raw else None
        notice = model_of(doc)[0] if doc is not None else None
        if notice is None:
            continue
        if runs and runs[-1].version == notice.version:
            runs[-1] = dataclasses.replace(runs[-1], notice=notice, doc=doc, commit=commit.sha)
        else:
            first = commit_date(commit.time)
            runs.append(PublishedVersion(notice.version, "git", notice, doc, commit.sha, first))
    latest = {item.version: index for index, item in enumerate(runs)}
    return [item for index, item in enumerate(runs) if latest[item.version] == index]


def history_entries(notice: Notice) -> dict[str, Change]:
    """The notice's change-history entries that name a version, by version (newest wins)."""
    entries: dict[str, Change] = {}
    history = notice.changes.history if notice.changes else []
    for entry in sorted(history, key=lambda item: item.date):
        if entry.version is not None:
            entries[entry.version] = entry
    return entries


def versions(
    notice: Notice, doc: SourceDocument, root: Path | None, file: Path
) -> list[PublishedVersion]:
    """Every version of the notice, oldest first, the current one (the file now) last."""
    entries = history_entries(notice)
    found = from_git(root, file) if root is not None else []
    last = found[-1] if found and found[-1].version == notice.version else None
    found = [item for item in found if item.version != notice.version]
    known = {item.version for item in found} | {notice.version}
    older = [
        PublishedVersion(version, "change history", entry=entry)
        for version, entry in sorted(entries.items(), key=lambda item: item[1].date)
        if version not in known
    ]
    same = last is not None and last.doc is not None and last.doc.text == doc.text
    current = PublishedVersion(
        notice.version,
        "git" if same else "working tree",
        notice,
        doc,
        last.commit if same and last else None,
        last.first_seen if last else None,
    )
    with_entries = [
        dataclasses.replace(item, entry=entries.get(item.version)) for item in [*found, current]
    ]
    return [*older, *with_entries]


def slug(version: str) -> str:
    """The version as a folder name: letters, digits, `.`, `_` and `-`; anything else a `-`."""
    name = UNSAFE.sub("-", version).strip("-") or "version"
    return f"v{name}" if name.strip(".") == "" or name.startswith(".") else name


def slugs(items: list[PublishedVersion]) -> list[str]:
    """A distinct folder name for each version (a clash gets `-2`, `-3`, ... in order)."""
    taken: set[str] = set()
    names = []
    for item in items:
        base = name = slug(item.version)
        number = 1
        while name in taken:
            number += 1
            name = f"{base}-{number}"
        taken.add(name)
        names.append(name)
    return names
