"""The pre-commit hooks and the example GitHub workflow call real commands, rightly."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from noticekit.cli import app

from .support import ENGINE_NOTICE

ROOT = Path(__file__).resolve().parents[2]
HOOKS = {
    hook["id"]: hook
    for hook in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
}
WORKFLOW = yaml.safe_load(
    (ROOT / ".github" / "workflows" / "notices.yml").read_text(encoding="utf-8")
)


def steps(job: str) -> list[dict]:
    return WORKFLOW["jobs"][job]["steps"]


def commands(job: str) -> str:
    return "\n".join(step.get("run", "") for step in steps(job))


def test_validate_and_lint_hooks_exist() -> None:
    assert set(HOOKS) == {"noticekit-validate", "noticekit-lint"}


@pytest.mark.parametrize("hook_id", ["noticekit-validate", "noticekit-lint"])
def test_hook_runs_on_notice_files_only(hook_id: str) -> None:
    files = re.compile(HOOKS[hook_id]["files"])
    assert files.search("notices/acme/notice.yaml")
    assert not files.search("noticekit.toml")
    assert not files.search("notices/acme/notice.yaml.bak")


@pytest.mark.parametrize("hook_id", ["noticekit-validate", "noticekit-lint"])
def test_hook_entry_accepts_a_changed_notice_file(
    hook_id: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    program, *arguments = shlex.split(HOOKS[hook_id]["entry"])
    assert program == "noticekit"
    notice = tmp_path / "notices" / "engine" / "notice.yaml"
    notice.parent.mkdir(parents=True)
    notice.write_text(ENGINE_NOTICE, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*arguments, "notices/engine/notice.yaml"])
    assert result.exit_code in (0, 1), result.output
    assert "notices/engine/notice.yaml" in result.output or "valid" in result.output


def test_pull_requests_get_annotations_and_sarif() -> None:
    assert WORKFLOW["jobs"]["lint"]["if"] == "github.event_name == 'pull_request'"
    assert 'noticekit lint --format github --since "origin/${{ github.base_ref }}" notices/' in (
        commands("lint")
    )
    assert "noticekit lint --format sarif notices/ > noticekit.sarif" in commands("lint")
    upload = [
        step
        for step in steps("lint")
        if step.get("uses", "").startswith("github/codeql-action/upload-sarif")
    ]
    assert upload and upload[0]["with"]["sarif_file"] == "noticekit.sarif"
    assert WORKFLOW["jobs"]["lint"]["permissions"]["security-events"] == "write"


def test_pull_requests_get_what_changed_as_one_comment() -> None:
    assert (
        'noticekit diff --from "origin/${{ github.base_ref }}" --format markdown --exit-zero '
        "notices/ > noticekit-diff.md"
    ) in commands("lint")
    [post] = [
        step for step in steps("lint") if step.get("uses", "").startswith("actions/github-script")
    ]
    assert "noticekit-diff.md" in post["with"]["script"]
    assert "<!-- noticekit diff -->" in post["with"]["script"]
    assert WORKFLOW["jobs"]["lint"]["permissions"]["pull-requests"] == "write"


@pytest.mark.parametrize("job", ["lint", "publish"])
def test_both_jobs_check_out_the_whole_history(job: str) -> None:
    checkout = [step for step in steps(job) if step.get("uses", "").startswith("actions/checkout")]
    assert checkout[0]["with"]["fetch-depth"] == 0


def test_main_builds_strictly_and_publishes_to_pages() -> None:
    assert "refs/heads/main" in WORKFLOW["jobs"]["publish"]["if"]
    assert "noticekit build --strict --history require --out site notices/" in commands("publish")
    uses = [step.get("uses", "") for step in steps("publish")]
    assert any(use.startswith("actions/upload-pages-artifact") for use in uses)
    assert any(use.startswith("actions/deploy-pages") for use in uses)
    assert WORKFLOW["jobs"]["publish"]["permissions"] == {
        "contents": "read",
        "pages": "write",
        "id-token": "write",
    }
