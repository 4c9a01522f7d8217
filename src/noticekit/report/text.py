"""Human output: problems grouped by file, each with line:col, level, message, code and article.

File names and messages are printed with control characters escaped: whatever a notice holds,
it cannot move the cursor, clear the terminal or fake a line of output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.report.common import article_of
from noticekit.report.common import by_file
from noticekit.report.common import summary_line


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    for file, group in by_file(problems).items():
        out.write(f"{escape_controls(file)}\n")
        width = max(len(f"{problem.line}:{problem.col}") for problem in group)
        for problem in group:
            out.write(
                f"  {f'{problem.line}:{problem.col}':<{width}}  {problem.level:<7}  "
                f"{escape_controls(problem.message)}"
            )
            out.write(_reference(problem) + "\n")
        out.write("\n")
    out.write(summary_line(problems, checked, out) + "\n")


def _reference(problem: Problem) -> str:
    article = article_of(problem)
    parts = [part for part in (problem.code, article) if part]
    return f"  ({', '.join(parts)})" if parts else ""
