"""SIGTERM and SIGINT stop a build with one line and exit 143 or 130, with the staging folder gone
and no traceback from the build or its workers; after `kill -9` the next build cleans up."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from noticekit.write import MARKER

from .support import build
from .support import names
from .support import snapshot
from .support import start

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX signals and fork")


def paused_build(project: Path, ready: Path, workers: int):
    """A build of `site` stopped at its first page (in a worker, with workers), staging made."""
    process = start(
        "build",
        "notices",
        "--out",
        "site",
        cwd=project,
        NK_PAUSE=str(ready),
        NK_WORKERS=str(workers),
    )
    for _ in range(600):
        if ready.exists():
            return process
        assert process.poll() is None, process.stderr.read()
        time.sleep(0.05)
    raise AssertionError("the build did not start")


def stderr_when_all_ended(process) -> str:
    """Standard error once the build and every worker have ended (each held it open)."""
    return process.communicate(timeout=60)[1]


@pytest.mark.parametrize(
    ("signum", "to_group", "workers"),
    [
        (signal.SIGTERM, False, 0),  # `timeout`, `docker stop`: the build process alone
        (signal.SIGINT, True, 0),  # Ctrl-C: the whole process group
        (signal.SIGTERM, False, 2),
        (signal.SIGTERM, True, 2),  # a cancelled CI job
        (signal.SIGINT, True, 2),
    ],
)
def test_a_signal_stops_the_build_cleanly(
    project: Path, tmp_path: Path, signum: int, to_group: bool, workers: int
):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project)
    process = paused_build(project, tmp_path / "ready", workers)
    assert any(name.startswith(".site.tmp-") for name in names(project))
    if to_group:
        os.killpg(process.pid, signum)
    else:
        process.send_signal(signum)
    stderr = stderr_when_all_ended(process)
    assert process.returncode == 128 + signum, stderr
    name = signal.Signals(signum).name
    assert stderr == f'Error: build interrupted by {name}; "site" is as it was\n'
    assert snapshot(project) == before


def test_after_kill_9_the_next_build_removes_what_the_killed_one_left(
    project: Path, tmp_path: Path
):
    process = paused_build(project, tmp_path / "ready", workers=2)
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait(timeout=60) == -9
    staging = [name for name in names(project) if name.startswith(".site.tmp-")]
    assert len(staging) == 1 and (project / staging[0] / MARKER).is_file()
    assert (project / ".site.lock").read_text(encoding="utf-8") == f"{process.pid}\n"
    assert build("notices", "--out", "site").exit_code == 0
    assert names(project) == ["notices", "site"]


def test_workers_leave_quietly_when_the_build_process_is_killed(project: Path, tmp_path: Path):
    """Without the build process, workers would write their results into a closed pipe."""
    process = paused_build(project, tmp_path / "ready", workers=2)
    process.send_signal(signal.SIGKILL)
    stderr = stderr_when_all_ended(process)
    assert process.returncode == -9
    assert stderr == ""
