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


def git_commands(monkeypatch) -> list[tuple[str, ...]]:
    """The arguments of each git command run from now on."""
    commands: list[tuple[str, ...]] = []
    real_run = git.run

    def counted(root, *args, **kwargs):
        commands.append(args)
        return real_run(root, *args, **kwargs)

    monkeypatch.setattr(git, "run", counted)
    return commands


def test_the_work_tree_and_whether_it_is_shallow_come_from_one_git_call(
    git_repo, tmp_path, monkeypatch
) -> None:
    git_repo.write("notices/a/notice.yaml", "one\n")
    git_repo.commit("one")
    commands = git_commands(monkeypatch)
    tree = git.work_tree(git_repo.root / "notices" / "a")
    assert tree == git.WorkTree(git_repo.root.resolve(), shallow=False)
    assert len(commands) == 1
    assert git.work_tree(tmp_path) is None


def test_the_log_of_a_file_reads_its_name_as_it_is_not_as_a_pattern(git_repo) -> None:
    git_repo.write("notices/[a]/notice.yaml", "id: a\n")
    first = git_repo.commit("one")
    git_repo.write("notices/a/notice.yaml", "id: other\n")
    git_repo.commit("another notice, which the pattern [a] would match")
    log = git.file_log(git_repo.root, "notices/[a]/notice.yaml")
    assert [(c.sha, c.path) for c in log] == [(first, "notices/[a]/notice.yaml")]


def test_the_last_change_of_each_file_comes_from_one_git_call(git_repo, monkeypatch) -> None:
    git_repo.write("notices/a/notice.yaml", "a 1\n")
    git_repo.write("notices/b/notice.yaml", "b 1\n")
    first = git_repo.commit("both")
    git_repo.write("notices/b/notice.yaml", "b 2\n")
    second = git_repo.commit("b")
    git_repo.write("README.md", "other\n")
    git_repo.commit("another file")
    commands = git_commands(monkeypatch)
    paths = ["notices/a/notice.yaml", "notices/b/notice.yaml", "notices/new/notice.yaml"]
    assert git.last_changes(git_repo.root, paths) == {
        "notices/a/notice.yaml": first,
        "notices/b/notice.yaml": second,
    }
    assert len(commands) == 1


def test_the_last_change_is_the_newest_commit_the_file_log_reads(git_repo) -> None:
    path = "notices/a/notice.yaml"
    git_repo.write(path, "a 1\n")
    git_repo.commit("one")
    git_repo.git("checkout", "-q", "-b", "side")
    git_repo.write(path, "a 2\n")
    side = git_repo.commit("on a side branch")
    git_repo.git("checkout", "-q", "main")
    git_repo.write("README.md", "other\n")
    git_repo.commit("another file on main")
    git_repo.git("merge", "-q", "--no-ff", "side", "-m", "merge")
    merge = git_repo.git("rev-parse", "HEAD")
    # a merge counts by what it changed on the first-parent line, as in the file's log
    assert git.file_log(git_repo.root, path)[-1].sha == merge != side
    assert git.last_changes(git_repo.root, [path]) == {path: merge}
    git_repo.git("mv", "notices/a", "notices/b")
    moved = git_repo.commit("moved")
    assert git.file_log(git_repo.root, "notices/b/notice.yaml")[-1].sha == moved
    assert git.last_changes(git_repo.root, [path, "notices/b/notice.yaml"]) == {
        path: moved,
        "notices/b/notice.yaml": moved,
    }
    git_repo.write("notices/[b]/notice.yaml", "a file the pattern [b] matches\n")
    named = git_repo.commit("pattern")
    assert git.last_changes(
        git_repo.root, ["notices/[b]/notice.yaml", "notices/b/notice.yaml"]
    ) == {
        "notices/[b]/notice.yaml": named,
        "notices/b/notice.yaml": moved,
    }


def test_the_last_change_of_files_at_the_top_and_with_odd_names(git_repo) -> None:
    git_repo.write("a\nb/notice.yaml", "odd\n")
    odd = git_repo.commit("odd")
    git_repo.write("a/notice.yaml", "a\n")
    plain = git_repo.commit("plain")
    git_repo.write("notice.yaml", "top\n")
    git_repo.commit("another file")
    found = git.last_changes(git_repo.root, ["a\nb/notice.yaml", "a/notice.yaml"])
    assert found == {"a\nb/notice.yaml": odd, "a/notice.yaml": plain}


def test_a_repository_without_commits_has_no_last_changes(git_repo) -> None:
    git_repo.write("notices/a/notice.yaml", "id: a\n")
    assert git.last_changes(git_repo.root, ["notices/a/notice.yaml"]) == {}
