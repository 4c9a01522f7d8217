"""What every formatter shares: rule metadata for a problem, counts and the summary line."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.lint import registry
from noticekit.problems import Problem


def article_of(problem: Problem) -> str | None:
    """The article the problem's rule rests on (None for schema and load problems)."""
    rule = registry.find(problem.code) if problem.code else None
    return rule.ARTICLE if rule is not None else None


def slug_of(problem: Problem) -> str | None:
    rule = registry.find(problem.code) if problem.code else None
    return rule.NAME if rule is not None else None


def count(problems: Sequence[Problem], level: str) -> int:
    return sum(1 for problem in problems if problem.level == level)


def plural(number: int, word: str) -> str:
    return f"{number} {word}{'' if number == 1 else 's'}"


def summary_line(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> str:
    """`✖ 5 problems (3 errors, 2 warnings) in 2 notices`, or `✔ no problems in 2 notices`."""
    notices = plural(len(checked), "notice")
    if not problems:
        return f"{_symbol(out, '✔', 'ok')} no problems in {notices}"
    errors = plural(count(problems, "error"), "error")
    warnings = plural(count(problems, "warning"), "warning")
    found = plural(len(problems), "problem")
    return f"{_symbol(out, '✖', 'x')} {found} ({errors}, {warnings}) in {notices}"


def _symbol(out: TextIO, symbol: str, fallback: str) -> str:
    encoding = getattr(out, "encoding", None) or "utf-8"
    try:
        symbol.encode(encoding)
    except (UnicodeEncodeError, LookupError):
        return fallback
    return symbol


def by_file(problems: Sequence[Problem]) -> dict[str, list[Problem]]:
    """Problems grouped by file, files in order of first appearance."""
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        groups.setdefault(problem.file, []).append(problem)
    return groups
