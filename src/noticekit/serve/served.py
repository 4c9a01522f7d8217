"""The files `serve` serves: each site path mapped to the private build folder that holds it.

A rebuild writes only the files it renders (the edited notice, the site index) into a new
folder of its own; a notice whose inputs are unchanged keeps its files where an earlier build
wrote them, with nothing copied or linked (`ServedSite.reuse`). The map of the new build is what
the server reads (`Snapshot.files`).
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from collections.abc import Mapping
from pathlib import Path

from noticekit.render.base import Output
from noticekit.render.cache import FileStamp
from noticekit.render.cache import NoticeFiles
from noticekit.write.writer import SiteWriter

#: Site path (`id/en/index.html`) -> the build folder holding it (`<private>/build-3`).
FileMap = Mapping[str, str]


class ServedSite(SiteWriter):
    """The writer of one rebuild: new files into `staging` (this build's own folder), the files of
    unchanged notices taken from the folders of `earlier` (the previous build's map) as they are.

    The private folder is `serve`'s alone and nothing writes to a file once it is written, so a
    file the map names is the file that was written (no check of its size and time is needed).
    """

    def __init__(self, staging: Path, earlier: FileMap) -> None:
        super().__init__(staging)
        self.earlier = earlier
        self._folder = str(staging)
        self._files: dict[str, str] = {}

    def write(self, output: Output) -> FileStamp:
        stamp = super().write(output)
        self._files[stamp.path] = self._folder
        return stamp

    def reuse(self, folder: Path | None, found: NoticeFiles, until_ns: int | None = None) -> bool:
        """Serve the files of `found` from where an earlier build wrote them; `folder` (the
        cache's: the private folder) and `until_ns` are not needed: the map knows each file's
        folder, and nothing changes a file there."""
        del folder, until_ns
        holders: dict[str, str] = {}
        for stamp in found.files:
            holder = self.earlier.get(stamp.path)
            if holder is None:
                return False
            holders[stamp.path] = holder
        self._files.update(holders)
        self.count += len(found.files)
        return True

    def files(self, made: Iterable[NoticeFiles]) -> dict[str, str]:
        """The map of this build: the files it reused or wrote, and the other files of `made`
        (every notice of the build): those the notice tasks wrote into `staging` through writers
        of its own (one per notice, in this process or in forked workers)."""
        files = dict(self._files)
        for notice in made:
            for stamp in notice.files:
                files.setdefault(stamp.path, self._folder)
        return files


def folders_of(files: FileMap) -> frozenset[str]:
    """The site's folders (`id`, `id/en`), for the redirect of a folder asked for without `/`."""
    found = set()
    for path in files:
        folder = os.path.dirname(path)
        while folder and folder not in found:
            found.add(folder)
            folder = os.path.dirname(folder)
    return frozenset(found)
