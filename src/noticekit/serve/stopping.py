"""Ctrl-C and SIGTERM stop `serve` cleanly, also in the middle of a build in forked workers.

- Between builds, either signal raises KeyboardInterrupt at once. During a build, the first one
  stops `serve` when the build is done (a second one at once): an exception raised in the middle
  of forking the build's workers would leave a lock taken and the server hung.
- A forked worker ends at once at SIGTERM, its pool's way of ending it, and ignores SIGINT (which a
  terminal sends to every process of `serve`). A Python handler in a worker could miss a signal
  that comes just before the worker blocks on its queue, or raise while the worker holds the
  queue's lock, and leave the pool hung.
"""

from __future__ import annotations

import functools
import os
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
    _reset_in_children()
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


@functools.cache
def _reset_in_children() -> None:
    """Once per process: a forked child ends at SIGTERM and ignores SIGINT."""
    os.register_at_fork(after_in_child=_in_child)


def _in_child() -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
