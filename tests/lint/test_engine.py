"""The engine: runs rules, stamps code, level and file:line:col, applies config and suppressions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest

from noticekit.lint import engine
from noticekit.lint import lint_loaded
from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.config import LintConfig
from noticekit.lint.config import parse_config
from noticekit.lint.rules import RULES
from noticekit.models import Notice

from .support import ENGINE_NOTICE
from .support import load
from .support import with_suppressions

FILE = "notices/engine/notice.yaml"


@pytest.fixture(autouse=True)
def only_nk004(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Run the real NK004 alone, from inside a fresh folder, so other rules' findings stay out."""
    monkeypatch.setattr(engine, "RULES", {"NK004": RULES["NK004"]})
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)


def found(problems: list) -> list[tuple[int, int, str | None, str]]:
    return [(problem.line, problem.col, problem.code, problem.level) for problem in problems]


def test_findings_are_stamped_with_file_position_code_level_and_path(tmp_path: Path) -> None:
    problems = lint_loaded([load(tmp_path, ENGINE_NOTICE)], LintConfig())
    assert found(problems) == [(14, 5, "NK004", "error"), (16, 5, "NK004", "error")]
    assert problems[0].file == FILE
    assert problems[0].path == ("purposes", 1, "legal_bases")
    assert problems[0].message == 'purpose "analytics" has no Art. 6(1) legal basis'
    assert (
        str(problems[0])
        == f'{FILE}:14:5: [error] purpose "analytics" has no Art. 6(1) legal basis (NK004)'
    )


def test_configured_level_replaces_the_default(tmp_path: Path) -> None:
    config = parse_config({"lint": {"rules": {"NK004": {"level": "warning"}}}})
    assert {problem.level for problem in lint_loaded([load(tmp_path, ENGINE_NOTICE)], config)} == {
        "warning"
    }


def test_disabled_rule_does_not_run(tmp_path: Path) -> None:
    config = parse_config({"lint": {"disable": ["purpose-without-legal-basis"]}})
    assert lint_loaded([load(tmp_path, ENGINE_NOTICE)], config) == []


def test_config_none_reads_the_repository_config(tmp_path: Path) -> None:
    (tmp_path / "noticekit.toml").write_text('[lint]\ndisable = ["NK004"]\n', encoding="utf-8")
    assert lint_loaded([load(tmp_path, ENGINE_NOTICE)]) == []


def test_location_prefers_the_value_and_falls_back_to_the_nearest_ancestor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
        yield Finding(("purposes", 0, "name"), "at the value")
        yield Finding(("purposes", 2, "retention", "duration"), "missing, so at the item")

    fake = SimpleNamespace(CODE="NK004", NAME="fake", LEVEL="warning", check=check)
    monkeypatch.setattr(engine, "RULES", {"NK004": fake})
    assert found(lint_loaded([load(tmp_path, ENGINE_NOTICE)], LintConfig())) == [
        (12, 11, "NK004", "warning"),
        (16, 5, "NK004", "warning"),
    ]


def test_a_finding_may_carry_its_own_lower_default_and_the_config_overrides_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
        yield Finding(("purposes", 0, "name"), "required by the Regulation")
        yield Finding(("purposes", 1, "name"), "where applicable", level="warning")

    fake = SimpleNamespace(CODE="NK004", NAME="fake", LEVEL="error", check=check)
    monkeypatch.setattr(engine, "RULES", {"NK004": fake})
    levels = [
        problem.level for problem in lint_loaded([load(tmp_path, ENGINE_NOTICE)], LintConfig())
    ]
    assert levels == ["error", "warning"]
    raised = parse_config({"lint": {"rules": {"NK004": {"level": "error"}}}})
    assert [problem.level for problem in lint_loaded([load(tmp_path, ENGINE_NOTICE)], raised)] == [
        "error",
        "error",
    ]


def test_rule_gets_its_configured_options_over_its_defaults(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[dict] = []

    def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
        seen.append(dict(ctx.options))
        return iter(())

    fake = SimpleNamespace(
        CODE="NK004",
        NAME="fake",
        LEVEL="warning",
        OPTIONS={"max-lix": 55, "lang": "nb"},
        check=check,
    )
    monkeypatch.setattr(engine, "RULES", {"NK004": fake})
    lint_loaded([load(tmp_path, ENGINE_NOTICE)], LintConfig(options={"NK004": {"max-lix": 40}}))
    assert seen == [{"max-lix": 40, "lang": "nb"}]


def test_a_crashing_rule_names_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def check(notice: Notice, ctx: RuleContext) -> Iterator[Finding]:
        raise KeyError("boom")

    monkeypatch.setattr(
        engine,
        "RULES",
        {"NK004": SimpleNamespace(CODE="NK004", NAME="fake", LEVEL="error", check=check)},
    )
    with pytest.raises(KeyError) as caught:
        lint_loaded([load(tmp_path, ENGINE_NOTICE)], LintConfig())
    assert "while running lint rule NK004 (fake) on notice 'engine'" in caught.value.__notes__[0]


def test_suppressed_finding_is_dropped_and_a_stale_suppression_reported(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions(
        "  - rule: NK004\n"
        "    at: purposes.analytics\n"
        "    reason: counsel reviews the basis\n"
        "  - rule: purpose-without-legal-basis\n"
        "    at: purposes.newsletter\n"      # line 23: newsletter has a basis, nothing to suppress
        "    reason: left over from last year\n"
    ))  # fmt: skip
    problems = lint_loaded([loaded], LintConfig())
    assert found(problems) == [(16, 5, "NK004", "error"), (23, 9, "NK902", "warning")]
    assert (
        problems[1].message
        == 'suppression of "NK004" at "purposes.newsletter" matches no finding; remove it'
    )


def test_one_finding_uses_every_suppression_that_claims_it(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions(
        "  - rule: NK004\n"
        "    reason: a draft\n"
        "  - rule: NK004\n"
        "    at: purposes.sales\n"
        "    reason: reviewed\n"
    ))  # fmt: skip
    assert lint_loaded([loaded], LintConfig()) == []


def test_suppression_without_reason_suppresses_nothing(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions("  - rule: NK004\n    at: purposes.sales\n"))
    assert found(lint_loaded([loaded], LintConfig())) == [
        (14, 5, "NK004", "error"),
        (16, 5, "NK004", "error"),
        (19, 5, "NK900", "error"),
    ]


def test_suppressing_a_disabled_rule_is_not_reported_as_stale(tmp_path: Path) -> None:
    loaded = load(
        tmp_path, with_suppressions("  - rule: NK004\n    at: purposes.sales\n    reason: x\n")
    )
    assert lint_loaded([loaded], parse_config({"lint": {"disable": ["NK004"]}})) == []


def test_engine_rules_follow_the_config_too(tmp_path: Path) -> None:
    loaded = load(tmp_path, with_suppressions("  - rule: NK04\n    reason: typo\n"))
    assert "NK901" not in {
        p.code for p in lint_loaded([loaded], parse_config({"lint": {"disable": ["NK901"]}}))
    }
    lowered = lint_loaded(
        [loaded], parse_config({"lint": {"rules": {"NK901": {"level": "warning"}}}})
    )
    assert [(p.line, p.col, p.level) for p in lowered if p.code == "NK901"] == [(19, 11, "warning")]


def test_problems_of_several_notices_come_sorted_by_file_then_line(tmp_path: Path) -> None:
    first = load(tmp_path / "b", ENGINE_NOTICE)
    second = load(tmp_path / "a", ENGINE_NOTICE)
    problems = lint_loaded([first, second], LintConfig())
    assert [(p.file, p.line) for p in problems] == [
        ("a/notices/engine/notice.yaml", 14),
        ("a/notices/engine/notice.yaml", 16),
        ("b/notices/engine/notice.yaml", 14),
        ("b/notices/engine/notice.yaml", 16),
    ]
