"""Each notice file loaded and validated once per version, for as long as `serve` runs.

A rebuild after an edit checks again only the files whose bytes may have changed: those the
watcher named, and any whose size, modification time, change time or inode differ from when it
was read (a file changed while nobody watched). The others keep their validated notice, or
their problems, from the build that read them.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from noticekit.problems import Problem
from noticekit.validate import Checked
from noticekit.validate import LoadedNotice
from noticekit.validate import check_file
from noticekit.validate.facts import NoticeFacts

Stamp = tuple[int, int, int, int, int]


def stamp(path: Path) -> Stamp | None:
    """What changes whenever a file's bytes do (short of a clock that stood still); None if the
    file cannot be read."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns


class KnownNotices:
    """A `FileCheck` (`validate.recorded`) that keeps what it found of each file for as long as
    its stamp holds; `forget(paths)` drops the files named."""

    def __init__(self) -> None:
        #: Each file's stamp, and its bytes' digest and facts (valid) or problems (not valid).
        self._known: dict[str, tuple[Stamp, str, NoticeFacts | None, list[Problem]]] = {}
        #: The stamp of each file asked for and not known, before it was read.
        self._pending: dict[str, Stamp] = {}
        #: The absolute path of each file checked, as the watcher names it, to the key used here.
        self._keys: dict[str, str] = {}
        #: How many files builds loaded and validated (for tests and the benchmark).
        self.checked = 0

    def known(self, path: Path) -> Checked | None:
        """The file's notice or problems as last checked, unless it may have changed since."""
        key = os.fspath(path)
        now = stamp(path)
        found = self._known.get(key)
        if found is not None and now is not None and found[0] == now:
            _, digest, facts, problems = found
            loaded = None if facts is None else LoadedNotice.unchanged(path, digest, facts)
            return loaded, problems
        self._keys[os.path.abspath(key)] = key
        if now is None:
            self._pending.pop(key, None)
        else:
            self._pending[key] = now
        return None

    def check(self, path: Path) -> Checked:
        return check_file(path)

    def record(
        self, path: Path, digest: str, facts: NoticeFacts | None, problems: list[Problem]
    ) -> None:
        """Keep what was found, if the file has the stamp it had before it was read (a file
        changed while being read is checked next time)."""
        self.checked += 1
        key = os.fspath(path)
        before = self._pending.pop(key, None)
        if before is not None and before == stamp(path):
            self._known[key] = (before, digest, facts, problems)

    def forget(self, paths: Iterable[Path]) -> None:
        """Check these files again at the next build (the watcher saw them change)."""
        for path in paths:
            key = self._keys.pop(os.path.abspath(path), None)
            if key is not None:
                self._known.pop(key, None)
