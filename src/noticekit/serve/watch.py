"""Watching the sources of the site with `watchfiles` (Rust `notify`: inotify, FSEvents, ...)."""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Iterator
from pathlib import Path

from watchfiles import Change
from watchfiles import DefaultFilter
from watchfiles import watch

#: Milliseconds. watchfiles looks at the changes its Rust thread gathered every `STEP_MS` and
#: yields them once a look finds no new one: a save is seen 1 to 2 steps after it is written.
#: The default step (50) would add 50-100 ms to every edit, and 5 ms costs 200 short wake-ups
#: a second. A save in several writes to one file is still one change (watchfiles gathers
#: changes as a set); should a rebuild read a file half-written, the rest of the write is a new
#: change and rebuilds again. `DEBOUNCE_MS` caps the grouping while changes keep coming (a git
#: checkout): the default (1,600) would hold a rebuild back for up to 1.6 s.
STEP_MS = 5
DEBOUNCE_MS = 300
#: Where the configuration may live, in the folder `serve` was started in.
CONFIG_FILES = ("noticekit.toml", "pyproject.toml")


def watched_paths(paths: list[Path], templates: Path | None, config_dir: Path) -> list[Path]:
    """The notices (files or folders), the templates folder and the configuration, if they exist."""
    found = [*paths, *([templates] if templates is not None else [])]
    found += [config_dir / name for name in CONFIG_FILES]
    return [path for path in found if path.exists()]


class OnlyFiles(DefaultFilter):
    """Changes to the named files only (their folder is watched: editors replace a file on save)."""

    def __init__(self, files: list[Path]) -> None:
        super().__init__()
        self.files = {os.path.realpath(file) for file in files}

    def __call__(self, change: Change, path: str) -> bool:
        return os.path.realpath(path) in self.files and super().__call__(change, path)


class Watcher:
    """Watch `paths` in background threads from `start()`; `changes()` yields each group of changes.

    Folders are watched with everything in them; a file through its own folder, not recursively.
    Editor swap files and the like are ignored (watchfiles' default filter).
    """

    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths
        self._stop = threading.Event()
        self._found: queue.Queue[set[Path]] = queue.Queue()

    def start(self) -> Watcher:
        """Start watching (before the first build, so that no save during it is missed)."""
        folders = [path for path in self.paths if path.is_dir()]
        files = [path for path in self.paths if not path.is_dir()]
        if folders:
            self._spawn(folders, DefaultFilter(), recursive=True)
        if files:
            self._spawn(sorted({file.parent for file in files}), OnlyFiles(files), recursive=False)
        return self

    def changes(self) -> Iterator[set[Path]]:
        """Each group of changed files (those seen during a rebuild merged), until `stop()`."""
        while not self._stop.is_set():
            try:
                group = self._found.get(timeout=0.2)
            except queue.Empty:
                continue
            while not self._found.empty():
                group |= self._found.get_nowait()
            yield group

    def stop(self) -> None:
        self._stop.set()

    def _spawn(self, roots: list[Path], only: DefaultFilter, *, recursive: bool) -> None:
        thread = threading.Thread(target=self._watch, args=(roots, only, recursive), daemon=True)
        thread.start()

    def _watch(self, roots: list[Path], only: DefaultFilter, recursive: bool) -> None:
        for group in watch(
            *roots,
            watch_filter=only,
            step=STEP_MS,
            debounce=DEBOUNCE_MS,
            stop_event=self._stop,
            recursive=recursive,
            raise_interrupt=False,
        ):
            self._found.put({Path(path) for _change, path in group})
