"""Render every notice into the staging folder: in this process, or in forked workers for big builds."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from typing import TypeVar

from noticekit.problems import Problem
from noticekit.render.base import NoticeJob
from noticekit.render.base import Renderer
from noticekit.render.picker import MissingTextsError
from noticekit.write import SiteWriter
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
            _collect(forked_map(_render_job, len(jobs), workers), jobs, site, progress)
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
    their memory pages stay shared.
    """
    first = task(0)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(
            workers, initializer=worker_started, initargs=(os.getpid(),)
        ) as pool:
            chunk = max(1, count // (workers * 32))
            yield first
            yield from pool.imap_unordered(task, range(1, count), chunk)
    finally:
        gc.unfreeze()


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
