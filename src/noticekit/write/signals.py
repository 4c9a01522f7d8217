"""SIGTERM and SIGINT stop a build cleanly: one line, the staging folder removed, exit 143 or 130.

In the build process the signal raises `Interrupted` (a BaseException, so no `except Exception`
swallows it), except inside `deferred_signals()` (the swap, the clean-up), which finish first.
Forked workers die of SIGTERM at once (the default action) and ignore SIGINT: the build process,
which has no other threads for the kernel to hand the signal to, kills and reaps them before it
cleans up (`render.batch.forked_map`). A signal that comes before `worker_started` raises
SystemExit, and the worker ends quietly.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Iterator
from types import FrameType

from noticekit.write.lock import close_inherited

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
#: prctl(2) option: the signal a process gets when its parent ends.
PR_SET_PDEATHSIG = 1


class Interrupted(BaseException):
    """The build was stopped by a signal; `outcome` says what became of the output."""

    def __init__(self, signum: int, outcome: str = "") -> None:
        super().__init__(signum)
        self.signum = signum
        self.outcome = outcome

    @property
    def exit_code(self) -> int:
        return 128 + self.signum

    def __str__(self) -> str:
        name = signal.Signals(self.signum).name
        return f"build interrupted by {name}" + (f"; {self.outcome}" if self.outcome else "")


class _State:
    owner: int | None = None  # the build process; any other process is a forked worker
    deferring = 0
    pending: int | None = None
    stopped = False


def _on_signal(signum: int, frame: FrameType | None) -> None:
    if os.getpid() != _State.owner:
        raise SystemExit(128 + signum)
    if _State.stopped:
        return
    if _State.deferring:
        _State.pending = _State.pending or signum
        return
    _State.stopped = True
    raise Interrupted(signum)


@contextlib.contextmanager
def stop_on_signals() -> Iterator[None]:
    """Around a build command: a stop signal ends it with `Error: build interrupted by SIGTERM…`."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.signal(signum, _on_signal) for signum in STOP_SIGNALS}
    _State.owner, _State.deferring, _State.pending, _State.stopped = os.getpid(), 0, None, False
    try:
        yield
    except Interrupted as stop:
        sys.stderr.write(f"Error: {stop}\n")
        raise SystemExit(stop.exit_code) from None
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        _State.owner = None


@contextlib.contextmanager
def deferred_signals(outcome: str = "") -> Iterator[None]:
    """A step a stop signal must not cut in two; the signal takes effect once it is done."""
    _State.deferring += 1
    try:
        yield
    finally:
        _State.deferring -= 1
    if not _State.deferring and _State.pending is not None and not _State.stopped:
        signum, _State.pending, _State.stopped = _State.pending, None, True
        raise Interrupted(signum, outcome)


def worker_started(parent: int) -> None:
    """First thing in a forked worker of the build process `parent`: SIGTERM ends it at once and
    SIGINT is left to the build process; on Linux it gets SIGTERM when the build process dies,
    even by SIGKILL; and it does not hold the output's lock, which thus ends with the build."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    close_inherited()
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:
        raise SystemExit(143)
