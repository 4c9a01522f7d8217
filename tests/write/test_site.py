"""Atomic output: the new site appears whole, or the old one stays."""

from __future__ import annotations

from pathlib import Path
from pathlib import PurePosixPath

import pytest

from noticekit.errors import UsageError
from noticekit.render.base import Output
from noticekit.write import MARKER
from noticekit.write import atomic_site
from noticekit.write.writer import write_marker


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
