"""The site manifest: a bad or foreign one means a full build, never an error, and never a file
outside the site reused or a file of the previous site changed."""

from __future__ import annotations

import json
import os
from pathlib import Path
from pathlib import PurePosixPath

import pytest
from sitetree import record_calls

from noticekit import each_notice
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.base import Output
from noticekit.render.cache import FileStamp
from noticekit.render.cache import NoticeFiles
from noticekit.render.cache import RenderCache
from noticekit.write.manifest import FORMAT
from noticekit.write.manifest import MANIFEST
from noticekit.write.manifest import read_cache
from noticekit.write.writer import SiteWriter
from noticekit.write.writer import write_marker

FIXTURES = Path(__file__).parents[1] / "render" / "fixtures"


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    record_calls(monkeypatch, each_notice, "render_notice", lambda job: calls.append(job.id))
    return calls


def built_site(tmp_path: Path) -> tuple[list[Path], Path]:
    notices = [FIXTURES / "complete", FIXTURES / "fallback"]
    site = tmp_path / "site"
    build(notices, BuildOptions(out=site, history="off"))
    return notices, site


@pytest.mark.parametrize(
    "manifest",
    [
        b"",
        b"{not json",
        b"\xff\xfe",
        b"[]",
        json.dumps({"format": "noticekit-manifest/0", "entries": {}}).encode(),
        json.dumps({"format": FORMAT, "entries": []}).encode(),
        json.dumps({"format": FORMAT, "entries": {"k": [["a", "1"]]}}).encode(),
        json.dumps({"format": FORMAT, "entries": {"k": [["a", 1, 2]]}}).encode(),
    ],
)
def test_a_corrupt_manifest_means_a_full_build(
    tmp_path: Path, rendered: list[str], manifest: bytes
):
    notices, site = built_site(tmp_path)
    (site / MANIFEST).write_bytes(manifest)
    rendered.clear()
    build(notices, BuildOptions(out=site, history="off"))
    assert sorted(rendered) == ["complete", "fallback"]
    assert json.loads((site / MANIFEST).read_bytes())["format"] == FORMAT


@pytest.mark.parametrize(
    "path", ["../secret.txt", "/etc/hostname", "a/../../secret.txt", ".noticekit-site", "a\\b", ""]
)
def test_a_path_outside_the_site_voids_the_manifest(tmp_path: Path, path: str):
    site = tmp_path / "site"
    site.mkdir()
    write_marker(site)
    (tmp_path / "secret.txt").write_text("secret")
    data = {"format": FORMAT, "entries": {"key": [["a.html", 1], [path, 6]]}}
    (site / MANIFEST).write_text(json.dumps(data))
    assert read_cache(site).get("key") is None


def test_a_manifest_in_a_folder_noticekit_did_not_make_is_not_read(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    data = {"format": FORMAT, "entries": {"key": [["a.html", 1]]}}
    (site / MANIFEST).write_text(json.dumps(data))
    assert read_cache(site).get("key") is None
    write_marker(site)
    assert read_cache(site).get("key") is not None


def test_a_foreign_manifest_deletes_nothing_outside_the_site(tmp_path: Path, rendered: list[str]):
    notices, site = built_site(tmp_path)
    outside = tmp_path / "keep"
    outside.mkdir()
    (outside / "mine.txt").write_text("mine")
    entries = {"x": [["../keep/mine.txt", 4]]}
    (site / MANIFEST).write_text(json.dumps({"format": FORMAT, "entries": entries}))
    build(notices, BuildOptions(out=site, history="off"))
    assert (outside / "mine.txt").read_text() == "mine"
    assert "../keep/mine.txt" not in (site / MANIFEST).read_text()


def test_writing_over_a_reused_file_never_changes_the_previous_site(tmp_path: Path):
    previous = tmp_path / "previous"
    (previous / "a").mkdir(parents=True)
    (previous / "a" / "index.html").write_text("old page")
    staging = tmp_path / "staging"
    staging.mkdir()
    site = SiteWriter(staging)
    cache = RenderCache(previous, {"key": NoticeFiles((FileStamp("a/index.html", 8),))})
    assert cache.reuse("key", site)
    linked = os.stat(staging / "a" / "index.html")
    assert linked.st_ino == os.stat(previous / "a" / "index.html").st_ino
    site.write(Output(PurePosixPath("a", "index.html"), "new page"))
    assert (previous / "a" / "index.html").read_text() == "old page"
    assert (staging / "a" / "index.html").read_text() == "new page"


def test_a_file_changed_since_is_not_reused(tmp_path: Path):
    previous = tmp_path / "previous"
    previous.mkdir()
    (previous / "page.html").write_text("old page")
    staging = tmp_path / "staging"
    staging.mkdir()
    cache = RenderCache(previous, {"key": NoticeFiles((FileStamp("page.html", 9),))})
    assert not cache.reuse("key", SiteWriter(staging))  # another size
    assert list(staging.iterdir()) == []
