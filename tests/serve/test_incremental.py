"""Rebuilds after edits re-render only what changed, and serve exactly what a clean build writes."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render.batch import PARALLEL_FROM
from noticekit.render.env import packaged_templates
from noticekit.serve import known as known_module
from noticekit.serve import site as site_module
from noticekit.serve.site import LiveSite
from noticekit.serve.site import Snapshot
from noticekit.write.manifest import MANIFEST
from noticekit.write.writer import MARKER

SHIPPED = Path(__file__).parents[2] / "notices"


def clean_build(paths: list[Path], out: Path, templates: Path | None = None) -> dict[str, bytes]:
    """Every file `noticekit build --no-history` writes for the same inputs, by site path."""
    shutil.rmtree(out, ignore_errors=True)
    build(paths, BuildOptions(out=out, templates=templates, history="off"))
    files = {
        path.relative_to(out).as_posix(): path.read_bytes()
        for path in out.rglob("*")
        if path.is_file()
    }
    return {path: body for path, body in files.items() if path not in (MARKER, MANIFEST)}


def served(snapshot: Snapshot) -> dict[str, bytes]:
    assert snapshot.problems is None, snapshot.problems
    return {path: snapshot.find(path).read_bytes() for path in snapshot.files}  # type: ignore[union-attr]


@pytest.fixture
def project(notices: Path) -> Path:
    """`notices/` with the minimal fixture and the shipped example notice."""
    shutil.copytree(SHIPPED / "example", notices / "example")
    return notices


def written(site: LiveSite, snapshot: Snapshot) -> set[str]:
    """The site paths this build wrote into its own folder (the others it took from earlier)."""
    newest = str(site.private / f"build-{snapshot.generation}")
    return {path for path, folder in snapshot.files.items() if folder == newest}


def test_an_edit_renders_that_notice_alone_and_serves_the_clean_build(project: Path, tmp_path):
    site = LiveSite([project])
    try:
        site.rebuild()
        notice = project / "minimal" / "notice.yaml"
        notice.write_text(
            notice.read_text(encoding="utf-8").replace("en: Privacy notice", "en: Edited"),
            encoding="utf-8",
        )
        site.known.checked = 0
        snapshot = site.rebuild([notice])
        assert site.known.checked == 1
        assert written(site, snapshot) == {
            "index.html",
            *(path for path in snapshot.files if path.startswith("minimal/")),
        }
        assert b"Edited" in snapshot.find("minimal/en/index.html").read_bytes()
        assert served(snapshot) == clean_build([project], tmp_path / "clean")
    finally:
        site.close()


def test_add_remove_rename_break_and_fix_serve_the_clean_build(project: Path, tmp_path):
    site = LiveSite([project])
    try:
        site.rebuild()
        minimal = project / "minimal" / "notice.yaml"
        text = minimal.read_text(encoding="utf-8")
        added = project / "added" / "notice.yaml"
        added.parent.mkdir()
        added.write_text(text.replace("id: minimal", "id: added"), encoding="utf-8")
        assert served(site.rebuild([added])) == clean_build([project], tmp_path / "clean")

        shutil.rmtree(project / "example")
        snapshot = site.rebuild([project / "example" / "notice.yaml"])
        assert not any(path.startswith("example/") for path in snapshot.files)
        assert served(snapshot) == clean_build([project], tmp_path / "clean")

        renamed = project / "renamed" / "notice.yaml"
        renamed.parent.mkdir()
        renamed.write_text(text.replace("id: minimal", "id: renamed"), encoding="utf-8")
        shutil.rmtree(project / "minimal")
        snapshot = site.rebuild([minimal, renamed])
        assert not any(path.startswith("minimal/") for path in snapshot.files)
        assert served(snapshot) == clean_build([project], tmp_path / "clean")

        renamed.write_text(text.replace("country: NO", "country: [NO"), encoding="utf-8")
        broken = site.rebuild([renamed])
        assert broken.problems is not None and "renamed/notice.yaml:" in broken.problems
        renamed.write_text(text.replace("id: minimal", "id: renamed"), encoding="utf-8")
        assert served(site.rebuild([renamed])) == clean_build([project], tmp_path / "clean")
    finally:
        site.close()


def test_a_file_the_watcher_names_is_checked_again_even_if_it_looks_unchanged(
    project: Path, tmp_path, monkeypatch
):
    """A clock that moves in coarse steps can give two saves of one size the same time."""
    monkeypatch.setattr(known_module, "stamp", lambda path: (0, 0, 0, 0, 0))
    site = LiveSite([project])
    try:
        site.rebuild()
        notice = project / "minimal" / "notice.yaml"
        edited = notice.read_text(encoding="utf-8").replace(
            "en: Privacy notice", "en: Privacy 2ndce"
        )
        notice.write_text(edited, encoding="utf-8")
        snapshot = site.rebuild([notice])
        assert b"Privacy 2ndce" in snapshot.find("minimal/en/index.html").read_bytes()
        assert served(snapshot) == clean_build([project], tmp_path / "clean")
    finally:
        site.close()


def copies(notices: Path, count: int) -> None:
    """`count` more notices like the minimal one: enough for a build to render in workers."""
    text = (notices / "minimal" / "notice.yaml").read_text(encoding="utf-8")
    for number in range(count):
        (notices / f"copy-{number}").mkdir()
        copy = text.replace("id: minimal", f"id: copy-{number}")
        (notices / f"copy-{number}" / "notice.yaml").write_text(copy, encoding="utf-8")


def test_a_template_change_renders_every_notice_again_in_workers(project: Path, tmp_path):
    copies(project, PARALLEL_FROM)
    templates = tmp_path / "templates"
    templates.mkdir()
    css = (packaged_templates() / "notice.css").read_text(encoding="utf-8")
    (templates / "notice.css").write_text(css + "/* v1 */\n", encoding="utf-8")
    site = LiveSite([project], templates=templates)
    try:
        site.rebuild()
        (templates / "notice.css").write_text(css + "/* v2 */\n", encoding="utf-8")
        snapshot = site.rebuild([templates / "notice.css"])
        assert written(site, snapshot) == set(snapshot.files)
        assert b"/* v2 */" in snapshot.find("example/en/index.html").read_bytes()
        assert served(snapshot) == clean_build([project], tmp_path / "clean", templates)
    finally:
        site.close()


def test_a_file_changed_unseen_by_the_watcher_is_checked_again(project: Path, tmp_path):
    """The watcher names the files it saw change; a file changed otherwise (its size, time or
    inode differ) is loaded again all the same."""
    site = LiveSite([project])
    try:
        site.rebuild()
        notice = project / "minimal" / "notice.yaml"
        edited = notice.read_text(encoding="utf-8").replace("en: Privacy notice", "en: Unseen")
        notice.unlink()
        notice.write_text(edited, encoding="utf-8")
        snapshot = site.rebuild()
        assert b"Unseen" in snapshot.find("minimal/en/index.html").read_bytes()
        assert served(snapshot) == clean_build([project], tmp_path / "clean")
    finally:
        site.close()


def test_a_big_build_freezes_what_stays_and_an_edit_does_not_collect(notices: Path, monkeypatch):
    """No full collection over every notice lands in an edit's rebuild (see `site.py`)."""
    copies(notices, PARALLEL_FROM)
    calls = []
    monkeypatch.setattr(site_module, "keep_out_of_collections", lambda: calls.append(gc.freeze()))
    site = LiveSite([notices])
    try:
        gc.unfreeze()
        site.rebuild()
        assert len(calls) == 1 and gc.get_freeze_count() > 0
        notice = notices / "minimal" / "notice.yaml"
        notice.write_text(notice.read_text(encoding="utf-8").replace("en: Privacy", "en: A"))
        site.rebuild([notice])
        assert len(calls) == 1
    finally:
        site.close()
        gc.unfreeze()
