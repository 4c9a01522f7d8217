"""The live site: built in a private folder, problems kept for the browser, removed on close."""

from __future__ import annotations

from pathlib import Path

import pytest

from noticekit.errors import UsageError
from noticekit.serve.site import LiveSite


def test_rebuild_builds_in_a_private_folder_never_site(notices: Path, tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    site = LiveSite([notices])
    try:
        snapshot = site.rebuild()
        assert snapshot.problems is None
        page = snapshot.find("minimal/nb/index.html")
        assert page is not None and page.is_file() and page.is_relative_to(site.private)
        assert not (tmp_path / "site").exists()
    finally:
        site.close()
    assert not site.private.exists()


def test_a_broken_notice_becomes_problems_and_a_fix_brings_the_site_back(notices: Path):
    notice = notices / "minimal" / "notice.yaml"
    good = notice.read_text(encoding="utf-8")
    site = LiveSite([notices])
    try:
        first = site.rebuild()
        notice.write_text(good.replace("country: NO", "country: [NO"), encoding="utf-8")
        broken = site.rebuild([notice])
        assert not broken.files and broken.generation == first.generation + 1
        assert "minimal/notice.yaml:" in broken.problems
        notice.write_text(good, encoding="utf-8")
        fixed = site.rebuild([notice])
        site.tidy()
        assert fixed.problems is None and fixed.find("minimal/nb/index.html") is not None
        assert sorted(path.name for path in site.private.iterdir()) == ["build-1", "build-3"]
    finally:
        site.close()


def test_a_build_folder_is_removed_once_neither_it_nor_the_one_before_serves_from_it(
    notices: Path,
):
    site = LiveSite([notices])
    try:
        for _ in range(4):
            latest = site.rebuild()
            site.tidy()
        # build-1 holds the notice's files (unchanged since); each build writes the index anew
        assert sorted(path.name for path in site.private.iterdir()) == [
            "build-1",
            "build-3",
            "build-4",
        ]
        assert latest.find("index.html") == site.private / "build-4" / "index.html"
        assert (
            latest.find("minimal/nb/index.html") == site.private / "build-1/minimal/nb/index.html"
        )
    finally:
        site.close()


def test_a_bad_path_on_the_first_build_is_a_usage_error(tmp_path: Path):
    site = LiveSite([tmp_path / "missing"])
    try:
        with pytest.raises(UsageError, match="does not exist"):
            site.rebuild()
    finally:
        site.close()
    assert not site.private.exists()


def test_close_removes_only_its_own_folder(notices: Path, tmp_path: Path):
    keep = tmp_path / "keep.txt"
    keep.write_text("mine", encoding="utf-8")
    site = LiveSite([notices])
    site.rebuild()
    site.close()
    assert keep.read_text(encoding="utf-8") == "mine"
    assert notices.joinpath("minimal", "notice.yaml").is_file()
