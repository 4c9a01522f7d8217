"""GitHub Actions workflow commands, `::error file=…,line=…,col=…,title=NK004::…`, per file.

Every value is escaped as the workflow-command spec asks (`%0A` for a line break), so no text can
start a command of its own, and then any other control character is written out (`\\x1b`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from noticekit.problems import Problem
from noticekit.quoting import escape_controls
from noticekit.report.common import article_of
from noticekit.report.common import by_file
from noticekit.report.common import summary_line

#: Escapes of the workflow-command spec: in the message (data), and more in property values.
DATA_ESCAPES = (("%", "%25"), ("\r", "%0D"), ("\n", "%0A"))
PROPERTY_ESCAPES = DATA_ESCAPES + ((":", "%3A"), (",", "%2C"))


def write(problems: Sequence[Problem], checked: Sequence[str], out: TextIO) -> None:
    for file, group in by_file(problems).items():
        out.write(f"::group::{escape_data(file)}\n")
        for problem in group:
            out.write(annotation(problem) + "\n")
        out.write("::endgroup::\n")
    out.write(summary_line(problems, checked, out) + "\n")


def annotation(problem: Problem) -> str:
    """One `::error` or `::warning` command for a problem."""
    properties = {
        "file": problem.file,
        "line": str(problem.line),
        "col": str(problem.col),
        "title": problem.code or "noticekit",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    article = article_of(problem)
    message = f"{problem.message} ({article})" if article else problem.message
    return f"::{problem.level} {joined}::{escape_data(message)}"


def escape_data(text: str) -> str:
    for raw, escaped in DATA_ESCAPES:
        text = text.replace(raw, escaped)
    return escape_controls(text)


def escape_property(text: str) -> str:
    for raw, escaped in PROPERTY_ESCAPES:
        text = text.replace(raw, escaped)
    return escape_controls(text)
