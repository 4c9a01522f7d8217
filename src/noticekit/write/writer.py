"""Writing the site's files, and the marker file that says a folder is a site noticekit made."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from noticekit.errors import NoticekitError
from noticekit.render.base import Output

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
    """Writes outputs under a staging folder (`atomic_site` swaps it in once the build is done)."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.count = 0
        self._folders: set[str] = set()

    def write(self, output: Output) -> None:
        """Write one file as UTF-8 bytes, as they are (no newline translation)."""
        target = os.path.join(self.staging, *output.path.parts)
        folder = os.path.dirname(target)
        try:
            if folder not in self._folders:
                os.makedirs(folder, exist_ok=True)
                self._folders.add(folder)
            with open(target, "wb") as handle:
                handle.write(output.content.encode("utf-8"))
        except OSError as error:
            raise OutputError(f'cannot write "{output.path}": {reason(error)}') from None
        self.count += 1
