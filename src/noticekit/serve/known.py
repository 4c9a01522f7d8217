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
from noticekit.validate import LoadedNotice
from noticekit.validate import check_file

Checked = tuple[LoadedNotice | None, list[Problem]]
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
    """`check(path)`: `validate.check_file` as a memo; `forget(paths)` drops the files named."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[Stamp, Checked]] = {}
        #: The absolute path of each file checked, as the watcher names it, to the key used here.
        self._keys: dict[str, str] = {}
        #: How many files builds loaded and validated (for tests and the benchmark).
        self.checked = 0

    def check(self, path: Path) -> Checked:
        """The file's notice or problems, checked again only if it may have changed."""
        key = os.fspath(path)
        now = stamp(path)
        found = self._known.get(key)
        if found is not None and now is not None and found[0] == now:
            return found[1]
        self.checked += 1
        self._keys[os.path.abspath(key)] = key
        checked = check_file(path)
        if now is None or now != stamp(path):  # changed while being read: check it next time
            self._known.pop(key, None)
        else:
            self._known[key] = (now, checked)
        return checked

    def forget(self, paths: Iterable[Path]) -> None:
        """Check these files again at the next build (the watcher saw them change)."""
        for path in paths:
            key = self._keys.pop(os.path.abspath(path), None)
            if key is not None:
                self._known.pop(key, None)
