"""Rendering in worker processes gives the same site, and the same errors, as rendering in one."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sitetree import many_notices
from sitetree import tree

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import batch
from noticekit.render.view.picker import MissingTextsError

FIXTURES = Path(__file__).parent / "fixtures"
NOTICES = [FIXTURES / name for name in ("complete", "hostile", "fallback")]


@pytest.fixture
def parallel(monkeypatch: pytest.MonkeyPatch) -> None:
    if "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    monkeypatch.setattr(batch, "worker_count", lambda jobs: 2)


def test_workers_write_the_same_site(
    tmp_path: Path, parallel: None, monkeypatch: pytest.MonkeyPatch
):
    build(NOTICES, BuildOptions(out=tmp_path / "parallel", history="off"))
    monkeypatch.setattr(batch, "worker_count", lambda jobs: 1)
    build(NOTICES, BuildOptions(out=tmp_path / "serial", history="off"))
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")
    assert len(tree(tmp_path / "serial")) == 19  # 14 pages, 3 landing pages, marker, manifest


def test_a_big_build_renders_in_forked_workers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Nothing patched away: a build of PARALLEL_FROM notices forks its workers, whose files are
    those one process writes."""
    if batch.worker_count(batch.PARALLEL_FROM) < 2:
        pytest.skip("needs fork and two CPUs")
    notices = many_notices(tmp_path / "notices", batch.PARALLEL_FROM)
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    build([notices], BuildOptions(out=tmp_path / "parallel", history="off", strict=True))
    assert len(forks) == batch.worker_count(batch.PARALLEL_FROM)
    monkeypatch.setattr(batch, "PARALLEL_FROM", batch.PARALLEL_FROM + 1)
    build([notices], BuildOptions(out=tmp_path / "serial", history="off", strict=True))
    assert len(forks) == batch.worker_count(batch.PARALLEL_FROM)  # no more forks
    assert tree(tmp_path / "parallel") == tree(tmp_path / "serial")
    assert "n23/en/index.html" in tree(tmp_path / "serial")


def test_workers_report_every_missing_text(tmp_path: Path, parallel: None):
    with pytest.raises(MissingTextsError) as raised:
        build([*NOTICES, FIXTURES / "missing"], BuildOptions(out=tmp_path / "site"))
    assert [p.path for p in raised.value.problems] == [
        ("purposes", 1, "name"),
        ("purposes", 1, "description"),
    ]
    assert not (tmp_path / "site").exists()
    assert list(tmp_path.iterdir()) == []


def test_small_builds_stay_in_one_process():
    assert batch.worker_count(batch.PARALLEL_FROM - 1) == 1


def _pid_of_worker(index: int) -> int:
    return os.getpid()


def test_a_stop_signal_can_reach_only_the_waiting_main_thread(parallel: None):
    """The kernel hands a signal for the build process to any thread that does not block it, and
    Python runs the handler in the main thread only: a helper thread would leave the build
    waiting for results from workers that the signal ended."""
    before = threading.active_count()  # other tests of this process may have left threads
    threads = [threading.active_count() for _ in batch.forked_map(_pid_of_worker, 6, 2)]
    assert threads == [before] * 6


def test_no_worker_outlives_a_map_closed_early(parallel: None):
    with contextlib.closing(batch.forked_map(_pid_of_worker, 40, 2)) as results:
        workers = {next(results), next(results), next(results)} - {os.getpid()}
    assert workers
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


LOST_WORKER = """
import os, signal
from noticekit.render import batch
def task(index):
    if index == 3:
        os.kill(os.getpid(), signal.SIGKILL)
    return index
try:
    list(batch.forked_map(task, 8, 2))
except batch.BuildError as error:
    print(error)
"""


def test_a_worker_killed_alone_ends_the_map_with_an_error(parallel: None):
    ended = subprocess.run(
        [sys.executable, "-c", LOST_WORKER], capture_output=True, text=True, timeout=60
    )
    assert ended.stdout == "a worker process ended before its notices were done\n", ended.stderr
