"""Atomic output: the new site appears whole, or the old one stays; a failure is one line."""

from __future__ import annotations

import errno
import os
import shutil
import signal
from pathlib import Path
from pathlib import PurePosixPath

import pytest

from noticekit.errors import UsageError
from noticekit.render import batch
from noticekit.render.base import Output
from noticekit.write import MARKER
from noticekit.write import atomic_site
from noticekit.write import stop_on_signals
from noticekit.write import swap
from noticekit.write import writer
from noticekit.write.signals import deferred_signals
from noticekit.write.writer import write_marker

from .support import FIXTURES
from .support import assert_one_line_error
from .support import build
from .support import names
from .support import snapshot


def test_site_is_swapped_in_whole(tmp_path: Path):
    out = tmp_path / "site"
    with atomic_site(out) as site:
        site.write(Output(PurePosixPath("a", "b.txt"), "new"))
        assert not out.exists()
    assert (out / "a" / "b.txt").read_text(encoding="utf-8") == "new"
    assert (out / MARKER).read_text(encoding="utf-8").startswith("noticekit site\n")
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_error_keeps_the_old_site_and_leaves_no_staging(tmp_path: Path):
    out = tmp_path / "site"
    out.mkdir()
    write_marker(out)
    (out / "old.txt").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_site(out) as site:
        site.write(Output(PurePosixPath("half.txt"), "half"))
        raise RuntimeError("render failed")
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "old.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_output_must_be_a_folder(tmp_path: Path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError), atomic_site(tmp_path / "file"):
        pass


def test_replacing_a_site_removes_the_old_one_whole(tmp_path: Path):
    out = tmp_path / "site"
    out.mkdir()
    write_marker(out)
    for name in ("a", "b", "c"):
        (out / name / "deep").mkdir(parents=True)
        (out / name / "deep" / "page.html").write_text(name, encoding="utf-8")
    (out / "index.html").write_text("old", encoding="utf-8")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "keep.txt").write_text("keep", encoding="utf-8")
    (out / "link").symlink_to(outside, target_is_directory=True)
    with atomic_site(out) as site:
        site.write(Output(PurePosixPath("index.html"), "new"))
    assert sorted(p.name for p in out.iterdir()) == [MARKER, "index.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outside", "site"]
    assert (outside / "keep.txt").read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("workers", [1, 2])
def test_a_full_disk_is_one_line_and_keeps_the_old_site(
    project: Path, monkeypatch: pytest.MonkeyPatch, workers: int
):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project)
    if workers > 1 and "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    monkeypatch.setattr(batch, "worker_count", lambda count: workers)

    def full_disk(path, mode="r", *args, **options):
        if ("w" in mode or "x" in mode) and str(path).endswith("index.html"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return open(path, mode, *args, **options)

    monkeypatch.setattr(writer, "open", full_disk, raising=False)
    result = build("notices", "--out", "site")
    assert_one_line_error(result, 1, "cannot write", "index.html", "No space left on device")
    assert snapshot(project) == before


def test_parents_made_for_a_failed_build_are_removed(project: Path):
    shutil.copytree(FIXTURES / "missing", project / "notices" / "missing")
    assert build("notices", "--out", "deep/er/site").exit_code == 1
    assert names(project) == ["notices"]


def test_a_stop_signal_waits_for_the_swap(monkeypatch: pytest.MonkeyPatch):
    """A signal inside `deferred_signals()` takes effect once the step is done, with exit 143."""
    steps = []
    with pytest.raises(SystemExit) as stopped, stop_on_signals():
        with deferred_signals(outcome="the new site is in place"):
            os.kill(os.getpid(), signal.SIGTERM)
            steps.append("swapped")
        steps.append("after")
    assert steps == ["swapped"]
    assert stopped.value.code == 143


def test_a_full_disk_at_the_marker_leaves_no_staging_folder(project: Path, monkeypatch):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project)

    def marker_on_a_full_disk(folder: Path) -> None:
        (folder / MARKER).write_bytes(b"noticek")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(swap, "write_marker", marker_on_a_full_disk)
    result = build("notices", "--out", "site")
    assert_one_line_error(result, 1, 'cannot make a staging folder next to "site"', "No space left")
    assert snapshot(project) == before


def test_a_full_disk_at_the_lock_file_is_one_line(project: Path, monkeypatch):
    def full(fd: int, length: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "ftruncate", full)
    result = build("notices", "--out", "site")
    assert_one_line_error(result, 1, "cannot write the lock file", "No space left on device")
    assert names(project) == ["notices"]
