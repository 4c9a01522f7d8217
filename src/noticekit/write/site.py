"""The output's life in a build: `tidy_output` first (put back, clean up after earlier builds),
then `atomic_site` (check, lock, stage, swap, clean up)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path
from typing import TypeVar

from noticekit.errors import UsageError
from noticekit.write.lock import OutputLock
from noticekit.write.signals import Interrupted
from noticekit.write.signals import deferred_signals
from noticekit.write.swap import new_staging
from noticekit.write.swap import recover
from noticekit.write.swap import remove_site
from noticekit.write.swap import swap
from noticekit.write.target import check_existing
from noticekit.write.target import check_output
from noticekit.write.target import refuse_places
from noticekit.write.target import resolve
from noticekit.write.writer import OutputError
from noticekit.write.writer import SiteWriter
from noticekit.write.writer import reason

T = TypeVar("T")


def tidy_output(out: Path, sources: Iterable[Path] = (), others: Iterable[Path] = ()) -> None:
    """Before a build: put back a site a crash moved aside and remove what earlier builds of `out`
    left, so that even a build that then fails leaves the last good site in place. Does nothing
    when `out` is refused or locked by another build: `atomic_site` reports those."""
    try:
        folder = resolve(out)
        refuse_places(out, folder, sources, others)
        if folder.parent.is_dir():
            with OutputLock(folder, out), deferred_signals():
                recover(folder)
    except (UsageError, OutputError, OSError):
        return


@contextlib.contextmanager
def atomic_site(
    out: Path, sources: Iterable[Path] = (), others: Iterable[Path] = ()
) -> Iterator[SiteWriter]:
    """Yield a writer into a new staging folder next to `out`; when the block ends, swap it in,
    or on any error or stop signal remove it (call `tidy_output` first). `sources` (the notices)
    and `others` (templates) are what the build reads; `target.py` says which folders this
    refuses to replace."""
    folder = check_output(out, sources, others)
    made = _make_parents(folder.parent)
    try:
        with OutputLock(folder, out):
            check_existing(out, folder)
            with _staged(out, folder) as site:
                yield site
    except BaseException:
        _remove_empty(made)
        raise


@contextlib.contextmanager
def _staged(out: Path, folder: Path) -> Iterator[SiteWriter]:
    staging: Path | None = None
    try:
        with deferred_signals():
            staging = _os_step(f'cannot make a staging folder next to "{out}"', new_staging, folder)
        yield SiteWriter(staging, previous=folder if os.path.isdir(folder) else None)
        with deferred_signals(outcome=f'the new site is in "{out}"'):
            os.chmod(staging, 0o755)
            _os_step(f'cannot put the new site in place of "{out}"', swap, staging, folder)
            _remove(staging)
    except Interrupted as stop:
        stop.outcome = stop.outcome or f'"{out}" is as it was'
        raise
    finally:
        with deferred_signals():
            _remove(staging)


def _remove(staging: Path | None) -> None:
    """Remove the staging folder, or after the swap the previous site that took its name."""
    if staging is not None and os.path.lexists(staging):
        remove_site(staging)


def _os_step(what: str, step: Callable[..., T], *args: object) -> T:
    """`step(*args)`, with an OSError turned into a one-line OutputError."""
    try:
        return step(*args)
    except OSError as error:
        raise OutputError(f"{what}: {reason(error)}") from None


def _make_parents(folder: Path) -> list[Path]:
    """Make `folder` and its missing ancestors; return the ones made, outermost first."""
    missing = []
    while not os.path.lexists(folder):
        missing.append(folder)
        folder = folder.parent
    made: list[Path] = []
    for path in reversed(missing):
        try:
            _os_step(f'cannot make the folder "{path}"', os.mkdir, path)
        except OutputError:
            _remove_empty(made)
            raise
        made.append(path)
    return made


def _remove_empty(made: list[Path]) -> None:
    for path in reversed(made):
        with contextlib.suppress(OSError):
            os.rmdir(path)
