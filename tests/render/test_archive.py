"""`noticekit build` with history: each earlier version, the list of versions, the changes, the
feed, the JSON-LD of each version; shallow clones and folders outside git; identical rebuilds."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from diff.support import BASE_TEXT
from history.test_versions import version
from sitetree import tree
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.history import git
from noticekit.render.archive import Repositories

NOTICE = "notices/base/notice.yaml"
OLD_ENTRY = (
    '    - date: 2024-01-01\n      version: "1.0"\n      summary: {nb: Første., en: First.}\n'
)
ATOM = "{http://www.w3.org/2005/Atom}"
ANALYTICS = (
    "  - id: analytics\n    name: {nb: Analyse, en: Analytics}\n    data_subjects: [customers]\n"
    "    legal_bases: [A6-1-f]\n"
)


def build(*args: str):
    result = CliRunner().invoke(app, ["build", "notices", "--out", "site", *args])
    assert "Traceback" not in result.output, result.output
    return result


@pytest.fixture
def repo(git_repo):
    """Versions 1.0 (change history only), 2.0 (git), 2.1 (git: a purpose added)."""
    old = OLD_ENTRY
    git_repo.write(NOTICE, BASE_TEXT.replace("  history:\n", "  history:\n" + old))
    first = git_repo.commit("2.0", when="2025-05-20T08:00:00+00:00")
    text = version(BASE_TEXT.replace("  history:\n", "  history:\n" + old), "2.1", "2025-09-01")
    git_repo.write(
        NOTICE,
        text.replace("recipients:\n  - id: mailer", ANALYTICS + "recipients:\n  - id: mailer"),
    )
    second = git_repo.commit("2.1", when="2025-08-15T08:00:00+00:00")
    git_repo.first, git_repo.second = first, second
    return git_repo


def test_every_version_is_published_beside_the_current_pages(repo) -> None:
    result = build()
    assert result.exit_code == 0 and result.stderr == ""
    site = repo.root / "site"
    for lang in ("nb", "en"):
        for name in (
            "2.0/index.html",
            "2.0/notice.md",
            "2.1/index.html",
            "2.1/changes.html",
            "index.html",
        ):
            assert (site / "base" / lang / "versions" / name).is_file(), (lang, name)
        assert (site / "base" / lang / "feed.atom").is_file()
        assert not (site / "base" / lang / "versions" / "2.0" / "changes.html").exists()
    assert (site / "base/versions/2.0/notice.jsonld").is_file()
    assert (site / "base/en/index.html").read_bytes() == (site / "base/en/index.html").read_bytes()


def test_an_earlier_version_says_when_and_by_what_it_was_superseded(repo) -> None:
    build()
    page = (repo.root / "site/base/en/versions/2.0/index.html").read_text(encoding="utf-8")
    assert (
        "<strong>This version was superseded on September 1, 2025 by version 2.1.</strong>" in page
    )
    assert '<a href="../../index.html">Read the current version</a>' in page
    assert '<link rel="alternate" hreflang="nb" href="../../../nb/versions/2.0/index.html">' in page
    assert "Version 2.0" in page and "analytics" not in page.lower()
    markdown = (repo.root / "site/base/nb/versions/2.0/notice.md").read_text(encoding="utf-8")
    assert markdown.startswith(
        "> **Denne versjonen ble erstattet 1. september 2025 av versjon 2.1.**\n"
    )
    current = (repo.root / "site/base/en/versions/2.1/index.html").read_text(encoding="utf-8")
    assert (
        "This is the current version of the notice, at an address that stays the same." in current
    )


def test_the_list_of_versions_gives_date_class_summary_and_source(repo) -> None:
    build()
    page = (repo.root / "site/base/en/versions/index.html").read_text(encoding="utf-8")
    newest, middle, oldest = page.split('<section id="version-')[1:]
    assert '<a href="2.1/index.html">Version 2.1</a>' in newest and "(current version)" in newest
    assert '<strong class="flag">material</strong>' in newest
    assert "Material changes: 1 (Purpose added) · Editorial changes: 3" in newest
    assert '<a href="2.1/changes.html">All changes</a>' in newest
    assert f"git commit {repo.second[:12]}" in newest and "<p>Version 2.1.</p>" in newest
    assert "The version before has no text to compare with." in middle
    assert '<time datetime="2025-06-01">June 1, 2025</time>' in middle
    assert "Known only from the change history in the notice." in oldest
    assert "the change history in the notice" in oldest and "<p>First.</p>" in oldest
    assert "urn:noticekit:base:version:1.0" in oldest


def test_the_changes_page_shows_every_change_in_the_page_language(repo) -> None:
    build()
    page = (repo.root / "site/base/nb/versions/2.1/changes.html").read_text(encoding="utf-8")
    assert "Sammenlignet med versjon 2.0." in page
    assert '<h2 id="change-1">Versjon endret</h2>' in page
    assert (
        "<h2" in page
        and "Formål lagt til" in page
        and '<strong class="flag">vesentlig</strong>' in page
    )


def test_the_feed_is_atom_with_one_entry_per_version(repo) -> None:
    build()
    feed = ET.parse(repo.root / "site/base/en/feed.atom").getroot()
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}id").text == "urn:noticekit:base:feed:en"
    assert feed.find(f"{ATOM}updated").text == "2025-09-01T00:00:00Z"
    assert feed.find(f"{ATOM}author/{ATOM}name").text == "Acme AS"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.find(f"{ATOM}id").text for entry in entries] == [
        "urn:noticekit:base:version:2.1",
        "urn:noticekit:base:version:2.0",
        "urn:noticekit:base:version:1.0",
    ]  # fmt: skip
    assert [entry.find(f"{ATOM}updated").text for entry in entries] == [
        "2025-09-01T00:00:00Z", "2025-06-01T00:00:00Z", "2024-01-01T00:00:00Z",
    ]  # fmt: skip
    assert entries[0].find(f"{ATOM}link").attrib["href"] == "versions/2.1/index.html"
    assert entries[0].find(f"{ATOM}summary").text.startswith("Material changes: 1 (Purpose added)")
    assert entries[2].find(f"{ATOM}link") is None


def test_the_json_ld_of_each_version_names_the_notice_and_the_versions_around_it(repo) -> None:
    from pyld import jsonld

    build()
    document = json.loads(
        (repo.root / "site/base/versions/2.0/notice.jsonld").read_text(encoding="utf-8")
    )
    [node] = [
        n for n in jsonld.expand(document) if n.get("@id") == "urn:noticekit:base:version:2.0"
    ]
    dct = "http://purl.org/dc/terms/"
    assert node[f"{dct}isVersionOf"] == [{"@id": "https://acme.example/privacy"}]
    assert node[f"{dct}replaces"] == [{"@id": "urn:noticekit:base:version:1.0"}]
    assert node[f"{dct}isReplacedBy"] == [{"@id": "urn:noticekit:base:version:2.1"}]
    assert node[f"{dct}hasVersion"] == [{"@value": "2.0"}]
    page = (repo.root / "site/base/en/versions/2.0/index.html").read_text(encoding="utf-8")
    assert '"@id": "urn:noticekit:base:version:2.0"' in page


def test_two_builds_are_byte_identical_whatever_the_file_times(repo) -> None:
    build()
    first = tree(repo.root / "site")
    os.utime(repo.root / NOTICE, (0, 0))
    build()
    assert tree(repo.root / "site") == first


def test_lang_and_format_restrict_the_archive(repo) -> None:
    build("--lang", "en", "--format", "md")
    files = set(tree(repo.root / "site"))
    assert "base/en/versions/2.0/notice.md" in files
    assert not any(name.startswith("base/nb/") for name in files)
    assert not any(name.endswith((".html", ".atom", ".jsonld")) for name in files)


def test_a_shallow_clone_builds_the_current_pages_and_warns_once(
    repo, tmp_path, monkeypatch
) -> None:
    clone = tmp_path / "shallow"
    repo.git("clone", "-q", "--depth", "1", f"file://{repo.root}", str(clone))
    monkeypatch.chdir(clone)
    result = build()
    assert result.exit_code == 0
    assert (
        not (clone / "site/base/en/versions").exists()
        and (clone / "site/base/en/index.html").is_file()
    )
    [warning] = result.stderr.splitlines()
    assert warning.startswith(
        f"warning: earlier versions are not published ({NOTICE} is in a shallow git clone)"
    )
    assert "`fetch-depth: 0`" in warning and "--no-history" in warning
    assert build("--no-history").stderr == ""
    required = build("--history", "require")
    assert required.exit_code == 1
    assert "no history for --history require: in a shallow git clone" in required.output
    assert not (clone / "site").exists() or not (clone / "site/base/en/versions").exists()


def test_outside_git_the_archive_is_skipped_with_the_same_warning(tmp_path, monkeypatch) -> None:
    (tmp_path / "notices/base").mkdir(parents=True)
    (tmp_path / NOTICE).write_text(BASE_TEXT, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = build()
    assert result.exit_code == 0 and "is not in a git repository" in result.stderr
    assert build("--history", "require").exit_code == 1
    assert not (tmp_path / "site").exists() or not (tmp_path / "site/base/en/versions").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--history", "sometimes"], '--history "sometimes": expected auto or require'),
        (["--history", "require", "--no-history"], "--no-history and --history require contradict"),
    ],
)
def test_bad_history_options_are_usage_errors(repo, args, message) -> None:
    result = build(*args)
    assert result.exit_code == 2 and message in result.output


def test_an_earlier_version_is_published_in_the_languages_it_had(git_repo) -> None:
    single = BASE_TEXT.replace("languages: [nb, en]", "languages: [nb]")
    git_repo.write(NOTICE, single.replace('version: "2.0"', 'version: "1.0"'))
    git_repo.commit("1.0 in nb only")
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0 in nb and en")
    build()
    site = git_repo.root / "site/base"
    assert (site / "nb/versions/1.0/index.html").is_file()
    assert not (site / "en/versions/1.0").exists()
    listing = (site / "en/versions/index.html").read_text(encoding="utf-8")
    assert '<h2 id="version-2-title">Version 1.0</h2>' in listing


def test_a_build_in_worker_processes_publishes_the_same_archive(repo, monkeypatch) -> None:
    from noticekit.render import batch

    if "fork" not in batch.multiprocessing.get_all_start_methods():
        pytest.skip("needs fork")
    build()
    serial = tree(repo.root / "site")
    monkeypatch.setattr(batch, "PARALLEL_FROM", 1)
    monkeypatch.setattr(batch, "worker_count", lambda jobs: 2)
    build()
    assert tree(repo.root / "site") == serial


@pytest.mark.parametrize(
    "page", ["en/versions/index.html", "nb/versions/2.1/changes.html", "en/versions/2.0/index.html"]
)
def test_archive_pages_are_valid_html(repo, page: str) -> None:
    html5lib = pytest.importorskip("html5lib")
    build()
    parser = html5lib.HTMLParser(strict=True)
    parser.parse((repo.root / "site/base" / page).read_bytes())
    assert parser.errors == []


def test_a_repository_is_asked_once_for_its_root_and_whether_it_is_shallow(
    repo, monkeypatch
) -> None:
    commands: list[str] = []
    real_run = git.run

    def counted(root, *args, **kwargs):
        commands.append(" ".join(args))
        return real_run(root, *args, **kwargs)

    monkeypatch.setattr(git, "run", counted)
    repositories = Repositories("auto")
    for _ in range(2):
        assert repositories.root(Path(NOTICE)) == repo.root.resolve()
    assert commands == ["rev-parse --show-toplevel --is-shallow-repository"]


def test_the_changes_page_gives_storage_periods_in_words(git_repo) -> None:
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0", when="2025-05-20T08:00:00+00:00")
    text = version(BASE_TEXT, "2.1", "2025-09-01").replace("duration: P1Y", "duration: P18M", 1)
    git_repo.write(NOTICE, text)
    git_repo.commit("2.1", when="2025-08-15T08:00:00+00:00")
    assert build("--format", "html").exit_code == 0
    page = (git_repo.root / "site/base/nb/versions/2.1/changes.html").read_text(encoding="utf-8")
    assert "Lagringstid forlenget" in page and "P18M" not in page
    assert "<dd><p>1 år</p></dd>" in page and "<dd><p>18 måneder</p></dd>" in page
