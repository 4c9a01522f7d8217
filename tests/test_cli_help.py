"""Every command answers `-h`, `--help` and `--version`; help shows no type placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit import __version__
from noticekit.cli import app

COMMANDS = ["validate", "lint", "rules", "build", "schema", "new", "reference", "init", "docs"]
COMMANDS += ["import", "diff", "serve"]
#: Every command line that has a help of its own.
HELPS = [[], *([name] for name in COMMANDS), ["import", "tilt"]]
#: Typer's type placeholders: `<bool>`, `<str>`, `<path>`, `<list[Path]>`.
PLACEHOLDER = re.compile(r"<[A-Za-z_\[\]]+>")


def invoke(*args: str):
    return CliRunner().invoke(app, list(args), env={"COLUMNS": "100"})


def test_the_top_level_help_lists_exactly_these_commands() -> None:
    result = invoke("-h")
    assert result.exit_code == 0
    listed = re.findall(r"^│ (\w+) ", result.output, flags=re.MULTILINE)
    assert sorted(listed) == sorted(COMMANDS)


@pytest.mark.parametrize("command", HELPS)
@pytest.mark.parametrize("option", ["-h", "--help"])
def test_help_on_every_command_has_no_type_placeholders(command: list[str], option: str) -> None:
    result = invoke(*command, option)
    assert result.exit_code == 0, result.output
    assert result.output.lstrip().startswith(f"Usage: noticekit {' '.join(command)}".rstrip())
    assert PLACEHOLDER.findall(result.output) == []


@pytest.mark.parametrize("command", HELPS)
def test_version_on_every_command(command: list[str]) -> None:
    result = invoke(*command, "--version")
    assert result.exit_code == 0
    assert result.output == f"noticekit {__version__}\n"


def test_the_config_help_keeps_its_bracketed_table_name() -> None:
    output = " ".join(invoke("lint", "-h").output.replace("│", " ").split())
    assert "or [tool.noticekit] in pyproject.toml" in output


def test_docs_prints_the_authoring_guide_of_this_release() -> None:
    result = invoke("docs")
    assert result.exit_code == 0
    guide = (Path(__file__).resolve().parents[1] / "docs" / "authoring.md").read_text("utf-8")
    assert result.output == guide


def test_command_annotations_are_objects_that_typer_need_not_evaluate() -> None:
    # Typer reads each command's annotations at every start; from strings, setting up the
    # commands takes twice as long.
    from typer.main import get_command

    commands = get_command(app).commands.values()  # type: ignore[attr-defined]
    callbacks = [getattr(command.callback, "__wrapped__", command.callback) for command in commands]
    assert "build" in [callback.__name__ for callback in callbacks]
    for callback in callbacks:
        annotations = callback.__annotations__
        assert not any(isinstance(value, str) for value in annotations.values()), callback
