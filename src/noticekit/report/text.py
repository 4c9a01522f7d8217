"""Human output: problems grouped by file, each with line:col, level, message, code and article.

File names and messages are printed with control characters escaped: whatever a notice holds,
it cannot move the cursor, clear the terminal or fake a line of output.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.console import paint
from noticekit.console import use_colour
from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.report.common import article_of
from noticekit.report.common import by_file
from noticekit.report.common import summary_line


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    colour = use_colour(out)
    for file, group in by_file(problems).items():
        out.write(paint(escape_controls(file), "file", colour) + "\n")
        width = max(len(f"{problem.line}:{problem.col}") for problem in group)
        for problem in group:
            out.write(
                f"  {f'{problem.line}:{problem.col}':<{width}}  "
                f"{paint(f'{problem.level:<7}', problem.level, colour)}  "
                f"{escape_controls(problem.message)}"
            )
            out.write(paint(_reference(problem), "note", colour) + "\n")
        out.write("\n")
    summary = summary_line(problems, checked, out)
    out.write(paint(summary, _summary_style(problems), colour) + "\n")


def _summary_style(problems: Sequence[Problem]) -> str:
    levels = {problem.level for problem in problems}
    return "error" if "error" in levels else "warning" if levels else "ok"


def _reference(problem: Problem) -> str:
    article = article_of(problem)
    parts = [part for part in (problem.code, article) if part]
    return f"  ({', '.join(parts)})" if parts else ""
