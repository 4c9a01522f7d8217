"""`noticekit validate`: every problem at file:line:col, then a summary line."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from noticekit.console import printable
from noticekit.validate import load_notices


def summary(problem_count: int, notice_count: int, failing: int) -> str:
    """The closing line: `✔ 3 notices valid` or `✖ 3 problems in 2 notices`."""
    if not problem_count:
        return f"✔ {notice_count} {_plural(notice_count, 'notice')} valid"
    problems = f"{problem_count} {_plural(problem_count, 'problem')}"
    return f"✖ {problems} in {failing} {_plural(failing, 'notice')}"


def _plural(count: int, word: str) -> str:
    return word if count == 1 else f"{word}s"


def run_validate(paths: list[Path], out: TextIO) -> int:
    """`noticekit validate`: print every problem, then a summary; 0 when all notices are valid, else
    1."""
    result = load_notices(paths)
    failing = len({problem.file for problem in result.problems})
    lines = [*map(str, result.problems), summary(len(result.problems), result.files, failing)]
    out.writelines(printable(line, out) + "\n" for line in lines)
    return 0 if result.ok else 1
