"""Atomic output: build the site in a temporary folder next to DIR, then swap it in."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from noticekit.errors import UsageError
from noticekit.render.base import Output

#: Threads removing the replaced site: unlinking files mostly waits on the file system, so the
#: waits overlap (1,170 files: about 0.4 s in one thread, 0.2 s in four).
REMOVERS = 4


class SiteWriter:
    """Writes outputs under a staging folder; `commit()` replaces DIR with it in two renames."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.count = 0
        self._folders: set[str] = set()

    def write(self, output: Output) -> None:
        """Write one file as UTF-8 bytes, as they are (no newline translation)."""
        target = os.path.join(self.staging, *output.path.parts)
        folder = os.path.dirname(target)
        if folder not in self._folders:
            os.makedirs(folder, exist_ok=True)
            self._folders.add(folder)
        with open(target, "wb") as handle:
            handle.write(output.content.encode("utf-8"))
        self.count += 1


def _check_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f'output "{out}" exists and is not a folder')
    if out.resolve() == Path.cwd().resolve() or out.resolve() == Path(out.resolve().anchor):
        raise UsageError(f'refusing to replace "{out}": choose a dedicated output folder')


def stageable(out: Path) -> bool:
    """True when `atomic_site(out)` would start without a complaint or a new parent folder."""
    try:
        _check_target(out)
    except UsageError:
        return False
    return out.parent.is_dir()


def _swap(staging: Path, out: Path) -> None:
    """Put `staging` in place of `out`; the old folder is moved aside first and removed last."""
    if not out.exists():
        os.replace(staging, out)
        return
    old = Path(tempfile.mkdtemp(prefix=f".{out.name}.old-", dir=out.parent))
    old.rmdir()
    os.replace(out, old)
    try:
        os.replace(staging, out)
    except OSError:
        os.replace(old, out)
        raise
    remove_tree(old)


def remove_tree(folder: Path) -> None:
    """Remove `folder` and everything in it (errors ignored), its entries in parallel threads."""
    from concurrent.futures import ThreadPoolExecutor  # here: it imports logging, which only this needs

    with ThreadPoolExecutor(REMOVERS) as pool:
        for _ in pool.map(_remove_entry, [os.path.join(folder, name) for name in os.listdir(folder)]):
            pass
    shutil.rmtree(folder, ignore_errors=True)


def _remove_entry(path: str) -> None:
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            os.unlink(path)


@contextlib.contextmanager
def atomic_site(out: Path) -> Iterator[SiteWriter]:
    """Yield a writer into a fresh staging folder; on success swap it in, on any error remove it."""
    _check_target(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    try:
        writer = SiteWriter(staging)
        yield writer
        os.chmod(staging, 0o755)
        _swap(staging, out)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
