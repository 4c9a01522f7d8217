"""The swap and what earlier builds left: one step where Linux allows, two renames elsewhere, the
previous site put back after a crash, leftovers of the same output removed and nothing else."""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
from pathlib import Path

import pytest

from noticekit.write import MARKER
from noticekit.write import swap
from noticekit.write.writer import write_marker

from .support import FIXTURES
from .support import assert_one_line_error
from .support import build
from .support import names
from .support import snapshot
from .support import start


def marked_folder(path: Path, *files: str) -> Path:
    path.mkdir()
    write_marker(path)
    for name in files:
        (path / name).write_text(name, encoding="utf-8")
    return path


def test_leftovers_of_this_output_go_and_lookalikes_stay(project: Path, tmp_path: Path):
    assert build("notices", "--out", "site").exit_code == 0
    marked_folder(project / ".site.tmp-0123abcd", "half.html")
    marked_folder(project / ".site.old-89abcdef", "index.html")
    (project / ".site.tmp-00000000").mkdir()  # killed before its marker was written
    lookalikes = {  # name: marked?
        ".site.tmp-deadbeef": False,  # the right name, no marker
        ".site.tmp-notours1": True,  # a name the build never gives
        ".site.old-cafe": True,  # too short
        ".other.tmp-12345678": True,  # another output's
        "site.tmp-12345678": True,  # not hidden
    }
    for name, marked in lookalikes.items():
        (project / name).mkdir()
        (project / name / "mine.txt").write_text("mine", encoding="utf-8")
        if marked:
            write_marker(project / name)
    marked_folder(tmp_path / "elsewhere", "keep.txt")
    (project / ".site.old-0badcafe").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    kept = {name: snapshot(project / name) for name in [*lookalikes, ".site.old-0badcafe"]}
    elsewhere = snapshot(tmp_path / "elsewhere")
    result = build("notices", "--out", "site")
    assert result.exit_code == 0
    assert names(project) == sorted([*lookalikes, ".site.old-0badcafe", "notices", "site"])
    warning = f'warning: "{project / ".site.tmp-deadbeef"}" may be left by an interrupted build'
    assert [line for line in result.output.splitlines() if "warning" in line] == [
        warning
        + f", but it has no {MARKER} file, so it stays: remove it yourself if it is not yours"
    ]
    assert {name: snapshot(project / name) for name in kept} == kept
    assert snapshot(tmp_path / "elsewhere") == elsewhere


def test_a_crash_between_the_two_renames_is_put_right_by_the_next_run(project: Path):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project / "site")
    crashed = start("build", "notices", "--out", "site", cwd=project, NK_CRASH="1")
    assert crashed.wait(timeout=60) == -9, crashed.stderr.read()
    assert not (project / "site").exists()
    assert any(name.startswith(".site.old-") for name in names(project))
    shutil.copytree(FIXTURES / "missing", project / "notices" / "missing")
    result = build("notices", "--out", "site")  # fails: a text is missing
    assert result.exit_code == 1
    assert snapshot(project / "site") == before
    assert names(project) == ["notices", "site"]


def test_an_invalid_build_puts_back_the_site_before_it_stops(project: Path):
    """Even a build that stops at validation, before it writes, restores the previous site."""
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project / "site")
    os.rename(project / "site", project / ".site.old-0123abcd")
    (project / "notices" / "complete" / "notice.yaml").write_text("id: [", encoding="utf-8")
    assert build("notices", "--out", "site").exit_code == 1
    assert snapshot(project / "site") == before
    assert names(project) == ["notices", "site"]


def test_two_renames_where_renameat2_is_missing(project: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(swap, "_renameat2", lambda: None)
    assert build("notices", "--out", "site").exit_code == 0
    (project / "site" / "stale.html").write_text("stale", encoding="utf-8")
    assert build("notices", "--out", "site").exit_code == 0
    assert not (project / "site" / "stale.html").exists()
    assert names(project) == ["notices", "site"]


@pytest.mark.parametrize("code", [errno.ENOSYS, errno.EINVAL])
def test_two_renames_where_renameat2_cannot_exchange(
    project: Path, monkeypatch: pytest.MonkeyPatch, code: int
):
    def refuse(*args) -> int:
        ctypes.set_errno(code)
        return -1

    monkeypatch.setattr(swap, "_renameat2", lambda: refuse)
    assert build("notices", "--out", "site").exit_code == 0
    (project / "site" / "stale.html").write_text("stale", encoding="utf-8")
    assert build("notices", "--out", "site").exit_code == 0
    assert not (project / "site" / "stale.html").exists()
    assert names(project) == ["notices", "site"]


@pytest.mark.skipif(swap._renameat2() is None, reason="renameat2 is not available")
def test_exchange_swaps_two_folders_in_one_step(tmp_path: Path):
    marked_folder(tmp_path / "a", "from-a")
    marked_folder(tmp_path / "b", "from-b")
    assert swap.exchange(tmp_path / "a", tmp_path / "b")
    assert names(tmp_path / "a") == [MARKER, "from-b"]
    assert names(tmp_path / "b") == [MARKER, "from-a"]


def test_a_failed_second_rename_puts_the_old_site_back(project: Path, monkeypatch):
    assert build("notices", "--out", "site").exit_code == 0
    before = snapshot(project / "site")
    monkeypatch.setattr(swap, "exchange", lambda first, second: False)
    rename = os.rename

    def cross_device(source, target):
        if ".tmp-" in os.fspath(source) and os.fspath(target).endswith("site"):
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
        rename(source, target)

    monkeypatch.setattr(os, "rename", cross_device)
    result = build("notices", "--out", "site")
    assert_one_line_error(result, 1, 'cannot put the new site in place of "site"')
    assert snapshot(project / "site") == before
    assert names(project) == ["notices", "site"]


def test_a_removal_cut_short_keeps_the_marker_for_the_next_build(
    tmp_path: Path, monkeypatch, capsys
):
    folder = marked_folder(tmp_path / ".site.tmp-0123abcd", "gone.html", "stuck.html")
    remove_entry = swap._remove_entry
    monkeypatch.setattr(
        swap, "_remove_entry", lambda path: path.name == "stuck.html" or remove_entry(path)
    )
    swap.remove_site(folder)
    assert names(folder) == [MARKER, "stuck.html"]
    assert capsys.readouterr().err.startswith(f'warning: cannot remove "{folder}": ')
    monkeypatch.setattr(swap, "_remove_entry", remove_entry)
    swap.remove_site(folder)
    assert not folder.exists()
