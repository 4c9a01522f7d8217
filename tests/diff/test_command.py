"""`noticekit diff` on small git repositories: sides, revisions, files, formats and exit codes."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from noticekit.cli import app

from .support import BASE_TEXT

NOTICE = "notices/base/notice.yaml"


def run(*args: str):
    result = CliRunner().invoke(app, ["diff", *args])
    assert "Traceback" not in result.output
    return result


@pytest.fixture
def repo(git_repo):
    git_repo.write(NOTICE, BASE_TEXT)
    git_repo.commit("first version")
    return git_repo


def test_no_change_exits_0(repo) -> None:
    result = run()
    assert (result.exit_code, result.output) == (0, "no changes\n")


def test_the_working_tree_is_compared_with_head_by_default(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("legal_bases: [A6-1-a]", "legal_bases: [A6-1-a, A6-1-b]"))
    result = run()
    assert result.exit_code == 1
    assert (
        '  material   legal-basis-added  purposes.newsletter.legal_bases\n      new: ["A6-1-b"]'
        in result.output
    )
    assert result.output.endswith("1 notice changed: 1 material change, 0 editorial changes\n")
    assert run("--exit-zero").exit_code == 0


def test_from_and_to_take_any_revisions(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("duration: P1Y", "duration: P3Y"))
    second = repo.commit("longer retention", when="2025-02-01T12:00:00+00:00")
    assert run().exit_code == 0
    result = run("--from", "HEAD~1", "--to", second[:10], "--format", "json")
    assert result.exit_code == 1
    [notice] = json.loads(result.output)["notices"]
    assert notice == {
        "id": "base", "from_version": "2.0", "to_version": "2.0", "material": True,
        "changes": [
            {
                "kind": "retention-lengthened", "path": "purposes.newsletter.retention.duration",
                "material": True, "old": "P1Y", "new": "P3Y",
                "reason": "data is kept longer than announced (WP260 para. 29; GDPR Art. 13(2)(a); "
                "GDPR Art. 14(2)(a))",
            }
        ],
    }  # fmt: skip


def test_notices_added_removed_and_moved_are_paired_by_id(repo) -> None:
    other = BASE_TEXT.replace("id: base", "id: other", 1)
    repo.write("notices/other/notice.yaml", other)
    repo.commit("second notice")
    (repo.root / "notices/base/notice.yaml").unlink()
    repo.write("notices/third/notice.yaml", other.replace("id: other", "id: third", 1))
    (repo.root / "notices/other/notice.yaml").unlink()
    repo.write("elsewhere/other/notice.yaml", other)
    result = run("notices", "elsewhere", "--format", "json")
    kinds = {
        notice["id"]: [c["kind"] for c in notice["changes"]]
        for notice in json.loads(result.output)["notices"]
    }
    assert kinds == {"base": ["notice-removed"], "third": ["notice-added"]}


def test_two_files_are_compared_directly(repo, tmp_path) -> None:
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    old.write_text(BASE_TEXT, encoding="utf-8")
    new.write_text(BASE_TEXT.replace("id: base", "id: renamed", 1), encoding="utf-8")
    result = run(str(old), str(new))
    assert result.exit_code == 1
    assert "  editorial  notice-id-changed  id\n" in result.output


def test_github_annotations_point_at_the_changed_line(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("duration: P1Y", "duration: P3Y"))
    result = run("--format", "github")
    line = BASE_TEXT.splitlines().index("      duration: P1Y") + 1
    assert result.output.splitlines()[0].startswith(
        f"::warning file={NOTICE},line={line},col=17,"
        "title=material change%3A retention-lengthened::"
        "base: Retention lengthened at purposes.newsletter.retention.duration (1 year -> 3 years): "
        "data is kept longer"
    )


def test_markdown_is_written_in_the_authoritative_language(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("duration: P1Y", "duration: P3Y"))
    lines = run("--format", "markdown").output.splitlines()
    assert lines[0] == "<!-- noticekit diff -->"
    assert "### Personvernerklæring (`base`)" in lines
    assert "| Endring | Hvor | Type | Før | Etter | Grunnlag |" in lines
    assert (
        "| Lagringstid forlenget | `purposes.newsletter.retention.duration` | **vesentlig** "
        "| 1 år | 3 år | "
        "WP260 avsnitt 29; personvernforordningen artikkel 13 nr. 2 bokstav a; "
        "personvernforordningen artikkel 14 nr. 2 bokstav a |"
    ) in lines
    assert any(line.startswith("> Vesentlige endringer krever ny versjon") for line in lines)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "nosuchrev"], 'unknown git revision "nosuchrev"'),
        (["--format", "markdwn"], 'unknown format "markdwn", did you mean "markdown"?'),
    ],
)
def test_usage_errors_exit_2_with_one_line(repo, args, message) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.output == f"Error: {message}\n"


def test_an_invalid_notice_on_a_side_exits_2_at_its_line(repo) -> None:
    repo.write(NOTICE, BASE_TEXT.replace("legal_bases: [A6-1-a]", "legal_bases: [A6-1-z]"))
    result = run()
    assert result.exit_code == 2
    assert "cannot compare: 1 notice problem in the working tree" in result.output
    assert f"{NOTICE}:" in result.output


def test_outside_a_git_repository_only_two_files_can_be_compared(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notices").mkdir()
    result = run()
    assert result.exit_code == 2
    assert "not a git repository" in result.output
