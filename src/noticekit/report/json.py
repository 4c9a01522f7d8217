"""Machine output: one JSON document with the counts and every problem with its rule's article.

Texts carry control characters escaped (`\\x1b`), as in every format, for whoever prints them.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.report.common import article_of
from noticekit.report.common import count
from noticekit.report.common import slug_of


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    document = {
        "notices": [escape_controls(file) for file in checked],
        "summary": {
            "problems": len(problems),
            "errors": count(problems, "error"),
            "warnings": count(problems, "warning"),
        },
        "problems": [_problem(problem) for problem in problems],
    }
    json.dump(document, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _problem(problem: Problem) -> dict[str, object]:
    return {
        "file": escape_controls(problem.file),
        "line": problem.line,
        "col": problem.col,
        "level": problem.level,
        "code": problem.code,
        "rule": slug_of(problem),
        "article": article_of(problem),
        "message": escape_controls(problem.message),
        "path": list(problem.path),
    }
