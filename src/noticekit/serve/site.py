"""The served site: built by the pipeline into a private temporary folder, rebuilt on change.

Between rebuilds `serve` keeps in memory what a rebuild need not redo: each notice file's
validated notice (`KnownNotices`), the render cache of the last good build and the map of its
files (`ServedSite`). A rebuild after an edit loads, validates and renders that notice alone,
writes its files and the site index into a new folder, and serves every other file from where an
earlier build wrote it.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from noticekit.errors import NoticekitError
from noticekit.errors import UsageError
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.batch import PARALLEL_FROM
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.serve.known import KnownNotices
from noticekit.serve.served import FileMap
from noticekit.serve.served import ServedSite
from noticekit.serve.served import folders_of

#: The preview shows the notices as they are being edited; the archive of their earlier versions
#: (read from git, unchanged by an edit) is left to `noticekit build`.
HISTORY = "off"


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What the server shows: the files of the last build, or the problems that stopped it."""

    generation: int
    files: FileMap = dataclasses.field(default_factory=dict)
    problems: str | None = None
    notices: int = 0
    folders: frozenset[str] = frozenset()

    def find(self, path: str) -> Path | None:
        """The file at the site path `path` (`id/en/index.html`), or None."""
        folder = self.files.get(path)
        return None if folder is None else Path(folder, path)


def keep_out_of_collections() -> None:
    """After a build that loaded or rendered many notices (the first of a big site; a template
    change, whose forked workers end with `gc.unfreeze`): collect its garbage, then freeze what
    stays (the validated notices, their documents, the compiled templates), so that no later
    collection walks it. A full collection over 300 notices takes about 100 ms, which an edit
    would otherwise wait for now and then. What a later rebuild replaces is still freed (by
    reference counting); the small rebuilds after an edit are left to the collector."""
    gc.collect()
    gc.freeze()


class LiveSite:
    """A site rebuilt on demand into `<private>/build-<n>`; readers take `snapshot` and keep it.

    The private folder is made by `tempfile.mkdtemp` and `close()` removes it, with every build
    in it; nothing else is written or removed.
    """

    def __init__(
        self, paths: list[Path], languages: list[str] | None = None, templates: Path | None = None
    ) -> None:
        self.paths = paths
        self.languages = languages
        self.templates = templates
        self.private = Path(tempfile.mkdtemp(prefix="noticekit-serve-"))
        self.snapshot = Snapshot(0)
        self._before = self.snapshot
        self.known = KnownNotices()
        #: The last good build: its render cache and the map of its files.
        self.renders: dict[str, NoticeFiles] = {}
        self.files: FileMap = {}
        self._builds = 0
        self._lock = threading.Lock()

    def rebuild(self, changed_paths: Iterable[Path] = ()) -> Snapshot:
        """Build the site again after `changed_paths` changed (all of it on the first call).

        The one place `serve` builds. A notice problem, a missing text or a broken template
        becomes the snapshot's `problems`; the server keeps running. A bad path or option raises
        UsageError on the first build.
        """
        with self._lock:
            self.known.forget(changed_paths)
            self._builds += 1
            previous = self.snapshot
            try:
                snapshot = self._build(
                    self.private / f"build-{self._builds}", previous.generation + 1
                )
            except UsageError as error:
                if previous.generation == 0:
                    raise
                snapshot = Snapshot(previous.generation + 1, problems=error.format_message())
            except NoticekitError as error:
                snapshot = Snapshot(previous.generation + 1, problems=error.format_message())
            except OSError as error:  # a file the system refused: named, as the CLI names it
                snapshot = Snapshot(previous.generation + 1, problems=str(error))
            self.snapshot, self._before = snapshot, previous
            return snapshot

    def _build(self, folder: Path, generation: int) -> Snapshot:
        """One build through the pipeline, with what the last good build left in memory."""
        folder.mkdir()
        site = ServedSite(folder, self.files)
        cache = RenderCache(self.private, self.renders)
        options = BuildOptions(
            out=folder, languages=self.languages, templates=self.templates, history=HISTORY
        )
        checked = self.known.checked
        report = build(self.paths, options, cache=cache, site=site, check=self.known)
        self.renders, self.files = cache.made, site.files(cache.made.values())
        rendered = len(cache.made) - cache.reused
        if max(rendered, self.known.checked - checked) >= PARALLEL_FROM:
            keep_out_of_collections()
        return Snapshot(generation, self.files, None, report.notices, folders_of(self.files))

    def tidy(self) -> None:
        """Remove the build folders that neither the last good build nor the snapshot before the
        last (requests may still be reading it) takes a file from; after the new snapshot is
        served, so that no edit waits for it."""
        with self._lock:
            used = {*self.files.values(), *self._before.files.values()}
            for entry in os.scandir(self.private):
                if entry.name.startswith("build-") and entry.path not in used:
                    shutil.rmtree(entry.path, ignore_errors=True)

    def close(self) -> None:
        """Remove the private folder and every build in it."""
        with self._lock:
            shutil.rmtree(self.private, ignore_errors=True)
