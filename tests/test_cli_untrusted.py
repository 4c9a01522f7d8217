"""The CLI on untrusted notices (a pull request in CI): nothing is read from outside the folder
given, and no output format shows a whole value, a raw control character or a workflow command
of the notice's own."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit.cli import app

SECRET = "ghp_" + "S3cr3tT0k3n" * 3
FORMATS = ["text", "json", "github", "sarif"]
COMMANDS = [["validate"], *(["lint", "--format", name] for name in FORMATS), ["build"]]
#: Raw characters that act on a terminal or a CI log.
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def project(tmp_path: Path, minimal_text: str, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder with one valid notice (notices/minimal) and a secret outside the project."""
    (tmp_path / "home").mkdir()
    (tmp_path / "home" / ".git-credentials").write_text(SECRET + "\n", encoding="utf-8")
    root = tmp_path / "project"
    (root / "notices" / "minimal").mkdir(parents=True)
    (root / "notices" / "minimal" / "notice.yaml").write_text(minimal_text, encoding="utf-8")
    monkeypatch.chdir(root)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return root


def invoke(command: list[str], *paths: str):
    extra = ["--out", "site"] if command == ["build"] else []
    result = CliRunner().invoke(app, [*command, *(paths or ["notices"]), *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_notice_file_linked_outside_the_folder_is_not_read(project: Path, command: list[str]):
    os.mkdir("notices/evil")
    os.symlink("../../../home/.git-credentials", "notices/evil/notice.yaml")
    result = invoke(command)
    assert result.exit_code == 1
    assert SECRET[:8] not in result.output
    assert ".git-credentials" not in result.output
    refusals = [line for line in result.output.splitlines() if "notices/evil" in line]
    assert refusals == [
        'Error: notices/evil/notice.yaml: not read: a symbolic link leads outside "notices"; '
        "noticekit reads notices only inside the folders it is given"
    ]
    assert "Traceback" not in result.output
    assert not (project / "site").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_notice_folder_linked_outside_is_not_read(project: Path, command: list[str]):
    outside = project.parent / "home" / "evil"
    outside.mkdir()
    (outside / "notice.yaml").write_text(SECRET, encoding="utf-8")
    os.symlink(outside, "notices/evil")
    result = invoke(command)
    assert result.exit_code == 1
    assert SECRET[:8] not in result.output
    assert "notices/evil/notice.yaml: not read: a symbolic link leads outside" in result.output


def test_a_notice_file_named_on_the_command_line_is_held_to_its_folder(project: Path):
    os.mkdir("notices/evil")
    os.symlink("../../../home/.git-credentials", "notices/evil/notice.yaml")
    result = invoke(["validate"], "notices/evil/notice.yaml")
    assert result.exit_code == 1
    assert SECRET[:8] not in result.output
    assert 'leads outside "notices/evil"' in result.output


@pytest.mark.parametrize("command", [["validate"], ["lint", "--format", "json"]], ids=" ".join)
def test_a_link_inside_the_folder_given_is_followed(project: Path, command: list[str]):
    archived = project / "notices" / "archive" / "minimal"
    archived.mkdir(parents=True)
    os.replace("notices/minimal/notice.yaml", archived / "notice.yaml")
    os.symlink("../archive/minimal/notice.yaml", "notices/minimal/notice.yaml")
    result = invoke(command)
    assert "not read" not in result.output
    if command == ["validate"]:
        assert (result.exit_code, result.output) == (0, "✔ 1 notice valid\n")
    else:
        assert json.loads(result.output)["summary"]["problems"] > 0  # the notice was linted


def test_a_broken_link_is_reported_not_skipped(project: Path):
    os.mkdir("notices/gone")
    os.symlink("nowhere.yaml", "notices/gone/notice.yaml")
    os.mkdir("notices/loop")
    os.symlink("notice.yaml", "notices/loop/notice.yaml")
    result = invoke(["validate"])
    assert result.exit_code == 1
    assert "cannot read the file: No such file or directory" in result.output
    assert "loop/notice.yaml:1:1: [error] cannot read the file: Too many levels" in result.output
    assert "Traceback" not in result.output


def set_value(project: Path, old: str, new: str) -> None:
    notice = project / "notices" / "minimal" / "notice.yaml"
    text = notice.read_text(encoding="utf-8")
    assert old in text
    notice.write_text(text.replace(old, new), encoding="utf-8")


def test_validate_cannot_be_made_to_print_a_fake_result(project: Path):
    # clear the screen, go home, print a green tick, return and ring; then a right-to-left override
    set_value(project, "country: NO", r'country: "\e[2J\e[H\u2714 1 notice valid\r\a\u202e"')
    result = invoke(["validate"])
    assert result.exit_code == 1
    assert not RAW_CONTROLS.search(result.output)
    assert result.output.splitlines() == [
        "notices/minimal/notice.yaml:12:14: [error] "
        '"\\x1b[2J\\x1b[H✔ 1 notice valid\\r\\x07\\u202e" is not a country code; '
        'use the two capital letters of ISO 3166-1, e.g. "NO" or "SE"',
        "✖ 1 problem in 1 notice",
    ]


def messages(output: str, output_format: str) -> list[str]:
    """The problem messages of a lint report, as a reader of that format sees them."""
    if output_format == "json":
        return [problem["message"] for problem in json.loads(output)["problems"]]
    if output_format == "sarif":
        return [result["message"]["text"] for result in json.loads(output)["runs"][0]["results"]]
    return output.splitlines()


@pytest.mark.parametrize("output_format", FORMATS)
def test_lint_shows_control_characters_escaped_in_every_format(project: Path, output_format: str):
    set_value(project, "version: 1.10", r'version: "1.10\e[2J\e[H\r\a\u202e"')
    result = invoke(["lint", "--format", output_format])
    assert result.exit_code == 1
    assert not RAW_CONTROLS.search(result.output)
    shown = [message for message in messages(result.output, output_format) if "NK023" in message
             or "change history" in message]  # fmt: skip
    assert len(shown) == 1
    assert '(version "1.10\\x1b[2J\\x1b[H\\r\\x07\\u202e")' in shown[0]


@pytest.mark.parametrize("output_format", FORMATS)
def test_lint_quotes_only_an_excerpt_of_a_long_value_in_every_format(
    project: Path, output_format: str
):
    set_value(project, "version: 1.10", f"version: {'v' * 5000}")
    result = invoke(["lint", "--format", output_format])
    assert result.exit_code == 1
    assert f'(version "{"v" * 60}…")' in "".join(messages(result.output, output_format))
    assert "v" * 61 not in result.output


def test_a_value_cannot_add_a_github_annotation(project: Path):
    injected = r'"1\n::error file=x,line=1::fake\r\n::warning::x"'
    set_value(project, "version: 1.10", f"version: {injected}")
    result = invoke(["lint", "--format", "github"])
    lines = result.output.splitlines()
    commands = [line for line in lines if line.startswith("::")]
    ours = re.compile(
        r"::(group::|endgroup::$|(error|warning) file=notices/|notice title=noticekit::\d+ more)"
    )
    assert all(ours.match(line) for line in commands)
    annotations = sum(line.startswith(("::error", "::warning")) for line in lines)
    more = re.search(r"::notice title=noticekit::(\d+) more", result.output)
    assert annotations + (int(more[1]) if more else 0) == int(
        re.search(r"(\d+) problems", lines[-1])[1]
    )
