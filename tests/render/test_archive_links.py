"""A notice's current pages link to its list of versions and its feed when the build publishes
them, and only then: with history, the HTML format and the whole git history."""

from __future__ import annotations

import re
from pathlib import Path
from pathlib import PurePosixPath

import pytest
from diff.support import BASE_TEXT

from noticekit.load import load_source
from noticekit.render import RENDERERS
from noticekit.render.archive import Repositories
from noticekit.render.archive import links_versions
from noticekit.render.base import NoticeJob
from noticekit.validate import LoadedNotice
from noticekit.validate import validate_document

from .test_archive import NOTICE
from .test_archive import build
from .test_archive import repo  # noqa: F401  (a fixture)

FEED_LINK = re.compile(
    r'<link rel="alternate" type="application/atom\+xml" href="feed.atom" title="([^"]+)">'
)


def pages(file: Path, versions: bool) -> dict[str, str]:
    """The current pages of the notice in `file`, rendered as the build renders them."""
    doc, _ = load_source(file)
    assert doc is not None
    notice = validate_document(doc)[0]
    assert notice is not None
    job = NoticeJob(LoadedNotice(doc, notice), ["nb", "en"], versions=versions)
    return {
        str(output.path): output.content
        for name in ("html", "md")
        for output in RENDERERS[name](None).render(job)
    }


def test_the_current_pages_link_to_the_versions_and_the_feed(tmp_path) -> None:
    file = tmp_path / NOTICE
    file.parent.mkdir(parents=True)
    file.write_text(BASE_TEXT, encoding="utf-8")
    linked, plain = pages(file, versions=True), pages(file, versions=False)
    nb, en = linked["base/nb/index.html"], linked["base/en/index.html"]
    assert FEED_LINK.findall(nb) == ["Følg endringene (Atom-feed)"]
    assert FEED_LINK.findall(en) == ["Follow the changes (Atom feed)"]
    assert '· <a href="versions/index.html">Alle versjoner</a></p>' in nb
    assert " · [All versions](versions/index.html)\n" in linked["base/en/notice.md"]
    for name, content in plain.items():
        assert "versions/index.html" not in content and "feed.atom" not in content, name


def test_the_links_name_files_the_build_publishes(repo) -> None:  # noqa: F811
    assert build().exit_code == 0
    file = repo.root / NOTICE
    assert links_versions(file, Repositories("auto"), ["html", "md", "jsonld"])
    for name, content in pages(file, versions=True).items():
        folder = repo.root / "site" / PurePosixPath(name).parent
        for href in re.findall(r'href="(versions/index.html|feed.atom)"', content):
            assert (folder / href).is_file(), (name, href)
        assert (repo.root / "site" / name).read_text(encoding="utf-8") == content, name


@pytest.mark.parametrize("args", [["--no-history"], []])
def test_the_built_pages_link_to_the_versions_only_with_history(repo, args) -> None:  # noqa: F811
    assert build(*args).exit_code == 0
    page = (repo.root / "site/base/nb/index.html").read_text(encoding="utf-8")
    assert ('href="versions/index.html"' in page) is not bool(args)
    assert (repo.root / "site/base/nb/versions/index.html").exists() is not bool(args)


@pytest.mark.parametrize(
    ("history", "formats"), [("off", ["html", "md"]), ("auto", ["md", "jsonld"])]
)
def test_no_link_without_history_or_without_html_pages(repo, history, formats) -> None:  # noqa: F811
    args = ["--no-history"] if history == "off" else ["--format", "md", "--format", "jsonld"]
    assert build(*args).exit_code == 0
    assert not (repo.root / "site/base/nb/versions/index.html").exists()
    assert not links_versions(repo.root / NOTICE, Repositories(history), formats)


def test_no_link_in_a_shallow_clone_or_outside_git(repo, tmp_path) -> None:  # noqa: F811
    clone = tmp_path / "shallow"
    repo.git("clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone))
    assert not links_versions(clone / NOTICE, Repositories("auto"), ["html"])
    outside = tmp_path / "plain" / NOTICE
    outside.parent.mkdir(parents=True)
    outside.write_text(BASE_TEXT, encoding="utf-8")
    assert not links_versions(outside, Repositories("auto"), ["html"])
