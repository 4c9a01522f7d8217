"""Rendered notices by the hash of their inputs, so that a build renders only what changed.

The unit of work is one notice in all its formats (and, apart, one notice's archive of earlier
versions). Its key (`render.keys`) hashes everything its files are made from: the notice file's
bytes, the languages and formats asked for, the templates, the catalogs and noticekit itself.
Equal keys mean byte-identical files, so a build may take the files an earlier build wrote:

    cache = RenderCache(folder, entries)   # earlier renders, their files under `folder`
    found = cache.get(key)                 # NoticeFiles | None
    if found is None or not site.reuse(cache.folder, found, cache.until_ns):
        found = NoticeFiles(tuple(site.write(output) for output in render(...)))
    cache.put(key, found)                  # what this build holds, for the next one: `cache.made`

`cache.reuse(key, site)` does the first half (get, place in the staging folder, put).

`get` answers only from the earlier build; `put` records this build's notices in `made`, which
the build saves as the manifest of the new site (`write.manifest`). A `noticekit build` reads its
cache from the manifest of the previous `--out`; `noticekit serve` can keep one in memory: pass
`RenderCache(previous_site_folder, cache.made)` to the next build (`pipeline.build(cache=...)`).

Each file carries its size as written, and a site's files are no newer than its manifest: a file
changed since (edited by hand) no longer matches, and its notice is rendered again
(`SiteWriter.reuse`). The manifest thus holds no times, and a site is byte-identical, manifest
and all, however many of its notices a build reused.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol


@dataclasses.dataclass(frozen=True)
class FileStamp:
    """One written file: its path under the site (`id/en/index.html`) and its size."""

    path: str
    size: int


@dataclasses.dataclass(frozen=True)
class NoticeFiles:
    """Every file one unit of work (a notice in all its formats, or its archive) was written to."""

    files: tuple[FileStamp, ...]


class Site(Protocol):
    """Where a build writes (`write.SiteWriter`)."""

    def reuse(self, folder: Path | None, found: NoticeFiles, until_ns: int | None) -> bool: ...


class RenderCache:
    """The notices an earlier build rendered (`get`), and those this build holds (`put`, `made`)."""

    def __init__(
        self,
        folder: Path | None = None,
        entries: Mapping[str, NoticeFiles] | None = None,
        until_ns: int | None = None,
    ) -> None:
        #: Where the earlier build's files are (its site folder); None for an empty cache.
        self.folder = folder
        #: A file of `folder` modified after this time (ns) was changed since its build.
        self.until_ns = until_ns
        self.earlier: Mapping[str, NoticeFiles] = entries if folder is not None and entries else {}
        self.made: dict[str, NoticeFiles] = {}
        #: How many units of work this build took from `earlier` (for tests and benchmarks).
        self.reused = 0

    def get(self, key: str) -> NoticeFiles | None:
        """The files of an earlier render with the same inputs, or None."""
        return self.earlier.get(key)

    def put(self, key: str, files: NoticeFiles) -> None:
        """Record that this build holds `files` for `key`."""
        self.made[key] = files

    def reuse(self, key: str, site: Site) -> bool:
        """Place the earlier files for `key` in `site` and keep them; False when there are none
        (or they changed since): then the unit must be rendered and `put`."""
        found = self.get(key)
        if found is None or not site.reuse(self.folder, found, self.until_ns):
            return False
        self.put(key, found)
        self.reused += 1
        return True
