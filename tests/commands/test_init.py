"""`noticekit init`: a repository of notices that works at once, and never a file overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from noticekit import __version__
from noticekit.cli import app
from noticekit.commands.init import planned_files
from noticekit.commands.init import write_new_file

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = [
    ".noticekit/notice.schema.json",
    "noticekit.toml",
    ".github/workflows/notices.yml",
    ".pre-commit-config.yaml",
    "README.md",
    ".gitignore",
    "notices/privacy/notice.yaml",
]


def invoke(*args: str):
    return CliRunner().invoke(app, list(args))


def files_in(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def test_init_writes_a_repository_that_validates_and_keeps_its_schema_current(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = invoke("init", str(tmp_path / "privacy"))
    assert result.exit_code == 0, result.output
    folder = tmp_path / "privacy"
    assert files_in(folder) == set(EXPECTED)
    notice = folder / "notices" / "privacy" / "notice.yaml"
    modeline = notice.read_text(encoding="utf-8").splitlines()[0]
    assert modeline == "# yaml-language-server: $schema=../../.noticekit/notice.schema.json"
    monkeypatch.chdir(folder)
    assert invoke("validate").exit_code == 0
    checked = invoke("schema", "--check")
    assert (
        checked.exit_code == 0 and ".noticekit/notice.schema.json is up to date" in checked.output
    )


def test_init_into_a_folder_with_files_adds_only_what_is_missing(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("Our own readme.\n", encoding="utf-8")
    existing = tmp_path / "notices" / "acme" / "notice.yaml"
    existing.parent.mkdir(parents=True)
    existing.write_text("id: acme\n", encoding="utf-8")
    (tmp_path / "noticekit.toml").mkdir()  # even a folder where a file would go is left alone
    result = invoke("init", str(tmp_path))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == "Our own readme.\n"
    assert existing.read_text(encoding="utf-8") == "id: acme\n"
    assert not (tmp_path / "notices" / "privacy").exists()
    assert (tmp_path / ".github" / "workflows" / "notices.yml").is_file()
    assert "kept" in result.output and "README.md" in result.output


def test_a_second_init_changes_nothing(tmp_path: Path) -> None:
    invoke("init", str(tmp_path))
    before = {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()}
    result = invoke("init", str(tmp_path))
    assert result.exit_code == 0
    assert "created" not in result.output
    assert {path: path.read_bytes() for path in tmp_path.rglob("*") if path.is_file()} == before


def test_init_on_a_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    target = tmp_path / "notes.txt"
    target.write_text("x", encoding="utf-8")
    result = invoke("init", str(target))
    assert result.exit_code == 2
    assert "is a file, not a folder" in result.output and "Traceback" not in result.output
    assert target.read_text(encoding="utf-8") == "x"


def test_a_file_that_cannot_be_made_is_one_line(tmp_path: Path, monkeypatch) -> None:
    def broken() -> str:
        raise OSError(28, "No space left on device")

    files = planned_files()
    files[Path("noticekit.toml")] = broken
    monkeypatch.setattr("noticekit.commands.init.planned_files", lambda: files)
    result = invoke("init", str(tmp_path))
    assert result.exit_code == 2 and "No space left on device" in result.output
    assert not (tmp_path / "noticekit.toml").exists()


def test_a_write_that_fails_halfway_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "README.md"
    with pytest.raises(UnicodeEncodeError):
        write_new_file(target, "half\ud800")
    assert not target.exists()


# --- the generated workflow and pre-commit configuration ---------------------------------------


def workflow(tmp_path: Path) -> dict:
    invoke("init", str(tmp_path))
    return yaml.safe_load((tmp_path / ".github" / "workflows" / "notices.yml").read_text("utf-8"))


def runs(job: dict) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_the_workflow_installs_noticekit_by_name_and_version(tmp_path: Path) -> None:
    flow = workflow(tmp_path)
    assert flow["env"]["NOTICEKIT"] == f"noticekit=={__version__}"
    for job in flow["jobs"].values():
        assert 'python -m pip install "$NOTICEKIT"' in runs(job)
        assert "pip install ." not in runs(job)


def test_pull_requests_get_annotations_a_summary_and_a_diff_comment(tmp_path: Path) -> None:
    lint = workflow(tmp_path)["jobs"]["lint"]
    assert lint["if"] == "github.event_name == 'pull_request'"
    assert 'noticekit lint --format github --since "origin/$BASE_REF" notices/' in runs(lint)
    assert "noticekit schema --check" in runs(lint)
    assert (
        'noticekit diff --from "origin/$BASE_REF" --format markdown --exit-zero notices/'
        " > noticekit-diff.md"
    ) in runs(lint)
    assert "gh pr comment" in runs(lint)
    assert lint["permissions"]["pull-requests"] == "write"
    assert lint["steps"][0]["with"]["fetch-depth"] == 0


def test_sarif_upload_is_opt_in_and_says_it_needs_code_scanning(tmp_path: Path) -> None:
    flow = workflow(tmp_path)
    uses = [step.get("uses", "") for job in flow["jobs"].values() for step in job["steps"]]
    assert not any("upload-sarif" in use for use in uses)
    assert "security-events" not in flow["jobs"]["lint"]["permissions"]
    text = (tmp_path / ".github" / "workflows" / "notices.yml").read_text(encoding="utf-8")
    assert "#   uses: github/codeql-action/upload-sarif@v3" in text
    assert "needs code scanning" in text and "Advanced Security" in text


def test_main_builds_strictly_and_publishes_to_pages(tmp_path: Path) -> None:
    publish = workflow(tmp_path)["jobs"]["publish"]
    assert "refs/heads/main" in publish["if"]
    assert "noticekit build --strict --history require --out site notices/" in runs(publish)
    assert publish["steps"][0]["with"]["fetch-depth"] == 0  # the archive needs the whole history
    uses = [step.get("uses", "") for step in publish["steps"]]
    assert any(use.startswith("actions/upload-pages-artifact") for use in uses)
    assert any(use.startswith("actions/deploy-pages") for use in uses)
    assert publish["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}


def test_pre_commit_runs_noticekits_own_hooks_from_the_same_release(tmp_path: Path) -> None:
    invoke("init", str(tmp_path))
    config = yaml.safe_load((tmp_path / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    hooks = {hook["id"]: hook for hook in config["repos"][0]["hooks"]}
    published = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for original in published:
        hook = hooks[original["id"]]
        for key in ("entry", "files", "types", "language"):
            assert hook[key] == original[key]
        assert hook["additional_dependencies"] == [f"noticekit=={__version__}"]
