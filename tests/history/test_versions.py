"""The versions of a notice from git and from its change history, oldest first."""

from __future__ import annotations

import datetime as dt

from diff.support import BASE_TEXT

from noticekit.history import git
from noticekit.history.versions import PublishedVersion
from noticekit.history.versions import slug
from noticekit.history.versions import slugs
from noticekit.history.versions import versions
from noticekit.load import load_source
from noticekit.validate import validate_document

NOTICE = "notices/base/notice.yaml"


def version(text: str, number: str, date: str) -> str:
    """The base notice at `number`, effective `date`, with a history entry for it."""
    entry = (
        f'    - date: {date}\n      version: "{number}"\n'
        f"      summary: {{nb: Versjon {number}., en: Version {number}.}}\n"
    )
    return (
        text.replace('version: "2.0"', f'version: "{number}"', 1)
        .replace("effective_date: 2025-06-01", f"effective_date: {date}", 1)
        .replace("  history:\n", "  history:\n" + entry, 1)
    )


def current(repo):
    path = repo.root / NOTICE
    doc, _ = load_source(path)
    notice, problems = validate_document(doc)
    assert notice is not None, problems
    return versions(notice, doc, git.repo_root(repo.root), path)


def shown(items: list[PublishedVersion]):
    return [(item.version, item.source, item.first_seen) for item in items]


def test_each_version_once_as_its_last_commit_left_it(git_repo) -> None:
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0", when="2025-05-20T08:00:00+00:00")
    git_repo.write(
        NOTICE, BASE_TEXT.replace("Vi sender nyhetsbrev.", "Vi sender nyhetsbrev hver måned.")
    )
    typo = git_repo.commit("wording", when="2025-05-25T08:00:00+00:00")
    git_repo.write(NOTICE, version(BASE_TEXT, "2.1", "2025-09-01"))
    git_repo.commit("2.1", when="2025-08-15T08:00:00+00:00")
    found = current(git_repo)
    assert shown(found) == [
        ("2.0", "git", dt.date(2025, 5, 20)),
        ("2.1", "git", dt.date(2025, 8, 15)),
    ]
    assert found[0].commit == typo
    assert "hver måned" in found[0].notice.purposes[0].description["nb"]
    assert found[0].entry is not None and found[0].entry.version == "2.0"
    assert (found[0].effective_date, found[1].start) == (dt.date(2025, 6, 1), dt.date(2025, 9, 1))


def test_the_working_tree_is_the_current_version_and_says_so(git_repo) -> None:
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0")
    git_repo.write(NOTICE, version(BASE_TEXT, "2.1", "2025-09-01"))
    found = current(git_repo)
    assert [(item.version, item.source, item.commit) for item in found][1] == (
        "2.1",
        "working tree",
        None,
    )


def test_versions_only_the_change_history_names_come_first(git_repo) -> None:
    old = '    - date: 2024-01-01\n      version: "1.0"\n      summary: {nb: Første.}\n'
    git_repo.write(NOTICE, BASE_TEXT.replace("  history:\n", "  history:\n" + old))
    git_repo.commit("2.0")
    found = current(git_repo)
    assert [(item.version, item.source, item.notice is None) for item in found] == [
        ("1.0", "change history", True),
        ("2.0", "git", False),
    ]
    assert found[0].effective_date == dt.date(2024, 1, 1)


def test_commits_that_do_not_match_the_schema_are_skipped(git_repo) -> None:
    git_repo.write(NOTICE, "id: base\nversion: [broken\n")
    git_repo.commit("broken")
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0")
    assert [item.version for item in current(git_repo)] == ["2.0"]


def test_a_version_number_used_again_counts_from_its_last_use(git_repo) -> None:
    for number, when in (("1.0", "2025-01-01"), ("1.1", "2025-02-01"), ("1.0", "2025-03-01")):
        git_repo.write(NOTICE, BASE_TEXT.replace('version: "2.0"', f'version: "{number}"', 1))
        git_repo.commit(number, when=f"{when}T08:00:00+00:00")
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("2.0", when="2025-04-01T08:00:00+00:00")
    assert shown(current(git_repo))[:2] == [
        ("1.1", "git", dt.date(2025, 2, 1)),
        ("1.0", "git", dt.date(2025, 3, 1)),
    ]


def test_folder_names_for_versions() -> None:
    assert [slug(v) for v in ("2.0", "2025/06 b", "..", "ü")] == [
        "2.0",
        "2025-06-b",
        "v..",
        "version",
    ]
    items = [PublishedVersion(number, "git") for number in ("a b", "a/b", "a-b")]
    assert slugs(items) == ["a-b", "a-b-2", "a-b-3"]
