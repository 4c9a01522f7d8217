"""A build's `FileCheck` that does not validate again what the previous build found valid.

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

from noticekit.load.files import read_bytes
from noticekit.load.yaml_errors import YamlProblem
from noticekit.problems import Problem
from noticekit.validate.facts import NoticeFacts
from noticekit.validate.notices import LoadedNotice
from noticekit.validate.notices import check_bytes
from noticekit.validate.notices import check_file


class RecordedNotices:
    """`check(path)`: `check_file`, but a file recorded valid in `recorded` is not validated
    again; `made` holds the notices to record for the next build, by key."""

    def __init__(self, code: str, recorded: Mapping[str, NoticeFacts] | None = None) -> None:
        #: The digest of noticekit itself (`render.keys.noticekit_digest`).
        self.code = code
        self.recorded: Mapping[str, NoticeFacts] = recorded or {}
        self.made: dict[str, LoadedNotice] = {}

    def check(self, path: Path) -> tuple[LoadedNotice | None, list[Problem]]:
        """The file's notice (its recorded facts, or validated) or its problems."""
        try:
            raw = read_bytes(path)
        except YamlProblem:
            return check_file(path)  # which says why it cannot be read
        digest = hashlib.sha256(raw).hexdigest()
        key = self.key(path, digest)
        facts = self.recorded.get(key)
        if facts is None:
            loaded, problems = check_bytes(path, raw)
        else:
            loaded, problems = LoadedNotice.unchanged(path, digest, facts), []
        if loaded is not None:
            self.made[key] = loaded
        return loaded, problems

    def key(self, path: Path, digest: str) -> str:
        """What validating the file at `path` with bytes of `digest` depends on, hashed."""
        parts = (self.code, os.fspath(path), os.path.realpath(path), digest)
        return hashlib.sha256("\0".join(parts).encode()).hexdigest()

    def facts(self) -> dict[str, NoticeFacts]:
        """The facts of every valid notice checked, by key: for the manifest of the new site."""
        return {key: loaded.facts for key, loaded in self.made.items()}
