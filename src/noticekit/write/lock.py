"""One build of an output at a time: an exclusive lock on `.NAME.lock` next to the output.

The lock is `flock` on the file, which the system lets go of when the process ends however it
ends, so a lock file left by a killed build never blocks the next one. The file holds the process
id of the build that has it, for the message the next build shows.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from noticekit.write.writer import OutputError
from noticekit.write.writer import reason

try:
    import fcntl
except ImportError:  # not POSIX: builds are not locked
    fcntl = None  # type: ignore[assignment]


#: Descriptors of the locks this process holds; forked workers close their copies.
_held: set[int] = set()


def close_inherited() -> None:
    """In a forked worker: close the copies of the build's lock files, so that the lock ends with
    the build process itself (the build's own descriptors keep the lock meanwhile)."""
    for fd in _held:
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


def lock_path(folder: Path) -> Path:
    """`.site.lock` next to `site`."""
    return folder.parent / f".{folder.name}.lock"


class OutputLock:
    """Held while a build stages, swaps and cleans up next to `folder` (shown as `out`)."""

    def __init__(self, folder: Path, out: Path) -> None:
        self.path = lock_path(folder)
        self.out = out
        self.fd: int | None = None

    def __enter__(self) -> OutputLock:
        if fcntl is None:
            return self
        while self.fd is None:
            fd = self._open()
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError as error:
                os.close(fd)
                raise self._refusal(error) from None
            if _still_there(fd, self.path):
                self.fd = fd
            else:  # the build that held it removed the file as it ended: lock the new one
                os.close(fd)
        _held.add(self.fd)
        try:
            os.ftruncate(self.fd, 0)
            os.write(self.fd, f"{os.getpid()}\n".encode())
        except OSError as error:
            self.__exit__(None, None, None)
            raise OutputError(
                f'cannot write the lock file "{self.path}": {reason(error)}'
            ) from None
        return self

    def _refusal(self, error: OSError) -> OutputError:
        if isinstance(error, BlockingIOError):
            pid = _read_pid(self.path)
            return OutputError(
                f'another build of "{self.out}" is running (pid {pid}); wait for it to end'
            )
        return OutputError(f'cannot lock "{self.path}": {reason(error)}')

    def _open(self) -> int:
        try:
            return os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0), 0o644)
        except OSError as error:
            raise OutputError(
                f'cannot create the lock file "{self.path}": {reason(error)}'
            ) from None

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self.fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)
        _held.discard(self.fd)
        os.close(self.fd)
        self.fd = None


def _read_pid(path: Path) -> str:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        text = ""
    return text if text.isdigit() else "unknown"


def _still_there(fd: int, path: Path) -> bool:
    try:
        here = os.stat(path)
    except OSError:
        return False
    mine = os.fstat(fd)
    return (here.st_dev, here.st_ino) == (mine.st_dev, mine.st_ino)
