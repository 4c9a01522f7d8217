"""Atomic output: the new site appears whole, or the old one stays."""

from __future__ import annotations

from pathlib import Path
from pathlib import PurePosixPath

import pytest

from noticekit.errors import UsageError
from noticekit.render.base import Output
from noticekit.write import atomic_site


def test_site_is_swapped_in_whole(tmp_path: Path):
    out = tmp_path / "site"
    with atomic_site(out) as site:
        site.write(Output(PurePosixPath("a", "b.txt"), "new"))
        assert not out.exists()
    assert (out / "a" / "b.txt").read_text(encoding="utf-8") == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_error_keeps_the_old_site_and_leaves_no_staging(tmp_path: Path):
    out = tmp_path / "site"
    out.mkdir()
    (out / "old.txt").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_site(out) as site:
        site.write(Output(PurePosixPath("half.txt"), "half"))
        raise RuntimeError("render failed")
    assert [p.name for p in out.iterdir()] == ["old.txt"]
    assert [p.name for p in tmp_path.iterdir()] == ["site"]


def test_output_must_be_a_folder(tmp_path: Path):
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError), atomic_site(tmp_path / "file"):
        pass
