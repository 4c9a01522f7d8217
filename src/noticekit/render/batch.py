"""The one parallel path of a build: `mapped`, which is `map` in this process, or the same map in
forked workers for big builds (`forked_map`); `noticekit.each_notice` maps its notice tasks with
it."""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable
from collections.abc import Generator
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.connection import Pipe
from multiprocessing.connection import wait
from typing import Any
from typing import TypeVar
from typing import cast

from noticekit.errors import BuildError
from noticekit.write.signals import deferred_signals
from noticekit.write.signals import worker_started

#: Builds doing fewer notices than this stay in one process (forking costs more than it saves).
PARALLEL_FROM = 24
#: At most this many worker processes.
MAX_WORKERS = 4

Progress = Callable[[int, int], None]
T = TypeVar("T")


def worker_count(jobs: int) -> int:
    """How many processes to use: one for small builds or where fork is unavailable."""
    if jobs < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(
        1, min(MAX_WORKERS, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    )


def mapped(task: Callable[[int], T], count: int, workers: int) -> Generator[T, None, None]:
    """`task(0)` … `task(count - 1)`: in this process for one worker, else in forked workers (in
    the order they finish)."""
    if workers > 1 and count > 1:
        yield from forked_map(task, count, workers)
    else:
        yield from map(task, range(count))


@contextlib.contextmanager
def no_collections() -> Iterator[None]:
    """No garbage collection during one notice's task: its data makes no reference cycles (the
    templates' few are collected after the task), and the collector's passes over the growing
    data and pages, alive until the task ends, cost a fifth of the loading time and a few
    percent of the rendering."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def forked_map(task: Callable[[int], T], count: int, workers: int) -> Iterator[T]:
    """`task(0)` here, then `task(1)` … `task(count - 1)` in forked workers, in the order they
    finish.

    The first task compiles the templates and loads the catalogs and locale data once, and the
    workers share them. Objects frozen before the fork are left alone by the workers' garbage
    collector, so their memory pages stay shared. Each worker has a pipe of its own and this
    process no helper threads, so a stop signal always reaches the waiting main thread and no lock
    is shared with a worker; however the map ends (close the iterator), every worker is killed and
    reaped first.
    """
    first = task(0)
    gc.freeze()
    started: dict[int, Connection] = {}
    try:
        for _ in range(workers):
            pid, conn = _fork_worker(task, list(started.values()))
            started[pid] = conn
        yield first
        chunk = max(1, count // (workers * 32))
        chunks = (list(range(start, min(start + chunk, count))) for start in range(1, count, chunk))
        yield from _results(list(started.values()), chunks)
    finally:
        with deferred_signals():
            _end_workers(started)
        gc.unfreeze()


def _fork_worker(task: Callable[[int], Any], others: list[Connection]) -> tuple[int, Connection]:
    """Start a worker that runs `task` on each chunk of indexes it is sent, until it gets None."""
    parent = os.getpid()
    mine, theirs = Pipe()
    pid = os.fork()
    if pid:
        theirs.close()
        return pid, mine
    try:  # the worker: never returns, never unwinds into the build's code
        mine.close()
        for conn in others:
            conn.close()
        worker_started(parent)
        while (indexes := theirs.recv()) is not None:
            theirs.send([_outcome(task, index) for index in indexes])
    finally:
        os._exit(0)


def _outcome(task: Callable[[int], Any], index: int) -> tuple[bool, Any]:
    try:
        return True, task(index)
    except Exception as error:  # raised again in the build process, as the sequential build would
        return False, error


def _results(conns: list[Connection], chunks: Iterator[list[int]]) -> Iterator[Any]:
    busy = [conn for conn in conns if _send_next(conn, chunks)]
    while busy:
        for conn in cast(list[Connection], wait(busy)):
            try:
                outcomes = conn.recv()
            except EOFError:
                raise BuildError("a worker process ended before its notices were done") from None
            if not _send_next(conn, chunks):
                busy.remove(conn)
            for ok, value in outcomes:
                if not ok:
                    raise value
                yield value


def _send_next(conn: Connection, chunks: Iterator[list[int]]) -> bool:
    """Send the worker its next chunk; False when none is left (the worker is then told so)."""
    indexes = next(chunks, None)
    conn.send(indexes)
    return indexes is not None


def _end_workers(started: dict[int, Connection]) -> None:
    """Kill the workers and wait until each has ended: none writes into the staging folder later."""
    for pid, conn in started.items():
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        conn.close()
    for pid in started:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
