"""`noticekit lint`, `--explain` and `rules` via the CLI: output, exit codes, light start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from noticekit.cli import app
from noticekit.lint import registry

from .support import ENGINE_NOTICE

HEAVY = ("jinja2", "markdown_it", "babel", "noticekit.render")
#: Runs the CLI in a fresh interpreter and prints, at exit, which heavy modules got imported.
IMPORT_PROBE = """
import atexit, sys
atexit.register(lambda: print("HEAVY=" + ",".join(m for m in {heavy!r} if m in sys.modules)))
sys.argv = ["noticekit", *{args!r}]
from noticekit.cli import main
main()
"""


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with the engine notice and a config that runs NK004 alone."""
    (tmp_path / ".git").mkdir()
    notice = tmp_path / "notices" / "engine" / "notice.yaml"
    notice.parent.mkdir(parents=True)
    notice.write_text(ENGINE_NOTICE, encoding="utf-8")
    write_config(tmp_path, "error")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    return tmp_path


def write_config(root: Path, nk004_level: str) -> None:
    others = [code for code in registry.all_rules() if code != "NK004"]
    (root / "noticekit.toml").write_text(
        f'[lint]\ndisable = {json.dumps(others)}\n[lint.rules.NK004]\nlevel = "{nk004_level}"\n',
        encoding="utf-8",
    )


def lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def test_errors_exit_1_and_are_reported_at_file_line_col(project: Path) -> None:
    code, output = lint("--format", "text")
    assert code == 1
    assert 'notices/engine/notice.yaml\n  14:5  error    purpose "analytics"' in output
    assert output.rstrip().endswith("✖ 2 problems (2 errors, 0 warnings) in 1 notice")


def test_default_path_is_notices_and_default_format_is_text_outside_ci(project: Path) -> None:
    assert lint()[1] == lint("notices/", "--format", "text")[1]


def test_clean_notice_exits_0(project: Path) -> None:
    notice = project / "notices" / "engine" / "notice.yaml"
    fixed = ENGINE_NOTICE
    for name, basis in (("Analytics", "A6-1-f"), ("Sales", "A6-1-b")):
        line = f"name: {{en: {name}}}"
        fixed = fixed.replace(line, f"{line}\n    legal_bases: [{basis}]")
    notice.write_text(fixed, encoding="utf-8")
    assert lint("-f", "text") == (0, "✔ no problems in 1 notice\n")


def test_warnings_exit_0_but_1_under_strict(project: Path) -> None:
    write_config(project, "warning")
    assert lint()[0] == 0
    assert lint("--strict")[0] == 1


def test_validation_problems_are_reported_and_exit_1(project: Path) -> None:
    bad = project / "notices" / "broken" / "notice.yaml"
    bad.parent.mkdir()
    bad.write_text(ENGINE_NOTICE.replace("title:", "titel:"), encoding="utf-8")
    code, output = lint("--format", "json")
    problems = json.loads(output)["problems"]
    assert code == 1
    assert {(p["file"], p["code"]) for p in problems} == {
        ("notices/broken/notice.yaml", None),
        ("notices/engine/notice.yaml", "NK004"),
    }


def test_github_format_under_github_actions(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert lint()[1].startswith(
        "::group::notices/engine/notice.yaml\n::error file=notices/engine/notice.yaml,line=14"
    )


def test_explicit_config_option_is_used(project: Path) -> None:
    other = project / "strict.toml"
    other.write_text("[lint]\n", encoding="utf-8")
    write_config(project, "off")
    assert lint("--config", str(other))[0] == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing/"], 'Error: "missing" does not exist'),
        (["--format", "sarf"], 'Error: unknown format "sarf", did you mean "sarif"?'),
        (["--config", "nope.toml"], 'Error: invalid config: "nope.toml" does not exist'),
    ],
)
def test_usage_and_config_errors_exit_2(project: Path, args: list[str], message: str) -> None:
    code, output = lint(*args)
    assert code == 2
    assert message in output
    assert "Traceback" not in output


def test_invalid_config_file_exits_2_with_every_mistake(project: Path) -> None:
    (project / "noticekit.toml").write_text(
        '[lint]\ndisable = ["NK04"]\nselect = []\n', encoding="utf-8"
    )
    code, output = lint()
    assert code == 2
    assert output.startswith('Error: invalid config: noticekit.toml: [lint]: unknown key "select"')
    assert 'unknown rule "NK04", did you mean "NK004"?' in output
    assert 'unknown key "select"' in output


@pytest.mark.parametrize("name", ["NK004", "nk004", "purpose-without-legal-basis"])
def test_explain_by_code_or_slug_prints_the_documentation(project: Path, name: str) -> None:
    code, output = lint("--explain", name)
    assert code == 0
    assert output.startswith("NK004  purpose-without-legal-basis\n")
    assert "level:    error\n" in output
    assert "article:  GDPR Art. 13(1)(c), 14(1)(c)\n" in output
    assert "url:      https://eur-lex.europa.eu/eli/reg/2016/679/oj#art_13\n" in output
    assert "\nPasses:\n\n    purposes:\n" in output and "\nFails:\n\n    purposes:\n" in output
    assert "PASS::" not in output and "FAIL::" not in output


def test_explain_unknown_code_suggests_and_exits_2(project: Path) -> None:
    code, output = lint("--explain", "NK04")
    assert code == 2
    assert 'Error: unknown rule "NK04", did you mean "NK004"?' in output


def test_rules_lists_every_rule_including_the_engines_own() -> None:
    result = CliRunner().invoke(app, ["rules"])
    assert result.exit_code == 0
    for code, rule in registry.all_rules().items():
        assert f"{code}  {rule.LEVEL:<7}  {rule.NAME}" in result.output
    assert f"{len(registry.all_rules())} rules" in result.output


@pytest.mark.parametrize(
    "args", [["lint", "--format", "text"], ["lint", "--explain", "NK004"], ["rules"]]
)
def test_lint_path_imports_nothing_that_only_rendering_needs(
    project: Path, args: list[str]
) -> None:
    probe = IMPORT_PROBE.format(heavy=HEAVY, args=args)
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=project, timeout=60
    )
    assert done.returncode in (0, 1), done.stderr
    assert done.stdout.strip().splitlines()[-1] == "HEAVY="
