"""The manifest of a site, `.noticekit-manifest.json`: which files each unit of work was written to,
by the key of its inputs (`render.cache`), so that the next build into the same `--out` reuses them;
and the facts of each valid notice by the key of its file (`validate.recorded`), so that the next
build does not validate again a file that did not change.

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
from noticekit.validate.facts import NoticeFacts
from noticekit.write.writer import MARKER
from noticekit.write.writer import OutputError
from noticekit.write.writer import is_marked
from noticekit.write.writer import reason

MANIFEST = ".noticekit-manifest.json"
FORMAT = "noticekit-manifest/2"
#: A manifest larger than this is not read (a site of 10,000 notices writes about 5 MB).
MAX_BYTES = 64 * 1024 * 1024


def read_cache(folder: Path | None) -> RenderCache:
    """The renders the site at `folder` holds, from its manifest; empty unless noticekit made it."""
    found = _read(folder)
    entries = _entries(found[0]) if found is not None else None
    if found is None or not entries:
        return RenderCache()
    return RenderCache(folder, entries, until_ns=found[1])


def read_facts(folder: Path | None) -> dict[str, NoticeFacts]:
    """The facts of the valid notices the site at `folder` was built from, by the key of their
    files; none unless noticekit made it."""
    found = _read(folder)
    try:
        notices = found[0]["notices"] if found is not None else {}
        return {key: NoticeFacts.from_json(facts) for key, facts in notices.items()}
    except (ValueError, TypeError, KeyError, AttributeError):
        return {}


def _read(folder: Path | None) -> tuple[Any, int] | None:
    """The manifest of the site at `folder` (as JSON of this format) and its modification time."""
    if folder is None or not is_marked(folder):
        return None
    try:
        with open(
            os.open(folder / MANIFEST, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)), "rb"
        ) as handle:
            written = os.fstat(handle.fileno())
            raw = handle.read(MAX_BYTES + 1)
        data = json.loads(raw) if len(raw) <= MAX_BYTES else None
    except (OSError, ValueError, RecursionError):  # deep nesting: RecursionError
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return (data, written.st_mtime_ns) if stat.S_ISREG(written.st_mode) else None


def _entries(data: dict[str, Any]) -> dict[str, NoticeFiles] | None:
    entries = {}
    try:
        for key, files in data["entries"].items():
            stamps = tuple(FileStamp(path, size) for path, size in files)
            if not isinstance(key, str) or not all(map(_well_formed, stamps)):
                return None
            entries[key] = NoticeFiles(stamps)
    except (ValueError, TypeError, KeyError, AttributeError):
        return None
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


def write_manifest(
    staging: Path, made: dict[str, NoticeFiles], notices: dict[str, NoticeFacts]
) -> None:
    """Save what the new site holds, and the facts of the notices it was built from, by key,
    beside its marker."""
    data = {
        "format": FORMAT,
        "entries": {
            key: [[stamp.path, stamp.size] for stamp in files.files]
            for key, files in sorted(made.items())
        },
        "notices": {key: facts.as_json() for key, facts in sorted(notices.items())},
    }
    target = os.path.join(staging, MANIFEST)
    try:
        with open(target, "w", encoding="utf-8", newline="\n") as handle:
            json.dump(data, handle, separators=(",", ":"))
    except OSError as error:
        raise OutputError(f'cannot write "{MANIFEST}": {reason(error)}') from None
