"""Ctrl-C and SIGTERM stop `serve` cleanly, also in the middle of a build in forked workers.

Between builds, either signal raises KeyboardInterrupt at once. During a build, the first one
stops `serve` when the build is done, and a second one at once: an exception raised while the
build forks its workers (in the fork's own handlers, such as the `logging` module's) would be
lost and leave a lock taken, and the server hung. The workers themselves end at SIGTERM and
ignore SIGINT (`noticekit.write.signals.worker_started`).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class _State:
    building = False
    requested: int | None = None


@contextmanager
def stop_on_signals() -> Iterator[None]:
    """Around `serve`: SIGINT and SIGTERM raise KeyboardInterrupt (after a build, see above)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _State.building, _State.requested = False, None
    previous = {signum: signal.signal(signum, _interrupt) for signum in STOP_SIGNALS}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@contextmanager
def building() -> Iterator[None]:
    """Around a build: a stop signal that comes during it takes effect when it is done."""
    _State.building = True
    try:
        yield
    finally:
        _State.building = False
    if _State.requested is not None:
        raise KeyboardInterrupt


def _interrupt(signum: int, frame: object) -> None:
    if _State.building and _State.requested is None:
        _State.requested = signum
        return
    raise KeyboardInterrupt
