"""Writing the site's files, and the marker file that says a folder is a site noticekit made."""

from __future__ import annotations

import os
import shutil
import stat
import sys
from pathlib import Path
from typing import BinaryIO

from noticekit.errors import NoticekitError
from noticekit.render.base import Output
from noticekit.render.cache import FileStamp
from noticekit.render.cache import NoticeFiles

#: The marker file written first into every site; only a folder that has it may be replaced.
MARKER = ".noticekit-site"
MARKER_LINE = "noticekit site"
MARKER_TEXT = (
    f"{MARKER_LINE}\n"
    "This folder was made by `noticekit build`; the next build into it replaces it whole.\n"
)


class OutputError(NoticekitError):
    """The site could not be written or put in place (disk full, no permission, a build running)."""

    exit_code = 1


def reason(error: OSError) -> str:
    """An OSError in words, without its Python wrapping: `No space left on device`."""
    return error.strerror or str(error)


def warn(message: str) -> None:
    """A one-line warning on standard error; the build goes on."""
    sys.stderr.write(f"warning: {message}\n")


def write_marker(folder: Path) -> None:
    """Mark `folder` as a site noticekit made."""
    with open(folder / MARKER, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(MARKER_TEXT)


def is_marked(folder: Path) -> bool:
    """True when `folder` holds the marker: a regular file (not a link) that starts right."""
    marker = folder / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return False
        with open(marker, encoding="utf-8", errors="replace") as handle:
            return handle.readline().rstrip("\n") == MARKER_LINE
    except OSError:
        return False


class SiteWriter:
    """Writes outputs under a staging folder (`atomic_site` swaps it in once the build is done).

    Every file is new in the staging folder: `write` never writes through an existing file, and
    `reuse` hard-links (or copies) files of the previous site, which therefore stays as it was.
    """

    def __init__(self, staging: Path, previous: Path | None = None) -> None:
        self.staging = staging
        #: The site this build replaces, when noticekit made it (its files may be reused).
        self.previous = previous
        self.count = 0
        self._folders: set[str] = set()

    def write(self, output: Output) -> FileStamp:
        """Write one file as UTF-8 bytes, as they are (no newline translation)."""
        target = self._target(output.path.as_posix())
        try:
            with _new_file(target) as handle:
                handle.write(output.content.encode("utf-8"))
                size = handle.tell()
        except OSError as error:
            raise OutputError(f'cannot write "{output.path}": {reason(error)}') from None
        self.count += 1
        return FileStamp(output.path.as_posix(), size)

    def reuse(self, folder: Path | None, found: NoticeFiles, until_ns: int | None = None) -> bool:
        """Put the files of `found` from the site `folder` in the staging folder, each hard-linked
        (or copied where links are not possible); False, with none of them left, unless every
        one is still a regular file of the size it was written with, modified at `until_ns` at
        the latest."""
        if folder is None:
            return False
        done: list[str] = []
        for stamp in found.files:
            target = self._target(stamp.path)
            if not _link(os.path.join(folder, stamp.path), target, stamp, until_ns):
                for path in done:
                    os.unlink(path)
                return False
            done.append(target)
        self.count += len(done)
        return True

    def _target(self, path: str) -> str:
        target = os.path.join(self.staging, path)
        folder = os.path.dirname(target)
        if folder not in self._folders:
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as error:
                raise OutputError(f'cannot write "{path}": {reason(error)}') from None
            self._folders.add(folder)
        return target


def _new_file(target: str) -> BinaryIO:
    """Open `target` as a new file; one already there (only a bad manifest could make one) is
    unlinked first, so that no write goes through a hard link into the previous site."""
    try:
        return open(target, "xb")
    except FileExistsError:
        os.unlink(target)
        return open(target, "xb")


def _link(source: str, target: str, stamp: FileStamp, until_ns: int | None) -> bool:
    """Hard-link (else copy) `source` to the new `target` if it is the file `stamp` describes."""
    try:
        found = os.lstat(source)
    except OSError:
        return False
    if not stat.S_ISREG(found.st_mode) or found.st_size != stamp.size:
        return False
    if until_ns is not None and found.st_mtime_ns > until_ns:
        return False
    if os.path.lexists(target):
        return False
    try:
        os.link(source, target)
    except OSError:
        try:
            shutil.copy2(source, target)  # keeps the modification time, so the stamp still holds
        except OSError:
            return False
    return True
