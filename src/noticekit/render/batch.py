"""The render stage: each notice's files reused from the cache or rendered into the staging folder,
by `map` in this process, or by the same map in forked workers for big builds (`forked_map`)."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
import signal
from collections.abc import Callable
from collections.abc import Generator
from collections.abc import Iterable
from collections.abc import Iterator
from multiprocessing.connection import Connection
from multiprocessing.connection import Pipe
from multiprocessing.connection import wait
from typing import Any
from typing import TypeVar
from typing import cast

from noticekit.errors import BuildError
from noticekit.problems import Problem
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.cache import FileStamp
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.render.keys import CacheKeys
from noticekit.render.picker import MissingTextsError
from noticekit.write import SiteWriter
from noticekit.write.signals import deferred_signals
from noticekit.write.signals import worker_started

#: Builds rendering fewer notices than this stay in one process (forking costs more than it saves).
PARALLEL_FROM = 24
#: At most this many worker processes.
MAX_WORKERS = 4

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclasses.dataclass(frozen=True)
class JobResult:
    """What rendering one notice produced: the files written, the texts missing."""

    index: int
    files: NoticeFiles
    missing: list[Problem]


def render_stage(
    jobs: list[NoticeJob],
    renderers: list[Renderer],
    site: SiteWriter,
    cache: RenderCache,
    keys: CacheKeys,
    progress: Progress | None = None,
) -> None:
    """Every notice in all its formats into `site`: the earlier files where its inputs are
    unchanged, else rendered; all missing texts of all notices raise one MissingTextsError."""
    todo = [(key, job) for job in jobs if not cache.reuse(key := keys.notice(job), site)]
    rendered = render_notices([job for _, job in todo], renderers, site, progress)
    for (key, _), files in zip(todo, rendered, strict=True):
        cache.put(key, files)


#: (jobs, renderers, site) for the worker processes, inherited through fork.
_shared: tuple[list[NoticeJob], list[Renderer], SiteWriter] | None = None


def _render_job(index: int) -> JobResult:
    assert _shared is not None
    jobs, renderers, site = _shared
    job = jobs[index]
    writer = SiteWriter(site.staging)  # in a worker: its own count, added up by `_collect`
    missing: list[Problem] = []
    written: list[FileStamp] = []
    try:
        for renderer in renderers:
            written.extend(writer.write(output) for output in renderer.render(job))
    except MissingTextsError as error:
        missing = error.problems
    job.release()
    return JobResult(index, NoticeFiles(tuple(written)), missing)


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
) -> list[NoticeFiles]:
    """Render every job into `site`; the files of each, in the order of `jobs`."""
    global _shared
    _shared = (jobs, renderers, site)
    try:
        with contextlib.closing(mapped(_render_job, len(jobs), worker_count(len(jobs)))) as results:
            return _collect(results, jobs, site, progress)
    finally:
        _shared = None


def mapped(task: Callable[[int], T], count: int, workers: int) -> Generator[T, None, None]:
    """`task(0)` … `task(count - 1)`: in this process for one worker, else in forked workers (in
    the order they finish)."""
    if workers > 1 and count > 1:
        yield from forked_map(task, count, workers)
    else:
        yield from map(task, range(count))


@contextlib.contextmanager
def no_collections() -> Iterator[None]:
    """No garbage collection while loading: parsed data makes no reference cycles, and the
    collector's passes over the growing heap cost a fifth of the loading time."""
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


def _collect(
    results: Iterable[JobResult], jobs: list[NoticeJob], site: SiteWriter, progress: Progress | None
) -> list[NoticeFiles]:
    files: list[NoticeFiles | None] = [None] * len(jobs)
    missing: list[Problem] = []
    if progress is not None:
        progress(0, len(jobs))
    for done, result in enumerate(results, start=1):
        files[result.index] = result.files
        missing.extend(result.missing)
        if progress is not None:
            progress(done, len(jobs))
    if missing:
        raise MissingTextsError(missing)
    site.count += sum(len(found.files) for found in files if found is not None)
    return [found if found is not None else NoticeFiles(()) for found in files]
