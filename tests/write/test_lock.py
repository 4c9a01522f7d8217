"""One build of an output at a time: a second one exits 1 naming the first one's process id; a
lock file left by a dead build does not block."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

import pytest

from noticekit.write.lock import OutputLock
from noticekit.write.signals import worker_started

from .support import assert_one_line_error
from .support import build
from .support import names
from .support import run
from .support import snapshot
from .support import start

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX locks")


def wait_for(path: Path, process) -> None:
    for _ in range(600):
        if path.exists():
            return
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    raise AssertionError(f"{path} did not appear")


def test_a_second_build_while_one_runs_exits_1(project: Path, tmp_path: Path):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project / "site")
    ready = tmp_path / "ready"
    first = start("build", "notices", "--out", "site", cwd=project, NK_PAUSE=str(ready))
    try:
        wait_for(ready, first)
        second = run("build", "notices", "--out", "site", cwd=project)
        assert second.returncode == 1
        assert second.stderr == (
            f'Error: another build of "site" is running (pid {first.pid}); wait for it to end\n'
        )
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=60) == 143
    assert snapshot(project / "site") == before
    assert names(project) == ["notices", "site"]


def test_a_held_lock_is_named_with_its_process_id(project: Path):
    project.joinpath("site").mkdir()
    with OutputLock(project / "site", Path("site")):
        result = build("notices", "--out", "site")
    assert_one_line_error(result, 1, f'another build of "site" is running (pid {os.getpid()})')
    assert names(project) == ["notices", "site"]


def test_the_lock_file_of_a_dead_build_does_not_block(project: Path):
    (project / ".site.lock").write_text("999999999\n", encoding="utf-8")
    result = build("notices", "--out", "site")
    assert result.exit_code == 0, result.output
    assert names(project) == ["notices", "site"]


def test_a_lock_file_removed_under_a_build_is_not_trusted(project: Path, monkeypatch):
    """A build that opened the lock file just as the build holding it removed it would lock a file
    nobody else sees; it must lock the new one, or two builds would run at once."""
    opened: list[int] = []
    open_lock_file = OutputLock._open

    def open_as_the_other_build_ends(self) -> int:
        fd = open_lock_file(self)
        if not opened:
            os.unlink(self.path)
        opened.append(fd)
        return fd

    monkeypatch.setattr(OutputLock, "_open", open_as_the_other_build_ends)
    with OutputLock(project / "site", Path("site")) as lock:
        assert len(opened) == 2
        assert os.fstat(lock.fd).st_ino == os.stat(lock.path).st_ino
        assert lock.path.read_text(encoding="utf-8") == f"{os.getpid()}\n"
    assert not lock.path.exists()


def _is_open(fd: int) -> bool:
    try:
        os.fstat(fd)
    except OSError:
        return False
    return True


def test_workers_do_not_hold_the_output_lock(tmp_path: Path):
    """A killed build's lock ends with the build process, not with the last of its workers."""
    context = multiprocessing.get_context("fork")
    with OutputLock(tmp_path / "site", Path("site")) as lock:
        with context.Pool(1, initializer=worker_started, initargs=(os.getpid(),)) as pool:
            assert pool.apply(_is_open, (lock.fd,)) is False
        assert _is_open(lock.fd)
