"""Incremental builds: a build renders only the notices whose inputs changed, validates only the
notice files whose bytes changed (or that it renders), and its site is byte-identical (manifest
and all) to a clean build of the same inputs."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from babel.messages.mofile import read_mo
from babel.messages.mofile import write_mo
from sitetree import record_calls
from sitetree import tree

import noticekit
from noticekit import each_notice
from noticekit.errors import BuildError
from noticekit.errors import UsageError
from noticekit.i18n import loading
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import archive
from noticekit.render.env import packaged_templates
from noticekit.render.view.picker import MissingTextsError
from noticekit.validate import notices as validation
from noticekit.write.manifest import MANIFEST

FIXTURES = Path(__file__).parent / "render" / "fixtures"
EXAMPLE = Path(__file__).parents[1] / "notices" / "example"


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the notices each build renders (pages and archives), in order."""
    calls: list[str] = []
    record_calls(monkeypatch, each_notice, "render_notice", lambda job: calls.append(job.id))
    record_calls(
        monkeypatch, archive, "archive_outputs", lambda job: calls.append(f"archive:{job.id}")
    )
    return calls


@pytest.fixture
def validated(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders of the notice files each build parses and validates, in order."""
    calls: list[str] = []
    validate_document = validation.validate_document

    def counted(doc, *args, **kwargs):
        calls.append(doc.path.parent.name)
        return validate_document(doc, *args, **kwargs)

    monkeypatch.setattr(validation, "validate_document", counted)
    return calls


@pytest.fixture
def notices(tmp_path: Path) -> Path:
    root = tmp_path / "notices"
    for name in ("complete", "fallback", "hostile"):
        shutil.copytree(FIXTURES / name, root / name)
    return root


def rebuild(
    paths: list[Path], out: Path, rendered: list[str], validated: list[str] | None = None, **options
) -> list[str]:
    """Build into `out` (incrementally) and into a new folder with --clean; the two sites must be
    byte-identical. Returns the notices the incremental build rendered; `validated` is left with
    the notice files it validated."""
    options.setdefault("history", "off")
    rendered.clear()
    checked = validated if validated is not None else []
    checked.clear()
    build(paths, BuildOptions(out=out, **options))
    done, checked_here = list(rendered), sorted(checked)
    clean = out.parent / "clean"
    shutil.rmtree(clean, ignore_errors=True)
    build(paths, BuildOptions(out=clean, clean=True, **options))
    assert tree(out) == tree(clean)
    checked[:] = checked_here
    return sorted(done)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_nothing_changed_renders_and_validates_nothing(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    site = tmp_path / "site"
    assert rebuild([notices], site, rendered, validated) == ["complete", "fallback", "hostile"]
    assert validated == ["complete", "fallback", "hostile"]
    assert rebuild([notices], site, rendered, validated) == []
    assert validated == []
    assert (site / MANIFEST).is_file() and "complete/en/index.html" in tree(site)


def test_clean_renders_everything(tmp_path: Path, notices: Path, rendered: list[str]):
    build([notices], BuildOptions(out=tmp_path / "site", history="off"))
    rendered.clear()
    build([notices], BuildOptions(out=tmp_path / "site", history="off", clean=True))
    assert sorted(rendered) == ["complete", "fallback", "hostile"]


def test_added_changed_removed_and_renamed_notices(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    shutil.copytree(EXAMPLE, notices / "example")
    assert rebuild([notices], site, rendered, validated) == ["example"] == validated
    edit(notices / "complete" / "notice.yaml", "version: ", "version: 9")
    assert rebuild([notices], site, rendered, validated) == ["complete"] == validated
    shutil.rmtree(notices / "hostile")
    assert rebuild([notices], site, rendered, validated) == [] == validated
    assert not any(path.startswith("hostile/") for path in tree(site))
    (notices / "fallback").rename(notices / "renamed")
    edit(notices / "renamed" / "notice.yaml", "id: fallback", "id: renamed")
    assert rebuild([notices], site, rendered, validated) == ["renamed"] == validated
    assert not any(path.startswith("fallback/") for path in tree(site))
    moved = notices.rename(tmp_path / "moved")
    assert rebuild([moved], site, rendered, validated) == []
    # validation depends on a file's path (its id must match its folder): validated again
    assert validated == ["complete", "example", "renamed"]


def test_a_changed_template_renders_everything(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    templates = tmp_path / "templates"
    templates.mkdir()
    shutil.copy(packaged_templates() / "notice.md.j2", templates)
    site = tmp_path / "site"
    rebuild([notices], site, rendered, templates=templates)
    with open(templates / "notice.md.j2", "a", encoding="utf-8") as handle:
        handle.write("\nA changed template.\n")
    assert rebuild([notices], site, rendered, validated, templates=templates) == [
        "complete",
        "fallback",
        "hostile",
    ]
    # unchanged files, loaded for their pages only
    assert validated == ["complete", "fallback", "hostile"]
    assert tree(site)["complete/en/notice.md"].endswith(b"A changed template.\n")


def test_a_changed_catalog_renders_everything(
    tmp_path: Path, notices: Path, rendered: list[str], monkeypatch: pytest.MonkeyPatch
):
    locale = tmp_path / "locale"
    shutil.copytree(Path(str(loading.locale_dir())), locale)
    monkeypatch.setattr(loading, "locale_dir", lambda: locale)
    loading.translations.cache_clear()
    loading.domain_translations.cache_clear()
    site = tmp_path / "site"
    try:
        rebuild([notices], site, rendered, formats=["md"])
        mo = locale / "en" / "LC_MESSAGES" / "ui.mo"
        with open(mo, "rb") as handle:
            catalog = read_mo(handle)
        catalog.get("Version").string = "Edition"
        with open(mo, "wb") as handle:
            write_mo(handle, catalog)
        loading.translations.cache_clear()
        loading.domain_translations.cache_clear()
        assert rebuild([notices], site, rendered, formats=["md"]) == [
            "complete",
            "fallback",
            "hostile",
        ]
        assert b"Edition" in tree(site)["complete/en/notice.md"]
    finally:
        loading.translations.cache_clear()
        loading.domain_translations.cache_clear()


def test_changed_options_render_what_they_change(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered, languages=["en"])
    # "hostile" is in English only: --lang en built all of it
    assert rebuild([notices], site, rendered, validated) == ["complete", "fallback"] == validated
    assert rebuild([notices], site, rendered, formats=["html", "md"]) == [
        "complete",
        "fallback",
        "hostile",
    ]


def test_another_noticekit_version_renders_and_validates_everything(
    tmp_path: Path,
    notices: Path,
    rendered: list[str],
    validated: list[str],
    monkeypatch: pytest.MonkeyPatch,
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    monkeypatch.setattr(noticekit, "__version__", "99.0")
    everything = ["complete", "fallback", "hostile"]
    assert rebuild([notices], site, rendered, validated) == everything == validated


def test_strict_validates_every_notice_for_lint(
    tmp_path: Path, rendered: list[str], validated: list[str]
):
    notices = tmp_path / "notices"
    shutil.copytree(EXAMPLE, notices / "example")
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    assert rebuild([notices], site, rendered, validated, strict=True) == []
    assert validated == ["example"]


def test_checks_across_notices_use_the_recorded_facts(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    twin = tmp_path / "twin.yaml"
    shutil.copy(notices / "complete" / "notice.yaml", twin)
    validated.clear()
    with pytest.raises(BuildError, match='notice id "complete" is used twice'):
        build([notices, twin], BuildOptions(out=site, history="off"))
    # the twin only (twice: its files, keyed like those of "complete", were placed already)
    assert set(validated) == {tmp_path.name}
    with pytest.raises(UsageError, match='--lang "fi": no notice is published in it'):
        build([notices], BuildOptions(out=site, history="off", languages=["fi"]))


@pytest.mark.parametrize(
    "manifest",
    [
        b"{",
        b"[" * 100_000,
        b'{"format": "noticekit-manifest/1", "entries": {}}',
        b'{"format": "noticekit-manifest/2", "entries": {}, "notices": []}',
        b'{"format": "noticekit-manifest/2", "entries": {}, "notices": {"k": [1, 2]}}',
    ],
)
def test_a_foreign_or_broken_manifest_validates_everything(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str], manifest: bytes
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    (site / MANIFEST).write_bytes(manifest)
    everything = ["complete", "fallback", "hostile"]
    assert rebuild([notices], site, rendered, validated) == everything == validated


def test_a_notice_recorded_under_its_own_bytes_only(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    """Facts recorded for one file's bytes never stand for another's: a notice whose bytes
    change back and forth is validated each time they differ from the last build's."""
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    notice = notices / "fallback" / "notice.yaml"
    before = notice.read_bytes()
    edit(notice, "id: fallback", "id: fallback-other")  # no longer matches its folder
    with pytest.raises(BuildError, match="does not match the folder name"):
        build([notices], BuildOptions(out=site, history="off"))
    notice.write_bytes(before)
    assert rebuild([notices], site, rendered, validated) == [] == validated


def test_a_page_edited_by_hand_is_rendered_again(
    tmp_path: Path, notices: Path, rendered: list[str], validated: list[str]
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    page = site / "fallback" / "en" / "notice.md"
    page.write_bytes(page.read_bytes().replace(b"#", b"!", 1))  # the same size
    later = os.stat(site / MANIFEST).st_mtime_ns + 1_000_000_000
    os.utime(page, ns=(later, later))
    assert rebuild([notices], site, rendered, validated) == ["fallback"] == validated


def test_a_failed_incremental_build_leaves_the_previous_site_as_it_was(
    tmp_path: Path, notices: Path, rendered: list[str]
):
    site = tmp_path / "site"
    rebuild([notices], site, rendered)
    before = tree(site)
    edit(notices / "complete" / "notice.yaml", "version: ", "version: 9")
    with pytest.raises(MissingTextsError):
        build([notices, FIXTURES / "missing"], BuildOptions(out=site, history="off"))
    assert tree(site) == before


def test_a_rebuild_without_a_new_commit_to_the_notice_renders_no_archive(
    git_repo, tmp_path: Path, rendered: list[str], validated: list[str]
):
    notice = git_repo.write("notices/complete/notice.yaml", "")
    shutil.copy(FIXTURES / "complete" / "notice.yaml", notice)
    git_repo.commit("first")
    edit(notice, "version: ", "version: 9")
    git_repo.commit("second", when="2025-02-01T12:00:00+00:00")
    site = git_repo.root / "site"
    paths = [Path("notices")]
    first = rebuild(paths, site, rendered, history="auto")
    assert first == ["archive:complete", "complete"]
    assert any("/versions/" in path for path in tree(site))
    assert rebuild(paths, site, rendered, validated, history="auto") == [] == validated
    git_repo.write("README.md", "a new commit\n")
    git_repo.commit("third", when="2025-03-01T12:00:00+00:00")
    # a commit to another file changes no archive
    assert rebuild(paths, site, rendered, validated, history="auto") == [] == validated
    edit(notice, "version: ", "version: 1")
    git_repo.commit("fourth", when="2025-04-01T12:00:00+00:00")
    assert rebuild(paths, site, rendered, validated, history="auto") == [
        "archive:complete",
        "complete",
    ]
