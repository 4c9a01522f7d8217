"""The keys of the render cache (`render.cache`): a hash of everything a unit of work is made from.

Build-wide: noticekit (its version and the bytes of its code and data), the templates (every file
of `--templates` and of the shipped ones), the catalogs (`locale/**/*.mo`) and the formats built.
Per notice: its file's bytes and the languages built. Per archive: also the newest commit that
changed the file and the file's path in the repository, since the archive is made of the file and
git objects that this commit's id names (its history); a commit that changes other files changes
no archive key.
The repository configuration (`noticekit.toml`) only configures lint, which renders nothing.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import noticekit
from noticekit.i18n import loading
from noticekit.render.base import NoticeJob
from noticekit.render.env import template_dirs

SKIPPED_FOLDERS = frozenset({"__pycache__", "locale"})


def noticekit_digest() -> str:
    """noticekit itself: its version and the bytes of its code and data (not its catalogs)."""
    code = tree_digest(Path(noticekit.__file__).parent, SKIPPED_FOLDERS)
    return _digest(noticekit.__version__.encode(), code.encode())


class CacheKeys:
    """The keys of one build's units of work (`code`: `noticekit_digest()`)."""

    def __init__(self, formats: list[str], templates: Path | None, code: str) -> None:
        parts = [
            ("noticekit", code),
            ("catalogs", tree_digest(Path(str(loading.locale_dir())), frozenset(), suffix=".mo")),
            *(("templates", tree_digest(folder)) for folder in template_dirs(templates)),
            ("formats", ",".join(formats)),
        ]
        self.build = _digest(repr(parts).encode())

    def notice(self, job: NoticeJob) -> str:
        """A notice in all its formats: its file's bytes, the languages built, and whether its
        pages link to its earlier versions."""
        versions = b"versions" if job.versions else b""
        return _digest(
            self.build.encode(), b"notice", _languages(job), versions, job.digest.encode()
        )

    def archive(self, job: NoticeJob, changed: str, path: str) -> str:
        """A notice's archive: the notice, the newest commit that `changed` its file (`git
        .last_changes`; empty if none did), the file's path in its repository."""
        return _digest(self.notice(job).encode(), b"archive", changed.encode(), path.encode())


def _languages(job: NoticeJob) -> bytes:
    return ",".join(job.languages).encode()


def _digest(*parts: bytes) -> str:
    hashed = hashlib.sha256()
    for part in parts:
        hashed.update(len(part).to_bytes(8, "big"))
        hashed.update(part)
    return hashed.hexdigest()


def tree_digest(folder: Path, skipped: frozenset[str] = frozenset(), suffix: str = "") -> str:
    """A hash of the names and bytes of the files under `folder` (ending in `suffix`)."""
    hashed = hashlib.sha256()
    for parent, folders, files in os.walk(folder):
        folders[:] = sorted(name for name in folders if name not in skipped)
        for name in sorted(files):
            if name.endswith(suffix):
                path = os.path.join(parent, name)
                with open(path, "rb") as handle:
                    content = handle.read()
                hashed.update(_digest(os.path.relpath(path, folder).encode(), content).encode())
    return hashed.hexdigest()
