"""The served site: built by the pipeline into a private temporary folder, rebuilt on change."""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
import threading
from collections.abc import Iterable
from pathlib import Path

from noticekit.errors import NoticekitError
from noticekit.errors import UsageError
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build

#: The preview shows the notices as they are being edited; the archive of their earlier versions
#: (read from git, unchanged by an edit) is left to `noticekit build`.
HISTORY = "off"


@dataclasses.dataclass(frozen=True)
class Snapshot:
    """What the server shows: the folder of the last build, or the problems that stopped it."""

    generation: int
    root: Path | None
    problems: str | None = None
    notices: int = 0


class LiveSite:
    """A site rebuilt on demand into `<private>/site-<n>`; readers take `snapshot` and keep it.

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
        self.snapshot = Snapshot(0, None)
        self._builds = 0
        self._lock = threading.Lock()

    def rebuild(self, changed_paths: Iterable[Path] = ()) -> Snapshot:
        """Build the site again after `changed_paths` changed (all of it on the first call).

        The one place `serve` builds. A notice problem, a missing text or a broken template
        becomes the snapshot's `problems` (the last good folder is dropped: its pages are out of
        date); the server keeps running. A bad path or option raises UsageError on the first build.
        """
        del changed_paths  # the pipeline rebuilds every notice; its cache will take these
        with self._lock:
            self._builds += 1
            out = self.private / f"site-{self._builds}"
            options = BuildOptions(
                out=out, languages=self.languages, templates=self.templates, history=HISTORY
            )
            previous = self.snapshot
            try:
                report = build(self.paths, options)
            except UsageError as error:
                if previous.generation == 0:
                    raise
                snapshot = Snapshot(previous.generation + 1, None, error.format_message())
            except NoticekitError as error:
                snapshot = Snapshot(previous.generation + 1, None, error.format_message())
            except OSError as error:  # a file the system refused: named, as the CLI names it
                snapshot = Snapshot(previous.generation + 1, None, str(error))
            else:
                snapshot = Snapshot(previous.generation + 1, out, None, report.notices)
            self.snapshot = snapshot
            self._remove_old(keep={snapshot.root, previous.root})
            return snapshot

    def _remove_old(self, keep: set[Path | None]) -> None:
        """Remove older builds; the previous one stays for requests still reading it."""
        for folder in self.private.glob("site-*"):
            if folder not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    def close(self) -> None:
        """Remove the private folder and every build in it."""
        with self._lock:
            shutil.rmtree(self.private, ignore_errors=True)
