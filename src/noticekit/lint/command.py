"""The `noticekit lint` and `noticekit rules` commands: validate, lint, report, exit code."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from noticekit.problems import Problem

EXIT_CLEAN = 0
EXIT_FINDINGS = 1


def run_lint(
    paths: list[Path],
    output_format: str,
    strict: bool,
    config: Path | None,
    out: TextIO,
    since: str | None = None,
) -> int:
    """Validate, then lint; write the report; 1 on errors (or on warnings when `strict`), else 0.

    With `since` (a git revision), NK045 compares each notice with itself at that revision.
    """
    from noticekit import report
    from noticekit.lint.config import load_config
    from noticekit.lint.engine import lint_loaded
    from noticekit.lint.engine import problem_order
    from noticekit.load import discover
    from noticekit.load.source import SourceDocument
    from noticekit.validate import load_notices

    formatter = report.get(output_format)
    settings = load_config(config)
    files = discover(paths)
    result = load_notices(paths)
    baselines = None
    if since is not None:
        from noticekit.lint.since import baselines as read_baselines

        baselines = read_baselines(paths, since)
    found = lint_loaded(result.notices, settings, baselines)
    problems = sorted([*result.problems, *found], key=problem_order)
    formatter(problems, [SourceDocument(file, None).display_path for file in files], out)
    return exit_code(problems, strict)


def exit_code(problems: list[Problem], strict: bool) -> int:
    """1 when a problem is an error, or a warning under `--strict`; 0 otherwise."""
    failing = ("error", "warning") if strict else ("error",)
    return EXIT_FINDINGS if any(problem.level in failing for problem in problems) else EXIT_CLEAN


def run_explain(code_or_slug: str, out: TextIO) -> int:
    """`noticekit lint --explain NK004`: a rule's documentation, code, slug, level and article."""
    from noticekit.lint import registry

    rule = registry.get(code_or_slug)
    out.write(f"{rule.CODE}  {rule.NAME}\n\n")
    out.write(f"level:    {rule.LEVEL}\n")
    out.write(f"article:  {rule.ARTICLE}\n")
    out.write(f"url:      {rule.URL}\n\n")
    out.write(registry.documentation(rule) + "\n")
    return EXIT_CLEAN


def run_rules(out: TextIO) -> int:
    """`noticekit rules`: one line per rule with its code, level, slug and article."""
    from noticekit.lint import registry

    rules = list(registry.all_rules().values())
    width = max(len(rule.NAME) for rule in rules)
    for rule in rules:
        out.write(f"{rule.CODE}  {rule.LEVEL:<7}  {rule.NAME:<{width}}  {rule.ARTICLE}\n")
        out.write(f"       {registry.summary(rule)}\n")
    out.write(f"\n{len(rules)} rules; `noticekit lint --explain CODE` shows one in full\n")
    return EXIT_CLEAN
