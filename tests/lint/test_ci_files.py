"""The pre-commit hooks call real commands, rightly (the `init` workflow:
tests/commands/test_init.py)."""

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
