"""The folders next to the output: staging, the swap, putting back a site a crash moved aside,
and removing what earlier builds of the same output left behind (and nothing else).

Next to `site` a build makes `.site.tmp-XXXXXXXX` (the staging folder, marked at once) and, where
the swap takes two renames, `.site.old-XXXXXXXX` for a moment (the previous site, complete).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

from noticekit.write.writer import MARKER
from noticekit.write.writer import is_marked
from noticekit.write.writer import reason
from noticekit.write.writer import warn
from noticekit.write.writer import write_marker

#: Threads removing a replaced site: unlinking files mostly waits on the file system, so the
#: waits overlap (1,170 files: about 0.4 s in one thread, 0.2 s in four).
REMOVERS = 4
STAGING = "tmp"
OLD = "old"
#: renameat2(2): the two paths trade places in one step.
RENAME_EXCHANGE = 2
AT_FDCWD = -100
#: renameat2 errors that mean "not here" (kernel, C library or file system): use two renames.
UNSUPPORTED = {errno.ENOSYS, errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EPERM}


def sibling(folder: Path, kind: str) -> Path:
    """A new name next to `folder` for a folder of `kind`: `.site.tmp-1a2b3c4d`."""
    return folder.parent / f".{folder.name}.{kind}-{secrets.token_hex(4)}"


def new_staging(folder: Path) -> Path:
    """Make the staging folder next to `folder` and mark it before anything else goes in."""
    while True:
        staging = sibling(folder, STAGING)
        try:
            os.mkdir(staging, 0o700)
        except FileExistsError:
            continue
        try:
            write_marker(staging)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return staging


def swap(staging: Path, folder: Path) -> None:
    """Put `staging` in place of `folder`; what was at `folder` ends up at `staging`'s name.

    One renameat2(RENAME_EXCHANGE) where Linux offers it; else two renames, with the previous
    site under a `.old-` name in between, which `recover` puts back after a crash.
    """
    if not os.path.lexists(folder):
        os.rename(staging, folder)
        return
    if exchange(staging, folder):
        return
    old = sibling(folder, OLD)
    os.rename(folder, old)
    try:
        os.rename(staging, folder)
    except OSError:
        os.rename(old, folder)
        raise
    os.rename(old, staging)


def exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; False where the system cannot, with nothing changed."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(AT_FDCWD, os.fsencode(first), AT_FDCWD, os.fsencode(second), RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in UNSUPPORTED:
        return False
    raise OSError(code, os.strerror(code), str(first), None, str(second))


@functools.cache
def _renameat2() -> Callable[..., int] | None:
    """The C library's renameat2 (glibc 2.28+, Linux), or None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    function.restype = ctypes.c_int
    return function


def recover(folder: Path) -> None:
    """Put back the previous site if a crash between two renames left no `folder`, then remove
    the staging and old-site folders earlier builds of `folder` left: marked or empty ones only."""
    leftovers = _leftovers(folder)
    if not os.path.lexists(folder):
        complete = [path for kind, path in leftovers if kind == OLD and is_marked(path)]
        if complete:
            newest = max(complete, key=lambda path: path.stat().st_mtime)
            os.rename(newest, folder)
            leftovers = [(kind, path) for kind, path in leftovers if path != newest]
    for _, path in leftovers:
        remove_site(path)


def _leftovers(folder: Path) -> list[tuple[str, Path]]:
    """(kind, path) of the folders next to `folder` named as this module names them, that are
    real folders (not links) and carry the marker or are empty. Unmarked folders named as
    noticekit 0.1 named its staging folders are left alone, with a warning."""
    name = re.escape(folder.name)
    ours = re.compile(rf"\.{name}\.({STAGING}|{OLD})-[0-9a-f]{{8}}")
    older = re.compile(rf"\.{name}\.({STAGING}|{OLD})-[a-z0-9_]{{8}}")
    found = []
    with os.scandir(folder.parent) as entries:
        for entry in entries:
            if not older.fullmatch(entry.name) or not entry.is_dir(follow_symlinks=False):
                continue
            path = Path(entry.path)
            match = ours.fullmatch(entry.name)
            if match and (is_marked(path) or _empty(path)):
                found.append((match.group(1), path))
            elif not is_marked(path):
                warn(
                    f'"{path}" may be left by an interrupted build, but it has no {MARKER} file, '
                    "so it stays: remove it yourself if it is not yours"
                )
    return found


def _empty(folder: Path) -> bool:
    try:
        with os.scandir(folder) as entries:
            return not any(entries)
    except OSError:
        return False


def remove_site(folder: Path) -> None:
    """Remove a folder noticekit made, its marker last: a removal cut short leaves it marked, and
    the next build finishes it. Warns when something cannot be removed."""
    try:
        names = [name for name in os.listdir(folder) if name != MARKER]
        if names:
            from concurrent.futures import ThreadPoolExecutor  # imports logging: only this needs it

            with ThreadPoolExecutor(REMOVERS) as pool:
                for _ in pool.map(_remove_entry, [folder / name for name in names]):
                    pass
        if os.listdir(folder) not in ([], [MARKER]):
            raise OSError(errno.ENOTEMPTY, "some files in it cannot be removed")
        with contextlib.suppress(FileNotFoundError):
            os.unlink(folder / MARKER)
        os.rmdir(folder)
    except OSError as error:
        warn(f'cannot remove "{folder}": {reason(error)}; the next build tries again')


def _remove_entry(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)
