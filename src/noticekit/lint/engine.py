"""Run the rules on validated notices and stamp code, level and `file:line:col` on each finding."""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import Protocol

from noticekit.lint.base import Baseline
from noticekit.lint.base import Finding
from noticekit.lint.base import RuleContext
from noticekit.lint.config import LintConfig
from noticekit.lint.config import load_config
from noticekit.lint.meta import META_RULES
from noticekit.lint.rules import RULES
from noticekit.lint.suppress import read_suppressions
from noticekit.load.source import SourceDocument
from noticekit.models import Notice
from noticekit.problems import Problem


class Loaded(Protocol):
    """What lint needs of a loaded notice (`noticekit.validate.LoadedNotice`)."""

    @property
    def doc(self) -> SourceDocument: ...

    @property
    def notice(self) -> Notice: ...


def lint_loaded(
    loaded: Iterable[Loaded],
    config: LintConfig | None = None,
    baselines: dict[str, Baseline] | None = None,
) -> list[Problem]:
    """Lint every validated notice; `config=None` reads the repository's config from the cwd.

    `baselines` (from `lint --since`) holds each notice, by id, as it was at that revision.
    """
    settings = config if config is not None else load_config()
    problems: list[Problem] = []
    for item in loaded:
        baseline = baselines.get(item.notice.id) if baselines is not None else None
        problems.extend(lint_notice(item.doc, item.notice, settings, baseline))
    return sorted(problems, key=problem_order)


def problem_order(problem: Problem) -> tuple[str, int, int, str, str]:
    """File, line, column, code, message (paths mix ints and strings, so they stay out of it)."""
    return problem.file, problem.line, problem.col, problem.code or "", problem.message


def lint_notice(
    doc: SourceDocument, notice: Notice, config: LintConfig, baseline: Baseline | None = None
) -> list[Problem]:
    """The findings of every enabled rule on one notice, less the suppressed ones."""
    suppressions, engine_findings = read_suppressions(doc.data, notice)
    problems: list[Problem] = []
    for code in sorted(RULES):
        rule = RULES[code]
        if not config.is_enabled(rule):
            continue
        for finding in run_rule(rule, notice, config, baseline):
            claimed = [entry for entry in suppressions if entry.claims(code, finding.path)]
            for entry in claimed:
                entry.used = True
            if not claimed:
                problems.append(stamp(doc, rule, config, finding))
    for entry in suppressions:
        if not entry.used and config.is_enabled(RULES[entry.code]):
            engine_findings.append(("NK902", entry.unused_finding()))
    for code, finding in engine_findings:
        rule = META_RULES[code]
        if config.is_enabled(rule):
            problems.append(stamp(doc, rule, config, finding))
    return problems


def run_rule(
    rule: ModuleType, notice: Notice, config: LintConfig, baseline: Baseline | None = None
) -> list[Finding]:
    """All findings of one rule; a crash names the rule, since it is a bug in the rule."""
    context = RuleContext(options=config.options_of(rule), baseline=baseline)
    try:
        return list(rule.check(notice, context))
    except Exception as error:
        error.add_note(f"while running lint rule {rule.CODE} ({rule.NAME}) on notice {notice.id!r}")
        raise


def stamp(doc: SourceDocument, rule: ModuleType, config: LintConfig, finding: Finding) -> Problem:
    """A finding as a Problem at the value its path points to (or the nearest existing ancestor)."""
    line, col = doc.locate(finding.path)
    return Problem(
        file=doc.display_path,
        line=line,
        col=col,
        message=finding.message,
        level=config.level_of(rule, finding.level),
        code=rule.CODE,
        path=tuple(finding.path),
    )
