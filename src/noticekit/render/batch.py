"""Render every notice into the staging folder: in this process, or in forked workers for big builds."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.connection import Pipe
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any
from typing import TypeVar

from noticekit.errors import BuildError
from noticekit.problems import Problem
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.view.picker import MissingTextsError
from noticekit.write import SiteWriter
from noticekit.write.signals import deferred_signals
from noticekit.write.signals import worker_started

#: Builds with fewer notices than this stay in one process (forking costs more than it saves).
PARALLEL_FROM = 24
#: At most this many worker processes.
MAX_WORKERS = 4

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class JobResult:
    """What rendering one notice produced: files written, missing texts, page titles for the index."""

    index: int
    files: int
    missing: list[Problem]
    titles: dict[str, Any]


#: (jobs, renderers, staging) for the worker processes, inherited through fork.
_shared: tuple[list[NoticeJob], list[Renderer], Path] | None = None


def _render_job(index: int) -> JobResult:
    assert _shared is not None
    jobs, renderers, staging = _shared
    job = jobs[index]
    writer = SiteWriter(staging)
    missing: list[Problem] = []
    try:
        for renderer in renderers:
            for output in renderer.render(job):
                writer.write(output)
    except MissingTextsError as error:
        missing = error.problems
    titles = dict(job.titles)
    job.release()
    return JobResult(index, writer.count, missing, titles)


def worker_count(jobs: int) -> int:
    """How many processes to use: one for small builds or where fork is unavailable."""
    if jobs < PARALLEL_FROM or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return max(
        1, min(MAX_WORKERS, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)
    )


def render_notices(
    jobs: list[NoticeJob],
    renderers: list[Renderer],
    site: SiteWriter,
    progress: Progress | None = None,
) -> None:
    """Render every job into `site`; all missing texts of all notices raise one MissingTextsError."""
    global _shared
    _shared = (jobs, renderers, site.staging)
    workers = worker_count(len(jobs))
    try:
        if workers == 1:
            _collect(map(_render_job, range(len(jobs))), jobs, site, progress)
        else:
            with contextlib.closing(forked_map(_render_job, len(jobs), workers)) as results:
                _collect(results, jobs, site, progress)
    finally:
        _shared = None


@contextlib.contextmanager
def no_collections() -> Iterator[None]:
    """No garbage collection while loading: parsed data makes no reference cycles, and the collector's
    passes over the growing heap cost a fifth of the loading time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def forked_map(task: Callable[[int], T], count: int, workers: int) -> Iterator[T]:
    """`task(0)` here, then `task(1)` … `task(count - 1)` in forked workers, in the order they finish.

    The first task compiles the templates and loads the catalogs and locale data once, and the workers
    share them. Objects frozen before the fork are left alone by the workers' garbage collector, so
    their memory pages stay shared. Each worker has a pipe of its own and this process no helper
    threads, so a stop signal always reaches the waiting main thread and no lock is shared with a
    worker; however the map ends (close the iterator), every worker is killed and reaped first.
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
        for conn in wait(busy):
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


def _collect(
    results: Iterable[JobResult], jobs: list[NoticeJob], site: SiteWriter, progress: Progress | None
) -> None:
    missing: list[Problem] = []
    if progress is not None:
        progress(0, len(jobs))
    for done, result in enumerate(results, start=1):
        site.count += result.files
        missing.extend(result.missing)
        jobs[result.index].titles.update(result.titles)
        if progress is not None:
            progress(done, len(jobs))
    if missing:
        raise MissingTextsError(missing)
