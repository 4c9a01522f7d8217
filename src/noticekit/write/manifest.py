"""The manifest of a site, `.noticekit-manifest.json`: which files each unit of work was written to,
by the key of its inputs (`render.cache`), so that the next build into the same `--out` reuses them.

It lives inside the site beside the marker and goes with the site: the swap replaces it, and it
never names anything to delete. A manifest that is missing, unreadable, from another version of
this format or naming a path outside the site is ignored as a whole: the build renders everything.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from pathlib import PurePosixPath
from typing import Any

from noticekit.render.cache import FileStamp
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.write.writer import MARKER
from noticekit.write.writer import OutputError
from noticekit.write.writer import is_marked
from noticekit.write.writer import reason

MANIFEST = ".noticekit-manifest.json"
FORMAT = "noticekit-manifest/1"
#: A manifest larger than this is not read (a site of 10,000 notices writes about 5 MB).
MAX_BYTES = 64 * 1024 * 1024


def read_cache(folder: Path | None) -> RenderCache:
    """The renders the site at `folder` holds, from its manifest; empty unless noticekit made it."""
    if folder is None or not is_marked(folder):
        return RenderCache()
    try:
        with open(
            os.open(folder / MANIFEST, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb"
        ) as handle:
            written = os.fstat(handle.fileno())
            raw = handle.read(MAX_BYTES + 1)
        entries = _entries(json.loads(raw)) if len(raw) <= MAX_BYTES else None
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        entries = None
    if not entries or not stat.S_ISREG(written.st_mode):
        return RenderCache()
    return RenderCache(folder, entries, until_ns=written.st_mtime_ns)


def _entries(data: Any) -> dict[str, NoticeFiles] | None:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    entries = {}
    for key, files in data["entries"].items():
        stamps = tuple(FileStamp(path, size) for path, size in files)
        if not isinstance(key, str) or not all(map(_well_formed, stamps)):
            return None
        entries[key] = NoticeFiles(stamps)
    return entries


def _well_formed(stamp: FileStamp) -> bool:
    """A relative path inside the site that is not the marker or the manifest, and a size."""
    path = stamp.path
    if not isinstance(path, str) or not path or "\\" in path or "\0" in path:
        return False
    parts = PurePosixPath(path).parts
    if path.startswith("/") or any(part in ("", ".", "..") for part in path.split("/")):
        return False
    if parts[0] in (MARKER, MANIFEST):
        return False
    return type(stamp.size) is int and stamp.size >= 0


def write_manifest(staging: Path, made: dict[str, NoticeFiles]) -> None:
    """Save what the new site holds, by key, beside its marker."""
    data = {
        "format": FORMAT,
        "entries": {
            key: [[stamp.path, stamp.size] for stamp in files.files]
            for key, files in sorted(made.items())
        },
    }
    target = os.path.join(staging, MANIFEST)
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            json.dump(data, handle, separators=(",", ":"))
    except OSError as error:
        raise OutputError(f'cannot write "{MANIFEST}": {reason(error)}') from None
