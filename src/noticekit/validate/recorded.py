"""How a build loads and validates each notice file (`FileCheck`), and the check of
`noticekit build` (`RecordedNotices`), which does not validate again what the previous build found
valid.

The previous build of a site recorded, in its manifest (`write.manifest`), the `NoticeFacts` of
every valid notice, by a key that hashes all validation depends on: noticekit itself (its version
and the bytes of its code and data), the file's path (as given and as resolved: the id must match
its folder) and the file's bytes. A file with the same key is read but neither parsed nor
validated: its facts stand for it until a stage needs its model (`LoadedNotice.unchanged`). Any
other file is checked as `check_file` checks it.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

from noticekit.load.files import read_bytes
from noticekit.load.yaml_errors import YamlProblem
from noticekit.problems import Problem
from noticekit.validate.facts import NoticeFacts
from noticekit.validate.notices import Checked
from noticekit.validate.notices import LoadedNotice
from noticekit.validate.notices import check_bytes
from noticekit.validate.notices import check_file


class FileCheck(Protocol):
    """How a build loads and validates its notice files. `known` and `record` run in the build's
    process; `check` may run in a forked worker, so it keeps nothing: the build records what it
    found."""

    def known(self, path: Path) -> Checked | None:
        """The file's notice (as its facts) or problems, if known without parsing it; else None."""
        ...

    def check(self, path: Path) -> Checked:
        """Load and validate the file (or take what is known of it)."""
        ...

    def record(
        self, path: Path, digest: str, facts: NoticeFacts | None, problems: list[Problem]
    ) -> None:
        """Keep what `check` found: the valid notice's facts (None if it is not valid, and its
        `problems`), for a file with bytes of `digest`."""
        ...


class RecordedNotices:
    """A `FileCheck` that does not validate a file recorded valid in `recorded` again; `made`
    holds the notices to record for the next build, by key."""

    def __init__(self, code: str, recorded: Mapping[str, NoticeFacts] | None = None) -> None:
        #: The digest of noticekit itself (`render.keys.noticekit_digest`).
        self.code = code
        self.recorded: Mapping[str, NoticeFacts] = recorded or {}
        self.made: dict[str, NoticeFacts] = {}

    def known(self, path: Path) -> Checked | None:
        """The notice of a file recorded valid with the same key (and it is kept for the next
        build); None for any other."""
        if not self.recorded:
            return None
        try:
            raw = read_bytes(path)
        except YamlProblem:
            return None  # `check` says why it cannot be read
        digest = hashlib.sha256(raw).hexdigest()
        key = self.key(path, digest)
        facts = self.recorded.get(key)
        if facts is None:
            return None
        self.made[key] = facts
        return LoadedNotice.unchanged(path, digest, facts), []

    def check(self, path: Path) -> Checked:
        """The file's notice (its recorded facts, or validated) or its problems."""
        try:
            raw = read_bytes(path)
        except YamlProblem:
            return check_file(path)  # which says why it cannot be read
        digest = hashlib.sha256(raw).hexdigest()
        facts = self.recorded.get(self.key(path, digest))
        if facts is None:
            return check_bytes(path, raw)
        return LoadedNotice.unchanged(path, digest, facts), []

    def record(
        self, path: Path, digest: str, facts: NoticeFacts | None, problems: list[Problem]
    ) -> None:
        del problems  # an invalid file stops the build: nothing of it is recorded
        if facts is not None:
            self.made[self.key(path, digest)] = facts

    def key(self, path: Path, digest: str) -> str:
        """What validating the file at `path` with bytes of `digest` depends on, hashed."""
        parts = (self.code, os.fspath(path), os.path.realpath(path), digest)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def facts(self) -> dict[str, NoticeFacts]:
        """The facts of every valid notice of the build, by key: for the manifest of the new
        site."""
        return dict(self.made)
