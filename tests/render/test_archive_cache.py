"""The archive of a notice is rendered again only when the notice or the commits that changed its
file change: a commit to another file leaves it as it was, and every incremental build is
byte-identical to a clean one (`render.archive.archive_keys`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from diff.support import BASE_TEXT
from history.test_versions import version
from sitetree import record_calls
from sitetree import tree

from noticekit.history import git
from noticekit.pipeline import BuildOptions
from noticekit.pipeline import build
from noticekit.render import archive

BASE = "notices/base/notice.yaml"
OTHER = "notices/other/notice.yaml"
OTHER_TEXT = BASE_TEXT.replace("id: base", "id: other", 1)


@pytest.fixture
def archived(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the notices whose archive each build renders."""
    calls: list[str] = []
    record_calls(monkeypatch, archive, "archive_outputs", lambda job: calls.append(job.id))
    return calls


@pytest.fixture
def repo(git_repo):
    """Two notices, each committed in two versions."""
    git_repo.write(BASE, BASE_TEXT)
    git_repo.write(OTHER, OTHER_TEXT)
    git_repo.commit("2.0", when="2025-05-20T08:00:00+00:00")
    git_repo.write(BASE, version(BASE_TEXT, "2.1", "2025-09-01"))
    git_repo.write(OTHER, version(OTHER_TEXT, "2.1", "2025-09-01"))
    git_repo.commit("2.1", when="2025-08-15T08:00:00+00:00")
    return git_repo


def rebuild(repo, archived: list[str], notices: str = "notices") -> list[str]:
    """Build into `site` (incrementally) and into `clean` with --clean: the two sites must be
    byte-identical. The ids of the notices whose archive the incremental build rendered."""
    archived.clear()
    build([Path(notices)], BuildOptions(out=Path("site")))
    done = sorted(archived)
    shutil.rmtree("clean", ignore_errors=True)
    build([Path(notices)], BuildOptions(out=Path("clean"), clean=True))
    assert tree(repo.root / "site") == tree(repo.root / "clean")
    assert any("/versions/2.0/" in path for path in tree(repo.root / "site"))
    return done


def test_a_commit_to_another_file_renders_no_archive_again(repo, archived) -> None:
    assert rebuild(repo, archived) == ["base", "other"]
    assert rebuild(repo, archived) == []
    repo.write("README.md", "not a notice\n")
    repo.commit("readme", when="2025-10-01T08:00:00+00:00")
    assert rebuild(repo, archived) == []


def test_a_commit_to_a_notice_renders_its_archive_alone_again(repo, archived) -> None:
    rebuild(repo, archived)
    repo.write(OTHER, version(version(OTHER_TEXT, "2.1", "2025-09-01"), "2.2", "2025-11-01"))
    repo.commit("other 2.2", when="2025-10-01T08:00:00+00:00")
    assert rebuild(repo, archived) == ["other"]
    listing = (repo.root / "site/other/en/versions/index.html").read_text(encoding="utf-8")
    assert "Version 2.2" in listing


def test_committing_the_file_as_it_is_renders_its_archive_again(repo, archived) -> None:
    """The same bytes, first only in the work tree, then in a commit: the archive now names the
    commit of the current version, though the notice's own pages stay as they were."""
    repo.write(BASE, version(version(BASE_TEXT, "2.1", "2025-09-01"), "2.2", "2025-11-01"))
    rebuild(repo, archived)
    listing = repo.root / "site/base/en/versions/index.html"
    assert "git commit" not in listing.read_text(encoding="utf-8").split("</section>")[0]
    commit = repo.commit("base 2.2", when="2025-10-01T08:00:00+00:00")
    assert rebuild(repo, archived) == ["base"]
    assert f"git commit {commit[:12]}" in listing.read_text(encoding="utf-8")


def test_moved_notices_render_their_archives_again(repo, archived) -> None:
    rebuild(repo, archived)
    repo.git("mv", "notices", "policies")
    repo.commit("moved", when="2025-10-01T08:00:00+00:00")
    assert rebuild(repo, archived, "policies") == ["base", "other"]


def test_the_keys_of_every_archive_come_from_one_git_log_per_repository(
    repo, archived, monkeypatch
) -> None:
    rebuild(repo, archived)
    commands: list[str] = []
    real_run = git.run

    def counted(root, *args, **kwargs):
        commands.append(args[0])
        return real_run(root, *args, **kwargs)

    monkeypatch.setattr(git, "run", counted)
    build([Path("notices")], BuildOptions(out=Path("site")))
    assert commands == ["rev-parse", "log"]
