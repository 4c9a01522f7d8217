"""Reading git through its command line: roots, shallow clones, revisions, blobs, a file's log."""

from __future__ import annotations

import pytest

from noticekit.errors import UsageError
from noticekit.history import git


def test_outside_a_repository_there_is_no_root(tmp_path) -> None:
    assert git.repo_root(tmp_path) is None


def test_root_revision_and_blobs(git_repo) -> None:
    git_repo.write("notices/a/notice.yaml", "one\n")
    first = git_repo.commit("one")
    assert git.repo_root(git_repo.root / "notices") == git_repo.root.resolve()
    assert git.resolve(git_repo.root, "HEAD") == first
    assert git.read_blobs(
        git_repo.root, [f"{first}:notices/a/notice.yaml", f"{first}:nothing"]
    ) == [
        b"one\n",
        None,
    ]
    with pytest.raises(UsageError, match='unknown git revision "nope"'):
        git.resolve(git_repo.root, "nope")
    with pytest.raises(UsageError, match="is not a git revision"):
        git.resolve(git_repo.root, "--all")


def test_the_log_of_a_file_follows_renames_oldest_first(git_repo) -> None:
    git_repo.write("notices/a/notice.yaml", "id: a\n")
    first = git_repo.commit("one", when="2025-01-01T10:00:00+00:00")
    git_repo.git("mv", "notices/a", "notices/b")
    second = git_repo.commit("moved", when="2025-02-01T10:00:00+00:00")
    log = git.file_log(git_repo.root, "notices/b/notice.yaml")
    assert [(c.sha, c.path) for c in log] == [
        (first, "notices/a/notice.yaml"),
        (second, "notices/b/notice.yaml"),
    ]
    assert log[0].time == 1735725600


def test_a_shallow_clone_is_recognised(git_repo, tmp_path) -> None:
    for number in range(2):
        git_repo.write("file.txt", f"{number}\n")
        git_repo.commit(f"commit {number}")
    assert not git.is_shallow(git_repo.root)
    git_repo.git(
        "clone", "-q", "--depth", "1", f"file://{git_repo.root}", str(tmp_path / "shallow")
    )
    assert git.is_shallow(tmp_path / "shallow")


def test_a_path_outside_the_repository_is_a_usage_error(git_repo, tmp_path) -> None:
    assert git.repo_path(git_repo.root, git_repo.root / "notices" / "a") == "notices/a"
    with pytest.raises(UsageError, match="is not in the git repository"):
        git.repo_path(git_repo.root, tmp_path / "elsewhere")


def test_a_repository_without_commits_has_no_log_and_no_error(git_repo) -> None:
    git_repo.write("notices/a/notice.yaml", "id: a\n")
    assert not git.has_commits(git_repo.root)
    assert git.file_log(git_repo.root, "notices/a/notice.yaml") == []
    git_repo.commit("one")
    assert git.has_commits(git_repo.root)


def test_the_work_tree_and_whether_it_is_shallow_come_from_one_git_call(
    git_repo, tmp_path, monkeypatch
) -> None:
    git_repo.write("notices/a/notice.yaml", "one\n")
    git_repo.commit("one")
    commands: list[tuple[str, ...]] = []
    real_run = git.run

    def counted(root, *args, **kwargs):
        commands.append(args)
        return real_run(root, *args, **kwargs)

    monkeypatch.setattr(git, "run", counted)
    tree = git.work_tree(git_repo.root / "notices" / "a")
    assert tree == git.WorkTree(git_repo.root.resolve(), shallow=False)
    assert len(commands) == 1
    assert git.work_tree(tmp_path) is None
