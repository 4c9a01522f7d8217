"""NK036: no placeholder is left in any text, so a scaffolded notice cannot be published."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.commands.new import render_skeleton
from noticekit.commands.new import run_new
from noticekit.lint import registry
from noticekit.lint.rules import nk036_placeholder_text as rule

from .helpers import check
from .helpers import messages
from .helpers import run

PLACEHOLDERS = [
    ("introduction", "en: TODO say what the notice is about", "TODO"),
    ("introduction", "nb: Tekst kommer. FIXME", "FIXME"),
    ("introduction", "en: Call us on XXX.", "XXX"),
    ("introduction", "nb: Lorem ipsum dolor sit amet.", "Lorem ipsum"),
]

PLAIN = [
    "en: We keep a to-do list of requests and fix them in order.",
    "nb: Lorem er ikke et ord her, og ipsum heller ikke.",
    "en: Todo is not shouted, so it is no placeholder.",
]


def introduction(line: str) -> str:
    other = "nb: Innledning." if line.startswith("en:") else "en: Introduction."
    return f"introduction:\n  {line}\n  {other}\n"


def test_base_notice_passes():
    assert check(rule) == []


@pytest.mark.parametrize(("field", "line", "found"), PLACEHOLDERS)
def test_a_placeholder_in_a_text_is_an_error_at_its_language(field, line, found):
    snippet = introduction(line)
    assert check(rule, snippet) == [(2, "NK036", "error")]
    assert messages(rule, snippet) == [
        f'"introduction.{line[:2]}" still holds the placeholder "{found}"; '
        "write the notice's own text"
    ]


@pytest.mark.parametrize("line", PLAIN)
def test_ordinary_words_pass(line):
    assert check(rule, introduction(line)) == []


def test_plain_strings_are_read_too():
    snippet = """
controllers:
  - id: acme
    legal_name: TODO legal name of the controller
    address: {lines: [Eksempelveien 1], postal_code: "0150", city: Oslo}
    email: personvern@example.com
"""
    assert check(rule, snippet) == [
        (3, "NK036", "error"),
        (4, "NK036", "error"),
        (5, "NK036", "error"),
    ]


def test_patterns_are_an_option():
    snippet = introduction("en: Text to be written.")
    assert check(rule, snippet, {"patterns": [r"\bto be written\b"]}) == [(2, "NK036", "error")]


def uncommented_skeleton() -> str:
    """The skeleton with every optional part switched on, as its own comments say to do."""
    lines = []
    for line in render_skeleton("base").splitlines():
        if re.match(r"^\s*##", line):
            continue
        match = re.match(r"^(\s*)# (.*)$", line)
        keep = not match or line.startswith("# yaml-language-server")
        lines.append(line if keep else match.group(1) + match.group(2))
    return "\n".join(lines) + "\n"


def test_every_placeholder_of_the_skeleton_is_found():
    text = uncommented_skeleton()
    lines = text.splitlines()
    values = [
        "TODO",
        "Eksempelveien",
        "@example.com",
        "www.example.com",
        "999 999 999",
        "+47 22 00 00 00",
    ]
    wanted = {number for number, line in enumerate(lines, 1) if any(v in line for v in values)}
    assert len(wanted) >= 10, "the skeleton no longer has the placeholders this test names"
    found = {line for line, code, _, _ in run(rule, text)}
    assert wanted <= found


@pytest.fixture
def fresh_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository holding the untouched output of `noticekit new`, every other rule off."""
    (tmp_path / ".git").mkdir()
    run_new("acme", tmp_path / "notices")
    others = [code for code in registry.all_rules() if code != rule.CODE]
    listed = ", ".join(f'"{code}"' for code in others)
    (tmp_path / "noticekit.toml").write_text(f"[lint]\ndisable = [{listed}]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_output_of_new_is_refused_by_build_strict(fresh_notice: Path):
    result = CliRunner().invoke(app, ["build", "notices", "--strict", "--out", "site"])
    assert result.exit_code == 1
    assert "NK036" in result.output and "TODO" in result.output
    assert not (fresh_notice / "site").exists()


def test_without_the_rule_build_strict_would_publish_it(fresh_notice: Path):
    config = fresh_notice / "noticekit.toml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("disable = [", 'disable = ["NK036", ')
    )
    result = CliRunner().invoke(app, ["build", "notices", "--strict", "--out", "site"])
    assert result.exit_code == 0, result.output
    assert (fresh_notice / "site").is_dir()
